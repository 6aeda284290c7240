"""Consistent copies of the database through SQLite's online backup API.

A plain file copy of a WAL database can miss what still sits in the ``-wal`` file; the
backup API copies what is committed. Each copy is written to a temporary file, switched to
a single-file journal, checked with ``integrity_check``, flushed, and only then renamed into
place, so a backup file that exists is a good one.

Backups live in a ``backups`` folder beside the database, named
``<stem>-<YYYYmmdd-HHMMSS-ffffff>-<reason>.sqlite``. :func:`rotate` keeps the last ten, one a
week for two months, the copies taken before upgrading to the running version and recent
copies taken before a restore. A restore copies a backup into place through the backup API
after keeping a copy of the current file (or, if the current file is damaged, moving it
aside untouched): nothing is ever lost by restoring.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from tracker import __version__
from tracker.config import backups_dir
from tracker.domain.errors import DatabaseError, TrackerError
from tracker.store import files, outfile
from tracker.store.fileinfo import read_only_uri

BACKUP_SUFFIX = ".sqlite"
DAMAGED_SUFFIX = ".damaged"
OWNER_ONLY = 0o600
KEEP_LAST = 10
KEEP_WEEKS = 9  # one a week for two months (and the week in progress)
PRE_UPGRADE = "pre-upgrade"
PRE_RESTORE = "pre-restore"

_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<ts>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9._-]+)"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: when it was taken, why, and how many action items it holds."""

    path: Path
    taken_at: datetime
    reason: str
    items: int | None  # None when the file cannot be read

    @property
    def usable(self) -> bool:
        return self.items is not None


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    kept_copy: Path | None  # the file as it was before the restore (None if there was none)
    current_was_damaged: bool


def backup_name(db_path: Path, reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{Path(db_path).stem}-{when.strftime(_STAMP)}-{reason}{BACKUP_SUFFIX}"


def version_reason(reason: str) -> str:
    """Tag a pre-upgrade backup with the version doing the upgrade (kept by rotation)."""
    return f"{reason}-v{__version__}" if reason == PRE_UPGRADE else reason


def _make_folder(folder: Path) -> None:
    files.make_private_dirs(folder)


def copy_database(src: Path, dest: Path, *, make_folder: bool = True) -> Path:
    """Copy ``src`` to ``dest`` through the backup API and verify the copy.

    ``dest`` appears only if the copy passed ``integrity_check``; an existing ``dest`` is
    replaced atomically (``outfile.write_output``: an exclusive temporary file, renamed).
    The copy is readable by its owner only. A full disk raises ``disk_full``.
    """
    dest = Path(dest)

    def fill(tmp: Path) -> None:
        source = sqlite3.connect(read_only_uri(Path(src)), uri=True, timeout=5)
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

    try:
        return outfile.write_output(dest, fill, database=True, make_folder=make_folder)
    except sqlite3.Error as exc:
        files.reraise_full(exc, dest)
        raise DatabaseError("backup_failed", detail=exc) from exc
    except DatabaseError:
        raise
    except TrackerError as exc:  # the output's checks and writes: said as a backup's
        if exc.code == "export_failed":
            raise DatabaseError("backup_failed", detail=exc.params.get("detail")) from exc
        raise DatabaseError(exc.code, **exc.params) from exc


def write_backup(
    db_path: Path, reason: str = "auto", folder: Path | None = None, when: datetime | None = None
) -> Path:
    """A verified backup of ``db_path`` in its ``backups`` folder (or ``folder``)."""
    folder = folder or backups_dir(db_path)
    return copy_database(db_path, folder / backup_name(db_path, version_reason(reason), when))


# -- listing and rotation --------------------------------------------------------------------


def _parse(path: Path, stem: str) -> tuple[datetime, str] | None:
    m = _NAME.match(path.name)
    if m is None or m["stem"] != stem:
        return None
    try:
        return datetime.strptime(m["ts"], _STAMP), m["reason"]
    except ValueError:
        return None


def _backup_files(db_path: Path, folder: Path | None = None) -> list[tuple[Path, datetime, str]]:
    folder = folder or backups_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        parsed = _parse(p, Path(db_path).stem)
        if parsed is not None and p.is_file():
            found.append((p, *parsed))
    found.sort(key=lambda t: t[1], reverse=True)
    return found


def count_items(path: Path) -> int | None:
    """Action items (not in the trash) in the file at ``path``, or None if unreadable."""
    try:
        conn = sqlite3.connect(read_only_uri(Path(path)), uri=True, timeout=5)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT count(*) FROM action_item WHERE deleted_at IS NULL").fetchone()
        return int(row[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def list_backups(db_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """The backups of ``db_path``, newest first, each with its number of items."""
    return [
        BackupInfo(p, when, reason, count_items(p))
        for p, when, reason in _backup_files(db_path, folder)
    ]


def verify_backup(path: Path) -> None:
    """Raise ``DatabaseError("backup_not_usable")`` unless ``path`` is a sound tracker file."""
    from tracker.store.db import FileState, inspect_file

    try:
        found = inspect_file(Path(path), must_exist=True)
    except TrackerError as exc:
        raise DatabaseError("backup_not_usable", path=path, detail=exc.message("en")) from exc
    if found.state is FileState.NEW:
        raise DatabaseError("backup_not_usable", path=path, detail="empty")
    from tracker.store.integrity import full_check

    problems = full_check(Path(path))
    if problems:
        raise DatabaseError("backup_not_usable", path=path, detail=problems[0])


def newest_good_backup(db_path: Path, folder: Path | None = None) -> BackupInfo | None:
    """The newest backup that passes the full check, or None."""
    for p, when, reason in _backup_files(db_path, folder):
        try:
            verify_backup(p)
        except DatabaseError:
            continue
        return BackupInfo(p, when, reason, count_items(p))
    return None


def rotate(
    db_path: Path,
    *,
    now: datetime | None = None,
    keep_last: int = KEEP_LAST,
    keep_weeks: int = KEEP_WEEKS,
    folder: Path | None = None,
) -> list[Path]:
    """Delete old backups of ``db_path``; return what was deleted.

    Kept: the newest ``keep_last``; the newest of each calendar week of the last
    ``keep_weeks`` weeks; every copy taken before upgrading to the running version; copies
    taken before a restore during those weeks. Files that are not backups are never touched.
    """
    now = now or datetime.now()
    files = _backup_files(db_path, folder)
    horizon = now - timedelta(weeks=keep_weeks)
    keep: set[Path] = {p for p, _, _ in files[:keep_last]}
    weeks_seen: set[tuple[int, int]] = set()
    for p, when, reason in files:  # newest first: the first of each week is its newest
        if reason == version_reason(PRE_UPGRADE):
            keep.add(p)
        if when >= horizon:
            if reason == PRE_RESTORE:
                keep.add(p)
            week = when.isocalendar()[:2]
            if week not in weeks_seen:
                weeks_seen.add(week)
                keep.add(p)
    deleted = []
    for p, _, _ in files:
        if p not in keep:
            with contextlib.suppress(FileNotFoundError):
                p.unlink()
                deleted.append(p)
    return deleted


# -- restore ---------------------------------------------------------------------------------


def _companions(db_path: Path) -> list[Path]:
    return [db_path.with_name(db_path.name + s) for s in ("-wal", "-shm", "-journal")]


def set_aside(db_path: Path, folder: Path | None = None) -> Path:
    """Move a damaged file (with its -wal/-shm) into the backups folder, byte for byte."""
    folder = folder or backups_dir(db_path)
    _make_folder(folder)
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"{db_path.stem}-{stamp}-damaged{DAMAGED_SUFFIX}"
    os.replace(db_path, target)
    for extra in _companions(db_path):
        if extra.exists():
            os.replace(extra, target.with_name(target.name + extra.name[len(db_path.name) :]))
    _fsync_dir(folder)
    return target


def restore_into(db_path: Path, backup_path: Path, folder: Path | None = None) -> RestoreResult:
    """Put the content of ``backup_path`` into ``db_path``; keep a copy of the current file.

    Every connection of this process to ``db_path`` must be closed first. A sound current
    file is copied to a ``pre-restore`` backup, then overwritten page by page through the
    backup API (a WAL database must never be replaced by a plain file copy). A damaged
    current file is moved aside untouched and the backup copied in its place.
    """
    db_path = Path(db_path)
    backup_path = Path(backup_path)
    verify_backup(backup_path)
    kept: Path | None = None
    damaged = False
    if db_path.exists():
        try:
            kept = write_backup(db_path, PRE_RESTORE, folder)
        except DatabaseError:
            kept = set_aside(db_path, folder)
            damaged = True
    try:
        if db_path.exists():
            _backup_api_into(backup_path, db_path)
        else:
            copy_database(backup_path, db_path)
    except (DatabaseError, sqlite3.Error, OSError) as exc:
        detail = exc.message("en") if isinstance(exc, TrackerError) else exc
        raise DatabaseError("restore_failed", detail=detail, saved=kept) from exc
    return RestoreResult(backup_path, kept, damaged)


def _backup_api_into(src: Path, dest: Path) -> None:
    source = sqlite3.connect(read_only_uri(src), uri=True, timeout=5)
    try:
        target = sqlite3.connect(str(dest), timeout=5)
        try:
            source.backup(target)
            check = target.execute("PRAGMA integrity_check").fetchall()
            if check != [("ok",)]:
                raise DatabaseError("backup_failed", detail=check[0][0])
            target.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            target.close()
    finally:
        source.close()


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
