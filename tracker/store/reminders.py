"""Reads and writes for reminders: the items that may remind today, and what the user did.

``ReminderState`` keeps one row per reminder occurrence that was shown, snoozed or
dismissed; the occurrences themselves are computed (``tracker.domain.reminders``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from tracker.domain.enums import Priority, Status
from tracker.domain.reminders import QUIET_STATUSES
from tracker.store.models import ActionItem, Meeting, Owner, ReminderState

A = ActionItem.__table__
O = Owner.__table__  # noqa: E741
M = Meeting.__table__

StateKey = tuple[int, date, str, date]


@dataclass(frozen=True)
class DueItem:
    """An open, live item whose reminder window has opened by ``today``."""

    id: int
    title: str
    owner_name: str
    meeting_title: str
    due_on: date
    status: Status
    priority: Priority
    remind_days_before: int | None


def due_items(session: Session, today: date, default_lead: int) -> list[DueItem]:
    """Live items not done, cancelled or postponed whose due date minus lead is <= today.

    Computed in SQL (julianday) so only the items that can remind are read, overdue first.
    """
    lead = func.coalesce(A.c.remind_days_before, default_lead)
    opens = func.julianday(A.c.due_on) - lead <= func.julianday(today.isoformat())
    stmt = (
        select(
            A.c.id,
            A.c.title,
            O.c.name,
            M.c.title,
            A.c.due_on,
            A.c.status,
            A.c.priority,
            A.c.remind_days_before,
        )
        .select_from(A.join(O, O.c.id == A.c.owner_id).join(M, M.c.id == A.c.meeting_id))
        .where(
            and_(
                A.c.deleted_at.is_(None),
                A.c.due_on.is_not(None),
                A.c.status.not_in([s.value for s in QUIET_STATUSES]),
                opens,
            )
        )
        .order_by(A.c.due_on, A.c.priority, A.c.id)
    )
    return [
        DueItem(
            id=r[0],
            title=r[1],
            owner_name=r[2],
            meeting_title=r[3],
            due_on=r[4] if isinstance(r[4], date) else date.fromisoformat(r[4]),
            status=Status(r[5]),
            priority=Priority(r[6]),
            remind_days_before=r[7],
        )
        for r in session.connection().execute(stmt)
    ]


def _key(row: ReminderState) -> StateKey:
    return (row.action_item_id, row.due_on, row.kind, row.fires_on)


def states_since(session: Session, since: date) -> dict[StateKey, ReminderState]:
    """State rows of occurrences that fired on or after ``since``, by occurrence key."""
    stmt = sm_select(ReminderState).where(col(ReminderState.fires_on) >= since)
    return {_key(row): row for row in session.exec(stmt)}


def state(session: Session, key: StateKey, *, create: bool = False) -> ReminderState | None:
    item_id, due_on, kind, fires_on = key
    stmt = sm_select(ReminderState).where(
        ReminderState.action_item_id == item_id,
        ReminderState.due_on == due_on,
        ReminderState.kind == kind,
        ReminderState.fires_on == fires_on,
    )
    row = session.exec(stmt).first()
    if row is None and create:
        row = ReminderState(action_item_id=item_id, due_on=due_on, kind=kind, fires_on=fires_on)
        session.add(row)
        session.flush()
    return row
