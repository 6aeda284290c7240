"""Reminders: what is due soon or overdue, what was already announced, snooze and dismiss.

No Qt and no clock of its own: callers pass ``now`` (a datetime, naive local or aware) or
``today``. The date that counts is the caller's calendar date (``now.date()``), so a clock
that crosses a daylight-saving change neither repeats nor skips a day. Timestamps are
stored in naive UTC like every other timestamp of the store.

Rules (see ``tracker.domain.reminders``): for each live item with a due date and a status
other than done, cancelled or postponed, one reminder ``remind_days_before`` days ahead
(the item's value, else the ``reminders.lead_days`` setting, 3), one on the due date, and
one every ``reminders.overdue_every`` days (7) while it is overdue. The panel lists the
current occurrence of each item unless it was dismissed or is snoozed past today; each
occurrence is announced once (``notified_at``), however many times the app checks or
restarts. Reminders that fell due while the app was closed are simply the current ones at
the next check: nothing is tied to the day the app happens to run.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta

from tracker.domain.enums import Priority, Status
from tracker.domain.errors import InvalidInput
from tracker.domain.reminders import (
    DEFAULT_LEAD_DAYS,
    DEFAULT_OVERDUE_EVERY_DAYS,
    MAX_DAYS,
    Occurrence,
    ReminderKind,
    clamp_days,
    current,
)
from tracker.services import items as item_service
from tracker.services.settings import REMINDER_LEAD_DAYS, REMINDER_OVERDUE_EVERY
from tracker.store import reminders as store
from tracker.store import repo
from tracker.store.db import Unit
from tracker.store.models import ActionItem

LEAD_DAYS_KEY = REMINDER_LEAD_DAYS  # the keys the settings dialog writes
OVERDUE_EVERY_KEY = REMINDER_OVERDUE_EVERY
SNOOZE_CHOICES = (1, 3, 7)  # days offered by the panel's snooze menu


@dataclass(frozen=True)
class ReminderRules:
    lead_days: int = DEFAULT_LEAD_DAYS
    overdue_every_days: int = DEFAULT_OVERDUE_EVERY_DAYS


@dataclass(frozen=True)
class Reminder:
    """One reminder as the panel shows it."""

    occurrence: Occurrence
    today: date
    title: str
    owner_name: str
    meeting_title: str
    status: Status
    priority: Priority
    notified: bool  # already announced before this check

    @property
    def item_id(self) -> int:
        return self.occurrence.item_id

    @property
    def due_on(self) -> date:
        return self.occurrence.due_on

    @property
    def kind(self) -> ReminderKind:
        return self.occurrence.kind

    @property
    def days_late(self) -> int:
        """Days past the due date (0 on the due date, negative before it)."""
        return (self.today - self.due_on).days

    @property
    def overdue(self) -> bool:
        return self.days_late > 0


@dataclass(frozen=True)
class ReminderCheck:
    today: date
    reminders: list[Reminder]  # everything to list in the panel, overdue first
    new: list[Reminder]  # announced by this check, never announced before
    overdue_items: int  # open items past their due date (reminders or not)
    due_items: int  # open items due today or within their reminder lead
    fingerprint: tuple[object, ...] = ()  # of the data this check was computed from


def to_utc(now: datetime) -> datetime:
    """Naive UTC, as the store keeps timestamps (a naive ``now`` is local time)."""
    return now.astimezone(UTC).replace(tzinfo=None, microsecond=0)


def rules(s: Unit) -> ReminderRules:
    return _rules(s)


def _rules(s: object) -> ReminderRules:
    lead = repo.get_setting(s, LEAD_DAYS_KEY)  # type: ignore[arg-type]
    every = repo.get_setting(s, OVERDUE_EVERY_KEY)  # type: ignore[arg-type]
    return ReminderRules(
        lead_days=clamp_days(lead, DEFAULT_LEAD_DAYS),
        overdue_every_days=clamp_days(every, DEFAULT_OVERDUE_EVERY_DAYS, minimum=1),
    )


def _collect(
    s: object, today: date
) -> tuple[list[Reminder], int, int, dict[store.StateKey, store.StateRow]]:
    r = _rules(s)
    rows = store.due_items(s, today, r.lead_days)  # type: ignore[arg-type]
    # The current occurrence of any item fired after this day; older state rows can't matter.
    window = max(
        [r.overdue_every_days, r.lead_days] + [row.remind_days_before or 0 for row in rows]
    )
    states = store.states_since(s, today - timedelta(days=window + 1))  # type: ignore[arg-type]
    shown: list[Reminder] = []
    overdue = due = 0
    for row in rows:
        lead = row.remind_days_before if row.remind_days_before is not None else r.lead_days
        occ = current(row.id, row.due_on, lead, r.overdue_every_days, today)
        if occ is None:
            continue
        if row.due_on < today:
            overdue += 1
        else:
            due += 1
        st = states.get(occ.key)
        if st is not None and (
            st.dismissed_at is not None or (st.snoozed_until and st.snoozed_until > today)
        ):
            continue
        shown.append(
            Reminder(
                occurrence=occ,
                today=today,
                title=row.title,
                owner_name=row.owner_name,
                meeting_title=row.meeting_title,
                status=row.status,
                priority=row.priority,
                notified=st is not None and st.notified_at is not None,
            )
        )
    return shown, overdue, due, states


def pending(s: Unit, today: date) -> ReminderCheck:
    """What the panel lists on ``today``, without announcing anything (read only)."""
    shown, overdue, due, _ = _collect(s, today)
    mark = store.fingerprint(s)
    return ReminderCheck(today, shown, [], overdue, due, mark)


def check(s: Unit, now: datetime, previous: ReminderCheck | None = None) -> ReminderCheck:
    """The reminders of ``now``'s date; those never announced are marked announced now.

    Call it at start (it collects whatever fell due while the app was closed), every
    minute and after the machine wakes. ``new`` holds what to announce: each occurrence
    is in ``new`` of exactly one check. Pass the previous result to skip the work when
    neither the date nor the data has changed since (the answer would be the same).
    """
    today = now.date()
    stamp = to_utc(now)
    mark = store.fingerprint(s)
    if previous is not None and previous.today == today and previous.fingerprint == mark:
        return replace(previous, new=[])
    shown, overdue, due, states = _collect(s, today)
    new = [rem for rem in shown if not rem.notified]
    if new:
        store.record_notified(s, [r.occurrence.key for r in new], states, stamp)
        mark = store.fingerprint(s)
    return ReminderCheck(today, shown, new, overdue, due, mark)


def _live_item(s: object, item_id: int) -> ActionItem:
    item = repo.get(s, ActionItem, item_id)  # type: ignore[arg-type]
    if item.deleted_at is not None:
        raise InvalidInput("not_found", what="ActionItem", id=item_id)
    return item


def snooze(s: Unit, occurrence: Occurrence, until: date, *, today: date) -> date:
    """Hide this reminder until ``until`` (a later day), then list and announce it again."""
    if until <= today:
        raise InvalidInput("snooze_not_future", value=until.isoformat())
    if (until - today).days > MAX_DAYS:
        raise InvalidInput("snooze_too_far", value=until.isoformat())
    _live_item(s, occurrence.item_id)
    row = store.state(s, occurrence.key, create=True)
    assert row is not None
    row.snoozed_until = until
    row.dismissed_at = None
    row.notified_at = None  # a snoozed reminder is announced again when it comes back
    return until


def snooze_days(s: Unit, occurrence: Occurrence, days: int, *, today: date) -> date:
    return snooze(s, occurrence, today + timedelta(days=days), today=today)


def dismiss(s: Unit, occurrence: Occurrence, *, now: datetime) -> None:
    """Hide this occurrence for good (the next one, if the item stays open, still comes)."""
    _live_item(s, occurrence.item_id)
    row = store.state(s, occurrence.key, create=True)
    assert row is not None
    row.dismissed_at = to_utc(now)
    if row.notified_at is None:
        row.notified_at = row.dismissed_at


def mark_done(s: Unit, item_id: int, *, now: datetime) -> None:
    """Record the item as done (100%): its reminders stop; a recurring item gets its next."""
    item_service.record_progress(
        s, item_id, {"status": Status.DONE, "progress": 100}, now=to_utc(now)
    )
