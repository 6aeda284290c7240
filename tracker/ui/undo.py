"""Undo for deletions: commands on a QUndoStack, and a bar above the table with a button."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

UNDO_BAR_MS = 10_000


class CallbackCommand(QUndoCommand):
    """``redo`` does the change (also when first pushed), ``undo`` reverses it."""

    def __init__(self, text: str, do: Callable[[], None], undo: Callable[[], None]) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo

    def redo(self) -> None:
        self._do()

    def undo(self) -> None:
        self._undo()


class UndoBar(QFrame):
    """ "Moved to the trash: …  [Undo]  ×", hidden again after a few seconds."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undo_bar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "#undo_bar { background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px; }"
        )
        self.label = QLabel()
        self.button = QPushButton(self.tr("Undo"))
        self.button.setObjectName("undo_button")
        self.close_button = QToolButton()
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(self.tr("Close"))
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 8, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.button)
        lay.addWidget(self.close_button)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(UNDO_BAR_MS)
        self.timer.timeout.connect(self.hide)
        self.close_button.clicked.connect(self.hide)
        self.button.clicked.connect(self.hide)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()
        self.timer.start()
