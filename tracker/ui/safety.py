"""Keeping the record safe from the window: one instance per file, damaged files, backups.

- :func:`open_database` takes the instance lock and opens the file; a second copy of the app
  on the same file asks the first one to come forward and says so; a damaged file is never
  written to, and the newest good backup is offered instead.
- :func:`install_safety` adds the automatic backups (at start, then at most hourly while
  changes are made), "Back up now" and "Restore from backup…" to a main window, and listens
  for a second instance wanting the window brought forward.

Dialogs go through :func:`inform` and :func:`ask`, which tests replace.
"""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from tracker.domain.errors import (
    DatabaseError,
    TrackerError,
    ValidationFailed,
)
from tracker.services import core
from tracker.services.core import FileLock, Tracker
from tracker.ui.background import BackgroundJob
from tracker.ui.i18n import current_language, format_date
from tracker.ui.restore_dialog import RestoreDialog

if TYPE_CHECKING:
    from tracker.ui.main_window import MainWindow

TICK_MS = 60_000  # how often the hourly policy is asked whether a backup is due
_ACTIVATE = b"activate\n"
_DAMAGED_CODES = ("db_damaged", "db_not_sqlite")


def message(error: TrackerError) -> str:
    """The error in the interface language, paths and details isolated for right-to-left.

    Without the isolates, a Latin path or SQLite's English detail inside an Arabic sentence
    is scrambled by the bidi algorithm.
    """
    if isinstance(error, ValidationFailed):
        return error.message(current_language())
    params = {
        k: f"\u2068{Path(str(v)).name if k == 'path' else v}\u2069" for k, v in error.params.items()
    }
    damaged = error.code == "db_damaged"
    if damaged:  # the window's own wording: the file is kept as it is
        text = QCoreApplication.translate(
            "safety", "The database file %1 is damaged; nothing was changed in it."
        ).replace("%1", str(params.get("path", "")))
    else:
        text = TrackerError(error.code, **params).message(current_language())
    # The full path, then SQLite's own (English) words, each on a line of its own.
    if "path" in error.params:
        text += f"\n\u200e{error.params['path']}"
    if damaged and error.params.get("detail"):
        text += f"\n\u200e{error.params['detail']}"
    return text


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = True) -> None:
    box = QMessageBox.warning if warning else QMessageBox.information
    box(parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    return answer == QMessageBox.StandardButton.Yes


def run_dialog(dialog: QDialog) -> bool:
    return dialog.exec() == QDialog.DialogCode.Accepted


# -- one instance per file -------------------------------------------------------------------


def server_name(db_path: Path) -> str:
    """The local-socket name of the window that has ``db_path`` open."""
    key = str(Path(db_path).expanduser().resolve()).encode("utf-8", "surrogatepass")
    return f"resolution-tracker-{hashlib.sha256(key).hexdigest()[:24]}"


def ask_first_instance_to_show(db_path: Path, timeout_ms: int = 1500) -> bool:
    """Ask the running copy that has ``db_path`` open to bring its window forward."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(db_path))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_ACTIVATE)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    """Listens for a second copy of the app asking this window to come forward."""

    activate_requested = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(db_path)
        # We hold the file's instance lock, so a leftover socket can only be a dead one.
        QLocalServer.removeServer(name)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._connection)

    def _connection(self) -> None:
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(_ACTIVATE.strip()):
            self.activate_requested.emit()

    def close(self) -> None:
        self.server.close()


def bring_forward(window: QWidget) -> None:
    window.setWindowState(
        (window.windowState() & ~Qt.WindowState.WindowMinimized) | Qt.WindowState.WindowActive
    )
    window.show()
    window.raise_()
    window.activateWindow()


# -- opening ---------------------------------------------------------------------------------


def _error_out(error: TrackerError, interactive: bool) -> None:
    if interactive:
        inform(None, QCoreApplication.translate("safety", "Cannot open"), message(error))
    else:
        print(f"tracker: {error.message(current_language())}", file=sys.stderr)


def refuse(db_path: Path, error: DatabaseError, *, interactive: bool) -> None:
    """The instance lock could not be taken: say why (a second copy also asks the first
    one to bring its window forward)."""
    if error.code == "db_in_use" and interactive:
        shown = ask_first_instance_to_show(db_path)
        text = message(error)
        if shown:
            text += "\n" + QCoreApplication.translate(
                "safety", "Its window has been brought to the front."
            )
        inform(None, QCoreApplication.translate("safety", "Already open"), text)
    else:
        _error_out(error, interactive)


def open_locked(lock: FileLock, db_path: Path, *, interactive: bool = True) -> Tracker | None:
    """Open ``db_path`` under ``lock`` (held); None after saying why, the lock released.

    A damaged file is never written to: interactively, the newest good backup is offered,
    and the restored file opened.
    """
    try:
        return Tracker.open(db_path, lock=lock)
    except DatabaseError as exc:
        lock.release(clean=False)  # keep the marker: the next open checks fully again
        if exc.code in _DAMAGED_CODES and interactive and offer_newest_backup(db_path, exc):
            try:
                lock.acquire()
            except DatabaseError as again:
                refuse(db_path, again, interactive=interactive)
                return None
            return open_locked(lock, db_path, interactive=interactive)
        if not (exc.code in _DAMAGED_CODES and interactive):
            _error_out(exc, interactive)
        return None
    except TrackerError as exc:
        lock.release(clean=False)
        _error_out(exc, interactive)
        return None


def open_database(db_path: Path, *, interactive: bool = True) -> tuple[FileLock, Tracker] | None:
    """Take the instance lock and open ``db_path``; None (after saying why) if impossible.

    ``interactive=False`` (screenshots) prints one line instead of showing dialogs.
    """
    try:
        lock = core.claim(db_path)
    except DatabaseError as exc:
        refuse(db_path, exc, interactive=interactive)
        return None
    tracker = open_locked(lock, db_path, interactive=interactive)
    return None if tracker is None else (lock, tracker)


def offer_newest_backup(db_path: Path, error: TrackerError) -> bool:
    """Say the file cannot be used and offer the newest good backup; True if restored."""
    title = QCoreApplication.translate("safety", "Damaged database")
    good = core.newest_good_backup(db_path)
    if good is None:
        inform(
            None,
            title,
            message(error)
            + "\n\n"
            + QCoreApplication.translate("safety", "No usable backup was found."),
        )
        return False
    question = (
        message(error)
        + "\n\n"
        + QCoreApplication.translate(
            "safety", "The newest good backup is from %1 at %2, with %3 action items."
        )
        .replace("%1", format_date(good.taken_at.date()))
        .replace("%2", f"{good.taken_at:%H:%M}")
        .replace("%3", str(good.items))
        + "\n"
        + QCoreApplication.translate(
            "safety", "Restore it? The damaged file is kept, unchanged, in the backups folder."
        )
    )
    if not ask(None, title, question):
        return False
    try:
        core.restore_file(db_path, good.path)
    except TrackerError as exc:
        inform(None, title, message(exc))
        return False
    return True


# -- the running window ----------------------------------------------------------------------


class SafetyController(QObject):
    """Automatic backups, backup/restore actions and the instance server of one window.

    Automatic backups run on a worker thread (a backup of a large file takes seconds and
    must not freeze the window): they use a connection of their own, through SQLite's
    backup API. One runs at a time; :meth:`wait_idle` waits for it.
    """

    def __init__(
        self,
        window: MainWindow,
        tracker: Tracker,
        *,
        clock: Callable[[], datetime] = datetime.now,
        start_backup: bool = True,
        tick_ms: int = TICK_MS,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.tracker = tracker
        self.policy = tracker.backups.automatic(clock=clock)
        self._warned_damaged = False
        self.backups = BackgroundJob("backup", self)
        self.backups.finished.connect(self._report_damage)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self.server = InstanceServer(tracker.path, self)
        self.server.activate_requested.connect(lambda: bring_forward(window))

        menu = window.menu("file")
        self.backup_action = QAction(QCoreApplication.translate("safety", "Back up now"), self)
        self.backup_action.setObjectName("action_backup_now")
        self.backup_action.triggered.connect(self.backup_now)
        self.restore_action = QAction(
            QCoreApplication.translate("safety", "Restore from backup…"), self
        )
        self.restore_action.setObjectName("action_restore_backup")
        self.restore_action.triggered.connect(self.restore_from_dialog)
        if menu is not None:
            menu.addSeparator()
            menu.addAction(self.backup_action)
            menu.addAction(self.restore_action)
        if start_backup:
            self.backups.start(self.policy.at_start)

    def tick(self) -> None:
        if self.policy.due():
            self.backups.start(self.policy.tick)  # busy: the next tick asks again

    def wait_idle(self, timeout: float | None = None) -> None:
        """Wait for a running automatic backup (tests, shutdown), then report on it."""
        self.backups.wait(timeout)

    def _report_damage(self, _result: object = None) -> None:
        if self.policy.damaged and not self._warned_damaged:
            self._warned_damaged = True
            err = self.policy.last_error or TrackerError("db_damaged", path=self.tracker.path)
            inform(
                self.window,
                QCoreApplication.translate("safety", "Damaged database"),
                message(err)
                + "\n\n"
                + QCoreApplication.translate(
                    "safety", "Automatic backups are paused so that the good copies are kept."
                ),
            )

    def backup_now(self) -> bool:
        """Write a verified backup on the worker (a large file takes seconds: the window stays
        live); the status bar says when it is written. False when one is being written."""

        def written(path: Path) -> None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("safety", "Backup written: %1").replace("%1", path.name)
            )

        def failed(exc: TrackerError) -> None:
            inform(self.window, QCoreApplication.translate("safety", "Backup"), message(exc))

        tracker = self.tracker
        started = self.backups.start(
            lambda: tracker.backups.take("manual"), done=written, fail=failed
        )
        if not started:
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "safety", "A backup is being written; try again in a moment."
                )
            )
        return started

    def restore_from_dialog(self) -> bool:
        dialog = RestoreDialog(self.tracker.backups.list(), self.window)
        if not run_dialog(dialog):
            return False
        chosen = dialog.selected_backup()
        if chosen is None:
            return False
        return self.restore(chosen)

    def restore(self, backup_path: Path) -> bool:
        """Put ``backup_path`` in place of the open file (its current content kept aside).

        Deliberately on the GUI thread, under a wait cursor: the file is closed while it is
        replaced, and nothing else in the window may read it meanwhile."""
        from PySide6.QtWidgets import QApplication

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self.tracker.backups.restore(backup_path)
        except TrackerError as exc:
            error: TrackerError | None = exc
        else:
            error = None
        finally:
            QApplication.restoreOverrideCursor()
        if error is not None:
            title = QCoreApplication.translate("safety", "Restore from backup")
            inform(self.window, title, message(error))
            return False
        self.window.refresh()
        kept = result.kept_copy.name if result.kept_copy else "-"
        inform(
            self.window,
            QCoreApplication.translate("safety", "Restore from backup"),
            QCoreApplication.translate(
                "safety", "The backup has been restored. The file as it was is kept as %1."
            ).replace("%1", kept),
            warning=False,
        )
        return True

    def shutdown(self) -> None:
        self.timer.stop()
        self.server.close()
        self.backups.wait()  # let a backup in progress finish cleanly


def install_safety(window: MainWindow, tracker: Tracker, **kw: object) -> SafetyController:
    """Backups, restore and the instance server for ``window`` (see ``ui.features``)."""
    return SafetyController(window, tracker, **kw)  # type: ignore[arg-type]
