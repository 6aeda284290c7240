"""The communiqué's text in the review dialog, each part the reader recognised highlighted
(issue 14): the meeting's date, place, chair and attendees, each decision and each deadline
phrase; the decision of the selected row is marked more strongly and scrolled into sight.

The reader's offsets count Python characters; Qt's document counts UTF-16 units: they are
converted (an emoji before a decision would otherwise shift every highlight after it).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QWidget

Span = tuple[int, int]

# Light backgrounds under black text: legible, told apart by the legend.
COLOURS = {
    "date": "#ffe082",
    "place": "#c5e1a5",
    "chair": "#b3e5fc",
    "attendees": "#e1bee7",
    "decision": "#e8eef7",
    "position": "#eeeeee",
    "deadline": "#ffb74d",
    "current": "#90caf9",
}


class SourceView(QPlainTextEdit):
    """Read-only text with highlighted parts; :meth:`show_part` selects and scrolls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_source")
        self.setReadOnly(True)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._text = ""
        self._parts: list[tuple[Span, str]] = []
        self._current: Span | None = None

    def set_text(self, text: str, parts: Iterable[tuple[Span | None, str]]) -> None:
        """Show ``text`` with ``parts`` (span, kind of :data:`COLOURS`) highlighted."""
        self._text = text
        self.setPlainText(text)
        follow_text(self, text)
        self._parts = [(span, kind) for span, kind in parts if _valid(span, len(text))]
        self._current = None
        self._paint()

    def _position(self, i: int) -> int:
        """The document position of the character ``i`` of the text (UTF-16 units)."""
        head = self._text[:i]
        return i + sum(1 for ch in head if ord(ch) > 0xFFFF)

    def _cursor(self, span: Span) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._position(span[0]))
        cursor.setPosition(self._position(span[1]), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _selection(
        self, span: Span, colour: str, *, bold: bool = False
    ) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(colour))
        fmt.setForeground(QColor("#000000"))
        if bold:
            fmt.setFontUnderline(True)
        sel.format = fmt
        sel.cursor = self._cursor(span)
        return sel

    def _paint(self) -> None:
        # Decisions under the rest, the current decision over them, and the small parts
        # (a deadline phrase inside a decision, the date) on top: all stay visible.
        wide = [p for p in self._parts if p[1] in ("decision", "position")]
        small = [p for p in self._parts if p[1] not in ("decision", "position")]
        selections = [self._selection(span, COLOURS[kind]) for span, kind in wide]
        if self._current is not None:
            selections.append(self._selection(self._current, COLOURS["current"], bold=True))
        selections += [self._selection(span, COLOURS.get(kind, "#eeeeee")) for span, kind in small]
        self.setExtraSelections(selections)

    def show_part(self, span: Span | None) -> None:
        """Mark ``span`` (a decision) as the current one and scroll it into sight (its end,
        then its start). It is marked, not selected: a selection would hide the deadline
        phrase highlighted inside it."""
        if span is None or not _valid(span, len(self._text)):
            return
        self._current = span
        self._paint()
        for end in (span[1], span[0]):
            cursor = QTextCursor(self.document())
            cursor.setPosition(self._position(end))
            self.setTextCursor(cursor)
            self.ensureCursorVisible()

    def current_span(self) -> Span | None:
        """The decision marked now, in the reader's offsets."""
        return self._current

    def marked_text(self) -> str:
        """The text of the decision marked now (what the user sees highlighted)."""
        if self._current is None:
            return ""
        return self._cursor(self._current).selectedText()


def follow_text(edit: QPlainTextEdit, text: str) -> None:
    """Lay ``edit`` out in the direction of ``text``: right to left and aligned right for
    Arabic, left to right for French, whatever the window's language."""
    rtl = _arabic(text)
    direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
    edit.setLayoutDirection(direction)
    option = edit.document().defaultTextOption()
    option.setTextDirection(direction)
    side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
    option.setAlignment(side | Qt.AlignmentFlag.AlignAbsolute)
    edit.document().setDefaultTextOption(option)


def _valid(span: Span | None, length: int) -> bool:
    return span is not None and 0 <= span[0] < span[1] <= length


def _arabic(text: str) -> bool:
    if not text.strip():  # nothing yet: the window's direction
        from PySide6.QtGui import QGuiApplication

        return QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    arabic = sum(1 for ch in text[:2000] if "\u0600" <= ch <= "\u06ff")
    latin = sum(1 for ch in text[:2000] if ch.isascii() and ch.isalpha())
    return arabic >= latin


def legend(labels: dict[str, str]) -> QWidget:
    """A line of coloured words saying what each colour marks."""
    box = QWidget()
    box.setObjectName("draft_legend")
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(6)
    for kind, text in labels.items():
        label = QLabel(text)
        label.setStyleSheet(
            f"background: {COLOURS[kind]}; color: #000; border-radius: 3px; padding: 1px 6px;"
        )
        lay.addWidget(label)
    lay.addStretch(1)
    return box
