"""Listing, filtering, sorting and counting action items in SQL: the public face.

The shapes here (filters, rows, counts) are plain Python, cheap to import, so that the
window can be built and painted before SQLAlchemy is loaded; the functions load the SQL
implementation (``tracker.store.item_sql``) on first use.

Overdue is computed in SQL, against a "today" the caller passes: due before today and not
done or cancelled. Nothing is filtered or sorted in Python, so a page of 100,000 items
costs what SQLite costs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from tracker.domain.enums import Priority, Status

if TYPE_CHECKING:
    from sqlmodel import Session


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


@dataclass(frozen=True)
class MeetingHeader:
    """What a list of meetings shows: no notes, no communiqué text."""

    id: int
    held_on: date
    title: str


def list_items(
    session: Session,
    flt: ItemFilter,
    *,
    sort: SortKey = SortKey.DUE,
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> list[ItemRow]:
    """One page of items matching ``flt``, sorted in SQL."""
    from tracker.store import item_sql

    return item_sql.list_items(
        session, flt, sort=sort, descending=descending, offset=offset, limit=limit
    )


def first_page(
    session: Session,
    flt: ItemFilter,
    *,
    sort: SortKey = SortKey.DUE,
    descending: bool = False,
    limit: int = 200,
) -> tuple[int, list[ItemRow]]:
    """``(number of matching items, the first page of them)``, in as few passes as can be."""
    from tracker.store import item_sql

    return item_sql.first_page(session, flt, sort=sort, descending=descending, limit=limit)


def count_items(session: Session, flt: ItemFilter) -> int:
    from tracker.store import item_sql

    return item_sql.count_items(session, flt)


def counts(session: Session, today: date) -> Counts:
    from tracker.store import item_sql

    return item_sql.counts(session, today)


def completion_by(session: Session, group: str, today: date) -> list[Completion]:
    """Completion per ``"meeting"`` or per ``"owner"``."""
    from tracker.store import item_sql

    return item_sql.completion_by(session, group, today)


def meeting_headers(session: Session) -> list[MeetingHeader]:
    """Live meetings, newest first, without their long texts (for navigation lists)."""
    from tracker.store import item_sql

    return item_sql.meeting_headers(session)


def __getattr__(name: str) -> Any:
    """``overdue_expr``, the table aliases and the other SQL helpers, loaded on demand."""
    if name.startswith("__"):
        raise AttributeError(name)
    from tracker.store import item_sql

    try:
        return getattr(item_sql, name)
    except AttributeError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
