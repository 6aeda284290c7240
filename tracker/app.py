"""The composition root: build the QApplication, open the store, wire the UI."""

from __future__ import annotations

import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tracker import __version__
from tracker.domain.errors import TrackerError
from tracker.store.db import Database
from tracker.ui import i18n, settings


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("ResolutionTracker")
    app.setApplicationDisplayName("متابعة المقررات")
    app.setApplicationVersion(__version__)
    i18n.install_language(app, settings.language())
    return app


def run(db_path: Path, *, screenshot: Path | None = None) -> int:
    app = make_application()
    from tracker.ui import safety

    # The instance lock first, then the checked open; a damaged file offers the newest backup.
    opened = safety.open_database(db_path, interactive=screenshot is None)
    if opened is None:
        return 1
    lock, db = opened

    from tracker.ui.main_window import MainWindow
    from tracker.ui.report_actions import install_report_actions

    window = MainWindow(db)
    from tracker.ui.reminders import install_reminders

    install_reminders(window, db, announce=screenshot is None)  # the window owns it
    install_report_actions(window, db, window.today)
    guard = safety.install_safety(window, db)
    window.show()
    if screenshot is None:
        install_error_handler(window)
    else:
        window.remember_state = False  # a picture must not change the user's layout
    try:
        if screenshot is not None:
            return _save_screenshot(app, window, screenshot, db)
        return app.exec()
    finally:
        guard.shutdown()
        db.close()
        lock.release()


def install_error_handler(parent: QWidget | None) -> None:
    """Errors escaping a slot reach the user as a message in their language, never as a
    traceback: a TrackerError says what to do; anything else is logged and apologised for."""
    import traceback

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, TrackerError):
            text = exc.message(i18n.current_language())
        else:
            traceback.print_exception(kind, exc, tb)
            text = QCoreApplication.translate(
                "app", "An unexpected error occurred; what was saved before is kept. Details: %1"
            ).replace("%1", f"{kind.__name__}: {exc}")
        QMessageBox.warning(parent, QCoreApplication.translate("app", "Resolution Tracker"), text)

    sys.excepthook = hook


def _save_screenshot(app: QApplication, window, out: Path, db: Database) -> int:  # type: ignore[no-untyped-def]
    result = {"code": 1}

    def grab() -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        ok = window.grab().save(str(out))
        result["code"] = 0 if ok else 1
        if not ok:
            print(f"tracker: cannot write {out}", file=sys.stderr)
        window.close()
        app.quit()

    QTimer.singleShot(300, grab)
    app.exec()
    return result["code"]
