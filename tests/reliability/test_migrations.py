"""Upgrades never lose or alter data: a file at every past revision, full of rows, upgraded.

The rows are generated from each revision's own schema (PRAGMA table_info and
foreign_key_list), so a new migration is covered without touching this test.
"""

import sqlite3
from datetime import date
from pathlib import Path

import pytest

from tests.conftest import TODAY
from tracker.services.core import Tracker
from tracker.services.views import ItemFilter, View
from tracker.store import migrate
from tracker.store.backup import list_backups

ROWS_PER_TABLE = 3
# Values the app can read back as enums; everything else gets generic text.
_ENUM_VALUES = {
    ("action_item", "status"): ["in_progress", "done", "stalled"],
    ("progress_update", "status"): ["not_started", "postponed", "cancelled"],
    ("owner", "kind"): ["person", "local_secretariat", "committee"],
    ("action_item", "priority"): [1, 2, 3],
    ("reminder_state", "kind"): ["before", "due", "overdue"],
}
_ARABIC = "تعميم الهيكلة التنظيمية على جماعات الإقليم ‏(٣ أشهر) 🗳"


def _tables(conn: sqlite3.Connection) -> list[str]:
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' "
            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'"
        )
    ]
    deps = {t: {r[2] for r in conn.execute(f"PRAGMA foreign_key_list('{t}')")} - {t} for t in names}
    ordered: list[str] = []
    while len(ordered) < len(names):
        ready = sorted(t for t in names if t not in ordered and deps[t] <= set(ordered))
        assert ready, f"foreign-key cycle among {set(names) - set(ordered)}"
        ordered += ready
    return ordered


def _value(table: str, col: str, decl: str, i: int, fks: dict[str, str]) -> object:
    if col in fks:
        return i  # rows 1..N exist in every referenced table
    if (table, col) in _ENUM_VALUES:
        return _ENUM_VALUES[(table, col)][(i - 1) % 3]
    decl = decl.upper()
    if col == "uid":
        return f"00000000-0000-4000-8000-{table[:4]:0>4}{i:08d}"
    if col == "progress":
        return 100 if (table, i) in {("action_item", 2)} else 40 + i
    if "DATETIME" in decl:
        return f"2026-0{i}-1{i} 10:2{i}:00.000000"
    if "DATE" in decl:
        return f"2026-0{i}-2{i}"
    if "BOOL" in decl:
        return i % 2
    if "INT" in decl:
        return i
    if col == "key":
        return f"report.header.{i}"
    return f"{_ARABIC} {table}.{col} #{i}"


def _fill(path: Path) -> dict[str, list[dict[str, object]]]:
    conn = sqlite3.connect(path)
    try:
        for table in _tables(conn):
            cols = conn.execute(f"PRAGMA table_info('{table}')").fetchall()
            fks = {r[3]: r[2] for r in conn.execute(f"PRAGMA foreign_key_list('{table}')")}
            for i in range(1, ROWS_PER_TABLE + 1):
                row = {c[1]: _value(table, c[1], c[2], i, fks) for c in cols}
                if table == "action_item" and "deleted_at" in row and i != 3:
                    row["deleted_at"] = None  # two live items, one in the trash
                names = ", ".join(f'"{k}"' for k in row)
                marks = ", ".join("?" for _ in row)
                conn.execute(
                    f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(row.values())
                )
        conn.commit()
        return _dump(conn)
    finally:
        conn.close()


def _dump(conn: sqlite3.Connection) -> dict[str, list[dict[str, object]]]:
    conn.row_factory = sqlite3.Row
    out = {}
    for table in _tables(conn):
        rows = conn.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
        out[table] = [dict(r) for r in rows]
    conn.row_factory = None
    return out


PAST = migrate.known_revisions()


@pytest.mark.parametrize("revision", PAST)
def test_upgrading_from_every_revision_keeps_every_row(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    migrate.create_at_revision(path, revision)
    before = _fill(path)
    assert all(len(rows) == ROWS_PER_TABLE for rows in before.values()), before.keys()
    assert {"meeting", "owner", "action_item", "progress_update"} <= set(before)

    db = Tracker.open(path)  # upgrades to the newest revision
    db.close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            migrate.head_revision(),
        )
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        after = _dump(conn)
    finally:
        conn.close()
    for table, rows in before.items():
        assert table in after, f"table {table} lost"
        assert len(after[table]) == len(rows), table
        for old, new in zip(rows, after[table], strict=True):
            # every column that existed keeps its value (new columns may be added)
            assert {k: new.get(k, "<dropped>") for k in old} == old, table

    if revision != migrate.head_revision():
        assert any(b.reason.startswith("pre-upgrade") for b in list_backups(path))

    db = Tracker.open(path)  # the app reads the upgraded rows
    rows = db.items.list(ItemFilter(today=TODAY, view=View.ALL))
    assert len(rows) == ROWS_PER_TABLE - 1
    detail = db.items.detail(rows[0].id)
    assert _ARABIC in detail.item.title
    assert detail.meeting.held_on < date(2026, 12, 31)
    db.close()


def test_there_is_at_least_one_revision_to_upgrade_from() -> None:
    assert PAST and PAST[-1] == migrate.head_revision()
