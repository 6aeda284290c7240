"""Measure the real window on the offscreen screen it is given; print JSON.

Run by ``tests/gui/test_screens.py`` in a subprocess, because the screen's size comes from
``QT_QPA_PLATFORM=offscreen:configfile=F.json``, read when the QApplication is made::

    QT_QPA_PLATFORM=offscreen:configfile=screen.json python tests/gui/screen_probe.py DB LANG

It opens the window over ``DB`` (the demo meeting) in ``LANG``, measures it, then triggers
every menu command whose text ends with "…" (each leads to a dialog) and measures the
modal dialog that appears before closing it. With ``--geometry W,H,X,Y`` a remembered
geometry of that size and place is stored first (a bigger screen, a projector).
"""

from __future__ import annotations

import json
import os
import sys
import time
from datetime import date
from pathlib import Path

TODAY = date(2026, 11, 29)


def rect(r) -> list[int]:  # type: ignore[no-untyped-def]
    return [r.x(), r.y(), r.width(), r.height()]


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QByteArray, QEventLoop, QRect, QTimer
    from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMainWindow, QMenu

    from tracker.ui import settings

    db_path, lang = Path(argv[0]), argv[1]
    settings.set_language(lang)
    if len(argv) > 3 and argv[2] == "--geometry":
        w, h, x, y = (int(v) for v in argv[3].split(","))
        from tracker.app import make_application

        app = make_application()
        big = QMainWindow()
        big.setGeometry(QRect(x, y, w, h))
        settings.set_value("window/geometry", QByteArray(big.saveGeometry()))
        big.deleteLater()
    from tracker.app import make_application, wire
    from tracker.services.core import Tracker
    from tracker.ui.main_window import MainWindow

    app = make_application()
    db = Tracker.open(db_path)
    window = MainWindow(db, today=lambda: TODAY)
    window.remember_state = False
    shutdown = wire(window, db, interactive=False)
    features = window.features
    assert features is not None
    window.show()
    for _ in range(5):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    screen = window.screen().availableGeometry()
    table = window.table
    header = table.horizontalHeader()
    out: dict[str, object] = {
        "screen": rect(screen),
        "frame": rect(window.frameGeometry()),
        "geometry": rect(window.geometry()),
        "minimum_width": window.minimumSizeHint().width(),
        "minimum_height": window.minimumSizeHint().height(),
        "viewport": table.viewport().width(),
        "splitter": window.splitter.sizes(),
        "columns": [header.sectionSize(i) for i in range(header.count())],
        "hidden": [header.isSectionHidden(i) for i in range(header.count())],
        "reminders_height": features.reminders.panel.height(),
        "reminders_rows": features.reminders.panel.list.topLevelItemCount(),
        "reminders_hint": features.reminders.panel.sizeHint().height(),
        "reminders_list": features.reminders.panel.list.height(),
        "detail_height": window.detail.height(),
        "nav_views_width": window.nav.views_width(),
        "parts_minimum": {
            name: part.minimumSizeHint().width()
            for name, part in (
                ("nav", window.nav),
                ("centre", window.centre),
                ("filters", window.filters),
                ("detail", window.detail),
                ("menu", window.menuBar()),
                ("status", window.statusBar()),
                ("reminders", features.reminders.panel),
            )
        },
    }
    dialogs: dict[str, object] = {}
    seen: list[object] = []

    def measure(name: str) -> None:
        modal = QApplication.activeModalWidget()
        if modal is None or modal in seen:
            return
        seen.append(modal)
        if os.environ.get("SCREEN_PROBE_GRABS"):  # pictures of the dialogs, to look at
            modal.grab().save(os.path.join(os.environ["SCREEN_PROBE_GRABS"], f"{name}.png"))
        box = modal.findChild(QDialogButtonBox)
        buttons = [b for b in (box.buttons() if box else []) if b.isVisible()]
        dialogs[name] = {
            "class": type(modal).__name__,
            "frame": rect(modal.frameGeometry()),
            "size": [modal.width(), modal.height()],
            "minimum": [modal.minimumSizeHint().width(), modal.minimumSizeHint().height()],
            "buttons_inside": all(
                modal.rect().contains(b.mapTo(modal, b.rect().bottomRight())) for b in buttons
            ),
            "buttons": len(buttons),
        }
        modal.reject() if hasattr(modal, "reject") else modal.close()

    actions = []
    for menu in window.menuBar().findChildren(QMenu):
        for action in menu.actions():
            text = action.text()
            if action.isEnabled() and (text.endswith("…") or text.endswith("...")):
                actions.append(action)
    actions.append(window.findChild(type(actions[0]), "action_about"))
    for action in actions:
        if action is None or action.menu() is not None:
            continue
        name = action.objectName() or action.text()
        timer = QTimer()
        timer.setInterval(100)
        timer.timeout.connect(lambda n=name: measure(n))
        timer.start()
        action.trigger()
        deadline = time.monotonic() + 60  # a safety net: a preview is built on a worker first
        while name not in dialogs and time.monotonic() < deadline:
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            time.sleep(0.02)
        timer.stop()
    out["dialogs"] = dialogs
    print(json.dumps(out, ensure_ascii=False))
    shutdown()
    window.close()
    db.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
