"""Read-only integrity checks of a database file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tracker.domain.errors import DatabaseError


def full_check(path: Path) -> list[str]:
    """Problems found by ``integrity_check`` and ``foreign_key_check`` (empty when sound)."""
    problems: list[str] = []
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems += [str(r[0]) for r in rows]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: table {r[0]} row {r[1]} -> {r[2]}" for r in fk]
    except sqlite3.DatabaseError as exc:
        raise DatabaseError("db_damaged", path=path, detail=exc) from exc
    finally:
        conn.close()
    return problems
