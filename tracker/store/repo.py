"""Small reads and writes of rows inside a unit of work (``Database.unit()``)."""

from __future__ import annotations

from typing import TypeVar

from sqlmodel import Session, SQLModel, col, func, select

from tracker.domain.errors import NotFound
from tracker.domain.text import normalize
from tracker.store.models import (
    ActionItem,
    Meeting,
    Owner,
    ProgressUpdate,
    Resolution,
    Setting,
)

T = TypeVar("T", bound=SQLModel)


MAX_ROW_ID = 2**63 - 1  # SQLite's INTEGER: a larger number cannot name a row


def get(session: Session, model: type[T], row_id: int) -> T:
    if not isinstance(row_id, int) or not 0 < row_id <= MAX_ROW_ID:
        raise NotFound("not_found", what=model.__name__, id=row_id)
    row = session.get(model, row_id)
    if row is None:
        raise NotFound("not_found", what=model.__name__, id=row_id)
    return row


def by_uid(session: Session, model: type[T], uid: str) -> T | None:
    return session.exec(select(model).where(model.uid == uid)).first()  # type: ignore[attr-defined]


def add(session: Session, row: T) -> T:
    session.add(row)
    session.flush()
    return row


def meetings(session: Session, *, deleted: bool = False) -> list[Meeting]:
    cond = col(Meeting.deleted_at).is_not(None) if deleted else col(Meeting.deleted_at).is_(None)
    stmt = select(Meeting).where(cond).order_by(col(Meeting.held_on).desc(), col(Meeting.id))
    return list(session.exec(stmt))


def latest_meeting(session: Session) -> Meeting | None:
    stmt = (
        select(Meeting)
        .where(col(Meeting.deleted_at).is_(None))
        .order_by(col(Meeting.held_on).desc(), col(Meeting.id).desc())
    )
    return session.exec(stmt).first()


def owners(session: Session, *, include_inactive: bool = True) -> list[Owner]:
    stmt = select(Owner).where(col(Owner.deleted_at).is_(None))
    if not include_inactive:
        stmt = stmt.where(col(Owner.active).is_(True))
    return list(session.exec(stmt.order_by(col(Owner.name))))


def owner_by_name(session: Session, search_name: str) -> Owner | None:
    """The live owner whose normalised name is ``search_name`` (whatever its commune).

    ``search_text`` is the name then `` | commune``: the index narrows to names starting so,
    the exact comparison is on the name alone.
    """
    if not search_name:
        return None
    stmt = (
        select(Owner)
        .where(
            col(Owner.deleted_at).is_(None),
            col(Owner.search_text).startswith(search_name, autoescape=True),
        )
        .order_by(col(Owner.id))
    )
    return next((o for o in session.exec(stmt) if normalize(o.name) == search_name), None)


def resolutions(session: Session, meeting_id: int) -> list[Resolution]:
    stmt = (
        select(Resolution)
        .where(Resolution.meeting_id == meeting_id, col(Resolution.deleted_at).is_(None))
        .order_by(col(Resolution.ordinal), col(Resolution.id))
    )
    return list(session.exec(stmt))


def next_ordinal(session: Session, meeting_id: int) -> int:
    stmt = select(func.max(Resolution.ordinal)).where(Resolution.meeting_id == meeting_id)
    return int(session.exec(stmt).one() or 0) + 1


def items_of_meeting(session: Session, meeting_id: int) -> list[ActionItem]:
    stmt = select(ActionItem).where(ActionItem.meeting_id == meeting_id)
    return list(session.exec(stmt))


def items_of_resolution(session: Session, resolution_id: int) -> list[ActionItem]:
    stmt = select(ActionItem).where(ActionItem.resolution_id == resolution_id)
    return list(session.exec(stmt))


def open_items_of_owner(session: Session, owner_id: int) -> int:
    stmt = select(func.count()).where(
        ActionItem.owner_id == owner_id,
        col(ActionItem.deleted_at).is_(None),
        col(ActionItem.status).not_in(["done", "cancelled"]),
    )
    return int(session.exec(stmt).one())


def history(session: Session, item_id: int) -> list[ProgressUpdate]:
    stmt = (
        select(ProgressUpdate)
        .where(ProgressUpdate.action_item_id == item_id)
        .order_by(col(ProgressUpdate.recorded_at).desc(), col(ProgressUpdate.id).desc())
    )
    return list(session.exec(stmt))


def get_setting(session: Session, key: str) -> str | None:
    row = session.exec(select(Setting).where(Setting.key == key)).first()
    return None if row is None else row.value


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.exec(select(Setting).where(Setting.key == key)).first()
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
    session.flush()


def live_meetings_on(session: Session, held_on: object) -> list[Meeting]:
    """The meetings (not in the trash) held on ``held_on``."""
    stmt = select(Meeting).where(Meeting.held_on == held_on, col(Meeting.deleted_at).is_(None))
    return list(session.exec(stmt.order_by(col(Meeting.id))))


def live_meeting_with_source(session: Session, source_text: str) -> Meeting | None:
    """A meeting (not in the trash) whose communiqué is exactly ``source_text``."""
    if not source_text:
        return None
    stmt = select(Meeting).where(
        Meeting.source_text == source_text, col(Meeting.deleted_at).is_(None)
    )
    return session.exec(stmt.order_by(col(Meeting.id))).first()
