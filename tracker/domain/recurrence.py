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
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr

from tracker.domain.errors import InvalidInput

_SIMPLE_PARTS = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "WKST"}


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


def next_occurrence(rule: str, due_on: date) -> NextOccurrence | None:
    """The next due date after ``due_on`` under ``rule``, or None when the series has ended."""
    parts = _parts(rule)
    text = ";".join(f"{k}={v}" for k, v in parts.items())
    start = datetime.combine(due_on, time.min)
    try:
        rr = rrulestr(text, dtstart=start)
        count = int(parts["COUNT"]) if "COUNT" in parts else None
        interval = int(parts.get("INTERVAL", "1"))
    except (ValueError, TypeError, OverflowError):
        raise InvalidInput("bad_recurrence", value=rule) from None
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
        if "UNTIL" in parts and nxt > _until(parts["UNTIL"], rule):
            return None
    else:
        try:
            found = rr.after(start)
        except (ValueError, OverflowError):
            return None
        if found is None:
            return None
        nxt = found.date()
    if count is not None:
        parts["COUNT"] = str(count - 1)
    return NextOccurrence(nxt, ";".join(f"{k}={v}" for k, v in parts.items()))
