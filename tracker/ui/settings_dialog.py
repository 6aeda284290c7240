"""Settings: the interface language (this computer) and the secretariat's own settings
(report header, reminder defaults) kept in the database file."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import TrackerError
from tracker.services import settings as db_settings
from tracker.services.core import Tracker
from tracker.ui import settings as ui_settings
from tracker.ui.days_spin import DaysSpinBox
from tracker.ui.forms import ErrorLabel, FieldErrors, save_cancel_buttons
from tracker.ui.i18n import LANGUAGES, current_language
from tracker.ui.screen import fit_dialog


class SettingsDialog(QDialog):
    def __init__(self, tracker: Tracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.language_changed = False
        self.province_changed = False
        self.setWindowTitle(self.tr("Settings"))
        self.general = ErrorLabel()
        self.errors = FieldErrors(self.general)

        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(ui_settings.language())))
        ui_page = QWidget()
        uf = QFormLayout(ui_page)
        uf.addRow(self.tr("Interface language"), self.language)
        note = QLabel(self.tr("A new language applies the next time the program starts."))
        note.setWordWrap(True)
        uf.addRow(note)

        values = tracker.settings.get_all()
        # The header in force, as reports print it (the built-in one while none is saved):
        # saving the dialog unchanged keeps the printed header as it was.
        header = tracker.reports.header()
        self.party = QLineEdit(header.party)
        self.party.setObjectName("report_party")
        self.region = QLineEdit(header.region)
        self.region.setObjectName("report_region")
        self.province = QLineEdit(header.province)
        self.province.setObjectName("report_province")
        self.secretariat = QLineEdit(header.secretariat)
        self.secretariat.setObjectName("report_secretariat")
        header_page = QWidget()
        hf = QFormLayout(header_page)
        intro = QLabel(self.tr("Printed at the top of every report."))
        intro.setWordWrap(True)
        hf.addRow(intro)
        self.errors.add_row(hf, self.tr("Party"), self.party, db_settings.REPORT_PARTY)
        self.errors.add_row(hf, self.tr("Region"), self.region, db_settings.REPORT_REGION)
        self.errors.add_row(hf, self.tr("Province"), self.province, db_settings.REPORT_PROVINCE)
        self.errors.add_row(
            hf, self.tr("Secretariat"), self.secretariat, db_settings.REPORT_SECRETARIAT
        )

        self.lead_days = DaysSpinBox()
        self.lead_days.setObjectName("lead_days")
        self.lead_days.setRange(0, 365)
        self.lead_days.setValue(values[db_settings.REMINDER_LEAD_DAYS])
        self.overdue_every = DaysSpinBox()
        self.overdue_every.setObjectName("overdue_every")
        self.overdue_every.setRange(1, 365)
        self.overdue_every.setValue(values[db_settings.REMINDER_OVERDUE_EVERY])
        rem_page = QWidget()
        rf = QFormLayout(rem_page)
        self.errors.add_row(
            rf,
            self.tr("Remind before the due date"),
            self.lead_days,
            db_settings.REMINDER_LEAD_DAYS,
        )
        self.errors.add_row(
            rf,
            self.tr("While overdue, remind every"),
            self.overdue_every,
            db_settings.REMINDER_OVERDUE_EVERY,
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(ui_page, self.tr("Interface"))
        self.tabs.addTab(self._province_page(), self.tr("Province"))
        self.tabs.addTab(header_page, self.tr("Report header"))
        self.tabs.addTab(rem_page, self.tr("Reminders"))
        buttons = save_cancel_buttons(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.general)
        lay.addWidget(self.tabs)
        lay.addWidget(buttons)
        self.setMinimumWidth(520)
        fit_dialog(self)

    def _province_page(self) -> QWidget:
        """The file's province (its communes are loaded when it is chosen)."""
        page = QWidget()
        pf = QFormLayout(page)
        self.province_name = QLabel()
        self.province_name.setObjectName("province_name")
        self.province_name.setWordWrap(True)
        self.province_button = QPushButton(self.tr("Change…"))
        self.province_button.setObjectName("province_change")
        self.province_button.setAutoDefault(False)
        self.province_button.clicked.connect(self.change_province)
        pf.addRow(self.tr("Province of this file"), self.province_name)
        pf.addRow("", self.province_button)
        note = QLabel(
            self.tr("Its cercles and communes are loaded for fanning directives out to them.")
        )
        note.setWordWrap(True)
        pf.addRow(note)
        self._show_province()
        return page

    def _show_province(self) -> None:
        info = self.tracker.territories.province()
        if info is None:
            self.province_name.setText(self.tr("None chosen yet"))
        else:
            self.province_name.setText(f"{info.name(current_language())} ({info.code})")

    def make_province_dialog(self) -> QDialog:
        from tracker.ui.province_dialog import ProvinceDialog

        info = self.tracker.territories.province()
        return ProvinceDialog(
            self.tracker.territories.provinces(), info.code if info else None, parent=self
        )

    def change_province(self) -> None:
        """Choose the province now (it is saved at once); the header follows it."""
        from tracker.ui.forms import run_modal

        dialog = self.make_province_dialog()
        if not run_modal(dialog) or dialog.chosen() is None:  # type: ignore[attr-defined]
            return
        try:
            self.tracker.territories.set_province(dialog.chosen(), current_language())  # type: ignore[attr-defined]
        except TrackerError as exc:
            self.errors.show_error(exc)
            return
        self.province_changed = True
        lines = self.tracker.territories.header_lines()
        self.province.setText(lines.get(db_settings.REPORT_PROVINCE, self.province.text()))
        self.region.setText(lines.get(db_settings.REPORT_REGION, self.region.text()))
        self._show_province()

    def accept(self) -> None:
        try:
            self.tracker.settings.set_many(
                {
                    db_settings.REPORT_PARTY: self.party.text(),
                    db_settings.REPORT_REGION: self.region.text(),
                    db_settings.REPORT_PROVINCE: self.province.text(),
                    db_settings.REPORT_SECRETARIAT: self.secretariat.text(),
                    db_settings.REMINDER_LEAD_DAYS: self.lead_days.value(),
                    db_settings.REMINDER_OVERDUE_EVERY: self.overdue_every.value(),
                },
            )
        except TrackerError as exc:
            self.errors.show_error(exc)
            return
        lang = self.language.currentData()
        self.language_changed = lang != current_language()
        ui_settings.set_language(lang)
        super().accept()
