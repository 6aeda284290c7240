"""Dates as Moroccans write them: "17 أبريل 2026" with the months used in Morocco.

Plain Python (no Qt) so that reports and exports built in the services layer format dates
the same way as the interface does with ``QLocale(Arabic, Morocco)``.
"""

from __future__ import annotations

from datetime import date, datetime

MOROCCAN_MONTHS = (
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ماي",
    "يونيو",
    "يوليوز",
    "غشت",
    "شتنبر",
    "أكتوبر",
    "نونبر",
    "دجنبر",
)
FRENCH_MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)
ENGLISH_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_MONTHS = {"ar": MOROCCAN_MONTHS, "fr": FRENCH_MONTHS, "en": ENGLISH_MONTHS}


def month_name(month: int, lang: str = "ar") -> str:
    return _MONTHS.get(lang[:2], MOROCCAN_MONTHS)[month - 1]


def long_date(value: date | datetime | None, lang: str = "ar") -> str:
    """ "17 أبريل 2026", "17 avril 2026", "17 April 2026"; "" for no date.

    Western digits, as Moroccan administration writes them.
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return f"{value.day} {month_name(value.month, lang)} {value.year}"
