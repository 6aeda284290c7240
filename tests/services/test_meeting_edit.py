from __future__ import annotations

from datetime import date

import pytest

from tracker.domain.errors import ValidationFailed
from tracker.services.core import Tracker


def test_create_then_reorder_edit_and_remove_resolutions(db: Tracker) -> None:
    m = db.meetings.save(
        None,
        {"title": "اجتماع", "held_on": date(2026, 3, 1)},
        [{"text": "أ"}, {"text": "ب", "theme": "التنظيم"}, {"text": "ج"}],
    )
    a, _b, c = db.meetings.resolutions(m.id)
    db.meetings.save(
        m.id,
        {"title": "اجتماع معدل", "held_on": date(2026, 3, 2)},
        [{"id": c.id, "text": "ج"}, {"id": a.id, "text": "أ معدل"}, {"text": "د"}],
    )
    after = db.meetings.resolutions(m.id)
    assert [(r.ordinal, r.text) for r in after] == [(1, "ج"), (2, "أ معدل"), (3, "د")]
    assert after[0].id == c.id and after[1].id == a.id
    assert db.meetings.get(m.id).meeting.title == "اجتماع معدل"


def test_one_bad_row_saves_nothing(db: Tracker) -> None:
    with pytest.raises(ValidationFailed) as err:
        db.meetings.save(
            None, {"title": "", "held_on": date(2026, 3, 1)}, [{"text": "أ"}, {"text": " "}]
        )
    assert set(err.value.errors) == {"title", "resolution.2"}
    assert "نص المقرر رقم 2" in err.value.message("ar")
    assert db.meetings.list() == []
