"""A date editor with Moroccan month names, a calendar, and an optional "no date" value."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from tracker.ui import i18n

DISPLAY_FORMAT = "d MMMM yyyy"
_NONE = QDate(2000, 1, 1)


class DateEdit(QDateEdit):
    """``QDateEdit`` showing "17 أبريل 2026"; with ``optional=True`` it can hold no date,
    shown as ``none_text`` (pick the lowest date or press Delete to clear it)."""

    def __init__(
        self, parent: QWidget | None = None, *, optional: bool = False, none_text: str = ""
    ) -> None:
        super().__init__(parent)
        self.setLocale(i18n.locale_for(i18n.current_language()))
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._optional = optional
        self.start_date = date.today()  # where an empty optional editor starts
        self.setMaximumDate(QDate(2100, 12, 31))
        if optional:
            self.setMinimumDate(_NONE)
            self.setSpecialValueText(none_text)
            self.setDate(_NONE)
        else:
            self.setMinimumDate(QDate(2000, 1, 2))
            self.setDate(QDate.currentDate())

    def value(self) -> date | None:
        qd = self.date()
        if self._optional and qd == _NONE:
            return None
        return date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | None) -> None:
        if value is None:
            if self._optional:
                self.setDate(_NONE)
            return
        self.setDate(QDate(value.year, value.month, value.day))

    def clear_value(self) -> None:
        self.set_value(None)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._optional and event.key() == Qt.Key.Key_Delete:
            self.clear_value()
            return
        if (
            self._optional
            and self.value() is None
            and event.key()
            in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            )
        ):
            self.set_value(self.start_date)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        # Opening the calendar on an empty value starts from a useful date, not from 2000.
        if self._optional and self.value() is None:
            self.set_value(self.start_date)
        super().mousePressEvent(event)
