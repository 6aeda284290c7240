"""One action item with its owner, meeting, resolution and history, in two plain reads.

The detail pane asks for this on every selection: it is read with two SQL statements on the
driver's connection inside one read transaction (``Database.snapshot``: no ORM identity map,
no lazy loads, no statement compilation), and comes back as plain dictionaries per table,
typed as the models type them.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from tracker.domain.enums import OwnerKind, Priority, Status
from tracker.domain.errors import NotFound

if TYPE_CHECKING:
    import sqlite3

_COLUMNS = {
    "a": [
        "id",
        "uid",
        "meeting_id",
        "resolution_id",
        "title",
        "owner_id",
        "details",
        "due_on",
        "status",
        "progress",
        "priority",
        "recurrence",
        "remind_days_before",
        "completed_on",
        "last_update_at",
        "deleted_at",
        "created_at",
        "updated_at",
        "parent_id",
        "rollup_total",
        "rollup_done",
    ],
    "o": [
        "id",
        "uid",
        "name",
        "kind",
        "commune",
        "phone",
        "email",
        "notes",
        "active",
        "deleted_at",
        "created_at",
        "updated_at",
        "territory_id",
    ],
    "m": [
        "id",
        "uid",
        "title",
        "held_on",
        "location",
        "kind",
        "chaired_by",
        "attendees",
        "notes",
        "source_text",
        "deleted_at",
        "created_at",
        "updated_at",
    ],
    "r": ["id", "uid", "meeting_id", "ordinal", "text", "theme", "deleted_at"],
}
_HISTORY = [
    "id",
    "uid",
    "action_item_id",
    "recorded_at",
    "status",
    "progress",
    "note",
    "reported_by",
    "meeting_id",
]

_DATES = {"due_on", "completed_on", "held_on"}
_TIMES = {"last_update_at", "deleted_at", "created_at", "updated_at", "recorded_at"}
# value -> member by dictionary (calling the enum class is several times slower)
_ENUMS: dict[str, Any] = {
    column: {member.value: member for member in enum}.__getitem__
    for column, enum in (("status", Status), ("priority", Priority), ("kind", OwnerKind))
}


def _converters(table: str, cols: list[str]) -> list[tuple[str, Any]]:
    """``(column, convert)`` for the columns that SQLite does not give as the model types."""
    out: list[tuple[str, Any]] = []
    for c in cols:
        if c in _DATES:
            out.append((c, date.fromisoformat))
        elif c in _TIMES:
            out.append((c, datetime.fromisoformat))
        elif c in _ENUMS and not (table == "m" and c == "kind"):  # a meeting's kind is text
            out.append((c, _ENUMS[c]))
        elif c == "active":
            out.append((c, bool))
    return out


_CONVERT = {t: _converters(t, cols) for t, cols in {**_COLUMNS, "h": _HISTORY}.items()}


def _spans() -> list[tuple[str, list[str], int, int]]:
    """Where each table's columns sit in the detail row: ``(table, columns, start, end)``."""
    spans, start = [], 0
    for table, cols in _COLUMNS.items():
        spans.append((table, cols, start, start + len(cols)))
        start += len(cols)
    return spans


_SPANS = _spans()

DETAIL_SQL = (
    "SELECT "
    + ", ".join(f"{t}.{c}" for t, cols in _COLUMNS.items() for c in cols)
    + " FROM action_item AS a JOIN owner AS o ON o.id = a.owner_id"
    " JOIN meeting AS m ON m.id = a.meeting_id"
    " LEFT OUTER JOIN resolution AS r ON r.id = a.resolution_id WHERE a.id = ?"
)
HISTORY_SQL = (
    f"SELECT {', '.join(_HISTORY)} FROM progress_update WHERE action_item_id = ?"
    " ORDER BY recorded_at DESC, id DESC"
)


def _typed(table: str, row: dict[str, Any]) -> dict[str, Any]:
    for column, convert in _CONVERT[table]:
        value = row[column]
        if value is not None:
            row[column] = convert(value)
    return row


def item_detail(conn: sqlite3.Connection, item_id: int) -> dict[str, Any]:
    """``{"item", "owner", "meeting", "resolution" (or None), "history"}`` as dictionaries;
    ``NotFound`` for an item that does not exist."""
    if not isinstance(item_id, int) or not 0 < item_id <= 2**63 - 1:
        raise NotFound("not_found", what="ActionItem", id=item_id)
    found = conn.execute(DETAIL_SQL, (item_id,)).fetchone()
    if found is None:
        raise NotFound("not_found", what="ActionItem", id=item_id)
    out = {
        t: None if found[lo] is None else _typed(t, dict(zip(cols, found[lo:hi], strict=True)))
        for t, cols, lo, hi in _SPANS
    }
    history = [
        _typed("h", dict(zip(_HISTORY, r, strict=True)))
        for r in conn.execute(HISTORY_SQL, (item_id,)).fetchall()
    ]
    return {
        "item": out["a"],
        "owner": out["o"],
        "meeting": out["m"],
        "resolution": out["r"],
        "history": history,
    }
