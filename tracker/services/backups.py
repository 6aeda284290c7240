"""Automatic backups and restore, as the app and the command line use them.

Policy: a backup at start (unless nothing was written since the newest one), then at most
one an hour while changes are being made; each one verified, then old ones rotated. No
backup is taken, and none rotated away, while the database is known to be damaged: the old
good copies are what the user will need.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Protocol

from tracker.domain.errors import DatabaseError, TrackerError
from tracker.store import backup
from tracker.store.backup import BackupInfo, RestoreResult
from tracker.store.db import inspect_file

HOURLY = timedelta(hours=1)


class OpenFile(Protocol):
    """What the backup policy needs of an open file (a ``Tracker``)."""

    @property
    def path(self) -> Path: ...

    def on_commit(self, listener: Callable[[], None]) -> None: ...


def take_backup(db_path: Path, reason: str = "manual", *, now: datetime | None = None) -> Path:
    """A verified backup in the ``backups`` folder beside ``db_path``, then rotation.

    A file that fails the read-only pre-checks (damaged, not SQLite…) raises before
    anything is written; rotation runs only after a good new copy exists.
    """
    db_path = Path(db_path)
    inspect_file(db_path, must_exist=True)
    written = backup.write_backup(db_path, reason, when=now)
    backup.rotate(db_path, now=now)
    return written


def list_backups(db_path: Path) -> list[BackupInfo]:
    return backup.list_backups(Path(db_path))


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    return backup.newest_good_backup(Path(db_path))


def verify_backup(backup_path: Path) -> None:
    """Refuse (``DatabaseError``) a file that is not a good backup, before anything is closed."""
    backup.verify_backup(Path(backup_path))


def restore_file(db_path: Path, backup_path: Path) -> RestoreResult:
    """Restore a database that could not be opened (damaged): the file is moved aside."""
    return backup.restore_into(Path(db_path), Path(backup_path))


@dataclass
class AutoBackup:
    """When to back up: call :meth:`at_start` once, :meth:`tick` from a timer.

    Changes are counted through ``db.on_commit``; ``clock`` is injectable for tests.
    """

    db: OpenFile
    interval: timedelta = HOURLY
    clock: Callable[[], datetime] = datetime.now
    damaged: bool = False
    last_backup_at: datetime | None = None
    last_error: TrackerError | None = None
    pending_changes: int = 0
    taken: list[Path] = field(default_factory=list)
    # the window counts changes while a worker thread takes the backup
    _count_lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def __post_init__(self) -> None:
        self.db.on_commit(self.note_change)

    def note_change(self) -> None:
        with self._count_lock:
            self.pending_changes += 1

    def at_start(self) -> Path | None:
        """The start-up backup, skipped if nothing was written since the newest one."""
        newest = backup.list_backups(self.db.path)[:1]
        if newest and not _written_since(self.db.path, newest[0].path):
            self.last_backup_at = self.clock()
            return None
        return self._take("start")

    def due(self) -> bool:
        if self.damaged or not self.pending_changes:
            return False
        return self.last_backup_at is None or self.clock() - self.last_backup_at >= self.interval

    def tick(self) -> Path | None:
        """Back up if changes were made and the last backup is an hour old or more."""
        return self._take("auto") if self.due() else None

    def _take(self, reason: str) -> Path | None:
        if self.damaged:
            return None
        changes = self.pending_changes
        try:
            written = take_backup(self.db.path, reason, now=self.clock())
        except DatabaseError as exc:
            self.last_error = exc
            self.damaged = _is_damaged(self.db.path)
            return None
        with self._count_lock:
            self.pending_changes -= changes
        self.last_backup_at = self.clock()
        self.last_error = None
        self.taken.append(written)
        return written


def _written_since(db_path: Path, backup_path: Path) -> bool:
    taken = backup_path.stat().st_mtime_ns
    wal = db_path.with_name(db_path.name + "-wal")
    if db_path.stat().st_mtime_ns >= taken:
        return True
    # An empty -wal is created by merely opening the file: only one with frames counts.
    return wal.exists() and wal.stat().st_size > 0 and wal.stat().st_mtime_ns >= taken


def _is_damaged(db_path: Path) -> bool:
    try:
        inspect_file(db_path, must_exist=True)
    except DatabaseError as exc:
        return exc.code in ("db_damaged", "db_not_sqlite", "db_not_tracker")
    from tracker.services.maintenance import check

    try:
        return not check(db_path).ok
    except DatabaseError as exc:  # a full disk or a busy file is not a damaged one
        return exc.code in ("db_damaged", "db_not_sqlite", "db_not_tracker")
