"""The selected item: its fields, its progress history, and a form to record progress."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import OVERDUE_LABEL, Status
from tracker.domain.errors import InvalidInput, TrackerError
from tracker.ui import settings as ui_settings
from tracker.ui.forms import ErrorLabel, FieldErrors
from tracker.ui.i18n import current_language, format_date, format_datetime
from tracker.ui.item_model import STATUS_COLOURS
from tracker.ui.text_format import format_percent, format_resolution

if TYPE_CHECKING:
    from tracker.services.core import Tracker


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class DetailPane(QWidget):
    changed = Signal(int)  # a progress update was recorded for this item
    edit_requested = Signal()
    restore_requested = Signal()

    def __init__(
        self, tracker: Tracker | None, today: Callable[[], date], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detail")
        self.tracker = tracker
        self.today = today
        self.item_id: int | None = None

        self.empty = QLabel(self.tr("Select an action item to see its follow-up."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title = QLabel()
        self.title.setObjectName("detail_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 2)
        font.setBold(True)
        self.title.setFont(font)
        # What a follow-up needs first (who, by when, where it stands), then the form to
        # record progress, then the context: on a laptop screen the form is in sight.
        self.fields: dict[str, QLabel] = {}
        info = QFormLayout()
        info.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        context = QFormLayout()
        context.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for form, key, label in (
            (info, "owner", self.tr("Owner")),
            (info, "due", self.tr("Due date")),
            (info, "status", self.tr("Status")),
            (context, "meeting", self.tr("Meeting")),
            (context, "resolution", self.tr("Resolution")),
            (context, "priority", self.tr("Priority")),
            (context, "recurrence", self.tr("Repeats")),
            (context, "details", self.tr("Details")),
        ):
            self.fields[key] = _value_label()
            form.addRow(label, self.fields[key])
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.restore_button = QPushButton(self.tr("Restore from the trash"))
        self.restore_button.setObjectName("detail_restore")
        # A trashed item: a line saying so and the way back, under its title, in sight.
        self.trash_box = QFrame()
        self.trash_box.setObjectName("detail_trash")
        self.trash_box.setFrameShape(QFrame.Shape.StyledPanel)
        trash_note = QLabel(self.tr("This item is in the trash."))
        trash_note.setWordWrap(True)
        tl = QVBoxLayout(self.trash_box)  # the note above its button: a narrow pane fits
        tl.addWidget(trash_note)
        tl.addWidget(self.restore_button, 0, Qt.AlignmentFlag.AlignLeading)

        # A fanned-out directive: its progress is its communes', recorded on their items.
        self.rollup_note = QLabel(
            self.tr("Its status and progress come from the items of its communes.")
        )
        self.rollup_note.setObjectName("detail_rollup")
        self.rollup_note.setWordWrap(True)

        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)
        self.history.setAlternatingRowColors(True)

        self.new_status = QComboBox()
        self.new_status.setObjectName("new_status")
        self.new_status.setMinimumContentsLength(6)
        self.new_status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for s in Status:
            self.new_status.addItem(s.label(current_language()), s.value)
        self.new_progress = QSpinBox()
        self.new_progress.setObjectName("new_progress")
        self.new_progress.setRange(0, 100)
        self.new_progress.setSuffix("%")  # "65%", never "% 65" in Arabic
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("What was done, what blocks"))
        self.reported_by = QLineEdit(ui_settings.last_reporter())
        self.reported_by.setObjectName("reported_by")
        self.reported_by.setPlaceholderText(self.tr("Who reported this progress (name or body)"))
        self.record_button = QPushButton(self.tr("Record progress"))
        self.record_button.setObjectName("record")
        self.form_general = ErrorLabel()
        self.form_errors = FieldErrors(self.form_general)
        self.update_box = QGroupBox(self.tr("New progress update"))
        uf = QFormLayout(self.update_box)
        # On a netbook the labels go above their fields rather than widen the pane.
        uf.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        uf.addRow(self.form_general)
        sp = QWidget()
        sl = QHBoxLayout(sp)
        sl.setContentsMargins(0, 0, 0, 0)
        sl.addWidget(self.new_status, 1)
        sl.addWidget(self.new_progress)
        self.form_errors.add_row(uf, self.tr("Status"), sp, "status", "progress")
        self.form_errors.widgets["progress"] = self.new_progress
        self.form_errors.add_row(uf, self.tr("Note"), self.note, "note")
        self.form_errors.add_row(uf, self.tr("Reported by"), self.reported_by, "reported_by")
        uf.addRow(self.record_button)  # across the form: it does not widen the pane

        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(6, 0, 6, 0)
        lay.addWidget(self.title)
        lay.addWidget(self.trash_box)
        lay.addLayout(info)
        lay.addWidget(self.rollup_note)
        lay.addWidget(self.update_box)
        # The history right under the form that adds to it, the context below.
        history_title = QLabel(self.tr("Progress history"))
        history_title.setFont(font)
        lay.addWidget(history_title)
        lay.addWidget(self.history, 1)
        lay.addLayout(context)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        lay.addLayout(buttons)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(page)
        self.history.setMinimumHeight(120)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        # Never narrower than the form: the splitter must not cut the Record button off.
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        self.setMinimumWidth(max(240, page.minimumSizeHint().width() + bar + 4))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.new_status.currentIndexChanged.connect(self._status_changed)
        self.record_button.clicked.connect(self.record)
        self.note.returnPressed.connect(self.record)
        self.edit_button.clicked.connect(self.edit_requested)
        self.restore_button.clicked.connect(self.restore_requested)

    def _status_changed(self, *_args: object) -> None:
        if self.new_status.currentData() == Status.DONE.value:
            self.new_progress.setValue(100)

    def attach(self, tracker: Tracker) -> None:
        self.tracker = tracker

    def show_item(self, item_id: int | None) -> None:
        self.item_id = item_id
        self.form_errors.clear()
        if item_id is None or self.tracker is None:
            self.item_id = None
            self.stack.setCurrentIndex(0)
            return
        try:
            d = self.tracker.items.detail(item_id)
        except TrackerError:
            self.item_id = None
            self.stack.setCurrentIndex(0)
            return
        lang = current_language()
        it = d.item
        self.title.setText(it.title)
        self.fields["meeting"].setText(
            f"{d.meeting.title} ({_isolate(format_date(d.meeting.held_on))})"
        )
        self.fields["resolution"].setText(
            format_resolution(d.resolution.ordinal, d.resolution.text) if d.resolution else "—"
        )
        self.fields["owner"].setText(d.owner.name)
        due = format_date(it.due_on) if it.due_on else self.tr("No due date")
        overdue = it.due_on is not None and it.due_on < self.today() and not it.status.is_closed
        if overdue:
            due = f"{due} · {OVERDUE_LABEL[lang]}"
        self.fields["due"].setText(due)
        self.fields["due"].setStyleSheet("color: #b71c1c; font-weight: bold;" if overdue else "")
        status = f"{it.status.label(lang)} — {format_percent(it.progress)}"
        if it.rollup_total is not None:
            figure = self.tr("%1 of %2 communes done").replace("%1", str(it.rollup_done or 0))
            status += f" · {figure.replace('%2', str(it.rollup_total))}"
        self.fields["status"].setText(status)
        self.fields["status"].setStyleSheet(f"color: {STATUS_COLOURS[it.status]};")
        self.fields["priority"].setText(it.priority.label(lang))
        self.fields["recurrence"].setText(
            {
                "": self.tr("No"),
                "FREQ=WEEKLY": self.tr("Weekly"),
                "FREQ=MONTHLY": self.tr("Monthly"),
            }.get(it.recurrence, it.recurrence)
        )
        self.fields["details"].setText(it.details or "—")
        self.history.clear()
        reviewed = {u.meeting_id for u in d.history if u.meeting_id is not None}
        held = {m.id: m.held_on for m in self.tracker.meetings.headers()} if reviewed else {}
        for u in d.history:
            when, state = format_datetime(u.recorded_at), u.status.label(lang)
            lines = [f"{when} — {state} {format_percent(u.progress)}"]
            if u.note:
                lines.append(u.note)
            if u.reported_by:
                lines.append(self.tr("Reported by: %1").replace("%1", u.reported_by))
            if u.meeting_id in held:  # decided while going round the table
                lines.append(
                    self.tr("Reviewed at the meeting of %1").replace(
                        "%1", format_date(held[u.meeting_id])
                    )
                )
            entry = QListWidgetItem("\n".join(lines))
            self.history.addItem(entry)
        if not d.history:
            self.history.addItem(self.tr("No progress recorded yet."))
        trashed = it.deleted_at is not None
        rollup = it.rollup_total is not None
        self.rollup_note.setVisible(rollup)
        self.update_box.setVisible(not trashed and not rollup)  # no progress on a trashed item
        self.update_box.setEnabled(not trashed and not rollup)
        self.edit_button.setVisible(not trashed)
        self.trash_box.setVisible(trashed)
        self.new_status.blockSignals(True)
        self.new_status.setCurrentIndex(self.new_status.findData(it.status.value))
        self.new_status.blockSignals(False)
        self.new_progress.setValue(it.progress)
        self.stack.setCurrentIndex(1)

    def record(self) -> None:
        """Record the form as a progress update of the shown item."""
        if self.item_id is None or self.tracker is None:
            return
        status = Status(self.new_status.currentData())
        progress = self.new_progress.value()
        if status is Status.DONE and progress != 100:
            self.form_errors.show({"progress": InvalidInput("done_needs_100")})
            return
        data = {
            "status": status,
            "progress": progress,
            "note": self.note.text(),
            "reported_by": self.reported_by.text(),
        }
        try:
            self.tracker.items.record_progress(self.item_id, data)
        except TrackerError as exc:
            self.form_errors.show_error(exc)
            return
        ui_settings.set_last_reporter(self.reported_by.text().strip())
        self.note.clear()
        self.changed.emit(self.item_id)


def _isolate(text: str) -> str:
    """Keep ``text`` (a date) in one piece beside text of the other direction (a French date
    after an Arabic meeting title): a first-strong isolate, U+2068 … U+2069."""
    return f"\u2068{text}\u2069"
