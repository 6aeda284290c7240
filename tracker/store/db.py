"""Opening the SQLite file safely, and units of work over it.

A file is inspected read-only before anything is written to it: a directory, a file that is
not SQLite, a damaged database, another program's database or one made by a newer version
of this app is refused with a ``DatabaseError`` and left byte-for-byte unchanged.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.dialects.sqlite.base import SQLiteCompiler
from sqlalchemy.engine import Engine
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlmodel import Session

from tracker.domain.errors import DatabaseError, TrackerError
from tracker.store import models
from tracker.store.fileinfo import SQLITE_MAGIC, FileState, Inspection, inspect_file  # noqa: F401  (re-exported)
from tracker.store.models import utcnow

BUSY_TIMEOUT_MS = 5000


class _IndexHintCompiler(SQLiteCompiler):
    """SQLite's compiler, plus ``select().with_hint(table, "INDEXED BY ix", "sqlite")``.

    SQLAlchemy ignores FROM hints on SQLite; ``queries`` uses this one to pin the partial
    due-date indexes, which SQLite's planner does not pick without statistics.
    """

    def get_from_hint_text(self, table, text):  # type: ignore[no-untyped-def]
        return text


def make_engine(path: Path) -> Engine:
    """An engine whose every connection has foreign keys on, WAL and synchronous=FULL."""
    engine = create_engine(
        f"sqlite:///{path}",
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


class Database:
    """One tracker database file. Open it with :meth:`open`; work in :meth:`unit`."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine

    @classmethod
    def open(cls, path: Path | str, *, create: bool = True, upgrade: bool = True) -> Database:
        """Open ``path``, creating or upgrading the schema.

        ``create=False`` is for commands that only read: a missing file is an error.
        A file that is not a healthy tracker database is refused before anything is written.
        """
        from tracker.store import migrate

        path = Path(path).expanduser()
        found = inspect_file(path, must_exist=not create)
        if found.state is FileState.NEW and not create:
            raise DatabaseError("db_not_tracker", path=path)
        if found.state is FileState.OLD and not upgrade:
            raise DatabaseError("db_too_new", path=path)
        path.parent.mkdir(parents=True, exist_ok=True)
        engine = make_engine(path)
        try:
            if found.state is not FileState.CURRENT:
                migrate.upgrade(engine, path, backup_first=found.state is FileState.OLD)
        except TrackerError:
            engine.dispose()
            raise
        except Exception as exc:
            engine.dispose()
            raise DatabaseError("upgrade_failed", detail=exc) from exc
        return cls(path, engine)

    @contextlib.contextmanager
    def unit(self) -> Iterator[Session]:
        """One user action: everything inside commits together, or nothing does."""
        session = Session(self.engine, expire_on_commit=False)
        try:
            yield session
            session.commit()
        except TrackerError:
            session.rollback()
            raise
        except OperationalError as exc:
            session.rollback()
            if "locked" in str(exc.orig) or "busy" in str(exc.orig):
                raise DatabaseError("db_busy", path=self.path) from exc
            raise DatabaseError("db_write_failed", detail=exc.orig) from exc
        except SQLAlchemyError as exc:
            session.rollback()
            raise DatabaseError("db_write_failed", detail=getattr(exc, "orig", exc)) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def raw_connection(self) -> sqlite3.Connection:
        """A plain sqlite3 connection for the backup API (caller closes it)."""
        return sqlite3.connect(str(self.path), timeout=BUSY_TIMEOUT_MS / 1000)

    def close(self) -> None:
        self.engine.dispose()
