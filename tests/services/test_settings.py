from __future__ import annotations

import pytest

from tracker.domain.errors import ValidationFailed
from tracker.services import settings
from tracker.store.db import Database


def test_defaults_when_nothing_is_stored(db: Database) -> None:
    assert settings.get(db, settings.REMINDER_LEAD_DAYS) == 3
    assert settings.get(db, settings.REMINDER_OVERDUE_EVERY) == 7
    assert settings.report_header(db) == settings.ReportHeader("", "", "", "")


def test_values_are_typed_and_survive_reopening(db: Database, db_path) -> None:  # type: ignore[no-untyped-def]
    settings.set_many(
        db,
        {
            settings.REPORT_PARTY: "  حزب الأصالة والمعاصرة ",
            settings.REPORT_PROVINCE: "إقليم تاونات",
            settings.REMINDER_LEAD_DAYS: "5",
        },
    )
    db.close()
    again = Database.open(db_path)
    try:
        assert settings.get(again, settings.REMINDER_LEAD_DAYS) == 5
        header = settings.report_header(again)
        assert header.party == "حزب الأصالة والمعاصرة"
        assert header.province == "إقليم تاونات"
    finally:
        again.close()


def test_a_bad_value_saves_nothing(db: Database) -> None:
    with pytest.raises(ValidationFailed) as err:
        settings.set_many(
            db, {settings.REPORT_REGION: "جهة فاس مكناس", settings.REMINDER_OVERDUE_EVERY: 0}
        )
    assert settings.REMINDER_OVERDUE_EVERY in err.value.errors
    assert "عدد الأيام" in err.value.message("ar")
    assert settings.report_header(db).region == ""
    with pytest.raises(ValidationFailed):
        settings.set_value(db, "no.such.key", "x")
