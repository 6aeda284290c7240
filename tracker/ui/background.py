"""Work off the GUI thread whose result comes back to it: one job at a time.

Automatic backups, the reminders' minute checks and the start-up's loading of the store
each take from a fraction of a second to several seconds and must not freeze the window.
A :class:`BackgroundJob` runs one piece of work at a time on a Python thread (SQLite and
Qt's layout release Python's lock while they work) and emits :attr:`BackgroundJob.finished`
with its result on the thread that owns the job, the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal


class BackgroundJob(QObject):
    """Runs ``work()`` on a worker thread; :attr:`finished` carries its result (None when
    it raised: the error is logged, never shown as a traceback) on the GUI thread."""

    finished = Signal(object)
    _delivered = Signal(object)  # worker → this object's thread (queued)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._thread: threading.Thread | None = None
        self._delivered.connect(self.finished, Qt.ConnectionType.QueuedConnection)

    def busy(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, work: Callable[[], object]) -> bool:
        """Start ``work`` unless a job is still running (then False: ask again later)."""
        if self.busy():
            return False

        def run() -> None:
            result = None
            try:
                result = work()
            except Exception:  # the next attempt may succeed; the app goes on
                logging.getLogger(__name__).exception("%s failed", self.name)
            self._delivered.emit(result)

        self._thread = threading.Thread(target=run, name=f"tracker-{self.name}", daemon=True)
        self._thread.start()
        return True

    def wait(self, timeout: float | None = None) -> None:
        """Wait for the running job, then deliver its result at once (tests, shutdown)."""
        if self._thread is not None:
            self._thread.join(timeout)
        QCoreApplication.sendPostedEvents(self)
