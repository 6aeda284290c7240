from __future__ import annotations

import pytest

from tracker.domain.errors import ValidationFailed
from tracker.services import settings
from tracker.services.core import Tracker


def test_defaults_when_nothing_is_stored(db: Tracker) -> None:
    assert db.settings.get(settings.REMINDER_LEAD_DAYS) == 3
    assert db.settings.get(settings.REMINDER_OVERDUE_EVERY) == 7
    assert db.settings.report_header() == settings.ReportHeader("", "", "", "")


def test_values_are_typed_and_survive_reopening(db: Tracker, db_path) -> None:  # type: ignore[no-untyped-def]
    db.settings.set_many(
        {
            settings.REPORT_PARTY: "  حزب الأصالة والمعاصرة ",
            settings.REPORT_PROVINCE: "إقليم تاونات",
            settings.REMINDER_LEAD_DAYS: "5",
        },
    )
    db.close()
    again = Tracker.open(db_path)
    try:
        assert again.settings.get(settings.REMINDER_LEAD_DAYS) == 5
        header = again.settings.report_header()
        assert header.party == "حزب الأصالة والمعاصرة"
        assert header.province == "إقليم تاونات"
    finally:
        again.close()


def test_a_bad_value_saves_nothing(db: Tracker) -> None:
    with pytest.raises(ValidationFailed) as err:
        db.settings.set_many(
            {settings.REPORT_REGION: "جهة فاس مكناس", settings.REMINDER_OVERDUE_EVERY: 0}
        )
    assert settings.REMINDER_OVERDUE_EVERY in err.value.errors
    assert "عدد الأيام" in err.value.message("ar")
    assert db.settings.report_header().region == ""
    with pytest.raises(ValidationFailed):
        db.settings.set_value("no.such.key", "x")
