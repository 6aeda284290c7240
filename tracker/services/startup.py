"""Start-up: the first screen before the rest of the store is loaded (see store.fast_start).

Kept apart from the core's item service so that importing it costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from tracker.services.views import ItemFilter, ItemRow, SortKey, View
from tracker.store import fast_start


def serves(flt: ItemFilter, sort: SortKey, descending: bool) -> bool:
    """Whether this is the start-up view the early read answers (open items by due date)."""
    plain = ItemFilter(today=flt.today, view=View.OPEN)
    return flt == plain and sort is SortKey.DUE and not descending


def first_screen(
    path: Path, flt: ItemFilter, *, sort: SortKey = SortKey.DUE, descending: bool = False
) -> tuple[int, list[ItemRow]] | None:
    """``(total, first page)`` of ``flt`` read early, or None: then open the database."""
    if not serves(flt, sort, descending):
        return None
    early = fast_start.first_page(Path(path).expanduser(), flt.today, limit=200)
    if early is None:
        return None
    total, rows = early
    return total, [ItemRow(*r) for r in rows]
