"""Create or edit one action item."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.dates import Unit, relative_due
from tracker.domain.enums import Priority, Status
from tracker.domain.errors import InvalidInput, TrackerError
from tracker.services.core import Tracker
from tracker.ui.date_edit import DateEdit
from tracker.ui.days_spin import DaysSpinBox, days_before_text
from tracker.ui.forms import ErrorLabel, FieldErrors, ask_yes_no, run_modal, save_cancel_buttons
from tracker.ui.i18n import current_language, format_date
from tracker.ui.screen import fit_dialog
from tracker.ui.text_format import format_resolution

RECURRENCES = ("", "FREQ=WEEKLY", "FREQ=MONTHLY")


class ItemDialog(QDialog):
    """Fields of an action item. ``accept()`` validates and saves; on an error it shows the
    message beside the field and saves nothing. ``saved_id`` is the item's id afterwards."""

    def __init__(
        self,
        tracker: Tracker,
        item_id: int | None = None,
        *,
        meeting_id: int | None = None,
        owner_id: int | None = None,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
        ask: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.today = today
        self._ask = ask  # the window's confirm(), when it opened this dialog
        self.item_id = item_id
        self.saved_id: int | None = None
        self._loaded_due: date | None = None  # an edit warns only when the date changes
        self.setWindowTitle(self.tr("Edit action item") if item_id else self.tr("New action item"))
        lang = current_language()

        self.title = QLineEdit()
        self.title.setObjectName("title")
        self.details = QPlainTextEdit()
        self.details.setTabChangesFocus(True)
        self.details.setMaximumHeight(80)
        self.meeting = QComboBox()
        self.meeting.setObjectName("meeting")
        self.resolution = QComboBox()
        self.resolution.setObjectName("resolution")
        self.resolution.setMinimumContentsLength(30)
        self.resolution.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.owner = QComboBox()
        self.owner.setObjectName("owner")
        self.owner.setEditable(False)
        self.add_owner_button = QToolButton()
        self.add_owner_button.setText(self.tr("New owner…"))
        self.add_owner_button.setObjectName("add_owner")
        self.due = DateEdit(optional=True, none_text=self.tr("No due date"))
        self.due.setObjectName("due")
        # Shortcuts count from today (a due date in the past helps no one).
        self.week_button = QPushButton(self.tr("In a week"))
        self.week_button.setObjectName("due_week")
        self.month_button = QPushButton(self.tr("In a month"))
        self.month_button.setObjectName("due_month")
        self.quarter_button = QPushButton(self.tr("In three months"))
        self.quarter_button.setObjectName("due_quarter")
        self.status = QComboBox()
        self.status.setObjectName("status")
        for s in Status:
            self.status.addItem(s.label(lang), s.value)
        self.progress = QSpinBox()
        self.progress.setObjectName("progress")
        self.progress.setRange(0, 100)
        self.progress.setSuffix("%")  # "65%", never "% 65" in Arabic
        self.priority = QComboBox()
        for p in Priority:
            self.priority.addItem(p.label(lang), p.value)
        self.priority.setCurrentIndex(self.priority.findData(Priority.NORMAL.value))
        self.recurrence = QComboBox()
        self.recurrence.setObjectName("recurrence")
        for rule, label in zip(
            RECURRENCES, (self.tr("None"), self.tr("Weekly"), self.tr("Monthly")), strict=True
        ):
            self.recurrence.addItem(label, rule)
        self.remind = DaysSpinBox(days_before_text)
        self.remind.setObjectName("remind")
        self.remind.setRange(-1, 365)
        self.remind.setSpecialValueText(self.tr("Default (from the settings)"))
        self.remind.setValue(-1)

        self.general = ErrorLabel()
        self.errors = FieldErrors(self.general)
        form = QFormLayout()
        form.addRow(self.general)
        self.errors.add_row(form, self.tr("Title"), self.title, "title")
        self.errors.add_row(form, self.tr("Meeting"), self.meeting, "meeting_id")
        self.errors.add_row(form, self.tr("Resolution"), self.resolution, "resolution_id")
        owner_row = QWidget()
        ol = QHBoxLayout(owner_row)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(self.owner, 1)
        ol.addWidget(self.add_owner_button)
        self.errors.add_row(form, self.tr("Owner"), owner_row, "owner_id")
        self.errors.widgets["owner_id"] = self.owner
        due_row = QWidget()
        dl = QHBoxLayout(due_row)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addWidget(self.due, 1)
        for b in (self.week_button, self.month_button, self.quarter_button):
            b.setToolTip(self.tr("Due date counted from today"))
            dl.addWidget(b)
        self.clear_due_button = QToolButton()
        self.clear_due_button.setText("✕")
        self.clear_due_button.setToolTip(self.tr("No due date"))
        self.clear_due_button.clicked.connect(self.due.clear_value)
        dl.addWidget(self.clear_due_button)
        self.errors.add_row(form, self.tr("Due date"), due_row, "due_on")
        self.errors.widgets["due_on"] = self.due
        status_row = QWidget()
        sl = QHBoxLayout(status_row)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.status, 1)
        sl.addWidget(self.progress)
        self.errors.add_row(form, self.tr("Status and progress"), status_row, "status", "progress")
        self.errors.widgets["progress"] = self.progress
        self.errors.add_row(form, self.tr("Priority"), self.priority, "priority")
        self.errors.add_row(form, self.tr("Repeats"), self.recurrence, "recurrence")
        self.errors.add_row(form, self.tr("Reminder"), self.remind, "remind_days_before")
        self.errors.add_row(form, self.tr("Details"), self.details, "details")

        buttons = save_cancel_buttons(self)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(buttons)
        self.setMinimumWidth(640)
        fit_dialog(self)

        self.meeting.currentIndexChanged.connect(self._meeting_changed)
        self.status.currentIndexChanged.connect(self._status_changed)
        self.week_button.clicked.connect(lambda: self.set_relative_due(1, Unit.WEEKS))
        self.month_button.clicked.connect(lambda: self.set_relative_due(1, Unit.MONTHS))
        self.quarter_button.clicked.connect(lambda: self.set_relative_due(3, Unit.MONTHS))
        self.add_owner_button.clicked.connect(self.quick_add_owner)

        self._meeting_dates: dict[int, date] = {}
        for m in tracker.meetings.list():
            self.meeting.addItem(f"{format_date(m.held_on)} — {m.title}", m.id)
            self._meeting_dates[m.id] = m.held_on
        self._load_owners(owner_id)
        if item_id is not None:
            self._load(item_id)
        else:
            if meeting_id is not None:
                self.meeting.setCurrentIndex(max(0, self.meeting.findData(meeting_id)))
            self._meeting_changed()
        self.title.setFocus()

    # -- loading ------------------------------------------------------------------------
    def _load_owners(self, select_id: int | None) -> None:
        self.owner.clear()
        self.owner.addItem(self.tr("— choose the owner —"), None)
        for o in self.tracker.owners.list():
            if o.active or o.id == select_id:
                self.owner.addItem(o.name, o.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(select_id)))

    def _load(self, item_id: int) -> None:
        d = self.tracker.items.detail(item_id)
        it = d.item
        self.title.setText(it.title)
        self.details.setPlainText(it.details)
        self.meeting.blockSignals(True)
        self.meeting.setCurrentIndex(max(0, self.meeting.findData(it.meeting_id)))
        self.meeting.blockSignals(False)
        self._meeting_changed()
        self.resolution.setCurrentIndex(max(0, self.resolution.findData(it.resolution_id)))
        self._load_owners(it.owner_id)
        self.due.set_value(it.due_on)
        self._loaded_due = it.due_on
        self.status.blockSignals(True)
        self.status.setCurrentIndex(self.status.findData(it.status.value))
        self.status.blockSignals(False)
        self.progress.setValue(it.progress)
        if it.rollup_total is not None:  # a fanned-out directive: its communes' items decide
            note = self.tr("Its status and progress come from the items of its communes.")
            for widget in (self.status, self.progress):
                widget.setEnabled(False)
                widget.setToolTip(note)
        self.priority.setCurrentIndex(self.priority.findData(it.priority.value))
        rule = it.recurrence or ""
        if self.recurrence.findData(rule) < 0:
            self.recurrence.addItem(rule, rule)
        self.recurrence.setCurrentIndex(self.recurrence.findData(rule))
        self.remind.setValue(-1 if it.remind_days_before is None else it.remind_days_before)

    def _meeting_changed(self, *_args: object) -> None:
        self.resolution.clear()
        self.resolution.addItem(self.tr("(the meeting as a whole)"), None)
        meeting_id = self.meeting.currentData()
        if meeting_id is None:
            return
        for r in self.tracker.meetings.resolutions(meeting_id):
            text = r.text if len(r.text) <= 90 else r.text[:89] + "…"
            self.resolution.addItem(format_resolution(r.ordinal, text), r.id)
            self.resolution.setItemData(
                self.resolution.count() - 1, r.text, Qt.ItemDataRole.ToolTipRole
            )
        held_on = self.meeting_date()
        if held_on is not None:
            self.due.start_date = held_on

    def meeting_date(self) -> date | None:
        return self._meeting_dates.get(self.meeting.currentData())

    # -- behaviour ----------------------------------------------------------------------
    def _status_changed(self, *_args: object) -> None:
        if self.status.currentData() == Status.DONE.value:
            self.progress.setValue(100)

    def set_relative_due(self, amount: int, unit: Unit) -> None:
        """The due date ``amount`` weeks or months from today."""
        self.due.set_value(relative_due(self.today(), amount, unit))

    def _due_question(self, data: dict[str, object]) -> str:
        """What to ask before saving this due date ("" when nothing): a date before the
        meeting, or a date already past for an open item (overdue the moment it is saved)."""
        due, held_on = data["due_on"], self.meeting_date()
        if not isinstance(due, date):
            return ""
        if held_on is not None and due < held_on:
            return (
                self.tr("The due date (%1) is before the meeting date (%2). Save anyway?")
                .replace("%1", format_date(due))
                .replace("%2", format_date(held_on))
            )
        status = Status(data["status"])
        changed = self.item_id is None or due != self._loaded_due
        if changed and not status.is_closed and due < self.today():
            return self.tr(
                "The due date (%1) is already past: the item will be overdue as soon as it "
                "is saved. Save anyway?"
            ).replace("%1", format_date(due))
        return ""

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Run a sub-dialog modally (tests replace this)."""
        return run_modal(dialog)

    def confirm(self, question: str) -> bool:
        """Ask a yes/no question: through the window's ``confirm`` when it opened this
        dialog (tests replace either)."""
        if self._ask is not None:
            return self._ask(question)
        return ask_yes_no(self, self.windowTitle(), question)

    def quick_add_owner(self) -> None:
        from tracker.ui.owner_dialog import OwnerEditDialog

        dialog = OwnerEditDialog(self.tracker, parent=self)
        if self.exec_dialog(dialog) and dialog.saved is not None:
            self._load_owners(dialog.saved.id)

    def data(self) -> dict[str, object]:
        remind = self.remind.value()
        return {
            "title": self.title.text(),
            "details": self.details.toPlainText(),
            "meeting_id": self.meeting.currentData(),
            "resolution_id": self.resolution.currentData(),
            "owner_id": self.owner.currentData(),
            "due_on": self.due.value(),
            "status": Status(self.status.currentData()),
            "progress": self.progress.value(),
            "priority": Priority(self.priority.currentData()),
            "recurrence": self.recurrence.currentData() or "",
            "remind_days_before": None if remind < 0 else remind,
        }

    def accept(self) -> None:
        data = self.data()
        missing: dict[str, TrackerError] = {}
        if not str(data["title"]).strip():
            missing["title"] = InvalidInput("required", field="title")
        if data["meeting_id"] is None:
            missing["meeting_id"] = InvalidInput("required", field="meeting_id")
        if data["owner_id"] is None:
            missing["owner_id"] = InvalidInput("required", field="owner")
        if data["status"] is Status.DONE and data["progress"] != 100:
            missing["progress"] = InvalidInput("done_needs_100")
        if missing:
            self.errors.show(missing)
            return
        question = self._due_question(data)
        if question and not self.confirm(question):
            self.errors.widgets["due_on"].setFocus()
            return
        try:
            if self.item_id is None:
                self.saved_id = self.tracker.items.create(data).id
            else:
                self.tracker.items.update(self.item_id, data)
                self.saved_id = self.item_id
        except TrackerError as exc:
            self.errors.show_error(exc)
            return
        super().accept()
