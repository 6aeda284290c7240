"""With Arabic chosen, no English is left on the screens of this issue."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from tracker.ui.item_dialog import ItemDialog
from tracker.ui.meeting_dialog import MeetingDialog
from tracker.ui.owner_dialog import OwnersDialog
from tracker.ui.settings_dialog import SettingsDialog

ALLOWED = {"Ctrl", "F", "V", "Français", "English"}  # shortcut and language names
LATIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ]+")


def visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, QLabel | QAbstractButton):
            texts.append(w.text())
        if isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        if isinstance(w, QGroupBox):
            texts.append(w.title())
        if isinstance(w, QComboBox):
            texts += [w.itemText(i) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [w.tabText(i) for i in range(w.count())]
        texts.append(w.toolTip())
        texts.append(w.windowTitle() if w.isWindow() else "")
    texts += [a.text() for a in root.findChildren(QAction)]
    return texts


def english_in(root: QWidget) -> set[str]:
    words: set[str] = set()
    for text in visible_texts(root):
        words |= set(LATIN.findall(text.replace("&", ""))) - ALLOWED
    return words


def test_main_window_and_dialogs_speak_arabic(qtbot, make_window, demo_db) -> None:  # type: ignore[no-untyped-def]
    window = make_window(demo_db)
    window.select_row(0)
    assert english_in(window) == set()
    model = window.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert not any(LATIN.search(h) for h in headers), headers
    for dialog in (
        ItemDialog(demo_db, 1),
        MeetingDialog(demo_db, 1),
        OwnersDialog(demo_db),
        SettingsDialog(demo_db),
    ):
        qtbot.addWidget(dialog)
        assert english_in(dialog) == set(), type(dialog).__name__
