"""Reads and writes for reminders: the items that may remind today, and what the user did.

``ReminderState`` keeps one row per reminder occurrence that was shown, snoozed or
dismissed; the occurrences themselves are computed (``tracker.domain.reminders``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import and_, bindparam, case, func, insert, select, update
from sqlmodel import Session
from sqlmodel import select as sm_select

from tracker.domain.enums import Priority, Status
from tracker.domain.reminders import QUIET_STATUSES
from tracker.store.models import ActionItem, Meeting, Owner, ReminderState, new_uid

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


@dataclass(frozen=True)
class StateRow:
    id: int
    notified_at: datetime | None
    snoozed_until: date | None
    dismissed_at: datetime | None


RS = ReminderState.__table__


def states_since(session: Session, since: date) -> dict[StateKey, StateRow]:
    """State of the occurrences that fired on or after ``since``, by occurrence key."""
    stmt = select(
        RS.c.action_item_id,
        RS.c.due_on,
        RS.c.kind,
        RS.c.fires_on,
        RS.c.id,
        RS.c.notified_at,
        RS.c.snoozed_until,
        RS.c.dismissed_at,
    ).where(RS.c.fires_on >= since)
    return {
        (r[0], r[1], r[2], r[3]): StateRow(r[4], r[5], r[6], r[7])
        for r in session.connection().execute(stmt)
    }


def record_notified(
    session: Session,
    keys: list[StateKey],
    known: dict[StateKey, StateRow],
    stamp: datetime,
) -> None:
    """Mark these occurrences announced at ``stamp``, in two statements whatever their number."""
    existing = [{"row_id": known[k].id, "stamp": stamp} for k in keys if k in known]
    missing = [
        {
            "uid": new_uid(),
            "created_at": stamp,
            "updated_at": stamp,
            "action_item_id": k[0],
            "due_on": k[1],
            "kind": k[2],
            "fires_on": k[3],
            "notified_at": stamp,
        }
        for k in keys
        if k not in known
    ]
    conn = session.connection()
    if existing:
        conn.execute(
            update(RS)
            .where(RS.c.id == bindparam("row_id"))
            .values(notified_at=bindparam("stamp"), updated_at=bindparam("stamp")),
            existing,
        )
    if missing:
        conn.execute(insert(RS), missing)


def fingerprint(session: Session) -> tuple[object, ...]:
    """Changes whenever an item, a reminder state or a setting is added, changed or removed.

    One cheap pass over each table (aggregates only, no rows built), so a per-minute check
    can skip recomputing reminders when neither the day nor the data has changed. Beside
    counts and the latest ``updated_at`` it sums the columns reminders depend on, so a
    change made within the same second as the previous one is still seen.
    """
    from tracker.store.models import Setting

    S = ReminderState.__table__
    T = Setting.__table__
    quiet = [s.value for s in QUIET_STATUSES]
    stmts = [
        select(
            func.count(),
            func.max(A.c.updated_at),
            func.count(A.c.deleted_at),
            func.total(func.julianday(A.c.due_on)),
            func.total(A.c.remind_days_before),
            func.total(case((A.c.status.in_(quiet), A.c.id), else_=0)),
        ).select_from(A),
        select(
            func.count(),
            func.max(S.c.updated_at),
            func.count(S.c.notified_at),
            func.count(S.c.dismissed_at),
            func.total(func.julianday(S.c.snoozed_until)),
        ).select_from(S),
        select(func.count(), func.max(T.c.updated_at), func.group_concat(T.c.value)).select_from(T),
    ]
    conn = session.connection()
    return tuple(tuple(conn.execute(stmt).one()) for stmt in stmts)


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
