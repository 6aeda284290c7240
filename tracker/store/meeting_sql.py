"""The SQL of the meeting cycle (issue 16): the follow-up agenda's rows, what changed since a
meeting, and what was reviewed at one.

Plain tuples out, in the field order of ``tracker.services.agenda`` / ``changes``; overdue
is computed against the caller's ``today`` as everywhere else.

Fanned-out directives (issue 15): the agenda leaves the children out (their parent stands
for them) and :func:`rollups` counts them per parent, naming the late communes.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session

from tracker.domain.enums import Status
from tracker.store.item_sql import _OPEN, A, M, O, R, overdue_expr
from tracker.store.models import DueChange, ProgressUpdate, Territory

P = ProgressUpdate.__table__
D = DueChange.__table__
T = Territory.__table__
Row = tuple[Any, ...]


def parent_column() -> Any:
    """``action_item.parent_id``: the roll-up a fanned-out commune's item belongs to."""
    return A.c.parent_id


def _latest_note() -> Any:
    return (
        select(P.c.note)
        .where(P.c.action_item_id == A.c.id, P.c.note != "")
        .order_by(P.c.recorded_at.desc(), P.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def _joined() -> Any:
    live_res = and_(R.c.id == A.c.resolution_id, R.c.deleted_at.is_(None))
    return (
        A.join(M, M.c.id == A.c.meeting_id).join(O, O.c.id == A.c.owner_id).outerjoin(R, live_res)
    )


_ITEM_COLUMNS = (
    A.c.id,
    A.c.uid,
    A.c.title,
    A.c.meeting_id,
    M.c.title,
    M.c.held_on,
    R.c.id,
    R.c.ordinal,
    R.c.text,
    O.c.name,
    A.c.due_on,
    A.c.status,
    A.c.progress,
)


def agenda_rows(
    session: Session, today: date, before: date, reviewed_at: int | None = None
) -> list[Row]:
    """Open items of the live meetings held before ``before``: by meeting (oldest first),
    resolution (none last), overdue first (most late first), then due date (none last).

    ``reviewed_at``: a meeting whose review has recorded updates; the items it reviewed
    stay in the list even once done, so that a review's place does not move.
    Columns: the item columns, then overdue, latest note.
    """
    is_open = A.c.status.in_(_OPEN)
    keep: ColumnElement[bool] = is_open
    if reviewed_at is not None:
        seen = select(P.c.action_item_id).where(P.c.meeting_id == reviewed_at)
        keep = or_(is_open, A.c.id.in_(seen))
    where = [A.c.deleted_at.is_(None), M.c.deleted_at.is_(None), M.c.held_on < before, keep]
    parent = parent_column()
    if parent is not None:  # a fanned-out directive appears once, as its parent
        where.append(parent.is_(None))
    late = overdue_expr(today)
    stmt = (
        select(*_ITEM_COLUMNS, late, func.coalesce(_latest_note(), ""))
        .select_from(_joined())
        .where(*where)
        .order_by(
            M.c.held_on,
            M.c.id,
            case((R.c.id.is_(None), 1), else_=0),
            R.c.ordinal,
            case((late, 0), else_=1),
            case((A.c.due_on.is_(None), 1), else_=0),
            A.c.due_on,
            A.c.id,
        )
    )
    return [tuple(r) for r in session.connection().execute(stmt)]


def rollups(session: Session, parent_ids: list[int], today: date) -> dict[int, Row]:
    """Per parent: (children not cancelled, done, the late children's communes — their
    owner's commune, or the owner's name when it is tied to none)."""
    parent = parent_column()
    if not parent_ids:
        return {}
    place = func.coalesce(T.c.name_ar, O.c.name)
    stmt = (
        select(parent, A.c.status, overdue_expr(today), place)
        .select_from(A.join(O, O.c.id == A.c.owner_id).outerjoin(T, T.c.id == O.c.territory_id))
        .where(
            parent.in_(parent_ids),
            A.c.deleted_at.is_(None),
            A.c.status != Status.CANCELLED.value,
        )
        .order_by(parent, place)
    )
    out: dict[int, list[Any]] = {}
    for pid, status, late, owner in session.connection().execute(stmt):
        entry = out.setdefault(pid, [0, 0, []])
        entry[0] += 1
        entry[1] += status == Status.DONE.value
        if late:
            entry[2].append(owner)
    return {k: (v[0], v[1], tuple(v[2])) for k, v in out.items()}


def done_between(session: Session, start: date, end: date) -> int:
    """Live items done on a day from ``start`` to ``end`` (both included)."""
    stmt = (
        select(func.count())
        .select_from(A.join(M, M.c.id == A.c.meeting_id))
        .where(
            A.c.deleted_at.is_(None),
            M.c.deleted_at.is_(None),
            A.c.status == Status.DONE.value,
            A.c.completed_on >= start,
            A.c.completed_on <= end,
        )
    )
    return int(session.connection().execute(stmt).scalar() or 0)


def last_meeting_before(session: Session, before: date) -> tuple[int, str, date] | None:
    stmt = (
        select(M.c.id, M.c.title, M.c.held_on)
        .where(M.c.deleted_at.is_(None), M.c.held_on < before)
        .order_by(M.c.held_on.desc(), M.c.id.desc())
        .limit(1)
    )
    r = session.connection().execute(stmt).first()
    return None if r is None else (r[0], r[1], r[2])


def next_meeting_after(session: Session, meeting_id: int, held_on: date) -> date | None:
    stmt = (
        select(M.c.held_on)
        .where(M.c.deleted_at.is_(None), M.c.held_on > held_on, M.c.id != meeting_id)
        .order_by(M.c.held_on)
        .limit(1)
    )
    return session.connection().execute(stmt).scalar()


# -- what changed between two moments ------------------------------------------------------


def _items(session: Session, where: list[Any], extra: tuple[Any, ...] = ()) -> list[Row]:
    stmt = (
        select(*_ITEM_COLUMNS, *extra)
        .select_from(_joined())
        .where(A.c.deleted_at.is_(None), M.c.deleted_at.is_(None), *where)
        .order_by(M.c.held_on, M.c.id, case((R.c.id.is_(None), 1), else_=0), R.c.ordinal, A.c.id)
    )
    return [tuple(r) for r in session.connection().execute(stmt)]


def items_by_id(session: Session, ids: list[int]) -> dict[int, Row]:
    if not ids:
        return {}
    return {r[0]: r for r in _items(session, [A.c.id.in_(ids)])}


def updates_between(session: Session, start: datetime, end: datetime) -> list[Row]:
    """Progress updates recorded in [start, end): (item, recorded_at, status, progress,
    note, reported_by, meeting_id), oldest first."""
    stmt = (
        select(
            P.c.action_item_id,
            P.c.recorded_at,
            P.c.status,
            P.c.progress,
            P.c.note,
            P.c.reported_by,
            P.c.meeting_id,
        )
        .where(P.c.recorded_at >= start, P.c.recorded_at < end)
        .order_by(P.c.recorded_at, P.c.id)
    )
    return [tuple(r) for r in session.connection().execute(stmt)]


def progress_before(session: Session, ids: list[int], start: datetime) -> dict[int, int]:
    """The percent of each item's last update before ``start`` (items without one absent)."""
    if not ids:
        return {}
    last = (
        select(P.c.action_item_id, func.max(P.c.id).label("pid"))
        .where(P.c.action_item_id.in_(ids), P.c.recorded_at < start)
        .group_by(P.c.action_item_id)
        .subquery()
    )
    stmt = select(P.c.action_item_id, P.c.progress).join(last, last.c.pid == P.c.id)
    return {r[0]: int(r[1]) for r in session.connection().execute(stmt)}


def due_changes_between(session: Session, start: datetime, end: datetime) -> list[Row]:
    """(item, recorded_at, old_due_on, new_due_on, reported_by, meeting_id), oldest first."""
    stmt = (
        select(
            D.c.action_item_id,
            D.c.recorded_at,
            D.c.old_due_on,
            D.c.new_due_on,
            D.c.reported_by,
            D.c.meeting_id,
        )
        .where(D.c.recorded_at >= start, D.c.recorded_at < end)
        .order_by(D.c.recorded_at, D.c.id)
    )
    return [tuple(r) for r in session.connection().execute(stmt)]


def newly_overdue(session: Session, start: date, end: date, today: date) -> list[Row]:
    """Open items whose due date fell from ``start`` to before ``end`` and are late
    ``today``."""
    return _items(
        session,
        [A.c.status.in_(_OPEN), A.c.due_on >= start, A.c.due_on < end, A.c.due_on < today],
    )


def created_between(
    session: Session, start: datetime, end: datetime, not_meeting: int
) -> list[Row]:
    """Items created in [start, end), other than those of meeting ``not_meeting`` (its
    own decisions); the creation time last."""
    return _items(
        session,
        [A.c.created_at >= start, A.c.created_at < end, A.c.meeting_id != not_meeting],
        (A.c.created_at,),
    )


def reviewed_at(session: Session, meeting_id: int) -> list[Row]:
    """The updates recorded at ``meeting_id``'s review, oldest first: the item columns,
    then recorded_at, the update's status, progress, note, reported_by."""
    stmt = (
        select(*_ITEM_COLUMNS, P.c.recorded_at, P.c.status, P.c.progress, P.c.note, P.c.reported_by)
        .select_from(_joined().join(P, P.c.action_item_id == A.c.id))
        .where(P.c.meeting_id == meeting_id, A.c.deleted_at.is_(None))
        .order_by(P.c.recorded_at, P.c.id)
    )
    return [tuple(r) for r in session.connection().execute(stmt)]


def due_moves_at(session: Session, meeting_id: int) -> dict[int, date | None]:
    """The new due date decided for each item at ``meeting_id`` (the last one)."""
    stmt = (
        select(D.c.action_item_id, D.c.new_due_on)
        .where(D.c.meeting_id == meeting_id)
        .order_by(D.c.recorded_at, D.c.id)
    )
    return {r[0]: r[1] for r in session.connection().execute(stmt)}
