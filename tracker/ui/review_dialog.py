"""Review mode (issue 16): the follow-up agenda walked one item at a time during a meeting,
keyboard first.

Keys (shown on the buttons): 1–6 (or Alt+1–6 while typing) choose the status, the percent
and the note are typed, Enter records the decision and goes on, Page Down skips, Page Up
goes back, F3 postpones with a new due date, F4 marks the item for discussion, F11 switches
large print and high contrast (for a projector), Esc pauses: the dialog closes, nothing
asked, and the review resumes at the same place next time (the place is kept in the file,
per meeting, by the core). Each decision is a progress update tied to the meeting.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Status
from tracker.domain.errors import InvalidInput, TrackerError
from tracker.services.agenda import AgendaItem
from tracker.services.core import Tracker
from tracker.services.review import ReviewSession
from tracker.ui.forms import ErrorLabel
from tracker.ui.i18n import current_language, format_date
from tracker.ui.review_widgets import LARGE_PRINT, NORMAL, ask_date, suggested_date
from tracker.ui.screen import fit_dialog
from tracker.ui.text_format import FSI, PDI, format_percent, format_resolution

STATUS_KEYS = list(Status)  # 1: not started … 6: cancelled, the order of the enum


class ReviewDialog(QDialog):
    """Walks the agenda of ``meeting_id``; ``changed`` after every decision recorded."""

    changed = Signal()

    def __init__(
        self,
        tracker: Tracker,
        meeting_id: int,
        today: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("review")
        self.tracker = tracker
        self.meeting_id = meeting_id
        self.today = today
        self.ask_date: Callable[[date], date | None] = lambda d: ask_date(self, d)
        self.session: ReviewSession = tracker.review.session(meeting_id, today())
        self.index: int | None = self.session.next_index()
        meeting = self.session.meeting
        self.setWindowTitle(
            self.tr("Review the open items — %1").replace(
                "%1", f"{meeting.title} ({format_date(meeting.held_on)})"
            )
        )
        self._build()
        self.large.setChecked(self.session.large_print)
        self._apply_look()
        self._show()
        fit_dialog(self, (1000, 640), scroll=False)

    # -- the widgets --------------------------------------------------------------------
    def _build(self) -> None:
        self.position = QLabel()
        self.position.setObjectName("review_position")
        self.context = QLabel()
        self.context.setObjectName("review_context")
        self.context.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("review_title")
        self.title.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("review_facts")
        self.facts.setWordWrap(True)
        self.late = QLabel()
        self.late.setObjectName("review_late")
        self.discuss_badge = QLabel(self.tr("For discussion"))
        self.discuss_badge.setObjectName("review_discuss")
        self.latest_note = QLabel()
        self.latest_note.setObjectName("review_latest_note")
        self.latest_note.setWordWrap(True)

        self.status_group = QButtonGroup(self)
        self.status_group.setExclusive(True)
        statuses = QGridLayout()
        lang = current_language()
        for n, status in enumerate(STATUS_KEYS, start=1):
            button = QPushButton(f"{n}  {status.label(lang)}")
            button.setObjectName(f"review_status_{status.value}")
            button.setCheckable(True)
            button.setAutoDefault(False)
            self.status_group.addButton(button, n)
            statuses.addWidget(button, 0 if n <= 3 else 1, (n - 1) % 3)
            for seq in (str(n), f"Alt+{n}"):
                QShortcut(QKeySequence(seq), self, lambda n=n: self.choose_status(n))
        self.status_group.idClicked.connect(self.choose_status)

        self.percent = QSpinBox()
        self.percent.setObjectName("review_percent")
        self.percent.setRange(0, 100)
        self.percent.setSuffix("%")
        self.percent.setMinimumWidth(110)
        self.percent.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.note = QLineEdit()
        self.note.setObjectName("review_note")
        self.note.setPlaceholderText(self.tr("The decision, what was said"))
        form = QFormLayout()
        form.addRow(self.tr("Progress"), self.percent)
        form.addRow(self.tr("Note"), self.note)
        self.error = ErrorLabel()

        def button(text: str, key: str, slot: Callable[[], object], name: str) -> QPushButton:
            b = QPushButton(
                f"{text}  ({QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            b.setObjectName(name)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _checked=False: slot())
            QShortcut(QKeySequence(key), self, slot)
            return b

        self.record_button = QPushButton(self.tr("Record and go on  (Enter)"))
        self.record_button.setObjectName("review_record")
        self.record_button.setDefault(True)  # Enter, from any field
        self.record_button.clicked.connect(self.record)
        self.skip_button = button(self.tr("Skip"), "PgDown", self.skip, "review_skip")
        self.back_button = button(self.tr("Previous"), "PgUp", self.back, "review_back")
        self.postpone_button = button(self.tr("Postpone…"), "F3", self.postpone, "review_postpone")
        self.discuss_button = button(
            self.tr("For discussion"), "F4", self.mark_for_discussion, "review_mark_discuss"
        )
        self.large = QPushButton(self.tr("Large print  (F11)"))
        self.large.setObjectName("review_large")
        self.large.setCheckable(True)
        self.large.setAutoDefault(False)
        self.large.toggled.connect(self._large_toggled)
        QShortcut(QKeySequence("F11"), self, self.large.toggle)
        self.pause_button = QPushButton(self.tr("Pause  (Esc)"))
        self.pause_button.setObjectName("review_pause")
        self.pause_button.setAutoDefault(False)
        self.pause_button.clicked.connect(self.reject)

        actions = QHBoxLayout()
        for b in (self.record_button, self.skip_button, self.postpone_button, self.discuss_button):
            actions.addWidget(b)
        tools = QHBoxLayout()
        for b in (self.back_button, self.large):
            tools.addWidget(b)
        tools.addStretch(1)
        tools.addWidget(self.pause_button)

        item_page = QWidget()
        lay = QVBoxLayout(item_page)
        head = QHBoxLayout()
        head.addWidget(self.position)
        head.addStretch(1)
        head.addWidget(self.discuss_badge)
        lay.addLayout(head)
        lay.addWidget(self.context)
        lay.addWidget(self.title)
        lay.addWidget(self.facts)
        lay.addWidget(self.late)
        lay.addWidget(self.latest_note)
        lay.addLayout(statuses)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addStretch(1)
        # The item scrolls (large print on a small screen); the keys' buttons stay in sight.
        self.scroll = scroll = QScrollArea()
        scroll.setObjectName("review_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(item_page)

        self.done_label = QLabel()
        self.done_label.setObjectName("review_done")
        self.done_label.setWordWrap(True)
        self.done_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(self.done_label)
        outer = QVBoxLayout(self)
        outer.addWidget(self.stack, 1)
        outer.addLayout(actions)
        outer.addLayout(tools)

    # -- what is shown ------------------------------------------------------------------
    @property
    def current(self) -> AgendaItem | None:
        if self.index is None or not 0 <= self.index < len(self.session.items):
            return None
        return self.session.items[self.index]

    def _show(self) -> None:
        self.error.show_message("")
        item = self.current
        if item is None:
            self._show_end()
            return
        self.stack.setCurrentIndex(0)
        for b in (self.record_button, self.skip_button, self.postpone_button, self.discuss_button):
            b.setEnabled(True)
        total = len(self.session.items)
        self.position.setText(
            self.tr("Item %1 of %2").replace("%1", str(self.index + 1)).replace("%2", str(total))
        )
        where = f"{format_date(item.meeting_held_on)} — {FSI}{item.meeting_title}{PDI}"
        if item.resolution_ordinal is not None:
            where += "\n" + format_resolution(item.resolution_ordinal, item.resolution_text or "")
        self.context.setText(where)
        self.title.setText(item.title)
        lang = current_language()
        due = format_date(item.due_on) if item.due_on else self.tr("no due date")
        owner, due_label, status = self.tr("Owner:"), self.tr("Due:"), self.tr("Status:")
        facts = [
            f"{owner} {FSI}{item.owner_name}{PDI}",
            f"{due_label} {due}",
            f"{status} {item.status.label(lang)} — {format_percent(item.progress)}",
        ]
        if item.rollup is not None:
            facts.append(
                self.tr("%1 of %2 done")
                .replace("%1", str(item.rollup.done))
                .replace("%2", str(item.rollup.total))
            )
        self.facts.setText("   ·   ".join(facts))
        self.late.setText(
            self.tr("Overdue by %n day(s)", "", item.days_late) if item.overdue else ""
        )
        self.late.setVisible(item.overdue)
        latest = self.tr("Latest note:")
        self.latest_note.setText(f"{latest} {item.latest_note}" if item.latest_note else "")
        self.latest_note.setVisible(bool(item.latest_note))
        self.discuss_badge.setVisible(item.id in self.session.place.discuss)
        self._set_status(STATUS_KEYS.index(item.status) + 1)
        self.percent.setValue(item.progress)
        self.note.clear()
        self._focus(self.status_group.button(STATUS_KEYS.index(item.status) + 1))

    def _show_end(self) -> None:
        self.stack.setCurrentIndex(1)
        self.position.setText("")
        reviewed = len(self.session.place.handled)
        self.done_label.setText(
            self.tr("Every item of the agenda has been reviewed (%n item(s)).", "", reviewed)
            if self.session.items
            else self.tr("There is no open item of an earlier meeting to review.")
        )
        for b in (self.record_button, self.skip_button, self.postpone_button, self.discuss_button):
            b.setEnabled(False)
        self.pause_button.setText(self.tr("Close  (Esc)"))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        focused = self.focusWidget()
        if focused is not None and self.scroll.isAncestorOf(focused):
            QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(focused))

    def _focus(self, widget: QWidget) -> None:
        widget.setFocus()
        self.scroll.ensureWidgetVisible(widget)  # large print on a small screen scrolls

    def _set_status(self, n: int) -> None:
        self.status_group.button(n).setChecked(True)

    def chosen_status(self) -> Status:
        return STATUS_KEYS[self.status_group.checkedId() - 1]

    # -- keys and buttons ---------------------------------------------------------------
    def choose_status(self, n: int) -> None:
        if self.current is None:
            return
        self._set_status(n)
        status = STATUS_KEYS[n - 1]
        if status is Status.DONE:
            self.percent.setValue(100)
        self._focus(self.percent)  # the percent next: typed over
        self.percent.selectAll()

    def _fresh(self) -> ReviewSession:
        """The session read again, its items kept in the order this dialog walks."""
        order = [i.id for i in self.session.items]
        return self.tracker.review.session(self.meeting_id, self.today()).ordered_like(order)

    def _reload(self, after: int | None) -> None:
        """Read the session again (the table behind has changed), then the next item after
        the one at ``after`` (its place in the list kept) not handled yet."""
        self.session = self._fresh()
        position = None
        if after is not None:
            position = next((i for i, it in enumerate(self.session.items) if it.id == after), None)
        nxt = self.session.next_index(-1 if position is None else position)
        self.index = nxt if nxt is not None else self.session.next_index()
        self._show()

    def _write(self, action: Callable[[int], object]) -> bool:
        item = self.current
        if item is None:
            return False
        try:
            action(item.id)
        except TrackerError as exc:
            self.error.show_message(exc.message(current_language()))
            return False
        self.changed.emit()
        self._reload(item.id)
        return True

    def record(self) -> bool:
        status, progress = self.chosen_status(), self.percent.value()
        if status is Status.DONE and progress != 100:
            self.error.show_message(InvalidInput("done_needs_100").message(current_language()))
            return False
        data = {"status": status, "progress": progress, "note": self.note.text()}
        return self._write(
            lambda i: self.tracker.review.decide(self.meeting_id, i, data, today=self.today())
        )

    def skip(self) -> bool:
        return self._write(lambda i: self.tracker.review.skip(self.meeting_id, i, self.today()))

    def mark_for_discussion(self) -> bool:
        return self._write(
            lambda i: self.tracker.review.mark_for_discussion(self.meeting_id, i, self.today())
        )

    def postpone(self) -> bool:
        item = self.current
        if item is None:
            return False
        new = self.ask_date(suggested_date(item.due_on, self.today()))
        if new is None:
            return False
        note = self.note.text()
        return self._write(
            lambda i: self.tracker.review.postpone(
                self.meeting_id, i, new, note=note, today=self.today()
            )
        )

    def back(self) -> None:
        """The previous item of the list, shown again (no longer counted as handled)."""
        if not self.session.items:
            return
        at = len(self.session.items) if self.index is None else self.index
        if at == 0:
            return
        item = self.session.items[at - 1]
        try:
            self.tracker.review.reopen(self.meeting_id, item.id, self.today())
        except TrackerError as exc:
            self.error.show_message(exc.message(current_language()))
            return
        self.session = self._fresh()
        self.index = next(
            (i for i, it in enumerate(self.session.items) if it.id == item.id), at - 1
        )
        self.pause_button.setText(self.tr("Pause  (Esc)"))
        self._show()

    # -- the look -----------------------------------------------------------------------
    def _large_toggled(self, on: bool) -> None:
        self._apply_look()
        if on != self.session.large_print:
            try:
                self.tracker.review.set_large_print(on)
            except TrackerError as exc:
                self.error.show_message(exc.message(current_language()))

    def _apply_look(self) -> None:
        self.setStyleSheet(LARGE_PRINT if self.large.isChecked() else NORMAL)
