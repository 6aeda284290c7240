from datetime import date

import pytest

from tracker.domain.dates import RelativeDue, Unit, count_days, parse_relative, relative_due
from tracker.domain.errors import InvalidInput


def test_three_months_after_the_taounate_meeting() -> None:
    assert relative_due(date(2026, 1, 17), 3, Unit.MONTHS) == date(2026, 4, 17)


@pytest.mark.parametrize(
    ("start", "amount", "unit", "expected"),
    [
        (date(2026, 1, 31), 1, "months", date(2026, 2, 28)),  # month end clamps
        (date(2028, 1, 31), 1, "months", date(2028, 2, 29)),  # leap year
        (date(2026, 3, 31), 1, "months", date(2026, 4, 30)),
        (date(2028, 2, 29), 1, "years", date(2029, 2, 28)),
        (date(2028, 2, 29), 4, "years", date(2032, 2, 29)),
        (date(2026, 12, 25), 10, "days", date(2027, 1, 4)),  # year end
        (date(2026, 2, 22), 1, "weeks", date(2026, 3, 1)),
        (date(2026, 1, 17), 0, "days", date(2026, 1, 17)),
    ],
)
def test_relative_due(start: date, amount: int, unit: str, expected: date) -> None:
    assert relative_due(start, amount, unit) == expected


def test_past_year_9999_is_a_clear_error() -> None:
    with pytest.raises(InvalidInput):
        relative_due(date(9999, 12, 1), 2, Unit.MONTHS)


def test_negative_offset_refused() -> None:
    with pytest.raises(InvalidInput):
        relative_due(date(2026, 1, 1), -1, Unit.DAYS)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("خلال ثلاثة أشهر", RelativeDue(3, Unit.MONTHS)),
        ("10 أيام", RelativeDue(10, Unit.DAYS)),
        ("١٠ أيام", RelativeDue(10, Unit.DAYS)),
        ("أسبوعين", RelativeDue(2, Unit.WEEKS)),
        ("شهر", RelativeDue(1, Unit.MONTHS)),
        ("within 3 weeks", RelativeDue(3, Unit.WEEKS)),
        ("dans 2 mois", RelativeDue(2, Unit.MONTHS)),
    ],
)
def test_parse_relative(text: str, expected: RelativeDue) -> None:
    assert parse_relative(text) == expected


@pytest.mark.parametrize("text", ["", "قريبا", "3 fortnights", "-2 days"])
def test_parse_relative_rejects_unreadable(text: str) -> None:
    with pytest.raises(InvalidInput) as err:
        parse_relative(text)
    assert "تعذرت قراءة المدة" in err.value.message("ar")


@pytest.mark.parametrize(
    ("n", "text"),
    [
        (1, "يوم واحد"),
        (2, "يومان"),
        (3, "3 أيام"),
        (10, "10 أيام"),
        (11, "11 يوماً"),
        (103, "103 أيام"),
        (226, "226 يوماً"),
    ],
)
def test_count_days_in_arabic(n: int, text: str) -> None:
    assert count_days(n) == text
