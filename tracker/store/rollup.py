"""Roll-up items kept right: whenever a child of a fanned-out directive changes, its parent's
status, progress and children counts are computed again before the unit commits.

Only parents are touched: the children written in the unit name them (``parent_id``, its
old value too when a child moves), and their children are counted with one aggregate over
``ix_action_item_parent``. The rules themselves are ``tracker.domain.rollup``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime

from sqlalchemy import event, func, inspect, select
from sqlmodel import Session

from tracker.domain.enums import Status
from tracker.domain.rollup import ChildCounts, rollup
from tracker.store.models import ActionItem

A = ActionItem.__table__
_KEY = "rollup_parents"


def _touched(session: Session) -> set[int]:
    return session.info.setdefault(_KEY, set())  # type: ignore[no-any-return]


@event.listens_for(Session, "before_flush")
def _note_parents(session, _ctx, _instances):  # type: ignore[no-untyped-def]
    ids: set[int] = set()
    for obj in session.new:  # new rows: their parent only (cheap for a large import)
        if isinstance(obj, ActionItem) and obj.parent_id is not None:
            ids.add(obj.parent_id)
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, ActionItem):
            history = inspect(obj).attrs.parent_id.history  # a child moved: both parents
            ids |= {obj.parent_id, *(history.deleted or ())} - {None}  # type: ignore[arg-type]
    if ids:
        _touched(session).update(ids)


@event.listens_for(Session, "before_commit")
def _settle(session):  # type: ignore[no-untyped-def]
    if not session.info.get(_KEY):
        return
    session.flush()
    parents = session.info.pop(_KEY, set())
    refresh(session, parents, date.today())
    session.flush()
    session.info.pop(_KEY, None)  # the parents' own writes name no parent of theirs


def counts(session: Session, parent_ids: Iterable[int]) -> dict[int, ChildCounts]:
    """The live children of each parent, counted by status (one aggregate)."""
    ids = list(parent_ids)
    if not ids:
        return {}
    st = A.c.status
    not_cancelled = st != Status.CANCELLED.value
    weighted = func.iif(st == Status.DONE.value, 100, A.c.progress)
    stmt = (
        select(
            A.c.parent_id,
            func.count(),
            func.count().filter(st == Status.DONE.value),
            func.count().filter(st == Status.CANCELLED.value),
            func.count().filter(st == Status.STALLED.value),
            func.count().filter(st == Status.IN_PROGRESS.value),
            func.count().filter(st == Status.POSTPONED.value),
            func.coalesce(func.sum(weighted).filter(not_cancelled), 0),
            func.max(A.c.last_update_at),
        )
        .where(A.c.parent_id.in_(ids), A.c.deleted_at.is_(None))
        .group_by(A.c.parent_id)
    )
    out: dict[int, ChildCounts] = {}
    for r in session.connection().execute(stmt):
        last = r[8]
        if isinstance(last, str):
            last = datetime.fromisoformat(last)
        out[r[0]] = ChildCounts(*(int(x) for x in r[1:8]), last_moved=last)
    return out


def refresh(session: Session, parent_ids: Iterable[int], today: date) -> int:
    """Compute the roll-up of ``parent_ids`` again; the number of parents that changed."""
    ids = set(parent_ids)
    found = counts(session, ids)
    changed = 0
    for pid in ids:
        parent = session.get(ActionItem, pid)
        if parent is None:
            continue
        c = found.get(pid, ChildCounts())
        r = rollup(c, today)
        before = (parent.status, parent.progress, parent.rollup_total, parent.rollup_done)
        if r is None:
            parent.rollup_total, parent.rollup_done = 0, 0
        else:
            parent.status, parent.progress = r.status, r.progress
            parent.rollup_total, parent.rollup_done = r.total, r.done
            if r.status is Status.DONE and parent.completed_on is None:
                parent.completed_on = today
            elif r.status is not Status.DONE:
                parent.completed_on = None
            if c.last_moved is not None:
                parent.last_update_at = c.last_moved
        if before != (parent.status, parent.progress, parent.rollup_total, parent.rollup_done):
            changed += 1
    session.flush()
    _touched(session).difference_update(ids)  # computed for ``today``: not again at commit
    return changed


def all_parents(session: Session) -> list[int]:
    stmt = select(A.c.id).where(A.c.rollup_total.is_not(None), A.c.deleted_at.is_(None))
    return [r[0] for r in session.connection().execute(stmt)]
