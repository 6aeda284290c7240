"""The composition root: build the QApplication, open the store, wire the UI."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from tracker import __version__
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

    window = MainWindow(db)
    guard = safety.install_safety(window, db)
    window.show()
    try:
        if screenshot is not None:
            return _save_screenshot(app, window, screenshot, db)
        return app.exec()
    finally:
        guard.shutdown()
        db.close()
        lock.release()


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
