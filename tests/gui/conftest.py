"""Helpers for driving the real widgets offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from tests.conftest import TODAY
from tracker.services.core import Tracker


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` into ``widget`` key by key (qtbot.keyClicks aborts on Arabic)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


@pytest.fixture
def arabic(qapp: QApplication) -> Iterator[None]:
    from tracker.ui import i18n

    i18n.install_language(qapp, "ar")
    yield


@pytest.fixture
def make_window(qtbot, arabic) -> Callable[[Tracker], object]:  # type: ignore[no-untyped-def]
    from tracker.ui.main_window import MainWindow

    def make(db: Tracker, today=lambda: TODAY) -> MainWindow:  # type: ignore[no-untyped-def]
        window = MainWindow(db, today=today)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    return make


def accepting(fill: Callable[[QDialog], None]) -> Callable[[QDialog], bool]:
    """An ``exec_dialog`` replacement: fill the dialog, press Save, report acceptance."""

    def run(dialog: QDialog) -> bool:
        fill(dialog)
        dialog.accept()
        return dialog.result() == QDialog.DialogCode.Accepted

    return run
