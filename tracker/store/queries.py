"""Listing, filtering, sorting and counting action items in SQL: the public face.

Cheap to import: the functions load the SQL implementation (``tracker.store.item_sql``) on
first use. The filter they take is any object with the attributes of
``tracker.services.views.ItemFilter`` (views and sort keys compare equal to their string
values); what they return is plain tuples, in the field order of the core's shapes.

Overdue is computed in SQL, against a "today" the caller passes: due before today and not
done or cancelled. Nothing is filtered or sorted in Python, so a page of 100,000 items
costs what SQLite costs.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from sqlmodel import Session

Row = tuple[Any, ...]


class ItemQuery(Protocol):
    """What the store reads of a filter (``tracker.services.views.ItemFilter``)."""

    today: date
    view: str  # open, overdue, week, month, done, trash, all
    search: str
    owner_id: int | None
    meeting_id: int | None
    resolution_id: int | None
    statuses: Collection[Any]
    due_from: date | None
    due_to: date | None


def list_items(
    session: Session,
    flt: ItemQuery,
    *,
    sort: str = "due",
    descending: bool = False,
    offset: int = 0,
    limit: int | None = 200,
) -> list[Row]:
    """One page of items matching ``flt``, sorted in SQL."""
    from tracker.store import item_sql

    return item_sql.list_items(
        session, flt, sort=sort, descending=descending, offset=offset, limit=limit
    )


def first_page(
    session: Session,
    flt: ItemQuery,
    *,
    sort: str = "due",
    descending: bool = False,
    limit: int = 200,
) -> tuple[int, list[Row]]:
    """``(number of matching items, the first page of them)``, in as few passes as can be."""
    from tracker.store import item_sql

    return item_sql.first_page(session, flt, sort=sort, descending=descending, limit=limit)


def count_items(session: Session, flt: ItemQuery) -> int:
    from tracker.store import item_sql

    return item_sql.count_items(session, flt)


def counts(session: Session, today: date) -> dict[str, Any]:
    from tracker.store import item_sql

    return item_sql.counts(session, today)


def completion_by(session: Session, group: str, today: date) -> list[Row]:
    """Completion per ``"meeting"`` or per ``"owner"``."""
    from tracker.store import item_sql

    return item_sql.completion_by(session, group, today)


def meeting_headers(session: Session) -> list[Row]:
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
