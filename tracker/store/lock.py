"""One running copy of the app per database file.

An operating-system lock on ``<db>.lock`` (``fcntl.flock`` on POSIX, ``msvcrt.locking`` on
Windows) is held for as long as the app has the file open. The OS drops the lock when the
process ends, however it ends, so a killed app never leaves a stale lock behind.

The lock file doubles as the "clean shutdown" marker: the holder writes its process id into
it, and a clean :meth:`InstanceLock.release` empties it again. A lock file that still holds a
process id when the lock is taken means the previous session ended without closing (a crash,
a kill, a power cut): :attr:`InstanceLock.unclean_exit` is then true, and the database is
given a full integrity check before use.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from types import TracebackType

from tracker.domain.errors import DatabaseError
from tracker.store import files

OWNER_ONLY = 0o600


def clean_end(exc_type: type[BaseException] | None) -> bool:
    """Whether a session that ended with ``exc_type`` (None: no error) ended cleanly.

    A problem with the database itself, or an interruption, is not: the lock's marker stays
    and the next open runs the full check. Bad input is a clean end."""
    return exc_type is None or (
        issubclass(exc_type, Exception) and not issubclass(exc_type, DatabaseError)
    )


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".lock")


def in_use(db_path: Path | str) -> bool:
    """Whether a copy of the app (or a writing command) holds ``db_path``'s lock now.

    Asked with a shared lock, taken and given back at once: nothing is created or written.
    """
    path = lock_path(files.real(db_path))
    try:
        fd = os.open(path, os.O_RDWR | _NOFOLLOW)
    except OSError:
        return False  # no lock file: nobody has ever held it here
    try:
        return not _try_lock(fd, shared=True)
    except OSError:
        return False
    finally:
        _unlock(fd)
        os.close(fd)


class InstanceLock:
    """The exclusive right to write ``db_path``. Use :meth:`acquire` / :meth:`release`.

    The lock belongs to the real file: a symlink to the database, or another spelling of its
    path, takes the same ``<real file>.lock``. ``db_path`` (as given) is what messages show.
    """

    def __init__(self, db_path: Path | str) -> None:
        self.db_path = Path(db_path).expanduser()
        self.path = lock_path(files.real(self.db_path))
        self._fd: int | None = None
        self.unclean_exit = False

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> InstanceLock:
        """Take the lock or raise ``DatabaseError("db_in_use")`` at once (never waits)."""
        if self._fd is not None:
            return self
        files.db_path(self.db_path)  # no lock beside a URL, a pipe or a device
        files.make_private_dirs(self.path.parent)
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT | _NOFOLLOW, OWNER_ONLY)
        except OSError as exc:
            files.reraise_full(exc, self.db_path)
            raise DatabaseError(
                "db_unreadable", path=self.db_path, detail=exc.strerror or exc
            ) from exc
        previous = b""
        try:
            try:
                locked = _try_lock(fd)
            except OSError as exc:  # a file system without locks: refuse rather than risk it
                raise DatabaseError(
                    "db_unreadable", path=self.db_path, detail=exc.strerror or exc
                ) from exc
            if not locked:
                raise DatabaseError("db_in_use", path=self.db_path)
            with contextlib.suppress(OSError):
                os.chmod(self.path, OWNER_ONLY)
            previous = _read_all(fd)
            self.unclean_exit = bool(previous.strip())
            os.lseek(fd, 0, os.SEEK_SET)
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
            os.fsync(fd)
        except OSError as exc:
            if previous.strip():  # put the marker back: the next open must still check
                with contextlib.suppress(OSError):
                    os.lseek(fd, 0, os.SEEK_SET)
                    os.write(fd, previous)
            os.close(fd)
            files.reraise_full(exc, self.db_path)
            raise DatabaseError(
                "db_unreadable", path=self.db_path, detail=exc.strerror or exc
            ) from exc
        except BaseException:
            os.close(fd)
            raise
        self._fd = fd
        return self

    def release(self, *, clean: bool = True) -> None:
        """Give the lock back; ``clean=True`` records a clean shutdown (empties the file).

        ``clean=False`` keeps the marker, so that the next open runs the full check: use it
        when the session ended on an error with the database.
        """
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            if clean:
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                    os.fsync(fd)
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self.acquire()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release(clean=clean_end(exc_type))


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # a planted <db>.lock symlink is never followed


def _read_all(fd: int) -> bytes:
    os.lseek(fd, 0, os.SEEK_SET)
    chunks = []
    while chunk := os.read(fd, 4096):
        chunks.append(chunk)
    return b"".join(chunks)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    # Lock one byte far past anything written, so that writing the pid is never blocked.
    _REGION = 0x7FFFFFFF

    def _try_lock(fd: int, *, shared: bool = False) -> bool:
        os.lseek(fd, _REGION, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            os.lseek(fd, 0, os.SEEK_SET)
        return True

    def _unlock(fd: int) -> None:
        os.lseek(fd, _REGION, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(fd: int, *, shared: bool = False) -> bool:
        try:
            fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(fd: int) -> None:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
