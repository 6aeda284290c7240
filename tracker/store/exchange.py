"""Look-ups for importing action items: by uid, owner name, meeting date, resolution number.

Each takes the whole set of keys a file mentions and answers in a few ``IN`` queries
(chunked under SQLite's parameter limit), never one query per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from typing import TypeVar

from sqlalchemy import select
from sqlmodel import Session, col
from sqlmodel import select as sm_select

from tracker.store.models import ActionItem, Meeting, Owner, ProgressUpdate, Resolution

CHUNK = 500
K = TypeVar("K")

P = ProgressUpdate.__table__
R = Resolution.__table__
Mt = Meeting.__table__
Ow = Owner.__table__


def _chunks(keys: Iterable[K]) -> Iterator[list[K]]:
    items = list(keys)
    for i in range(0, len(items), CHUNK):
        yield items[i : i + CHUNK]


def live_owner_names(session: Session) -> list[tuple[int, str]]:
    """(id, name) of every owner not in the trash: the list the import matches names against."""
    stmt = select(Ow.c.id, Ow.c.name).where(Ow.c.deleted_at.is_(None)).order_by(Ow.c.id)
    return [(int(r[0]), r[1]) for r in session.connection().execute(stmt)]


def meetings_on(session: Session, dates: Iterable[date]) -> list[tuple[int, date, str]]:
    """(id, held_on, title) of the live meetings held on any of ``dates``."""
    out: list[tuple[int, date, str]] = []
    for chunk in _chunks(set(dates)):
        stmt = select(Mt.c.id, Mt.c.held_on, Mt.c.title).where(
            Mt.c.held_on.in_(chunk), Mt.c.deleted_at.is_(None)
        )
        out += [(int(r[0]), r[1], r[2]) for r in session.connection().execute(stmt)]
    return out


def resolution_ids(session: Session, meeting_ids: Iterable[int]) -> dict[tuple[int, int], int]:
    """{(meeting_id, ordinal): resolution id} for the live resolutions of those meetings."""
    out: dict[tuple[int, int], int] = {}
    for chunk in _chunks(set(meeting_ids)):
        stmt = select(R.c.meeting_id, R.c.ordinal, R.c.id).where(
            R.c.meeting_id.in_(chunk), R.c.deleted_at.is_(None)
        )
        for m, o, i in session.connection().execute(stmt):
            out.setdefault((int(m), int(o)), int(i))
    return out


def items_by_uid(session: Session, uids: Iterable[str]) -> dict[str, ActionItem]:
    out: dict[str, ActionItem] = {}
    for chunk in _chunks(set(uids)):
        for item in session.exec(sm_select(ActionItem).where(col(ActionItem.uid).in_(chunk))):
            out[item.uid] = item
    return out


def latest_notes(session: Session, item_ids: Iterable[int]) -> dict[int, str]:
    """The latest non-empty progress note of each item."""
    out: dict[int, str] = {}
    for chunk in _chunks(set(item_ids)):
        stmt = (
            select(P.c.action_item_id, P.c.note)
            .where(P.c.action_item_id.in_(chunk), P.c.note != "")
            .order_by(P.c.action_item_id, P.c.recorded_at, P.c.id)
        )
        for item_id, note in session.connection().execute(stmt):
            out[int(item_id)] = note  # ordered: the last one wins
    return out
