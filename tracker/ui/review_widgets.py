"""Small parts of review mode (``ui.review_dialog``): the new-date prompt of a postponement
and the large-print, high-contrast look for a projector."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta
from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tracker.ui.i18n import current_language, locale_for
from tracker.ui.screen import fit_dialog

# Black on white, the chosen status and the focus in yellow: readable from the back of
# the room on a washed-out projector.
LARGE_PRINT = """
QDialog#review { background: #ffffff; }
QDialog#review QLabel, QDialog#review QPushButton, QDialog#review QLineEdit,
QDialog#review QSpinBox, QDialog#review QScrollArea > QWidget > QWidget {
    background: #ffffff; color: #000000; font-size: 18pt;
}
QDialog#review QLabel#review_title { font-size: 24pt; font-weight: bold; }
QDialog#review QPushButton { border: 2px solid #000000; padding: 6px 10px; }
QDialog#review QPushButton:checked { background: #ffd400; border: 4px solid #000000; }
QDialog#review QPushButton:focus, QDialog#review QLineEdit:focus,
QDialog#review QSpinBox:focus { background: #fff3a0; }
QDialog#review QLabel#review_late { color: #000000; background: #ffd400; font-weight: bold; }
"""
NORMAL = """
QDialog#review QLabel#review_title { font-size: 15pt; font-weight: bold; }
QDialog#review QPushButton:checked { background: #2e7d4f; color: #ffffff; }
QDialog#review QLabel#review_late { color: #b00020; font-weight: bold; }
"""


def suggested_date(due: date | None, today: date) -> date:
    """A month after the later of the due date and today."""
    return max(due or today, today) + relativedelta(months=1)


class DatePrompt(QDialog):
    """The new due date of a postponement."""

    def __init__(self, initial: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("postpone_date")
        self.setWindowTitle(self.tr("Postpone to"))
        self.edit = QDateEdit(QDate(initial.year, initial.month, initial.day))
        self.edit.setObjectName("postpone_date_edit")
        self.edit.setCalendarPopup(True)
        self.edit.setLocale(locale_for(current_language()))
        self.edit.setDisplayFormat("d MMMM yyyy")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Postpone"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("New due date:")))
        lay.addWidget(self.edit)
        lay.addWidget(buttons)
        fit_dialog(self)

    def value(self) -> date:
        d = self.edit.date()
        return date(d.year(), d.month(), d.day())


def ask_date(parent: QWidget, initial: date) -> date | None:
    prompt = DatePrompt(initial, parent)
    try:
        return prompt.value() if prompt.exec() == QDialog.DialogCode.Accepted else None
    finally:
        prompt.deleteLater()
