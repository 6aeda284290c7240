"""The reminder calendar, day by day, across month ends, 29 February and the year end."""

from datetime import date, timedelta

import pytest

from tracker.domain.enums import Status
from tracker.domain.reminders import (
    Occurrence,
    ReminderKind,
    clamp_days,
    current,
    schedule,
    wants_reminders,
)

B, D, OV = ReminderKind.BEFORE, ReminderKind.DUE, ReminderKind.OVERDUE


def _days(start: date, end: date):  # type: ignore[no-untyped-def]
    d = start
    while d <= end:
        yield d
        d += timedelta(days=1)


def _seen(due: date, lead: int, every: int, start: date, end: date) -> list[Occurrence]:
    """The distinct current occurrences met by checking once a day, in order."""
    out: list[Occurrence] = []
    for day in _days(start, end):
        occ = current(1, due, lead, every, day)
        if occ is not None and (not out or out[-1] != occ):
            out.append(occ)
    return out


@pytest.mark.parametrize(
    ("due", "lead", "before_on"),
    [
        (date(2026, 3, 1), 3, date(2026, 2, 26)),  # across the end of a 28-day February
        (date(2028, 3, 1), 3, date(2028, 2, 27)),  # leap year: 29 February counts
        (date(2028, 3, 1), 1, date(2028, 2, 29)),  # the reminder falls on 29 February
        (date(2027, 1, 2), 3, date(2026, 12, 30)),  # across the year end
        (date(2026, 5, 1), 1, date(2026, 4, 30)),  # across a 30-day month end
    ],
)
def test_lead_reminder_falls_on_the_calendar_day(due: date, lead: int, before_on: date) -> None:
    assert current(1, due, lead, 7, before_on - timedelta(days=1)) is None
    assert current(1, due, lead, 7, before_on) == Occurrence(1, due, B, before_on)
    assert current(1, due, lead, 7, due - timedelta(days=1)) == Occurrence(1, due, B, before_on)
    assert current(1, due, lead, 7, due) == Occurrence(1, due, D, due)


@pytest.mark.parametrize(
    "due",
    [date(2026, 2, 26), date(2028, 2, 27), date(2026, 12, 28), date(2026, 1, 31)],
)
def test_checking_every_day_meets_every_occurrence_once_in_order(due: date) -> None:
    start, end = due - timedelta(days=10), due + timedelta(days=40)
    seen = _seen(due, 3, 7, start, end)
    assert seen == schedule(1, due, 3, 7, end)
    assert [o.kind for o in seen] == [B, D, OV, OV, OV, OV, OV]
    assert [(o.fires_on - due).days for o in seen] == [-3, 0, 7, 14, 21, 28, 35]


def test_overdue_every_n_days_across_the_year_end_and_29_february() -> None:
    seen = _seen(date(2027, 12, 20), 0, 10, date(2027, 12, 1), date(2028, 3, 10))
    assert [o.fires_on for o in seen] == [
        date(2027, 12, 20),
        date(2027, 12, 30),
        date(2028, 1, 9),
        date(2028, 1, 19),
        date(2028, 1, 29),
        date(2028, 2, 8),
        date(2028, 2, 18),
        date(2028, 2, 28),
        date(2028, 3, 9),  # 29 February counts: ten days after 28 February
    ]


def test_a_long_absence_shows_only_the_latest_occurrence() -> None:
    due = date(2026, 4, 17)
    occ = current(1, due, 3, 7, date(2026, 11, 29))
    assert occ == Occurrence(1, due, OV, date(2026, 11, 27))  # 224 days = 32 weeks


def test_zero_lead_means_no_early_reminder_and_quiet_statuses() -> None:
    due = date(2026, 12, 2)
    assert current(1, due, 0, 7, date(2026, 12, 1)) is None
    assert current(1, due, 0, 7, due) is not None
    assert [wants_reminders(s) for s in Status] == [True, True, False, True, False, False]


@pytest.mark.parametrize(
    ("value", "expected"), [("5", 5), (" 0 ", 0), ("-1", 3), ("abc", 3), (None, 3), ("99999", 3)]
)
def test_settings_values_are_read_safely(value: object, expected: int) -> None:
    assert clamp_days(value, 3) == expected
