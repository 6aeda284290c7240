"""The reminders panel: a dock that always lists what is due soon or overdue.

It only shows and asks; the controller (``tracker.ui.reminders``) acts on the database.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.reminders import ReminderKind
from tracker.services.reminders import SNOOZE_CHOICES, Reminder, ReminderCheck
from tracker.ui.i18n import format_date
from tracker.ui.screen import fit_dialog

ReminderRole = Qt.ItemDataRole.UserRole + 20
OVERDUE_COLOUR = "#b71c1c"
TODAY_COLOUR = "#b26a00"
MAX_ROWS = 500  # a longer list helps nobody and would slow every refresh
FIRST_ROWS = 3  # rows the list shows before the user makes the panel taller
SHORT_SCREEN = 700  # below this the panel starts folded to one line


class RemindersPanel(QDockWidget):
    """Lists reminders; emits what the user asks for (open, done, snooze, dismiss)."""

    open_requested = Signal(int)  # item id
    done_requested = Signal(object)  # Reminder
    snooze_requested = Signal(object, int)  # Reminder, days (0: choose a date)
    dismiss_requested = Signal(object)  # Reminder

    TITLE, OWNER, DUE, WHEN = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Reminders"), parent)
        self.setObjectName("reminders_dock")
        self._shown: list[Reminder] | None = None
        self._fitted = False
        body = QWidget()
        lay = QVBoxLayout(body)
        lay.setContentsMargins(6, 4, 6, 6)

        self.summary = QLabel()
        self.summary.setObjectName("reminders_summary")
        # Beside the buttons: it may be cut on a narrow screen rather than widen the window
        # (the list below says the same, one reminder a line).
        self.summary.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.list = _CompactList()
        self.list.setObjectName("reminders_list")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(
            [self.tr("Action item"), self.tr("Owner"), self.tr("Due date"), self.tr("Reminder")]
        )
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(self.TITLE, QHeaderView.ResizeMode.Stretch)
        for col, width in ((self.OWNER, 220), (self.DUE, 130), (self.WHEN, 170)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.list.setColumnWidth(col, width)
        self.list.itemDoubleClicked.connect(lambda *_: self._emit_open())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        lay.addWidget(self.list, 1)

        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open the item"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.snooze_button = QToolButton()
        self.snooze_button.setText(self.tr("Snooze"))
        self.snooze_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.snooze_menu = QMenu(self.snooze_button)
        labels = {1: self.tr("For 1 day"), 3: self.tr("For 3 days"), 7: self.tr("For 1 week")}
        for days in SNOOZE_CHOICES:
            action = self.snooze_menu.addAction(labels[days])
            action.setData(days)
        self.snooze_menu.addSeparator()
        self.snooze_menu.addAction(self.tr("Until a date…")).setData(0)
        self.snooze_menu.triggered.connect(self._snooze_chosen)
        self.snooze_button.setMenu(self.snooze_menu)
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.open_button.setObjectName("reminder_open")
        self.done_button.setObjectName("reminder_done")
        self.snooze_button.setObjectName("reminder_snooze")
        self.dismiss_button.setObjectName("reminder_dismiss")
        self.open_button.clicked.connect(self._emit_open)
        self.done_button.clicked.connect(lambda: self._emit(self.done_requested))
        self.dismiss_button.clicked.connect(lambda: self._emit(self.dismiss_requested))
        # One line for the summary and the buttons, above a list only as tall as it needs,
        # which folds away (on a short screen it starts folded: the strip alone).
        self.expand_button = QToolButton()
        self.expand_button.setObjectName("reminders_expand")
        self.expand_button.setAutoRaise(True)
        self.expand_button.setCheckable(True)
        self.expand_button.setToolTip(self.tr("Reminders"))
        self.expand_button.toggled.connect(self.set_expanded)
        row.addWidget(self.expand_button)
        row.addWidget(self.summary, 1)
        for button in (self.open_button, self.done_button, self.snooze_button):
            row.addWidget(button)
        row.addWidget(self.dismiss_button)
        lay.insertLayout(0, row)
        self.setWidget(body)
        self._update_buttons()
        screen = self.screen()
        short = screen is not None and screen.availableGeometry().height() < SHORT_SCREEN
        self.expand_button.setChecked(not short)
        self.set_expanded(not short)

    def set_expanded(self, on: bool) -> None:
        """Show the list, or fold the panel to its one-line strip."""
        self.expand_button.setChecked(on)
        self.expand_button.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.UpArrow)
        self.list.setVisible(on)
        if self._fitted:
            QTimer.singleShot(0, self.fit_height)

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._fitted:  # once: then the height is the user's (and remembered)
            self._fitted = True
            QTimer.singleShot(0, self.fit_height)

    def fit_height(self) -> None:
        """Make the dock as tall as its few first rows (not a fixed share of the window)."""
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and not self.isFloating():
            chrome = max(0, self.height() - self.widget().height())  # the dock's title bar
            height = self.widget().sizeHint().height() + chrome
            window.resizeDocks([self], [height], Qt.Orientation.Vertical)

    # -- showing --------------------------------------------------------------------
    def set_check(self, check: ReminderCheck) -> None:
        """List ``check.reminders`` (keeping the selected one selected if it is still there)."""
        if check.reminders is self._shown:
            return  # the same answer as last time (nothing changed): keep the list as it is
        self._shown = check.reminders
        keep = self.selected()
        self.list.clear()
        select: QTreeWidgetItem | None = None
        for rem in check.reminders[:MAX_ROWS]:
            node = QTreeWidgetItem(
                self.list,
                [rem.title, rem.owner_name, format_date(rem.due_on), self.when_text(rem)],
            )
            node.setData(0, ReminderRole, rem)
            node.setToolTip(self.TITLE, f"{rem.title}\n{rem.meeting_title}")
            node.setToolTip(self.OWNER, rem.owner_name)
            colour = OVERDUE_COLOUR if rem.overdue else TODAY_COLOUR if rem.days_late == 0 else ""
            if colour:
                node.setForeground(self.WHEN, QBrush(QColor(colour)))
                node.setForeground(self.DUE, QBrush(QColor(colour)))
            if keep is not None and rem.occurrence == keep.occurrence:
                select = node
        if len(check.reminders) > MAX_ROWS:
            self.summary.setText(
                self.summary_text(check)
                + " · "
                + self.tr("showing the first %1 of %2 reminders")
                .replace("%1", str(MAX_ROWS))
                .replace("%2", str(len(check.reminders)))
            )
        elif check.reminders:
            self.summary.setText(self.summary_text(check))
        else:
            self.summary.setText(self.tr("No reminders: nothing is due or overdue."))
        self.summary.setToolTip(self.summary_tip())
        self.list.updateGeometry()
        if select is None and self.list.topLevelItemCount():
            select = self.list.topLevelItem(0)
        if select is not None:
            self.list.setCurrentItem(select)
        self._update_buttons()

    def summary_tip(self) -> str:
        """What the summary counts, said once (the navigation's Overdue view counts more)."""
        return self.tr(
            "Counts the reminders: postponed items are not reminded (the secretariat chose "
            "to wait), so the Overdue view, which counts them, may show more."
        )

    def summary_text(self, check: ReminderCheck) -> str:
        parts = [self.tr("%n overdue item(s)", "", check.overdue_items)]
        parts.append(self.tr("%n item(s) due soon", "", check.due_items))
        return " · ".join(parts)

    def when_text(self, rem: Reminder) -> str:
        """ "Overdue by 5 days", "Due today", "Due in 3 days" in the interface language."""
        if rem.days_late > 0:
            return self.tr("Overdue by %n day(s)", "", rem.days_late)
        if rem.days_late == 0 or rem.kind is ReminderKind.DUE:
            return self.tr("Due today")
        return self.tr("Due in %n day(s)", "", -rem.days_late)

    def reminders(self) -> list[Reminder]:
        return [
            self.list.topLevelItem(i).data(0, ReminderRole)
            for i in range(self.list.topLevelItemCount())
        ]

    def selected(self) -> Reminder | None:
        node = self.list.currentItem()
        return None if node is None else node.data(0, ReminderRole)

    def select_item(self, item_id: int) -> bool:
        for i in range(self.list.topLevelItemCount()):
            node = self.list.topLevelItem(i)
            if node.data(0, ReminderRole).item_id == item_id:
                self.list.setCurrentItem(node)
                return True
        return False

    # -- asking ---------------------------------------------------------------------
    def _update_buttons(self) -> None:
        enabled = self.selected() is not None
        for button in (self.open_button, self.done_button, self.snooze_button, self.dismiss_button):
            button.setEnabled(enabled)

    def _emit(self, signal: Signal) -> None:  # type: ignore[type-arg]
        rem = self.selected()
        if rem is not None:
            signal.emit(rem)  # type: ignore[attr-defined]

    def _emit_open(self) -> None:
        rem = self.selected()
        if rem is not None:
            self.open_requested.emit(rem.item_id)

    def _snooze_chosen(self, action) -> None:  # type: ignore[no-untyped-def]
        rem = self.selected()
        if rem is not None:
            self.snooze_requested.emit(rem, int(action.data()))


class _CompactList(QTreeWidget):
    """A list as tall as a few rows at first (the table keeps the room), never taller than
    all its rows: the dock takes little room when it has little to say."""

    def _rows_height(self, rows: int) -> int:
        row = (
            self.sizeHintForRow(0) if self.topLevelItemCount() else self.fontMetrics().height() + 8
        )
        return self.header().sizeHint().height() + max(1, rows) * row + 2 * self.frameWidth() + 2

    def sizeHint(self) -> QSize:
        small = self.screen() is not None and self.screen().availableGeometry().height() < 900
        rows = min(self.topLevelItemCount(), FIRST_ROWS - 1 if small else FIRST_ROWS)
        return QSize(super().sizeHint().width(), self._rows_height(rows))

    def updateGeometry(self) -> None:
        self.setMaximumHeight(max(self._rows_height(self.topLevelItemCount()), 60))
        super().updateGeometry()


class SnoozeDateDialog(QDialog):
    """Choose the day a snoozed reminder comes back (after today)."""

    def __init__(self, minimum: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("Remind me again on:")))
        self.date_edit = QDateEdit()
        self.date_edit.setObjectName("snooze_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("d MMMM yyyy")
        self.date_edit.setMinimumDate(QDate(minimum.year, minimum.month, minimum.day))
        self.date_edit.setDate(QDate(minimum.year, minimum.month, minimum.day))
        lay.addWidget(self.date_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        fit_dialog(self, scroll=False)

    def chosen(self) -> date:
        return self.date_edit.date().toPython()  # type: ignore[no-any-return]


def ask_snooze_date(parent: QWidget | None, minimum: date) -> date | None:
    """Ask for a date on or after ``minimum``; None if the user cancels."""
    dialog = SnoozeDateDialog(minimum, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
