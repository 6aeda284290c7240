"""The core: one open tracker file, the only way in for the window, the CLI and the tests.

Like Anki's ``Collection``, a :class:`Tracker` owns an open file: :meth:`Tracker.open` takes
the instance lock when asked, inspects the file read-only (a damaged, foreign or newer file
is refused before anything is written), runs the migrations (with the verified backup
first) and hands out the use cases as small service objects (``tracker.items``,
``tracker.meetings``…). Every use case runs in one unit of work of the store: one
transaction, ``updated_at`` stamped, rolled back whole on any error. What comes out is
plain data (``tracker.services.records``, ``tracker.services.views``), never an ORM row or
a session.

Importing this module is cheap (the window imports it before its first paint): the store
and SQLAlchemy load when a file is opened.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any, TypeVar

from tracker.domain.errors import DatabaseError
from tracker.store import files  # light: plain os
from tracker.store.lock import InstanceLock, clean_end  # light: no SQL

FileLock = InstanceLock
"""The exclusive right to write a file (held while the window or a writing command runs)."""

if TYPE_CHECKING:
    from tracker.services.api import (
        Backups,
        Exchange,
        Items,
        Meetings,
        Owners,
        Reminders,
        Reports,
        Settings,
    )
    from tracker.services.api_drafts import Drafts
    from tracker.services.api_territories import Territories
    from tracker.services.backups import BackupInfo, RestoreResult
    from tracker.services.demo import DemoResult
    from tracker.services.maintenance import CheckReport
    from tracker.services.review_api import Review
    from tracker.services.views import ItemFilter, ItemRow, SortKey
    from tracker.store.db import Database

T = TypeVar("T")


def claim(path: Path | str) -> FileLock:
    """The exclusive right to write ``path``: raises ``DatabaseError("db_in_use")`` at once
    while another copy of the app (or a writing command) holds it."""
    return InstanceLock(path).acquire()


class Tracker:
    """One open tracker file. Open it with :meth:`open`; close it with :meth:`close`."""

    def __init__(self, db: Database, lock: InstanceLock | None = None, *, owns_lock: bool = False):
        # The service objects' module loads with the file (the window takes the lock, which
        # imports this module, before its first paint).
        from tracker.services import api, api_drafts, api_territories, review_api

        self._db = db
        self.lock = lock
        self._owns_lock = owns_lock
        self.items: Items = api.Items(self)
        self.meetings: Meetings = api.Meetings(self)
        self.owners: Owners = api.Owners(self)
        self.settings: Settings = api.Settings(self)
        self.reports: Reports = api.Reports(self)
        self.exchange: Exchange = api.Exchange(self)
        self.reminders: Reminders = api.Reminders(self)
        self.backups: Backups = api.Backups(self)
        self.drafts: Drafts = api_drafts.Drafts(self)
        self.territories: Territories = api_territories.Territories(self)
        self.review: Review = review_api.Review(self)  # the meeting cycle (issue 16)

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        upgrade: bool = True,
        lock: InstanceLock | bool = False,
        full_check: bool | None = None,
    ) -> Tracker:
        """Open ``path`` (created when missing unless ``create=False``).

        ``lock=True`` takes the instance lock (commands that write); an ``InstanceLock``
        already held (the window takes it before its first paint) is used as it is. After an
        unclean exit (the lock's marker), the full integrity check runs before the open.
        A file that cannot be used raises a ``DatabaseError`` and is left unchanged; a lock
        taken here is then released, keeping the marker.
        """
        from tracker.store.db import Database

        path = files.db_path(path)  # a URL, a folder, a pipe or a device: refused, untouched
        held: InstanceLock | None = None
        owns = False
        if lock is True:
            held, owns = claim(path), True
        elif lock is not False:
            held = lock
        if full_check is None:
            full_check = bool(held is not None and held.unclean_exit)
        try:
            db = Database.open(path, create=create, upgrade=upgrade, full_check=full_check)
        except BaseException:
            if owns and held is not None:
                held.release(clean=False)
            raise
        return cls(db, held, owns_lock=owns)

    # -- the file ------------------------------------------------------------------------

    @property
    def path(self) -> Path:
        return self._db.path

    @property
    def tightened(self) -> list[Path]:
        """The files (the database, its ``-wal``/``-shm``) that other users could read when
        the file was opened, now readable by their owner only: say so once (the command line
        prints a line, the window can show it in its status bar)."""
        return list(self._db.tightened)

    def on_commit(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` after every unit of work that committed a change."""
        self._db.on_commit(listener)

    def reopen(self) -> None:
        """Open the file again after its content was replaced (a restore); same object."""
        self._db.reopen()

    def replace_file(self, replace: Callable[[Path], T]) -> T:
        """Run ``replace(path)`` with the file closed (a restore puts another content in its
        place), then open it again, whatever happened: the same object keeps working."""
        self._db.close()
        try:
            return replace(self.path)
        finally:
            self._db.reopen()

    def close(self, *, clean: bool = True) -> None:
        """Close the file; release the instance lock if :meth:`open` took it."""
        self._db.close()
        if self._owns_lock and self.lock is not None:
            self.lock.release(clean=clean)

    def __enter__(self) -> Tracker:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close(clean=clean_end(exc_type))

    # -- units of work (for the service objects) ----------------------------------------

    def write(self, use_case: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``use_case(unit, *args, **kwargs)`` in one transaction: all of it or nothing."""
        with self._db.unit() as unit:
            return use_case(unit, *args, **kwargs)

    def read(self, use_case: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``use_case(unit, …)`` in a unit that changes nothing (rolled back)."""
        with self._db.reading() as unit:
            return use_case(unit, *args, **kwargs)

    def peek(self, read: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``read(snapshot, …)``: plain SQL on one consistent read snapshot (hot reads
        such as the detail pane's, where a unit's ORM overhead would dominate)."""
        with self._db.snapshot() as snapshot:
            return read(snapshot, *args, **kwargs)

    def load_demo(self) -> DemoResult:
        """Add whatever part of the seed meeting is missing (idempotent)."""
        from tracker.services.demo import load_demo

        return self.write(load_demo)


# -- files that are not open (or cannot be) ------------------------------------------------


def first_screen(
    path: Path | str, flt: ItemFilter, *, sort: SortKey, descending: bool = False
) -> tuple[int, list[ItemRow]] | None:
    """The first page of ``flt`` read early (before the store loads), or None."""
    from tracker.services.startup import first_screen as early

    return early(Path(path), flt, sort=sort, descending=descending)


def begin_check(path: Path | str) -> None:
    """Start the file's page-by-page ``quick_check`` on another thread (the window's start);
    :meth:`Tracker.open` then waits for its verdict instead of checking again."""
    from tracker.store import precheck

    precheck.start(Path(path).expanduser())


def preload() -> None:
    """Import the store and the use cases (SQLAlchemy is most of the start-up's cost): the
    window calls it on a worker thread once its first screen is shown."""
    import tracker.services.items
    import tracker.store.db  # noqa: F401


def check_file(path: Path | str) -> CheckReport:
    """The full integrity and schema check of ``path``, read-only (with the objects the app
    did not create, ``report.foreign``, as a warning)."""
    from tracker.services.maintenance import check

    return check(files.db_path(path))


def newest_good_backup(path: Path | str) -> BackupInfo | None:
    """The newest backup of ``path`` that passes its check (for a file that cannot open)."""
    from tracker.services.backups import newest_good_backup as newest

    return newest(files.db_path(path))


def restore_file(path: Path | str, backup_path: Path | str) -> RestoreResult:
    """Put ``backup_path`` in place of ``path``, which could not be opened (kept aside)."""
    from tracker.services.backups import restore_file as restore

    return restore(files.db_path(path), Path(backup_path))


def take_backup(path: Path | str, reason: str = "manual") -> Path:
    """A verified backup of ``path`` into the backups folder beside it, then rotation."""
    from tracker.services.backups import take_backup as take

    return take(files.db_path(path), reason)


def backup_to(path: Path | str, out: Path | None = None) -> Path:
    """A verified copy of ``path``: to ``out``, or into the backups folder beside it.

    ``out`` may not be the database or one of its files, nor a file the app has open."""
    from tracker.services.maintenance import backup_to as copy

    return copy(files.db_path(path), out)


def inspect(path: Path | str, *, must_exist: bool = True, empty_ok: bool = True) -> None:
    """Refuse (``DatabaseError``) a missing, foreign, damaged or newer file, read-only.

    ``empty_ok=False``: a file that exists must already be a tracker file (an empty one, 0
    bytes or SQLite without tables, is refused); a missing one is fine unless ``must_exist``.
    """
    from tracker.store.fileinfo import FileState, inspect_file

    path = files.db_path(path)
    found = inspect_file(path, must_exist=must_exist)
    if not empty_ok and found.state is FileState.NEW and path.exists():
        empty = path.stat().st_size == 0
        raise DatabaseError("db_empty_file" if empty else "db_not_tracker", path=path)


def check_output(out: Path | str, *, protect: Path | str | None = None) -> Path:
    """Refuse (``TrackerError``) an output the user named that must not be written: the
    database ``protect`` or one of its files, a folder, a pipe or a device, a read-only file,
    another database, a folder that does not exist. Nothing is opened or written."""
    from tracker.store.outfile import check_output as check

    return check(Path(out), protect=None if protect is None else Path(protect))


def write_output(
    out: Path | str,
    write: Callable[[Path], object],
    *,
    protect: Path | None = None,
    validate: Callable[[Path], bool] | None = None,
) -> Path:
    """Write the file ``out`` the user named through ``write(tmp)``, safely: checked first
    (never the database ``protect`` or its files, a pipe, a read-only file or a missing
    folder), written to an exclusive temporary file (0600), ``validate(tmp)``, then renamed
    into place. Raises ``TrackerError`` (``disk_full`` on a full disk)."""
    from tracker.store.outfile import write_output as write_file

    return write_file(Path(out), write, protect=protect, validate=validate)


__all__ = [
    "FileLock",
    "Tracker",
    "backup_to",
    "begin_check",
    "check_file",
    "check_output",
    "claim",
    "first_screen",
    "inspect",
    "newest_good_backup",
    "preload",
    "restore_file",
    "take_backup",
    "write_output",
]
