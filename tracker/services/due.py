"""What is overdue and what falls due soon (the `tracker due` command)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from tracker.services.items import list_items
from tracker.services.views import ItemFilter, ItemRow, SortKey, View
from tracker.store.db import Unit


@dataclass(frozen=True)
class DueList:
    overdue: list[ItemRow]
    upcoming: list[ItemRow]


def due_list(s: Unit, today: date, days: int = 7) -> DueList:
    """Overdue items (most late first), then open items due within ``days`` days."""
    overdue = list_items(
        s, ItemFilter(today=today, view=View.OVERDUE), sort=SortKey.DUE, limit=None
    )

    upcoming = list_items(
        s,
        ItemFilter(
            today=today, view=View.OPEN, due_from=today, due_to=today + timedelta(days=days)
        ),
        sort=SortKey.DUE,
        limit=None,
    )
    return DueList(overdue=overdue, upcoming=upcoming)
