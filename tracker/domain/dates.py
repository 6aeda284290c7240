"""Due dates relative to a meeting ("within 10 days / 3 weeks / 3 months")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from dateutil.relativedelta import relativedelta

from tracker.domain.errors import InvalidInput


class Unit(StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"
    YEARS = "years"


@dataclass(frozen=True)
class RelativeDue:
    """An offset from the meeting date, e.g. ``RelativeDue(3, Unit.MONTHS)``."""

    amount: int
    unit: Unit

    def from_date(self, start: date) -> date:
        return relative_due(start, self.amount, self.unit)


def relative_due(start: date, amount: int, unit: Unit | str) -> date:
    """The date ``amount`` days, weeks, months or years after ``start``.

    Month and year arithmetic clamps to the end of a shorter month, as people count:
    one month after 31 January is 28 (or 29) February; one year after 29 February is
    28 February.
    """
    unit = Unit(unit)
    if amount < 0:
        raise InvalidInput("negative_offset", amount=amount)
    delta = relativedelta(**{unit.value: amount})
    try:
        return start + delta
    except (OverflowError, ValueError) as exc:
        raise InvalidInput("date_out_of_range") from exc


# Arabic number words as they appear in communiqués ("خلال ثلاثة أشهر").
_AR_NUMBERS = {
    "واحد": 1,
    "واحدة": 1,
    "اثنين": 2,
    "اثنان": 2,
    "ثلاث": 3,
    "ثلاثة": 3,
    "أربع": 4,
    "أربعة": 4,
    "خمس": 5,
    "خمسة": 5,
    "ست": 6,
    "ستة": 6,
    "سبع": 7,
    "سبعة": 7,
    "ثمان": 8,
    "ثمانية": 8,
    "تسع": 9,
    "تسعة": 9,
    "عشر": 10,
    "عشرة": 10,
    "خمسة عشر": 15,
    "عشرين": 20,
    "ثلاثين": 30,
}
_AR_DUAL = {
    "يومين": (2, Unit.DAYS),
    "أسبوعين": (2, Unit.WEEKS),
    "شهرين": (2, Unit.MONTHS),
    "سنتين": (2, Unit.YEARS),
}
_AR_SINGLE = {"يوم": Unit.DAYS, "أسبوع": Unit.WEEKS, "شهر": Unit.MONTHS, "سنة": Unit.YEARS}
_UNIT_WORDS = {
    Unit.DAYS: ("day", "days", "jour", "jours", "يوم", "يوما", "أيام", "ايام"),
    Unit.WEEKS: ("week", "weeks", "semaine", "semaines", "أسبوع", "أسابيع", "اسبوع", "اسابيع"),
    Unit.MONTHS: ("month", "months", "mois", "شهر", "شهرا", "أشهر", "اشهر", "شهور"),
    Unit.YEARS: ("year", "years", "an", "ans", "année", "années", "سنة", "سنوات", "عام"),
}
_PREFIXES = ("خلال", "في غضون", "في أجل", "بعد", "within", "in", "dans", "sous")


def parse_relative(text: str) -> RelativeDue:
    """Read "3 months", "خلال ثلاثة أشهر", "within 10 days", "أسبوعين" into a RelativeDue."""
    t = re.sub(r"\s+", " ", (text or "").strip().lower())
    t = t.translate({0x0660 + i: str(i) for i in range(10)})
    for p in _PREFIXES:
        if t.startswith(p + " "):
            t = t[len(p) + 1 :]
            break
    if t in _AR_DUAL:
        n, u = _AR_DUAL[t]
        return RelativeDue(n, u)
    if t in _AR_SINGLE:
        return RelativeDue(1, _AR_SINGLE[t])
    m = re.fullmatch(r"(\d{1,4}|[\u0600-\u06ff]+(?: عشر)?) (\S+)", t)
    if m:
        num, word = m.groups()
        amount = int(num) if num.isdigit() else _AR_NUMBERS.get(num)
        if amount is not None:
            for unit, words in _UNIT_WORDS.items():
                if word in words:
                    return RelativeDue(amount, unit)
    raise InvalidInput("unreadable_relative_date", text=text)


def count_days(n: int, lang: str = "ar") -> str:
    """ "3 أيام", "11 يوماً", "يوم واحد": the number of days as Arabic grammar wants it."""
    n = abs(n)
    if lang == "fr":
        return f"{n} jour" + ("s" if n > 1 else "")
    if lang == "en":
        return f"{n} day" + ("s" if n != 1 else "")
    if n == 1:
        return "يوم واحد"
    if n == 2:
        return "يومان"
    if 3 <= n % 100 <= 10:
        return f"{n} أيام"
    return f"{n} يوماً"
