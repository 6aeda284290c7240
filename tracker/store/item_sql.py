"""The SQL behind ``tracker.store.queries``: filters, sorts, counts of action items.

Imported on first use by ``queries`` (SQLAlchemy and the models are the heavy part of the
app's start-up); import the public names from ``tracker.store.queries``.

Overdue is computed here, against a "today" the caller passes: due before today and not
done or cancelled. Nothing is filtered or sorted in Python, so a page of 100,000 items
costs what SQLite costs.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, func, not_, or_, select
from sqlalchemy.sql import ColumnElement, Select
from sqlmodel import Session

from tracker.domain.enums import CLOSED_STATUSES, Priority, Status
from tracker.domain.text import normalize
from tracker.store.models import ActionItem, Meeting, Owner, Resolution, Territory
from tracker.store.queries import ItemQuery, Row

A = ActionItem.__table__
M = Meeting.__table__
O = Owner.__table__  # noqa: E741
R = Resolution.__table__
T = Territory.__table__

_CLOSED = [s.value for s in CLOSED_STATUSES]
# "Not closed", spelt as the open statuses: an IN list lets SQLite seek each status's range
# of the (deleted_at, status, due_on) index, where NOT IN makes it read every entry.
_OPEN = [s.value for s in Status if s not in CLOSED_STATUSES]


def overdue_expr(today: date) -> ColumnElement[bool]:
    return and_(
        A.c.due_on.is_not(None),
        A.c.due_on < today,
        A.c.status.in_(_OPEN),
    )


def _where(flt: ItemQuery) -> list[ColumnElement[bool]]:
    w: list[ColumnElement[bool]] = []
    if flt.view == "trash":
        w.append(A.c.deleted_at.is_not(None))
    else:
        w.append(A.c.deleted_at.is_(None))
    today = flt.today
    if flt.view == "open":
        w.append(A.c.status.in_(_OPEN))
    elif flt.view == "overdue":
        w.append(overdue_expr(today))
    elif flt.view in ("week", "month"):
        horizon = today + timedelta(days=7 if flt.view == "week" else 30)
        w += [A.c.status.in_(_OPEN), A.c.due_on.is_not(None), A.c.due_on <= horizon]
        w.append(A.c.due_on >= today)
    elif flt.view == "done":
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
        needle = normalize(flt.search)
        if needle:
            # instr() on the normalised text is LIKE '%needle%' without the pattern engine
            # (both sides are already case-folded). Owners and resolutions are matched once
            # in their small tables, so the item scan needs no join.
            w.append(
                or_(
                    func.instr(A.c.search_text, needle) > 0,
                    A.c.owner_id.in_(select(O.c.id).where(func.instr(O.c.search_text, needle) > 0)),
                    A.c.resolution_id.in_(
                        select(R.c.id).where(func.instr(R.c.search_text, needle) > 0)
                    ),
                    # a commune by its names or the users' aliases (Ghafsai for Rhafsai)
                    A.c.owner_id.in_(
                        select(O.c.id).where(
                            O.c.territory_id.in_(
                                select(T.c.id).where(func.instr(T.c.search_text, needle) > 0)
                            )
                        )
                    ),
                )
            )
    return w


def _base(columns: list, flt: ItemQuery, *, index: str | None = None) -> Select:  # type: ignore[type-arg]
    joined = A.join(O, O.c.id == A.c.owner_id).join(M, M.c.id == A.c.meeting_id)
    joined = joined.outerjoin(R, R.c.id == A.c.resolution_id)
    stmt = select(*columns).select_from(joined).where(*_where(flt))
    if index is not None:
        stmt = stmt.with_hint(A, f"INDEXED BY {index}", "sqlite")
    return stmt


# Partial indexes (migration 0002) that hand out live items already in due-date order,
# nulls last, so that the first page stops after 200 rows instead of sorting them all.
# Without statistics SQLite believes ``deleted_at IS NULL`` is selective and prefers a sort,
# hence the explicit hint; it is only given when the query implies the index's WHERE.
DUE_INDEX = {False: "ix_action_item_live_due", True: "ix_action_item_live_due_desc"}
# A search reads every live item's text: from this covering index, a third of the table.
SEARCH_INDEX = "ix_action_item_search"


def _index_for(flt: ItemQuery, sort: str | None, descending: bool) -> str | None:
    if flt.view == "trash":
        return None
    if flt.search.strip() and normalize(flt.search):
        return SEARCH_INDEX
    return DUE_INDEX[descending] if sort == "due" else None


def _sort_columns(key: str, descending: bool) -> list:  # type: ignore[type-arg]
    def d(col):  # type: ignore[no-untyped-def]
        return col.desc() if descending else col.asc()

    nulls_last = A.c.due_on.is_(None)  # false (0) first: the expression of the due indexes
    match key:
        case "title":
            cols = [d(A.c.title)]
        case "resolution":
            cols = [d(M.c.held_on), d(func.coalesce(R.c.ordinal, 0))]
        case "owner":
            cols = [d(O.c.name)]
        case "due":
            # Ties by ascending id in both directions: exactly the order of the due indexes.
            return [nulls_last, d(A.c.due_on), A.c.id.asc()]
        case "status":
            cols = [d(A.c.status)]
        case "progress":
            cols = [d(A.c.progress)]
        case "last_update":
            cols = [d(A.c.last_update_at)]
        case "priority":
            cols = [d(A.c.priority)]
    return [*cols, d(A.c.id)]


def list_items(
    session: Session,
    flt: ItemQuery,
    *,
    sort: str = "due",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> list[Row]:
    return _page(session, flt, sort, descending, offset, limit, with_total=False)[1]


def first_page(
    session: Session, flt: ItemQuery, *, sort: str, descending: bool, limit: int
) -> tuple[int, list[Row]]:
    """The number of matching items and the first ``limit`` of them.

    A search reads every live item's text anyway, so its count comes with the page in the
    same pass (a window count); otherwise the count is a cheap index range of its own and
    the page stops after ``limit`` rows.
    """
    if _index_for(flt, sort, descending) == SEARCH_INDEX:
        total, rows = _page(session, flt, sort, descending, 0, limit, with_total=True)
        return total or 0, rows  # no row, no total: nothing matched
    return count_items(session, flt), _page(session, flt, sort, descending, 0, limit)[1]


def _page(
    session: Session,
    flt: ItemQuery,
    sort: str,
    descending: bool,
    offset: int,
    limit: int | None,
    *,
    with_total: bool = False,
) -> tuple[int | None, list[Row]]:
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
        A.c.rollup_total,
        A.c.rollup_done,
    ]
    # The page's ids first, from action_item alone (and the one table a sort may need),
    # then the names and titles of just those rows: joins for 200 rows, not for every match.
    order = _sort_columns(sort, descending)
    source = A
    if sort == "owner":
        source = A.join(O, O.c.id == A.c.owner_id)
    elif sort == "resolution":
        source = A.join(M, M.c.id == A.c.meeting_id).outerjoin(R, R.c.id == A.c.resolution_id)
    id_cols = [A.c.id, func.count().over().label("total")] if with_total else [A.c.id]
    ids = select(*id_cols).select_from(source).where(*_where(flt)).order_by(*order).offset(offset)
    if limit is not None:
        ids = ids.limit(limit)
    index = _index_for(flt, sort, descending)
    if index is not None:
        ids = ids.with_hint(A, f"INDEXED BY {index}", "sqlite")
    page = ids.subquery("page")
    joined = page.join(A, A.c.id == page.c.id).join(O, O.c.id == A.c.owner_id)
    joined = joined.join(M, M.c.id == A.c.meeting_id).outerjoin(R, R.c.id == A.c.resolution_id)
    extra = [page.c.total] if with_total else []
    stmt = select(*cols, *extra).select_from(joined).order_by(*order)
    result = list(session.connection().execute(stmt))
    total = int(result[0][20]) if with_total and result else None
    return total, [
        (*r[:12], Status(r[12]), r[13], Priority(r[14]), r[15], r[16], bool(r[17]), r[18], r[19])
        for r in result
    ]


def count_items(session: Session, flt: ItemQuery) -> int:
    # Every filter is on action_item alone (owners and resolutions through IN lists), and
    # every item has its owner and meeting (foreign keys): no join to count.
    stmt = select(func.count()).select_from(A).where(*_where(flt))
    index = _index_for(flt, None, False)
    if index is not None:
        stmt = stmt.with_hint(A, f"INDEXED BY {index}", "sqlite")
    return int(session.connection().execute(stmt).scalar_one())


def counts(session: Session, today: date) -> dict[str, Any]:
    week = today + timedelta(days=7)
    month = today + timedelta(days=30)
    live = A.c.deleted_at.is_(None)

    def n(*conds):  # type: ignore[no-untyped-def]
        # The narrow (deleted_at, status, due_on) index, not a wider one that also covers.
        stmt = select(func.count()).select_from(A).where(*conds)
        return stmt.with_hint(A, "INDEXED BY ix_action_item_open_due", "sqlite").scalar_subquery()

    # One statement of index range counts (deleted_at, status, due_on): no row is read,
    # and only the matching stretch of the index, rather than sums over every item.
    statuses = list(Status)
    is_open = A.c.status.in_(_OPEN)
    stmt = select(
        n(live, overdue_expr(today)),
        n(live, is_open, A.c.due_on >= today, A.c.due_on <= week),
        n(live, is_open, A.c.due_on >= today, A.c.due_on <= month),
        n(not_(live)),
        *(n(live, A.c.status == st.value) for st in statuses),
    )
    row = session.connection().execute(stmt).one()
    by_status = {st: int(x) for st, x in zip(statuses, row[4:], strict=True)}
    overdue, week_n, month_n, trash = (int(x) for x in row[:4])
    return dict(
        open=sum(v for st, v in by_status.items() if st.value in _OPEN),
        overdue=overdue,
        week=week_n,
        month=month_n,
        done=by_status[Status.DONE],
        trash=trash,
        total=sum(by_status.values()),
        by_status=by_status,
    )


def completion_by(session: Session, group: str, today: date) -> list[Row]:
    """Completion per ``"meeting"`` or per ``"owner"``."""
    if group == "meeting":
        key, label, extra, table = A.c.meeting_id, M.c.title, M.c.held_on.desc(), M
        index = "ix_action_item_meeting_stats"
    else:
        key, label, extra, table = A.c.owner_id, O.c.name, O.c.name.asc(), O
        index = "ix_action_item_owner_stats"
    counted = and_(A.c.deleted_at.is_(None), A.c.status != Status.CANCELLED.value)
    # Aggregate items by key first (a covering index read in key order, no sort), then join
    # the few thousand groups to their labels.
    agg = (
        select(
            key.label("key_id"),
            func.count().label("total"),
            # FILTER is cheaper per row than SUM(CASE ...); cancelled items are out already.
            func.count().filter(A.c.status == Status.DONE.value).label("done"),
            func.count()
            .filter(A.c.due_on < today, A.c.status != Status.DONE.value)
            .label("overdue"),
            func.avg(A.c.progress).label("mean_progress"),
        )
        .where(counted)
        .group_by(key)
        .with_hint(A, f"INDEXED BY {index}", "sqlite")  # covering, in key order: no sort
        .subquery()
    )
    stmt = (
        select(agg.c.key_id, label, agg.c.total, agg.c.done, agg.c.overdue, agg.c.mean_progress)
        .select_from(agg.join(table, table.c.id == agg.c.key_id))
        .order_by(extra, agg.c.key_id)
    )
    # Counts come back as integers already (COUNT and FILTER never give NULL); fetch all
    # at once rather than row by row: thousands of meetings.
    rows = session.connection().execute(stmt).all()
    return [(r[0], r[1], r[2], r[3], r[4], float(r[5] or 0)) for r in rows]


def meeting_headers(session: Session) -> list[Row]:
    stmt = (
        select(M.c.id, M.c.held_on, M.c.title)
        .where(M.c.deleted_at.is_(None))
        .order_by(M.c.held_on.desc(), M.c.id)
    )
    return [(r[0], r[1], r[2]) for r in session.connection().execute(stmt).all()]
