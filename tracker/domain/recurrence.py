"""Recurring action items: the due date of the next occurrence from an RFC 5545 RRULE.

The rule is read with ``dateutil.rrule`` with the item's due date as its start. Two
deliberate departures from a literal reading, because a secretary counts months as people
do:

- a plain monthly or yearly rule (no BY… parts) never skips a month: a monthly item due on
  31 January is next due on 28 (or 29) February, and an item due on the last day of a month
  stays on the last day (28 February -> 31 March); a yearly item due on 29 February is next
  due on 28 February, then on 29 February again in the next leap year;
- each item starts the series afresh, so ``COUNT=n`` means "this one and n-1 more": the
  next item carries ``COUNT=n-1`` and ``COUNT=1`` has no next.

What a secretariat repeats is daily at most often: :func:`check_rule` accepts DAILY, WEEKLY,
MONTHLY and YEARLY rules on dates (no BYHOUR, BYMINUTE, BYSECOND; no dateutil extensions),
with an interval of at most ten years, that fall on at least one date within ten years. The
search for the next date is bounded: a rule valid RFC 5545 that never (or only centuries
later) falls again cannot keep the window busy; it simply has no next item.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from tracker.domain.errors import InvalidInput

_SIMPLE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}
_DATE_PARTS = {"BYDAY", "BYMONTHDAY", "BYMONTH", "BYYEARDAY", "BYWEEKNO", "BYSETPOS"}
# Every frequency from a day up, with the longest interval that still falls within the horizon.
MAX_INTERVAL = {"DAILY": 3660, "WEEKLY": 522, "MONTHLY": 120, "YEARLY": 10}
HORIZON_YEARS = 10
# 400 Gregorian years are 146,097 days, exactly 20,871 weeks: the same weekdays, month
# lengths, leap years and week numbers come back. dateutil looks for a next date until year
# 9999; the bounded searches below run that many cycles later, close to that end.
_CYCLE = timedelta(days=146_097)
_LAST_START_YEAR = 9999 - HORIZON_YEARS - 1  # 9988


@dataclass(frozen=True)
class NextOccurrence:
    due_on: date
    rule: str  # the rule text the next item carries (COUNT decremented)


def _parts(rule: str) -> dict[str, str]:
    text = rule.strip().removeprefix("RRULE:")
    parts: dict[str, str] = {}
    for chunk in filter(None, (c.strip() for c in text.split(";"))):
        key, sep, value = chunk.partition("=")
        if not sep or not value.strip():
            raise InvalidInput("bad_recurrence", value=rule)
        parts[key.strip().upper()] = value.strip().upper()
    if "FREQ" not in parts:
        raise InvalidInput("bad_recurrence", value=rule)
    if parts.get("UNTIL", "").endswith("Z"):  # items have dates, not instants: keep the day
        parts["UNTIL"] = parts["UNTIL"][:8] + "T235959"
    return parts


def _month_end(d: date) -> date:
    return d.replace(day=calendar.monthrange(d.year, d.month)[1])


def _until(value: str, rule: str) -> date:
    try:
        return datetime.strptime(value[:8], "%Y%m%d").date()
    except ValueError:
        raise InvalidInput("bad_recurrence", value=rule) from None


def check_rule(rule: str) -> str:
    """``rule`` as stored (``RRULE:`` dropped) when it is a rule the tracker accepts, else an
    ``InvalidInput`` saying why (unreadable, too frequent, an interval over ten years, or no
    date at all within ten years)."""
    text = rule.strip().removeprefix("RRULE:")
    problem = _problem(text)
    if problem:
        raise InvalidInput(problem, value=_short(text))
    return text


@lru_cache(maxsize=1024)  # an import checks the same few rules on thousands of rows
def _problem(text: str) -> str:
    """The message code of what is wrong with ``text``, or "" when it is accepted."""
    try:
        parts = _parts(text)
    except InvalidInput:
        return "bad_recurrence"
    if parts["FREQ"] not in MAX_INTERVAL or not set(parts) <= _SIMPLE_PARTS | _DATE_PARTS:
        return "recurrence_unsupported"
    if "COUNT" in parts and "UNTIL" in parts:  # RFC 5545: they MUST NOT occur together
        return "bad_recurrence"
    try:
        rrulestr(";".join(f"{k}={v}" for k, v in parts.items()), dtstart=datetime(2000, 1, 1))
        interval = int(parts.get("INTERVAL", "1"))
        count = int(parts.get("COUNT", "1"))
        if "UNTIL" in parts:
            datetime.strptime(parts["UNTIL"][:8], "%Y%m%d")
    except (ValueError, TypeError, OverflowError):
        return "bad_recurrence"
    if interval < 1:  # dateutil would look for the next date for ever
        return "bad_recurrence"
    if interval > MAX_INTERVAL[parts["FREQ"]]:
        return "recurrence_interval"
    if count < 1 or _first_after(_pattern(parts), date(_LAST_START_YEAR, 1, 1), inc=True) is None:
        return "recurrence_never"
    return ""


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _pattern(parts: dict[str, str]) -> str:
    """The rule without COUNT and UNTIL: where it falls, not when it ends."""
    return ";".join(f"{k}={v}" for k, v in parts.items() if k not in ("COUNT", "UNTIL"))


def _first_after(pattern: str, start: date, *, inc: bool = False) -> date | None:
    """The first date of ``pattern`` (a series starting on ``start``) after ``start`` (or on
    it, with ``inc``) and within ``HORIZON_YEARS``; None when there is none.

    The search runs a whole number of 400-year cycles later, just before year 9999 where
    dateutil stops looking: at most about 400 years of periods instead of up to 8,000.
    """
    cycles = (_LAST_START_YEAR - start.year) // 400
    shift = _CYCLE * cycles
    moved = datetime.combine(start + shift, time.min)
    try:
        found = rrulestr(pattern, dtstart=moved).after(moved, inc=inc)
    except (ValueError, TypeError, OverflowError):
        return None
    if found is None:
        return None
    try:
        nxt = found.date() - shift
    except OverflowError:  # after 31 December 9999
        return None
    try:
        limit = start + relativedelta(years=HORIZON_YEARS)
    except (ValueError, OverflowError):
        limit = date.max
    return nxt if nxt <= limit else None


def next_occurrence(rule: str, due_on: date) -> NextOccurrence | None:
    """The next due date after ``due_on`` under ``rule``, or None when the series has ended
    (or has no date within ``HORIZON_YEARS``)."""
    check_rule(rule)
    parts = _parts(rule)
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    interval = int(parts.get("INTERVAL", "1"))
    if count is not None and count <= 1:
        return None
    freq = parts["FREQ"]
    if freq in ("MONTHLY", "YEARLY") and set(parts) <= _SIMPLE_PARTS:
        step = (
            relativedelta(months=interval) if freq == "MONTHLY" else relativedelta(years=interval)
        )
        try:
            nxt = due_on + step  # relativedelta clamps 31 -> 28/29/30
        except (OverflowError, ValueError):
            return None
        if due_on == _month_end(due_on):
            nxt = _month_end(nxt)
    else:
        found = _first_after(_pattern(parts), due_on)
        if found is None:
            return None
        nxt = found
    if "UNTIL" in parts and nxt > _until(parts["UNTIL"], rule):
        return None
    if count is not None:
        parts["COUNT"] = str(count - 1)
    return NextOccurrence(nxt, ";".join(f"{k}={v}" for k, v in parts.items()))
