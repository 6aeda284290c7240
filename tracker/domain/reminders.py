"""When an action item reminds the secretary: pure date rules, no clock, no storage.

For an open item with a due date there are three kinds of reminder occurrence:

- ``before``: ``lead_days`` days ahead of the due date (none when the lead is 0);
- ``due``: on the due date;
- ``overdue``: every ``every_days`` days after the due date while the item stays open.

Each occurrence is identified by (item, due date, kind, fires_on). The *current* occurrence
of an item on a given day is the latest one that has fired: an older one that was missed
while the laptop was closed is superseded by a newer one, so the secretary sees one line per
item, never a pile of stale ones. Everything here is in calendar dates: a clock that crosses
a daylight-saving change moves the date exactly when the wall clock passes midnight.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from tracker.domain.enums import Status

DEFAULT_LEAD_DAYS = 3
DEFAULT_OVERDUE_EVERY_DAYS = 7
MAX_DAYS = 3650

QUIET_STATUSES = frozenset({Status.DONE, Status.CANCELLED, Status.POSTPONED})
"""Items in these statuses get no reminders (postponed: the secretary has decided to wait)."""


class ReminderKind(StrEnum):
    BEFORE = "before"
    DUE = "due"
    OVERDUE = "overdue"


@dataclass(frozen=True, order=True)
class Occurrence:
    """One reminder of one item for one due date: the unit that is notified, snoozed, dismissed."""

    item_id: int
    due_on: date
    kind: ReminderKind
    fires_on: date

    @property
    def key(self) -> tuple[int, date, str, date]:
        return (self.item_id, self.due_on, self.kind.value, self.fires_on)


def wants_reminders(status: Status) -> bool:
    return status not in QUIET_STATUSES


def clamp_days(value: object, default: int, *, minimum: int = 0) -> int:
    """A day count read from a setting or a row; anything unreadable gives ``default``."""
    try:
        n = int(str(value).strip())
    except (TypeError, ValueError):
        return default
    return n if minimum <= n <= MAX_DAYS else default


def current(
    item_id: int, due_on: date, lead_days: int, every_days: int, today: date
) -> Occurrence | None:
    """The latest occurrence that has fired by ``today``, or None if none has yet."""
    every_days = max(1, every_days)
    if today >= due_on:
        late = (today - due_on).days
        if late < every_days:
            return Occurrence(item_id, due_on, ReminderKind.DUE, due_on)
        fires = due_on + timedelta(days=(late // every_days) * every_days)
        return Occurrence(item_id, due_on, ReminderKind.OVERDUE, fires)
    if lead_days > 0 and today >= due_on - timedelta(days=lead_days):
        return Occurrence(item_id, due_on, ReminderKind.BEFORE, due_on - timedelta(days=lead_days))
    return None


def schedule(
    item_id: int, due_on: date, lead_days: int, every_days: int, until: date
) -> list[Occurrence]:
    """Every occurrence of one due date that fires on or before ``until``, in order."""
    every_days = max(1, every_days)
    out: list[Occurrence] = []
    if lead_days > 0:
        out.append(
            Occurrence(item_id, due_on, ReminderKind.BEFORE, due_on - timedelta(days=lead_days))
        )
    out.append(Occurrence(item_id, due_on, ReminderKind.DUE, due_on))
    fires = due_on + timedelta(days=every_days)
    while fires <= until:
        out.append(Occurrence(item_id, due_on, ReminderKind.OVERDUE, fires))
        fires += timedelta(days=every_days)
    return [o for o in out if o.fires_on <= until]
