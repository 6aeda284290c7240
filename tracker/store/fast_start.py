"""The first screen straight from SQLite, while SQLAlchemy is still loading.

At start-up the window shows the open items by due date. Loading SQLAlchemy and the models
takes about half a second, several times longer than the two queries themselves, so the
first page and the count are read here with plain ``sqlite3`` and the same SQL as
``item_sql`` (a test keeps the two in step), and the rest of the store follows. Only a file
that ``inspect_file`` finds current is read this way (anything else returns ``None`` and
takes the normal path), and nothing is written: ``Database.open`` follows at once and waits
for the page-by-page ``quick_check`` (begun on another thread, ``precheck``), so a damaged
file is still refused before any change, with the usual message.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

from tracker.domain.enums import CLOSED_STATUSES, Priority, Status
from tracker.domain.errors import TrackerError
from tracker.store.fileinfo import FileState, inspect_file, read_only_uri

_OPEN = [s.value for s in Status if s not in CLOSED_STATUSES]
_IN_OPEN = ", ".join("?" * len(_OPEN))

COUNT_SQL = f"SELECT count(*) FROM action_item WHERE deleted_at IS NULL AND status IN ({_IN_OPEN})"
PAGE_SQL = f"""
SELECT a.id, a.uid, a.title, a.meeting_id, m.title, m.held_on, a.resolution_id, r.ordinal,
       r.text, a.owner_id, o.name, a.due_on, a.status, a.progress, a.priority,
       a.last_update_at, a.deleted_at,
       a.due_on IS NOT NULL AND a.due_on < ? AND a.status IN ({_IN_OPEN}),
       a.rollup_total, a.rollup_done
FROM action_item AS a INDEXED BY ix_action_item_live_due
JOIN owner AS o ON o.id = a.owner_id
JOIN meeting AS m ON m.id = a.meeting_id
LEFT OUTER JOIN resolution AS r ON r.id = a.resolution_id
WHERE a.deleted_at IS NULL AND a.status IN ({_IN_OPEN})
ORDER BY a.due_on IS NULL, a.due_on ASC, a.id ASC
LIMIT ?
"""


def first_page(path: Path, today: date, limit: int) -> tuple[int, list[tuple]] | None:  # type: ignore[type-arg]
    """``(total, first rows)`` of the open items by due date, or None to take the normal path.

    The rows are tuples in the field order of ``tracker.services.views.ItemRow``.
    """
    try:
        # Only reads: the page-by-page check runs meanwhile (precheck) and Database.open,
        # which follows at once, waits for its verdict before anything can be written.
        if inspect_file(path, must_exist=True, check=False).state is not FileState.CURRENT:
            return None
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
        try:
            total = conn.execute(COUNT_SQL, _OPEN).fetchone()[0]
            params = [today.isoformat(), *_OPEN, *_OPEN, limit]
            rows = [_row(r) for r in conn.execute(PAGE_SQL, params)]
        finally:
            conn.close()
    except (TrackerError, sqlite3.Error, ValueError):
        return None  # the normal path will meet the problem and say what it is
    return int(total), rows


def _date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def _datetime(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)


def _row(r: tuple) -> tuple:  # type: ignore[type-arg]
    held_on = _date(r[5])
    assert held_on is not None
    return (
        *r[:5],
        held_on,
        *r[6:11],
        _date(r[11]),
        Status(r[12]),
        r[13],
        Priority(r[14]),
        _datetime(r[15]),
        _datetime(r[16]),
        bool(r[17]),
        r[18],
        r[19],
    )
