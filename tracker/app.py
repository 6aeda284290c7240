"""The composition root: build the QApplication, open the store, wire the UI."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from tracker import __version__
from tracker.domain.errors import DatabaseError, TrackerError
from tracker.ui import i18n, settings

if TYPE_CHECKING:
    from tracker.services.core import Tracker
    from tracker.ui.main_window import MainWindow


def make_application(*, locale: bool = True) -> QApplication:
    """The application with its language; ``locale=False`` leaves the default locale (and
    its costly first use) to :func:`tracker.ui.i18n.install_locale`, after the first paint."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ResolutionTracker")
    app.setApplicationDisplayName("متابعة المقررات")
    app.setApplicationVersion(__version__)
    i18n.install_language(app, settings.language(), locale=locale)
    return app


def run(db_path: Path, *, screenshot: Path | None = None) -> int:
    """Paint the main window first, then open the database and fill the window.

    The instance lock is taken first (a second copy of the app on the same file says so and
    brings the first window forward). Before the first paint: Qt, the language and the
    window's frame, nothing else. Then the file's ``quick_check`` starts on a background
    thread (``store.precheck``), the panes are built, the first page of the table is read
    with plain sqlite3 (``services.startup``) and shown, SQLAlchemy and the store load on
    another thread while the window stays live, and the checked open
    (``safety.open_locked``: a damaged file is never written to, the newest good backup is
    offered) and ``MainWindow.attach`` complete it; reminders, reports and backups are
    wired last. A screenshot, which nobody watches, opens the database first, so that a bad
    file shows no window at all.
    """
    from tracker import logs
    from tracker.ui import process

    undo_logs = logs.install()  # Python's warnings and stray exceptions: to the log
    undo_qt = process.install_qt_message_handler()  # Qt's own messages: to the log
    app = make_application(locale=False)
    windows: list[MainWindow] = []
    # Ctrl+C, a logout, a shutdown: the way File › Quit does (before anything is open).
    signals = process.QuitOnSignals(lambda: _quit_like_the_menu(windows), app).install()
    try:
        return _run(app, db_path, screenshot, windows)
    finally:
        signals.uninstall()
        undo_qt()
        undo_logs()


def _quit_like_the_menu(windows: list[MainWindow]) -> None:
    """File › Quit (once wired, the reminders' quit: no staying in the tray), then make
    sure the loop ends even if no window was shown yet. A question on screen (a modal
    dialog, which would keep its own loop running) is answered as by Escape first."""
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDialog

    answered: list[QWidget] = []
    while (modal := QApplication.activeModalWidget()) is not None and modal not in answered:
        answered.append(modal)
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()
    if windows:
        window = windows[0]
        menu_quit = window.findChild(QAction, "action_quit")  # made with the menus (build)
        if menu_quit is not None:
            menu_quit.trigger()
        else:
            window.close()  # still starting: nothing else to stop yet
    QApplication.quit()


def _run(
    app: QApplication, db_path: Path, screenshot: Path | None, windows: list[MainWindow]
) -> int:
    interactive = screenshot is None
    from tracker.services import core

    try:
        lock = core.claim(db_path)
    except DatabaseError as exc:
        from tracker.ui import safety

        safety.refuse(db_path, exc, interactive=interactive)
        return 1
    opened: list[Tracker] = []
    cleanup: list[Callable[[], None]] = []
    clean = False  # an exception escaping the event loop keeps the unclean-exit marker
    try:
        if not interactive:
            from tracker.ui import safety

            db = safety.open_locked(lock, db_path, interactive=False)
            if db is None:
                return 1
            opened.append(db)

        from tracker.ui.main_window import MainWindow

        window = MainWindow(None)
        windows.append(window)
        window.remember_state = interactive  # a picture must not change the user's layout
        if interactive:
            install_error_handler(window)  # from the start: loading too may go wrong
        _bench_probe(app, window)

        def load() -> None:
            i18n.install_locale()  # dates in ar_MA from here on (nothing shows one before)
            if not opened:
                core.begin_check(db_path)  # the file's quick_check, on another thread
            window.build()
            # Let the empty panes paint (but take no input) before the file is opened.
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            if opened:
                finish()
                return
            sort, descending = window.model.sort_key()
            try:
                early = core.first_screen(
                    db_path, window.model.item_filter(), sort=sort, descending=descending
                )
            except Exception:  # an early look is a bonus: never let it stop the real open
                early = None
            if early is not None:
                window.show_first_page(*early)
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
            # The rest once SQLAlchemy has loaded on another thread, the window live meanwhile.
            from tracker.ui.background import BackgroundJob

            preload = BackgroundJob("preload", window)
            preload.finished.connect(lambda _result: finish())
            preload.start(core.preload)

        def finish() -> None:
            if not opened:
                from tracker.ui import safety

                db = safety.open_locked(lock, db_path, interactive=True)
                if db is None:
                    window.remember_state = False
                    window.close()
                    app.exit(1)
                    return
                opened.append(db)
            window.attach(opened[0])
            cleanup.append(wire(window, opened[0], interactive=interactive))
            if screenshot is not None:
                QTimer.singleShot(300, lambda: _save_screenshot(app, window, screenshot))

        _after_first_paint(window, load)
        window.show()
        code = app.exec()
        clean = True
        return code
    finally:
        for done in cleanup:
            done()
        from tracker.ui.background import wait_for_writes

        wait_for_writes()  # an import or a restore still running finishes before the close
        for db in opened:
            db.close()
        lock.release(clean=clean)


def wire(window: MainWindow, db: Tracker, *, interactive: bool) -> Callable[[], None]:
    """Add reminders, reports and the safety net (backups, restore, bring-forward) to an
    attached main window; returns what to call at shutdown."""
    from tracker.ui import features

    installed = features.install(window, db, interactive=interactive)
    if interactive and installed.territories is not None:  # roll-ups; the province list
        installed.territories.at_start()
    return installed.shutdown


def install_error_handler(parent: QWidget | None) -> None:
    """Errors escaping a slot reach the user as a message in their language, never as a
    traceback: a TrackerError says what to do; anything else is logged and apologised for."""
    from PySide6.QtWidgets import QMessageBox

    from tracker import logs

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, TrackerError):
            text = exc.message(i18n.current_language())
        else:
            logs.get("app").error("unexpected error", exc_info=(kind, exc, tb))
            text = QCoreApplication.translate(
                "app", "An unexpected error occurred; what was saved before is kept. Details: %1"
            ).replace("%1", f"{kind.__name__}: {exc}")
        QMessageBox.warning(parent, QCoreApplication.translate("app", "Resolution Tracker"), text)

    sys.excepthook = hook


def _after_first_paint(window: QWidget, action: Callable[[], None]) -> None:
    """Run ``action`` once, just after ``window`` has been painted for the first time."""
    from PySide6.QtCore import QEvent, QObject

    done: list[bool] = []

    def fire() -> None:
        if not done:
            done.append(True)
            action()

    class _FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is window and event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, fire)  # after this paint has reached the screen
            return False

    window.installEventFilter(_FirstPaint(window))
    QTimer.singleShot(2000, fire)  # never paint-less forever (a minimised start)


def _save_screenshot(app: QApplication, window: QWidget, out: Path) -> None:
    ok = window.grab().save(str(out))  # into a folder that exists (checked by the caller)
    if not ok:
        from tracker import config
        from tracker.domain import messages

        text = messages.text("cli.screenshot_failed", config.language(), path=out)
        print(f"tracker: {text}", file=sys.stderr, flush=True)
    window.close()
    app.exit(0 if ok else 1)


def _bench_probe(app: QApplication, window: QWidget) -> None:
    """For ``benchmarks/bench.py``: print a time stamp and quit at a start-up milestone.

    ``TRACKER_BENCH_EXIT_AFTER=first_paint``: the main window's first paint event;
    ``first_screen``: the first paint of the item table (object name ``items``) with rows.
    Does nothing unless that variable is set.
    """
    mode = os.environ.get("TRACKER_BENCH_EXIT_AFTER")
    if mode not in ("first_paint", "first_screen"):
        return
    import time

    from PySide6.QtCore import QEvent, QObject

    def reached(watched: QObject) -> bool:
        if mode == "first_paint":
            return watched is window
        from PySide6.QtWidgets import QAbstractItemView

        view = watched.parent()
        if not isinstance(view, QAbstractItemView) or view.objectName() != "items":
            return False
        model = view.model()
        return watched is view.viewport() and model is not None and model.rowCount() > 0

    class _Probe(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and reached(watched):
                print(f"BENCH {mode} {time.time():.6f}", flush=True)
                watched_by.removeEventFilter(self)
                QTimer.singleShot(0, app.quit)
            return False

    # The window's own paint is seen by a filter on the window, as in the bare baseline; the
    # table's needs one on the application (the table does not exist yet).
    watched_by: QObject = window if mode == "first_paint" else app
    probe = _Probe(window)
    watched_by.installEventFilter(probe)
