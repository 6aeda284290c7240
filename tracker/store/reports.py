"""Rows and aggregates for reports and exports, in SQL.

A report covers a *scope* (a meeting, an owner, the open items due before a horizon, or
every live item). The rows come with their meeting, resolution, owner, an overdue flag
computed against the caller's ``today`` and the latest non-empty progress note, all in one
query; summaries (by status, per resolution, per owner) are ``GROUP BY`` queries over the
same scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, case, func, null, select
from sqlalchemy.sql import ColumnElement
from sqlmodel import Session

from tracker.domain.enums import CLOSED_STATUSES, Priority, Status
from tracker.store.models import ProgressUpdate
from tracker.store.queries import A, M, O, R, overdue_expr

P = ProgressUpdate.__table__
_CLOSED = [s.value for s in CLOSED_STATUSES]


@dataclass(frozen=True)
class Scope:
    """Which live items a report or an export covers."""

    today: date
    meeting_id: int | None = None
    owner_id: int | None = None
    open_only: bool = False
    due_to: date | None = None  # open items overdue or due on/before this date


@dataclass(frozen=True)
class ReportRow:
    id: int
    uid: str
    title: str
    details: str
    meeting_id: int
    meeting_title: str
    meeting_held_on: date
    resolution_id: int | None
    resolution_ordinal: int | None
    resolution_text: str | None
    owner_id: int
    owner_name: str
    due_on: date | None
    status: Status
    progress: int
    priority: Priority
    recurrence: str
    remind_days_before: int | None
    overdue: bool
    latest_note: str
    rollup_total: int | None = None  # a fanned-out directive: its children that count…
    rollup_done: int | None = None  # …and how many are done


@dataclass(frozen=True)
class GroupStat:
    """Completion of one group (a resolution or an owner) within a scope."""

    key: int | None
    ordinal: int | None
    label: str
    total: int  # not cancelled
    done: int
    overdue: int
    mean_progress: float


def _where(scope: Scope) -> list[ColumnElement[bool]]:
    w: list[ColumnElement[bool]] = [A.c.deleted_at.is_(None), M.c.deleted_at.is_(None)]
    if scope.meeting_id is not None:
        w.append(A.c.meeting_id == scope.meeting_id)
    if scope.owner_id is not None:
        w.append(A.c.owner_id == scope.owner_id)
    if scope.open_only or scope.due_to is not None:
        w.append(A.c.status.not_in(_CLOSED))
    if scope.due_to is not None:
        w += [A.c.due_on.is_not(None), A.c.due_on <= scope.due_to]
    return w


def _joined():  # type: ignore[no-untyped-def]
    live_res = and_(R.c.id == A.c.resolution_id, R.c.deleted_at.is_(None))
    return (
        A.join(M, M.c.id == A.c.meeting_id).join(O, O.c.id == A.c.owner_id).outerjoin(R, live_res)
    )


def _latest_note():  # type: ignore[no-untyped-def]
    return (
        select(P.c.note)
        .where(P.c.action_item_id == A.c.id, P.c.note != "")
        .order_by(P.c.recorded_at.desc(), P.c.id.desc())
        .limit(1)
        .scalar_subquery()
    )


def rows(session: Session, scope: Scope, *, order: str = "resolution") -> list[ReportRow]:
    """The items of ``scope``, ordered ``"resolution"`` (meeting, resolution, due),
    ``"owner"`` (owner, due) or ``"due"`` (due date, most late first)."""
    due_last = case((A.c.due_on.is_(None), 1), else_=0)
    res_last = case((R.c.id.is_(None), 1), else_=0)
    if order == "owner":
        ordering = [O.c.name, O.c.id, due_last, A.c.due_on, M.c.held_on, A.c.id]
    elif order == "due":
        ordering = [due_last, A.c.due_on, O.c.name, A.c.id]
    else:
        ordering = [M.c.held_on.desc(), M.c.id, res_last, R.c.ordinal, due_last, A.c.due_on, A.c.id]
    stmt = (
        select(
            A.c.id,
            A.c.uid,
            A.c.title,
            A.c.details,
            A.c.meeting_id,
            M.c.title,
            M.c.held_on,
            R.c.id,
            R.c.ordinal,
            R.c.text,
            A.c.owner_id,
            O.c.name,
            A.c.due_on,
            A.c.status,
            A.c.progress,
            A.c.priority,
            A.c.recurrence,
            A.c.remind_days_before,
            overdue_expr(scope.today),
            func.coalesce(_latest_note(), ""),
            A.c.rollup_total,
            A.c.rollup_done,
        )
        .select_from(_joined())
        .where(*_where(scope))
        .order_by(*ordering)
    )
    return [
        ReportRow(
            *r[:13],
            status=Status(r[13]),
            progress=int(r[14]),
            priority=Priority(r[15]),
            recurrence=r[16] or "",
            remind_days_before=r[17],
            overdue=bool(r[18]),
            latest_note=r[19],
            rollup_total=r[20],
            rollup_done=r[21],
        )
        for r in session.connection().execute(stmt)
    ]


def status_counts(session: Session, scope: Scope) -> tuple[dict[Status, int], int]:
    """Items of ``scope`` by status, and how many are overdue."""
    stmt = (
        select(A.c.status, func.count(), func.sum(case((overdue_expr(scope.today), 1), else_=0)))
        .select_from(_joined())
        .where(*_where(scope))
        .group_by(A.c.status)
    )
    by_status = dict.fromkeys(Status, 0)
    overdue = 0
    for status, n, late in session.connection().execute(stmt):
        by_status[Status(status)] = int(n)
        overdue += int(late or 0)
    return by_status, overdue


def group_stats(session: Session, scope: Scope, group: str) -> list[GroupStat]:
    """Completion per ``"resolution"`` (items without one grouped under key None) or
    per ``"owner"``; cancelled items do not count."""
    if group == "owner":
        key, ordinal, label = O.c.id, null(), O.c.name
        group_cols, ordering = [O.c.id, O.c.name], [O.c.name]
    else:
        key, ordinal, label = R.c.id, R.c.ordinal, func.coalesce(R.c.text, "")
        group_cols = [R.c.id, R.c.ordinal, R.c.text]
        ordering = [case((R.c.id.is_(None), 1), else_=0), R.c.ordinal]
    counted = A.c.status != Status.CANCELLED.value
    stmt = (
        select(
            key,
            ordinal,
            label,
            func.count(A.c.id),
            func.sum(case((A.c.status == Status.DONE.value, 1), else_=0)),
            func.sum(case((overdue_expr(scope.today), 1), else_=0)),
            func.avg(A.c.progress),
        )
        .select_from(_joined())
        .where(*_where(scope), counted)
        .group_by(*group_cols)
        .order_by(*ordering)
    )
    return [
        GroupStat(
            r[0], r[1], r[2] or "", int(r[3]), int(r[4] or 0), int(r[5] or 0), float(r[6] or 0)
        )
        for r in session.connection().execute(stmt)
    ]


def owners_with_items(session: Session, scope: Scope) -> list[tuple[int, str]]:
    """Owners who have at least one item in ``scope``, by name."""
    stmt = (
        select(O.c.id, O.c.name)
        .select_from(_joined())
        .where(*_where(scope))
        .group_by(O.c.id, O.c.name)
        .order_by(O.c.name, O.c.id)
    )
    return [(int(r[0]), r[1]) for r in session.connection().execute(stmt)]
