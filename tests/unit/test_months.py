from datetime import date, datetime

from tracker.domain.months import MOROCCAN_MONTHS, long_date, month_name


def test_moroccan_month_names() -> None:
    assert [month_name(m) for m in (5, 7, 8, 9, 11, 12)] == [
        "ماي",
        "يوليوز",
        "غشت",
        "شتنبر",
        "نونبر",
        "دجنبر",
    ]
    assert len(set(MOROCCAN_MONTHS)) == 12


def test_long_date_in_each_language() -> None:
    assert long_date(date(2026, 4, 17)) == "17 أبريل 2026"
    assert long_date(datetime(2026, 8, 1, 9, 30), "fr") == "1 août 2026"
    assert long_date(date(2026, 12, 2), "en") == "2 December 2026"
    assert long_date(None) == ""
