"""Next due dates of recurring items: month ends, 29 February, the year end, COUNT and UNTIL."""

from datetime import date

import pytest

from tracker.domain.errors import InvalidInput
from tracker.domain.recurrence import next_occurrence


def _chain(rule: str, start: date, n: int) -> list[date]:
    out, due = [], start
    for _ in range(n):
        nxt = next_occurrence(rule, due)
        if nxt is None:
            break
        due, rule = nxt.due_on, nxt.rule
        out.append(due)
    return out


def test_monthly_from_the_last_day_stays_on_the_last_day() -> None:
    assert _chain("FREQ=MONTHLY", date(2026, 1, 31), 5) == [
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
        date(2026, 5, 31),
        date(2026, 6, 30),
    ]


def test_monthly_across_the_year_end_and_into_a_leap_february() -> None:
    assert _chain("FREQ=MONTHLY", date(2027, 11, 30), 4) == [
        date(2027, 12, 31),
        date(2028, 1, 31),
        date(2028, 2, 29),
        date(2028, 3, 31),
    ]
    assert _chain("FREQ=MONTHLY", date(2026, 12, 5), 2) == [date(2027, 1, 5), date(2027, 2, 5)]


def test_monthly_on_the_30th_is_not_skipped_in_february() -> None:
    assert next_occurrence("FREQ=MONTHLY", date(2026, 1, 30)).due_on == date(2026, 2, 28)  # type: ignore[union-attr]
    assert next_occurrence("FREQ=MONTHLY;INTERVAL=3", date(2026, 11, 30)).due_on == date(  # type: ignore[union-attr]
        2027, 2, 28
    )


def test_yearly_on_29_february() -> None:
    assert _chain("FREQ=YEARLY", date(2028, 2, 29), 4) == [
        date(2029, 2, 28),
        date(2030, 2, 28),
        date(2031, 2, 28),
        date(2032, 2, 29),
    ]


def test_weekly_and_by_day_rules_follow_dateutil() -> None:
    assert _chain("FREQ=WEEKLY", date(2026, 12, 28), 2) == [date(2027, 1, 4), date(2027, 1, 11)]
    # the first Monday of each month
    assert _chain("FREQ=MONTHLY;BYDAY=1MO", date(2026, 11, 2), 3) == [
        date(2026, 12, 7),
        date(2027, 1, 4),
        date(2027, 2, 1),
    ]


def test_count_and_until_end_the_series() -> None:
    assert _chain("FREQ=MONTHLY;COUNT=3", date(2026, 1, 15), 10) == [
        date(2026, 2, 15),
        date(2026, 3, 15),
    ]
    nxt = next_occurrence("FREQ=MONTHLY;COUNT=3", date(2026, 1, 15))
    assert nxt is not None and nxt.rule == "FREQ=MONTHLY;COUNT=2"
    assert _chain("FREQ=MONTHLY;UNTIL=20260331", date(2026, 1, 31), 10) == [
        date(2026, 2, 28),
        date(2026, 3, 31),
    ]
    assert _chain("FREQ=WEEKLY;UNTIL=20260115T000000Z", date(2026, 1, 1), 10) == [
        date(2026, 1, 8),
        date(2026, 1, 15),
    ]


@pytest.mark.parametrize("rule", ["", "MONTHLY", "FREQ=SOMETIMES", "FREQ=MONTHLY;COUNT=x"])
def test_unreadable_rules_are_refused_with_a_message(rule: str) -> None:
    with pytest.raises(InvalidInput) as err:
        next_occurrence(rule, date(2026, 1, 1))
    assert "التكرار" in err.value.message("ar")
