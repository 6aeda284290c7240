"""The one way the window runs work off the GUI thread (in the spirit of Anki's
``QueryOp``/``CollectionOp``): run on a worker, deliver on the GUI thread, report failure as
a message, one write at a time.

Automatic backups, the reminders' minute checks, the start-up's loading of the store,
reports, exports and imports all take from a fraction of a second to many seconds and must
not freeze the window. A :class:`BackgroundJob` runs one piece of work at a time on a Python
thread (SQLite and Qt's layout release Python's lock while they work) and delivers, on the
thread that owns the job (the GUI thread):

- the result, to the ``done`` callback given to :meth:`BackgroundJob.start` and to
  :attr:`BackgroundJob.finished`;
- or the failure, as a ``TrackerError`` the user can read (anything else is logged and
  becomes ``unexpected_error``: never a traceback), to ``fail`` and :attr:`failed`; then
  :attr:`finished` carries None.

Work that writes (``writes=True``: imports, restores) takes the process-wide write lock, so
two writes from the window never interleave.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal

from tracker.domain.errors import TrackerError

_WRITES = threading.Lock()  # one write at a time, whoever starts it


class BackgroundJob(QObject):
    """Runs ``work()`` on a worker thread, one at a time; results and failures come back
    on the GUI thread."""

    finished = Signal(object)  # the result (None after a failure)
    failed = Signal(object)  # the TrackerError the failure became
    _delivered = Signal(object, object, object, object)  # worker → GUI thread (queued)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._thread: threading.Thread | None = None
        self._delivered.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(
        self,
        work: Callable[[], Any],
        *,
        done: Callable[[Any], None] | None = None,
        fail: Callable[[TrackerError], None] | None = None,
        writes: bool = False,
    ) -> bool:
        """Start ``work`` unless a job is still running (then False: ask again later)."""
        if self.busy():
            return False

        def run() -> None:
            result: Any = None
            error: TrackerError | None = None
            try:
                if writes:
                    with _WRITES:
                        result = work()
                else:
                    result = work()
            except TrackerError as exc:
                error = exc
            except Exception as exc:  # the app goes on; the user reads what happened
                logging.getLogger(__name__).exception("%s failed", self.name)
                error = TrackerError("unexpected_error", detail=f"{type(exc).__name__}: {exc}")
            self._delivered.emit(result, error, done, fail)

        self._thread = threading.Thread(target=run, name=f"tracker-{self.name}", daemon=True)
        self._thread.start()
        return True

    def _deliver(
        self,
        result: Any,
        error: TrackerError | None,
        done: Callable[[Any], None] | None,
        fail: Callable[[TrackerError], None] | None,
    ) -> None:
        # Let the worker finish first (it has emitted; only its return is left): the thread
        # then drops its references to this job and to the callbacks before anything here
        # can delete them, so a Qt object's last reference never goes on the worker while
        # the GUI thread destroys it (a crash seen about once in ten runs of the reports).
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join()
        # The signals first, the callbacks last: a callback may open a modal dialog, whose
        # event loop can delete this job (``deleteLater``) before it returns.
        if error is not None:
            self.failed.emit(error)
            self.finished.emit(None)
            if fail is not None:
                fail(error)
            return
        self.finished.emit(result)
        if done is not None:
            done(result)

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the running job, then deliver its result at once (tests, shutdown)."""
        if self._thread is not None:
            self._thread.join(timeout)
        QCoreApplication.sendPostedEvents(self)


def wait_for_writes() -> None:
    """Return once no write is running (at shutdown: the file is closed after it)."""
    with _WRITES:
        pass
