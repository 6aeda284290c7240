"""Opening the SQLite file safely, and units of work over it.

A file is inspected read-only before anything is written to it: a directory, a file that is
not SQLite, a damaged database, another program's database or one made by a newer version
of this app is refused with a ``DatabaseError`` and left byte-for-byte unchanged.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import URL, Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session

from tracker.domain.errors import DatabaseError, TrackerError
from tracker.store import files, models, rollup  # noqa: F401  (rollup: its events)
from tracker.store.fileinfo import SQLITE_MAGIC, FileState, Inspection, inspect_file  # noqa: F401  (re-exported)
from tracker.store.models import utcnow

BUSY_TIMEOUT_MS = 5000
OWNER_ONLY = 0o600


class _IndexHintCompiler(SQLiteCompiler):
    """SQLite's compiler, plus ``select().with_hint(table, "INDEXED BY ix", "sqlite")``.

    SQLAlchemy ignores FROM hints on SQLite; ``queries`` uses this one to pin the partial
    due-date indexes, which SQLite's planner does not pick without statistics.
    """

    def get_from_hint_text(self, table, text):  # type: ignore[no-untyped-def]
        return text


def make_engine(path: Path) -> Engine:
    """An engine whose every connection has foreign keys on, WAL and synchronous=FULL.

    Built from the path itself (``URL.create``, absolute), never from a URL string: a file
    named ``other%2Esqlite`` or ``a?b.sqlite`` is that file, not ``other.sqlite`` or ``a``.
    """
    engine = create_engine(
        URL.create("sqlite", database=os.path.abspath(path)),
        connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
    )
    engine.dialect.statement_compiler = _IndexHintCompiler

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        # Outside any transaction: SQLite ignores foreign_keys inside one.
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA foreign_keys=ON")
        if cur.execute("PRAGMA foreign_keys").fetchone()[0] != 1:
            raise DatabaseError("db_unreadable", path=path, detail="foreign keys unavailable")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.close()

    return engine


def _owner_only(path: Path) -> None:
    """The database and its -wal/-shm readable by their owner only (POSIX)."""
    files.tighten(path)


def _create_owner_only(path: Path) -> bool:
    """Create an empty database file readable by its owner only, before SQLite opens it;
    False if it was there already."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, OWNER_ONLY))
    except FileExistsError:
        return False
    return True


def _discard_new(path: Path) -> None:
    """Remove a file this open created and could not finish (a full disk): no empty or
    half-made database is left behind for the next command to trip on."""
    for p in (path, *(path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal"))):
        with contextlib.suppress(OSError):
            p.unlink()


@event.listens_for(Session, "after_flush")
def _after_flush(session, _ctx):  # type: ignore[no-untyped-def]
    session.info["wrote"] = True


@event.listens_for(Session, "before_flush")
def _before_flush(session, _ctx, _instances):  # type: ignore[no-untyped-def]
    """Keep search texts and ``updated_at`` right on every write, whoever writes."""
    now = utcnow()
    for obj in session.new:
        if isinstance(obj, models.SEARCHABLE):
            obj.refresh_search()
    for obj in session.dirty:
        if not session.is_modified(obj):
            continue
        if isinstance(obj, models.SEARCHABLE):
            obj.refresh_search()
        if hasattr(obj, "updated_at"):
            obj.updated_at = now


Unit = Session
"""What a use case works in: one unit of work (a session inside one transaction)."""

Snapshot = sqlite3.Connection
"""What a hot plain-SQL read works on: the driver's connection in one read transaction."""


class Database:
    """One tracker database file. Open it with :meth:`open`; work in :meth:`unit`."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self.tightened: list[Path] = []  # files found readable by others, now owner-only
        self._commit_listeners: list[Callable[[], None]] = []
        self._readers = threading.local()  # one read-only connection per thread: snapshot()
        self._all_readers: list[sqlite3.Connection] = []
        self._readers_lock = threading.Lock()

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        create: bool = True,
        upgrade: bool = True,
        full_check: bool = False,
    ) -> Database:
        """Open ``path``, creating or upgrading the schema.

        ``create=False`` is for commands that only read: a missing file is an error.
        A file that is not a healthy tracker database is refused before anything is written.
        ``full_check=True`` (after an unclean exit) adds ``integrity_check`` and
        ``foreign_key_check`` to the ``quick_check`` every open runs.
        """
        from tracker.store import migrate

        path = files.db_path(path)
        found = inspect_file(path, must_exist=not create)
        if found.state is FileState.NEW and not create:
            raise DatabaseError("db_not_tracker", path=path)
        if found.state is FileState.OLD and not upgrade:
            raise DatabaseError("db_too_new", path=path)
        if full_check and found.state is not FileState.NEW:
            from tracker.store.integrity import full_check as run_full_check

            problems = run_full_check(path)
            if problems:
                raise DatabaseError("db_damaged", path=path, detail="; ".join(problems[:3]))
        tightened = [] if found.state is FileState.NEW else files.tighten(path)
        created = False
        try:
            files.make_private_dirs(path.parent)
            if found.state is FileState.NEW:
                created = _create_owner_only(path)
        except OSError as exc:
            files.reraise_full(exc, path)
            raise DatabaseError("db_unreadable", path=path, detail=exc.strerror or exc) from exc
        engine = make_engine(path)
        try:
            if found.state is not FileState.CURRENT:
                migrate.upgrade(engine, path, backup_first=found.state is FileState.OLD)
        except BaseException as exc:
            engine.dispose()
            if created:
                _discard_new(path)
            if isinstance(exc, TrackerError) or not isinstance(exc, Exception):
                raise
            files.reraise_full(exc, path)
            raise DatabaseError("upgrade_failed", detail=getattr(exc, "orig", exc)) from exc
        if found.state is FileState.NEW:
            _owner_only(path)  # a file we created: ours alone, with its -wal and -shm
        db = cls(path, engine)
        db.tightened = tightened
        return db

    def on_commit(self, listener: Callable[[], None]) -> None:
        """Call ``listener()`` after every unit of work that committed a change."""
        self._commit_listeners.append(listener)

    def reopen(self) -> None:
        """Open the file again (after a restore replaced its content); same object."""
        fresh = Database.open(self.path, create=False)
        self._close_readers()
        self.engine.dispose()
        self.engine = fresh.engine

    def _failure(self, exc: BaseException, detail: object, code: str) -> DatabaseError:
        """What an SQLite error during a unit or a read means to the user: the file in use,
        a full disk (raised at once), or ``code`` with SQLite's words."""
        if "locked" in str(detail) or "busy" in str(detail):
            return DatabaseError("db_busy", path=self.path)
        files.reraise_full(exc, self.path)
        if code == "db_write_failed":
            return DatabaseError(code, detail=detail)
        return DatabaseError(code, path=self.path, detail=detail)

    @contextlib.contextmanager
    def unit(self) -> Iterator[Session]:
        """One user action: everything inside commits together, or nothing does."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
            wrote = session.info.pop("wrote", False)
        except TrackerError:
            session.rollback()
            raise
        except OperationalError as exc:
            session.rollback()
            raise self._failure(exc, exc.orig, "db_write_failed") from exc
        except SQLAlchemyError as exc:
            session.rollback()
            files.reraise_full(exc, self.path)
            raise DatabaseError("db_write_failed", detail=getattr(exc, "orig", exc)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()
        if wrote:
            for listener in self._commit_listeners:
                listener()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Session]:
        """A unit that only reads: whatever happens inside is rolled back."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
        except OperationalError as exc:
            raise self._failure(exc, exc.orig, "db_unreadable") from exc
        finally:
            session.rollback()
            session.close()

    def _reader(self) -> sqlite3.Connection:
        """This thread's read-only connection (``query_only``: it cannot write)."""
        conn = getattr(self._readers, "conn", None)
        if conn is None:
            conn = sqlite3.connect(  # used by its own thread only; closed by any (close())
                str(self.path),
                timeout=BUSY_TIMEOUT_MS / 1000,
                isolation_level=None,
                check_same_thread=False,
            )
            conn.execute("PRAGMA query_only=ON")
            self._readers.conn = conn
            with self._readers_lock:
                self._all_readers.append(conn)
        return conn

    def _close_readers(self) -> None:
        with self._readers_lock:
            readers, self._all_readers = self._all_readers, []
        for conn in readers:
            with contextlib.suppress(sqlite3.Error):
                conn.close()
        self._readers = threading.local()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection inside one read transaction, for the hot reads that are
        plain SQL (the detail pane's): consistent, nothing written, no ORM overhead."""
        conn = self._reader()
        try:
            conn.execute("BEGIN")
        except sqlite3.Error as exc:
            files.reraise_full(exc, self.path)
            raise DatabaseError("db_unreadable", path=self.path, detail=exc) from exc
        try:
            yield conn
        except sqlite3.OperationalError as exc:
            raise self._failure(exc, exc, "db_unreadable") from exc
        finally:
            conn.execute("ROLLBACK")

    def raw_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for the backup API (caller closes it)."""
        return sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)

    def close(self) -> None:
        self._close_readers()
        self.engine.dispose()
