"""What a path given for a database is, and the file-system rules every file we touch keeps.

- A database location is a file path, never a URL: ``sqlite:///…``, ``file:…`` or
  ``postgresql://…`` is refused (:func:`db_path`) rather than turned into folders named
  ``postgresql:`` (shared PostgreSQL is a later issue).
- Only a regular file can be a database or an import: a FIFO, a socket or a device is refused
  before anything opens it (opening a FIFO blocks forever), and nothing (no ``.lock``, no
  ``-journal``) is created beside it (:func:`require_regular`).
- The instance lock and every "is this the open database?" question use the real path
  (:func:`real`): a symlink or another spelling of the path is the same file.
- Folders we create are the owner's only (0700) whatever the umask
  (:func:`make_private_dirs`); a database found readable by others is tightened, with its
  ``-wal`` and ``-shm`` (:func:`tighten`).
- A full disk is called a full disk (:func:`is_disk_full`), never "damaged".

Plain ``os``: importing this costs nothing (the window's lock uses it before its first paint).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import stat
from pathlib import Path

from tracker.domain.errors import DatabaseError, InvalidInput, TrackerError

OWNER_ONLY = 0o600
PRIVATE_DIR = 0o700
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal", ".lock")

# ``scheme:`` followed by a slash (``postgresql://…`` becomes ``postgresql:/…`` once it has
# been through ``Path``), or a known scheme alone. Two letters at least: ``C:`` is a drive.
_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:[/\\]")
_SCHEMES = ("postgresql", "postgres", "sqlite", "file", "mysql", "http", "https")
_KNOWN = re.compile("^(?:" + "|".join(_SCHEMES) + r")(?:\+[A-Za-z0-9]+)?:", re.IGNORECASE)

# Below this much free space, an I/O error of SQLite is the disk being full.
_LOW_SPACE = 1 << 20
_SQLITE_FULL = 13
_SQLITE_IOERR = 10


def db_path(value: Path | str) -> Path:
    """``value`` as a database file path (``~`` expanded), or ``DatabaseError`` if it is a
    URL or something that is not a regular file (see :func:`require_regular`)."""
    text = os.fspath(value)
    if _URL.match(text) or _KNOWN.match(text):
        raise DatabaseError("db_url_refused", value=text)
    path = Path(text).expanduser()
    require_regular(path)
    return path


def require_regular(path: Path, code: str = "db_not_regular") -> None:
    """Refuse an existing ``path`` that is not a regular file (``DatabaseError`` for a
    ``db_…`` code, else ``InvalidInput``).

    A FIFO, a socket or a device is refused before anything opens it (``os.stat`` follows
    symlinks and never blocks); a directory is ``db_is_directory`` for a database, and left
    to the caller's own message otherwise.
    """
    try:
        st = os.stat(path)
    except FileNotFoundError:
        if code.startswith("db_") and os.path.islink(path):  # never created through a link
            raise DatabaseError("db_dangling_link", path=path) from None
        return  # missing: the caller says so (or creates it)
    except (OSError, ValueError) as exc:  # a symlink loop, a file used as a folder…
        if not code.startswith("db_"):
            return  # the caller's own message
        detail = getattr(exc, "strerror", None) or exc
        raise DatabaseError("db_unreadable", path=path, detail=detail) from exc
    if stat.S_ISDIR(st.st_mode):
        if code == "db_not_regular":
            raise DatabaseError("db_is_directory", path=path)
        return  # a folder given as a file: the caller's own message
    if not stat.S_ISREG(st.st_mode):  # the database: DatabaseError; any other file: bad input
        raise (DatabaseError if code.startswith("db_") else InvalidInput)(code, path=path)


def real(path: Path | str) -> Path:
    """The file ``path`` names, symlinks and ``..`` resolved (what the lock belongs to)."""
    return Path(os.path.realpath(os.fspath(Path(path).expanduser())))


def companions(db: Path) -> list[Path]:
    """The real paths of ``db`` and the files SQLite and the app keep beside it."""
    base = real(db)
    return [base, *(base.with_name(base.name + s) for s in COMPANION_SUFFIXES)]


# -- privacy ---------------------------------------------------------------------------------


def make_private_dirs(folder: Path) -> None:
    """Create ``folder`` and any missing parents, each readable by its owner only (0700,
    whatever the umask); folders that exist are left as they are."""
    folder = Path(folder)
    missing: list[Path] = []
    cursor = folder
    while not cursor.exists():
        missing.append(cursor)
        if cursor.parent == cursor:
            break
        cursor = cursor.parent
    for p in reversed(missing):
        try:
            p.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            continue  # made meanwhile by someone else: theirs, not ours to change
        if os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(p, PRIVATE_DIR)


def tighten(db: Path) -> list[Path]:
    """Make ``db`` and its ``-wal``/``-shm`` readable by their owner only (POSIX); return
    the files whose modes were looser (and are now tightened)."""
    if os.name != "posix":
        return []
    changed = []
    for p in companions(db)[:3]:
        try:
            mode = stat.S_IMODE(os.stat(p).st_mode)
            if mode & 0o077:
                os.chmod(p, mode & 0o700)
                changed.append(p)
        except OSError:
            continue  # missing, or not ours: nothing said that is not true
    return changed


# -- a full disk -----------------------------------------------------------------------------


def low_space(near: Path | None) -> bool:
    """Whether the disk holding ``near`` has less than a megabyte free."""
    if near is None:
        return False
    folder = Path(near)
    while not folder.is_dir() and folder.parent != folder:
        folder = folder.parent
    try:
        return shutil.disk_usage(folder).free < _LOW_SPACE
    except OSError:
        return False


def is_disk_full(exc: BaseException | None, near: Path | None = None) -> bool:
    """Whether ``exc`` (or what caused it) is the disk being full.

    ``ENOSPC``/``EDQUOT``; SQLite's ``SQLITE_FULL`` ("database or disk is full"); or, with
    less than a megabyte free near ``near``, an I/O error of SQLite (growing the ``-shm`` of a
    full disk fails as ``SQLITE_IOERR_SHMSIZE``, "disk I/O error").
    """
    seen = 0
    while exc is not None and seen < 8:
        seen += 1
        if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return True
        code = getattr(exc, "sqlite_errorcode", None)
        text = str(exc).lower()
        if (isinstance(code, int) and code & 0xFF == _SQLITE_FULL) or "disk is full" in text:
            return True
        if (
            (isinstance(code, int) and code & 0xFF == _SQLITE_IOERR) or "disk i/o error" in text
        ) and low_space(near):
            return True
        orig = getattr(exc, "orig", None)  # SQLAlchemy's DBAPIError wraps the driver's
        exc = orig if isinstance(orig, BaseException) else (exc.__cause__ or exc.__context__)
    return False


def disk_full(path: Path | None, *, database: bool = True) -> TrackerError:
    """The error to raise for a full disk (nothing was changed): a ``DatabaseError`` when
    the database could not be written, a plain ``TrackerError`` for an output file."""
    cls = DatabaseError if database else TrackerError
    return cls("disk_full", path=path if path is not None else "")


def reraise_full(exc: BaseException, path: Path | None, *, database: bool = True) -> None:
    """Raise :func:`disk_full` from ``exc`` if it is a full disk; else return."""
    if is_disk_full(exc, path):
        raise disk_full(path, database=database) from exc


__all__ = [
    "OWNER_ONLY",
    "companions",
    "db_path",
    "disk_full",
    "is_disk_full",
    "make_private_dirs",
    "real",
    "require_regular",
    "reraise_full",
    "tighten",
]
