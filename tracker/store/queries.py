"""Listing, filtering, sorting and counting action items in SQL.

Overdue is computed here, against a "today" the caller passes: due before today and not
done or cancelled. Nothing is filtered or sorted in Python, so a page of 100,000 items
costs what SQLite costs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum

from sqlalchemy import and_, case, func, not_, or_, select
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from tracker.domain.enums import CLOSED_STATUSES, Priority, Status
from tracker.domain.text import like_pattern
from tracker.store.models import ActionItem, Meeting, Owner, Resolution

A = ActionItem.__table__
M = Meeting.__table__
O = Owner.__table__  # noqa: E741
R = Resolution.__table__

_CLOSED = [s.value for s in CLOSED_STATUSES]


class View(StrEnum):
    OPEN = "open"
    OVERDUE = "overdue"
    WEEK = "week"
    MONTH = "month"
    DONE = "done"
    TRASH = "trash"
    ALL = "all"


class SortKey(StrEnum):
    TITLE = "title"
    RESOLUTION = "resolution"
    OWNER = "owner"
    DUE = "due"
    STATUS = "status"
    PROGRESS = "progress"
    LAST_UPDATE = "last_update"
    PRIORITY = "priority"


@dataclass(frozen=True)
class ItemFilter:
    today: date
    view: View = View.OPEN
    search: str = ""
    owner_id: int | None = None
    meeting_id: int | None = None
    resolution_id: int | None = None
    statuses: frozenset[Status] = field(default_factory=frozenset)
    due_from: date | None = None
    due_to: date | None = None


@dataclass(frozen=True)
class ItemRow:
    id: int
    uid: str
    title: str
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
    last_update_at: datetime | None
    deleted_at: datetime | None
    overdue: bool


def overdue_expr(today: date) -> ColumnElement[bool]:
    return and_(
        A.c.due_on.is_not(None),
        A.c.due_on < today,
        A.c.status.not_in(_CLOSED),
    )


def _where(flt: ItemFilter) -> list[ColumnElement[bool]]:
    w: list[ColumnElement[bool]] = []
    if flt.view is View.TRASH:
        w.append(A.c.deleted_at.is_not(None))
    else:
        w.append(A.c.deleted_at.is_(None))
    today = flt.today
    if flt.view is View.OPEN:
        w.append(A.c.status.not_in(_CLOSED))
    elif flt.view is View.OVERDUE:
        w.append(overdue_expr(today))
    elif flt.view in (View.WEEK, View.MONTH):
        horizon = today + timedelta(days=7 if flt.view is View.WEEK else 30)
        w += [A.c.status.not_in(_CLOSED), A.c.due_on.is_not(None), A.c.due_on <= horizon]
        w.append(A.c.due_on >= today)
    elif flt.view is View.DONE:
        w.append(A.c.status == Status.DONE.value)
    if flt.owner_id is not None:
        w.append(A.c.owner_id == flt.owner_id)
    if flt.meeting_id is not None:
        w.append(A.c.meeting_id == flt.meeting_id)
    if flt.resolution_id is not None:
        w.append(A.c.resolution_id == flt.resolution_id)
    if flt.statuses:
        w.append(A.c.status.in_([s.value for s in flt.statuses]))
    if flt.due_from is not None:
        w.append(A.c.due_on >= flt.due_from)
    if flt.due_to is not None:
        w.append(A.c.due_on <= flt.due_to)
    if flt.search.strip():
        pat = like_pattern(flt.search)
        if pat != "%%":
            w.append(
                or_(
                    A.c.search_text.like(pat, escape="\\"),
                    O.c.search_text.like(pat, escape="\\"),
                    R.c.search_text.like(pat, escape="\\"),
                )
            )
    return w


def _base(columns: list, flt: ItemFilter) -> Select:  # type: ignore[type-arg]
    joined = A.join(O, O.c.id == A.c.owner_id).join(M, M.c.id == A.c.meeting_id)
    joined = joined.outerjoin(R, R.c.id == A.c.resolution_id)
    return select(*columns).select_from(joined).where(*_where(flt))


def _sort_columns(key: SortKey, descending: bool) -> list:  # type: ignore[type-arg]
    def d(col):  # type: ignore[no-untyped-def]
        return col.desc() if descending else col.asc()

    nulls_last = case((A.c.due_on.is_(None), 1), else_=0)
    match key:
        case SortKey.TITLE:
            cols = [d(A.c.title)]
        case SortKey.RESOLUTION:
            cols = [d(M.c.held_on), d(func.coalesce(R.c.ordinal, 0))]
        case SortKey.OWNER:
            cols = [d(O.c.name)]
        case SortKey.DUE:
            cols = [nulls_last, d(A.c.due_on)]
        case SortKey.STATUS:
            cols = [d(A.c.status)]
        case SortKey.PROGRESS:
            cols = [d(A.c.progress)]
        case SortKey.LAST_UPDATE:
            cols = [d(A.c.last_update_at)]
        case SortKey.PRIORITY:
            cols = [d(A.c.priority)]
    return [*cols, d(A.c.id)]


def list_items(
    session: Session,
    flt: ItemFilter,
    *,
    sort: SortKey = SortKey.DUE,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> list[ItemRow]:
    cols = [
        A.c.id,
        A.c.uid,
        A.c.title,
        A.c.meeting_id,
        M.c.title,
        M.c.held_on,
        A.c.resolution_id,
        R.c.ordinal,
        R.c.text,
        A.c.owner_id,
        O.c.name,
        A.c.due_on,
        A.c.status,
        A.c.progress,
        A.c.priority,
        A.c.last_update_at,
        A.c.deleted_at,
        overdue_expr(flt.today).label("overdue"),
    ]
    stmt = _base(cols, flt).order_by(*_sort_columns(sort, descending)).offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return [
        ItemRow(
            id=r[0],
            uid=r[1],
            title=r[2],
            meeting_id=r[3],
            meeting_title=r[4],
            meeting_held_on=r[5],
            resolution_id=r[6],
            resolution_ordinal=r[7],
            resolution_text=r[8],
            owner_id=r[9],
            owner_name=r[10],
            due_on=r[11],
            status=Status(r[12]),
            progress=r[13],
            priority=Priority(r[14]),
            last_update_at=r[15],
            deleted_at=r[16],
            overdue=bool(r[17]),
        )
        for r in session.connection().execute(stmt)
    ]


def count_items(session: Session, flt: ItemFilter) -> int:
    stmt = _base([func.count()], flt)
    return int(session.connection().execute(stmt).scalar_one())


@dataclass(frozen=True)
class Counts:
    """Counts of live (not deleted) items for the navigation pane and the dashboard."""

    open: int
    overdue: int
    week: int
    month: int
    done: int
    trash: int
    total: int
    by_status: dict[Status, int]


def counts(session: Session, today: date) -> Counts:
    week = today + timedelta(days=7)
    month = today + timedelta(days=30)
    live = A.c.deleted_at.is_(None)
    is_open = A.c.status.not_in(_CLOSED)

    def n(cond):  # type: ignore[no-untyped-def]
        return func.coalesce(func.sum(case((cond, 1), else_=0)), 0)

    due_between = lambda hi: and_(is_open, A.c.due_on >= today, A.c.due_on <= hi)  # noqa: E731
    stmt = select(
        n(and_(live, is_open)),
        n(and_(live, overdue_expr(today))),
        n(and_(live, due_between(week))),
        n(and_(live, due_between(month))),
        n(and_(live, A.c.status == Status.DONE.value)),
        n(not_(live)),
        n(live),
    ).select_from(A)
    row = session.connection().execute(stmt).one()
    by_status = dict.fromkeys(Status, 0)
    for status, count in session.connection().execute(
        select(A.c.status, func.count()).where(live).group_by(A.c.status)
    ):
        by_status[Status(status)] = count
    return Counts(*(int(x) for x in row), by_status=by_status)


@dataclass(frozen=True)
class Completion:
    """Completion of a group of live, not cancelled items (a meeting or an owner)."""

    key_id: int
    label: str
    total: int
    done: int
    overdue: int
    mean_progress: float

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


def completion_by(session: Session, group: str, today: date) -> list[Completion]:
    """Completion per ``"meeting"`` or per ``"owner"``."""
    key, label, extra = (
        (M.c.id, M.c.title, M.c.held_on.desc())
        if group == "meeting"
        else (O.c.id, O.c.name, O.c.name.asc())
    )
    counted = and_(A.c.deleted_at.is_(None), A.c.status != Status.CANCELLED.value)
    stmt = (
        select(
            key,
            label,
            func.count(A.c.id),
            func.sum(case((A.c.status == Status.DONE.value, 1), else_=0)),
            func.sum(case((overdue_expr(today), 1), else_=0)),
            func.avg(A.c.progress),
        )
        .select_from(A.join(M, M.c.id == A.c.meeting_id).join(O, O.c.id == A.c.owner_id))
        .where(counted)
        .group_by(key, label)
        .order_by(extra)
    )
    return [
        Completion(r[0], r[1], int(r[2]), int(r[3] or 0), int(r[4] or 0), float(r[5] or 0))
        for r in session.connection().execute(stmt)
    ]
