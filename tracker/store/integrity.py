"""Read-only integrity checks of a database file."""

from __future__ import annotations

import functools
import sqlite3
from pathlib import Path

from tracker.domain.errors import DatabaseError
from tracker.store import files
from tracker.store.fileinfo import read_only_uri

# SQLite's own objects (made by SQLite, ``ANALYZE`` or AUTOINCREMENT, never a user's).
_INTERNAL_PREFIXES = ("sqlite_",)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection to ``path``; a full disk or an unreadable file said as such."""
    try:
        return sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        files.reraise_full(exc, path)
        raise DatabaseError("db_unreadable", path=path, detail=exc) from exc


def full_check(path: Path) -> list[str]:
    """Problems found by ``integrity_check`` and ``foreign_key_check`` (empty when sound)."""
    problems: list[str] = []
    conn = _connect_read_only(path)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        if rows != [("ok",)]:
            problems += [str(r[0]) for r in rows]
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        problems += [f"foreign key: table {r[0]} row {r[1]} -> {r[2]}" for r in fk]
    except sqlite3.DatabaseError as exc:
        files.reraise_full(exc, path)  # a full disk is not a damaged file
        raise DatabaseError("db_damaged", path=path, detail=exc) from exc
    finally:
        conn.close()
    return problems


@functools.cache
def app_objects(revision: str) -> frozenset[tuple[str, str]]:
    """``(type, name)`` of everything the app's migrations create up to ``revision``: built
    in memory by the same migrations (exact, whatever a migration adds or drops)."""
    from alembic import command
    from sqlalchemy import create_engine
    from sqlalchemy.pool import StaticPool

    from tracker.store import migrate

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        command.upgrade(migrate.alembic_config(engine), revision)
        with engine.connect() as conn:
            rows = conn.exec_driver_sql("SELECT type, name FROM sqlite_master").fetchall()
    finally:
        engine.dispose()
    return frozenset((str(kind), str(name)) for kind, name in rows)


def foreign_objects(path: Path, revision: str) -> list[str]:
    """Objects in the file at ``revision`` that the app did not create (triggers, views,
    other tables or indexes), as ``"trigger name"``; empty for a file the app made."""
    conn = _connect_read_only(path)
    try:
        rows = conn.execute("SELECT type, name FROM sqlite_master ORDER BY type, name").fetchall()
    except sqlite3.DatabaseError as exc:
        files.reraise_full(exc, path)
        raise DatabaseError("db_damaged", path=path, detail=exc) from exc
    finally:
        conn.close()
    ours = app_objects(revision)
    return [
        f"{kind} {name}"
        for kind, name in rows
        if (kind, name) not in ours and not str(name).startswith(_INTERNAL_PREFIXES)
    ]
