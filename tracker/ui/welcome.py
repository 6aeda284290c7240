"""The first-run view: an empty file offers to create the first meeting (by hand or from its
communiqué) or load the demo. A long text pasted here (Ctrl+V) is taken for a communiqué and
opens the review dialog with it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeView(QWidget):
    new_meeting = Signal()
    load_demo = Signal()
    communique = Signal(str)  # a communiqué's text ("" to paste or open one in the dialog)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcome")
        title = QLabel(self.tr("Welcome to Resolution Tracker"))
        font = QFont(title.font())
        font.setPointSize(font.pointSize() + 8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)  # a long title (French) wraps rather than being cut off
        title.setObjectName("welcome_title")
        text = QLabel(
            self.tr(
                "Record each meeting of the secretariat with its resolutions, turn them into "
                "action items with an owner and a due date, and follow them up until they are "
                "done."
            )
        )
        text.setObjectName("welcome_text")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # At most 560 px for reading, narrower when the window is: never cut off.
        text.setMaximumWidth(560)
        text.setMinimumWidth(200)
        self.new_button = QPushButton(self.tr("Create the first meeting"))
        self.new_button.setObjectName("welcome_new_meeting")
        self.new_button.setDefault(True)
        self.communique_button = QPushButton(self.tr("Create it from its communiqué…"))
        self.communique_button.setObjectName("welcome_communique")
        self.communique_button.setToolTip(
            self.tr("Or paste the communiqué's text here with Ctrl+V.")
        )
        self.demo_button = QPushButton(self.tr("Load the demo meeting (Taounate, 17 January 2026)"))
        self.demo_button.setObjectName("welcome_demo")
        for b in (self.new_button, self.communique_button, self.demo_button):
            b.setMinimumHeight(40)
            b.setMinimumWidth(360)
        lay = QVBoxLayout(self)
        lay.addStretch(1)
        lay.addWidget(title)
        lay.addSpacing(12)
        row = QHBoxLayout()  # the text takes the width it is given, up to its maximum
        row.addStretch(1)
        row.addWidget(text, 100)
        row.addStretch(1)
        lay.addLayout(row)
        lay.addSpacing(24)
        lay.addWidget(self.new_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.communique_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addWidget(self.demo_button, 0, Qt.AlignmentFlag.AlignHCenter)
        lay.addStretch(2)
        self.new_button.clicked.connect(self.new_meeting)
        self.demo_button.clicked.connect(self.load_demo)
        self.communique_button.clicked.connect(lambda: self.communique.emit(""))
        # Ctrl+V anywhere in the window while the welcome shows (a text field that has the
        # focus keeps its own paste).
        self.paste_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Paste), self)
        self.paste_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self.paste_shortcut.activated.connect(self.paste_from_clipboard)

    def paste_from_clipboard(self) -> bool:
        """Open the review with the clipboard's text when it looks like a communiqué."""
        from tracker.ui.draft_actions import looks_like_communique

        text = QGuiApplication.clipboard().text()
        if not looks_like_communique(text):
            return False
        self.communique.emit(text)
        return True
