"""Writing an output file safely: exports, reports and backup copies (issue 12).

:func:`write_output` is the one way the app writes a file the user named:

1. the target is checked first (:func:`check_output`): not a folder, a folder that exists,
   not the open database nor its ``-wal``/``-shm``/``-journal``/``.lock`` nor its backups
   folder (through any symlink or spelling), not a pipe or a device, not a read-only file, and
   (for anything but a backup) not an SQLite database;
2. the content goes to a temporary file created exclusively (``O_EXCL``, ``O_NOFOLLOW``, a
   random name, in the same folder, mode 0600): a planted ``<out>.part`` symlink is never
   followed, and nobody else can read the file even for an instant;
3. the temporary file is checked (still ours, and ``validate`` when given: a PDF's tail),
   flushed to the disk, and only then renamed over the target, so a target that exists is a
   complete one and an existing good file stays when anything fails.

Exports and reports are 0600, like the database: they hold the secretariat's internal record
(README, "Files and privacy"). A full disk is said as such (``disk_full``).
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

from tracker.config import backups_dir
from tracker.domain.errors import TrackerError
from tracker.store.files import (
    OWNER_ONLY,
    companions,
    disk_full,
    is_disk_full,
    low_space,
    make_private_dirs,
    real,
)

SQLITE_MAGIC = b"SQLite format 3\x00"


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output(
    out: Path, *, protect: Path | None = None, database: bool = False, make_folder: bool = False
) -> Path:
    """Refuse (``TrackerError``) a target that must not be written; return it, ``~`` expanded.

    ``protect`` is the open database: the target may not be it, one of its companions or in
    its backups folder. ``database=True`` (a backup copy) lets an SQLite file be replaced.
    ``make_folder=False`` refuses a folder that does not exist (it is never made silently).
    """
    out = Path(out).expanduser()
    if out.is_dir():
        raise TrackerError("out_exists_dir", path=out)
    target = real(out)
    if protect is not None:
        if target in companions(protect) or _inside(target, real(backups_dir(real(protect)))):
            raise TrackerError("out_is_database", path=out)
        with contextlib.suppress(OSError):
            if os.path.samefile(out, protect):  # a hard link to the database
                raise TrackerError("out_is_database", path=out)
    parent = out.parent
    if not make_folder and not parent.is_dir():
        raise TrackerError("out_folder_missing", path=parent)
    try:
        st = os.stat(out)
    except FileNotFoundError:
        return out
    except OSError as exc:
        raise TrackerError("export_failed", path=out, detail=exc.strerror or exc) from exc
    if not stat.S_ISREG(st.st_mode):
        raise TrackerError("out_not_regular", path=out)
    if not st.st_mode & 0o222:
        raise TrackerError("out_read_only", path=out)
    if not database:
        try:
            with open(out, "rb") as fh:
                head = fh.read(len(SQLITE_MAGIC))
        except OSError:
            head = b""
        if head == SQLITE_MAGIC:
            raise TrackerError("out_is_sqlite", path=out)
    return out


@contextlib.contextmanager
def _quiet_finalizers() -> Iterator[None]:
    """Writers that failed (a zip file half written on a full disk) complain again from
    their finalizer; that second complaint is not the user's business."""
    previous = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        yield
    finally:
        sys.unraisablehook = previous


def _drop_frames(exc: BaseException) -> None:
    """Free what the failed writer's frames hold now, its finalizers quiet."""
    with _quiet_finalizers():
        if exc.__traceback__ is not None:
            traceback.clear_frames(exc.__traceback__)


def write_output(
    out: Path,
    write: Callable[[Path], object],
    *,
    protect: Path | None = None,
    database: bool = False,
    make_folder: bool = False,
    validate: Callable[[Path], bool] | None = None,
) -> Path:
    """Write ``out`` through ``write(tmp)`` (which fills the file at ``tmp``), safely.

    See the module's text for the steps. ``validate(tmp)`` returning False means the file is
    incomplete (a writer that does not report its errors): refused, ``disk_full`` when the
    disk has no room left. Raises ``TrackerError``; ``write``'s own exceptions pass through
    once the temporary file is gone.
    """
    out = check_output(out, protect=protect, database=database, make_folder=make_folder)
    if make_folder:
        make_private_dirs(out.parent)
    try:  # O_EXCL | O_NOFOLLOW, 0600, a random name beside the target
        fd, name = tempfile.mkstemp(prefix=f".{out.name[:80]}.", suffix=".part", dir=out.parent)
    except OSError as exc:
        raise _failure(exc, out) from exc
    tmp = Path(name)
    ident = os.fstat(fd)
    try:
        if os.name == "posix":
            os.fchmod(fd, OWNER_ONLY)  # whatever the umask
        try:
            write(tmp)
        except BaseException as exc:
            _drop_frames(exc)
            raise
        now = os.lstat(tmp)
        if (now.st_dev, now.st_ino) != (ident.st_dev, ident.st_ino):
            raise TrackerError("export_failed", path=out, detail="temporary file replaced")
        if os.name == "posix":
            os.fchmod(fd, OWNER_ONLY)  # whatever the writer did
        if validate is not None and not validate(tmp):
            if low_space(out.parent):  # the writer ran out of room without saying so
                raise disk_full(out, database=False)
            raise TrackerError("out_incomplete", path=out)
        os.fsync(fd)
        os.close(fd)
        fd = -1
        os.replace(tmp, out)
        _fsync_dir(out.parent)
    except OSError as exc:
        _discard(fd, tmp, ident)
        raise _failure(exc, out) from exc
    except BaseException:
        _discard(fd, tmp, ident)
        raise
    return out


def _failure(exc: OSError, out: Path) -> TrackerError:
    if is_disk_full(exc, out.parent):
        return disk_full(out, database=False)
    return TrackerError("export_failed", path=out, detail=exc.strerror or exc)


def _discard(fd: int, tmp: Path, ident: os.stat_result) -> None:
    """Close and remove the temporary file, if it is still ours."""
    if fd >= 0:
        with contextlib.suppress(OSError):
            os.close(fd)
    with contextlib.suppress(OSError):
        now = os.lstat(tmp)
        if (now.st_dev, now.st_ino) == (ident.st_dev, ident.st_ino):
            tmp.unlink()


def _fsync_dir(folder: Path) -> None:
    """Make the rename durable; some folders cannot be opened or synced (the file itself
    is), and the file is in place by then: never an error."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
