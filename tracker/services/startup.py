"""Start-up: the first screen before the rest of the store is loaded (see store.fast_start).

Kept apart from ``services.items`` so that importing it costs nothing.
"""

from __future__ import annotations

from pathlib import Path

from tracker.store import fast_start
from tracker.store.queries import ItemFilter, ItemRow, SortKey


def first_screen(
    path: Path, flt: ItemFilter, *, sort: SortKey = SortKey.DUE, descending: bool = False
) -> tuple[int, list[ItemRow]] | None:
    """``(total, first page)`` of ``flt`` read early, or None: then open the database."""
    return fast_start.first_page(Path(path).expanduser(), flt, sort, descending, limit=200)
