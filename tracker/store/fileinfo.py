"""What a database file is, found read-only before anything is written to it.

A directory, a file that is not SQLite, a damaged database, another program's database or
one made by a newer version of this app is refused with a ``DatabaseError``. Plain
``sqlite3``: the app can look at a file before SQLAlchemy is loaded.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from tracker.domain.errors import DatabaseError
from tracker.store import files, precheck

SQLITE_MAGIC = b"SQLite format 3\x00"


class FileState(Enum):
    NEW = "new"  # no file yet (or an empty one): the schema will be created
    CURRENT = "current"  # a tracker database at the newest schema
    OLD = "old"  # a tracker database at an older schema: upgrade after a backup


@dataclass(frozen=True)
class Inspection:
    state: FileState
    revision: str | None


def read_only_uri(path: Path) -> str:
    """SQLite's URI for opening the real file at ``path`` read-only. ``as_uri`` escapes
    every character a URI gives a meaning to (``%`` ``?`` ``#``, spaces, Arabic…)."""
    return f"{files.real(path).as_uri()}?mode=ro"


def inspect_file(path: Path, *, must_exist: bool, check: bool = True) -> Inspection:
    """Look at ``path`` read-only and say what it is, or raise ``DatabaseError``."""
    must_check = check
    from tracker.store import migrate  # local: keeps Alembic off the import path of callers

    path = files.db_path(path)  # a URL, a directory, a pipe or a device: refused, unopened
    if not path.exists():
        if must_exist:
            raise DatabaseError("db_missing", path=path)
        return Inspection(FileState.NEW, None)
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise DatabaseError("db_unreadable", path=path, detail=exc.strerror or exc) from exc
    if not header:
        return Inspection(FileState.NEW, None)
    if header != SQLITE_MAGIC:
        raise DatabaseError("db_not_sqlite", path=path)
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True, timeout=5)
    except sqlite3.Error as exc:
        files.reraise_full(exc, path)
        raise DatabaseError("db_unreadable", path=path, detail=exc) from exc
    try:
        # The page-by-page check, perhaps begun early on another thread. ``check=False`` is
        # for a look that only reads (the first screen), with ``Database.open`` to follow.
        check = precheck.checked(path, conn) if must_check else [("ok",)]
        if check != [("ok",)]:
            detail = "; ".join(str(r[0]) for r in check[:3])
            raise DatabaseError("db_damaged", path=path, detail=detail)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        revision = None
        if "alembic_version" in tables:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise DatabaseError("db_busy", path=path) from exc
        files.reraise_full(exc, path)  # a full disk is not a damaged file
        raise DatabaseError("db_damaged", path=path, detail=exc) from exc
    finally:
        conn.close()
    if revision is None:
        if tables - {"sqlite_sequence"}:
            raise DatabaseError("db_not_tracker", path=path)
        return Inspection(FileState.NEW, None)
    if revision == migrate.head_revision():
        return Inspection(FileState.CURRENT, revision)
    if revision in migrate.known_revisions():
        return Inspection(FileState.OLD, revision)
    raise DatabaseError("db_too_new", path=path)
