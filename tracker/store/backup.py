"""Consistent copies of the database through SQLite's online backup API.

A plain file copy of a WAL database can miss what still sits in the ``-wal`` file; the
backup API copies what is committed. Each copy is written to a temporary file, switched to
a single-file journal, checked with ``integrity_check``, flushed, and only then renamed into
place, so a backup file that exists is a good one.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from tracker.config import backups_dir
from tracker.domain.errors import DatabaseError

BACKUP_SUFFIX = ".sqlite"


def backup_name(db_path: Path, reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{db_path.stem}-{when:%Y%m%d-%H%M%S-%f}-{reason}{BACKUP_SUFFIX}"


def copy_database(src: Path, dest: Path) -> Path:
    """Copy ``src`` to ``dest`` through the backup API and verify the copy.

    ``dest`` appears only if the copy passed ``integrity_check``; an existing ``dest`` is
    replaced atomically.
    """
    dest = Path(dest)
    if dest.is_dir():
        raise DatabaseError("out_exists_dir", path=dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(f".{dest.name}.{os.getpid()}.partial")
    tmp.unlink(missing_ok=True)
    try:
        source = sqlite3.connect(f"{Path(src).resolve().as_uri()}?mode=ro", uri=True, timeout=5)
        try:
            target = sqlite3.connect(str(tmp))
            try:
                source.backup(target)
                target.execute("PRAGMA journal_mode=DELETE")
                check = target.execute("PRAGMA integrity_check").fetchall()
                if check != [("ok",)]:
                    raise DatabaseError("backup_failed", detail=check[0][0])
                target.commit()
            finally:
                target.close()
        finally:
            source.close()
        with tmp.open("rb+") as fh:
            os.fsync(fh.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except sqlite3.Error as exc:
        raise DatabaseError("backup_failed", detail=exc) from exc
    except OSError as exc:
        raise DatabaseError("backup_failed", detail=exc.strerror or exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return dest


def write_backup(db_path: Path, reason: str = "auto", folder: Path | None = None) -> Path:
    """A verified backup of ``db_path`` in its ``backups`` folder (or ``folder``)."""
    folder = folder or backups_dir(db_path)
    return copy_database(db_path, folder / backup_name(db_path, reason))


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
