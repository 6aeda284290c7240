"""A spin box of days that says its number the way the language does: "3 أيام", "11 يوماً",
"يومان", never "3 يوماً" (Qt's plural forms: the Arabic six are in the ``.ts``)."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QSpinBox, QWidget

_DIGITS = re.compile(r"\d+")
_EASTERN = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def days_text(n: int) -> str:
    """«3 أيام», "3 jours"."""
    return QCoreApplication.translate("days", "%n day(s)", "", n)


def days_before_text(n: int) -> str:
    """«قبل الأجل بـ3 أيام», "3 jours avant l'échéance"."""
    return QCoreApplication.translate("days", "%n day(s) before the due date", "", n)


class DaysSpinBox(QSpinBox):
    """Days, shown whole by ``text`` (a plural-aware phrase); typing a number still works."""

    def __init__(
        self, text: Callable[[int], str] = days_text, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._text = text

    def textFromValue(self, value: int) -> str:
        if value == self.minimum() and self.specialValueText():
            return self.specialValueText()
        return self._text(value)

    def valueFromText(self, text: str) -> int:
        text = text.strip()
        if self.specialValueText() and text == self.specialValueText():
            return self.minimum()
        digits = _DIGITS.search(text.translate(_EASTERN))
        if digits:
            return int(digits.group())
        for value in range(max(self.minimum(), 0), min(self.maximum(), 30) + 1):
            if self._text(value) == text:  # "يومان", "يوم واحد": said in words
                return value
        return self.value()

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip()
        if stripped == self.textFromValue(self.valueFromText(stripped)) or (
            self.specialValueText() and stripped == self.specialValueText()
        ):
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos  # being typed: fixed up on leaving

    def fixup(self, text: str) -> str:
        return self.textFromValue(self.valueFromText(text))
