"""New meeting from a communiqué: paste or open it, review the draft, save (issue 14).

Two pages. First the text: a paste area, or a ``.txt``/``.docx`` file read off the GUI
thread (``BackgroundJob``). Then the review: the communiqué on one side with what the reader
recognised highlighted (``draft_source``), the draft on the other: the meeting's fields,
warnings, and the decisions as an editable table (``draft_model``); clicking a row shows its
source, the line under the table says how its deadline was computed. Nothing is written
until Save, which runs the core's one transaction on a worker (``writes=True``); the window
then offers Undo for the whole import (``draft_actions``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.communique import Draft
from tracker.domain.errors import TrackerError
from tracker.services.core import Tracker
from tracker.services.drafts import Choices, DraftSaved, explain
from tracker.ui.background import BackgroundJob
from tracker.ui.date_edit import DateEdit
from tracker.ui.draft_model import TEXT, DecisionModel, DecisionTable, Row
from tracker.ui.draft_source import SourceView, follow_text, legend
from tracker.ui.forms import ErrorLabel
from tracker.ui.i18n import current_language
from tracker.ui.screen import fit_dialog

WARNING_STYLE = "background: #fff8e1; border: 1px solid #f0c36d; border-radius: 4px; padding: 4px;"


class DraftDialog(QDialog):
    """``saved`` holds what was created once the dialog is accepted."""

    reviewed = Signal()  # a draft is shown
    finished_saving = Signal()  # the save ended (saved or refused)

    def __init__(
        self,
        tracker: Tracker,
        text: str = "",
        parent: QWidget | None = None,
        *,
        ask: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.tracker = tracker
        self.ask = ask or self._ask
        self.saved: DraftSaved | None = None
        self.draft: Draft | None = None
        self.text = ""
        self.jobs: set[BackgroundJob] = set()
        self.setObjectName("draft_dialog")
        self.setWindowTitle(self.tr("New meeting from a communiqué"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._input_page())
        self.pages.addWidget(self._review_page())
        self.error = ErrorLabel()
        self.error.setObjectName("draft_error")
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(
            self.tr("Another text"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("draft_save")
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setObjectName("draft_cancel")
        self.back_button.clicked.connect(self.show_input)
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.pages, 1)
        lay.addWidget(self.error)
        lay.addWidget(self.buttons)
        self.resize(1240, 760)
        fit_dialog(self, scroll=False)
        self.show_input()
        if text.strip():
            self.paste.setPlainText(text)
            self.read_pasted()

    # -- the first page: the text ----------------------------------------------------------
    def _input_page(self) -> QWidget:
        page = QWidget()
        hint = QLabel(
            self.tr(
                "Paste the meeting's communiqué below, or open its file (.txt or .docx). "
                "Nothing is saved before you review the draft."
            )
        )
        hint.setWordWrap(True)
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("draft_paste")
        self.paste.setPlaceholderText(self.tr("Paste the communiqué here"))
        follow_text(self.paste, "")
        self.paste.textChanged.connect(
            lambda: follow_text(self.paste, self.paste.toPlainText()[:2000])
        )
        self.open_button = QPushButton(self.tr("Open a file…"))
        self.open_button.setObjectName("draft_open")
        self.read_button = QPushButton(self.tr("Read the communiqué"))
        self.read_button.setObjectName("draft_read")
        self.open_button.clicked.connect(self.browse)
        self.read_button.clicked.connect(self.read_pasted)
        row = QHBoxLayout()
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.read_button)
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(hint)
        lay.addWidget(self.paste, 1)
        lay.addLayout(row)
        return page

    def show_input(self) -> None:
        self.pages.setCurrentIndex(0)
        self.error.show_message("")
        self.save_button.setVisible(False)
        self.back_button.setVisible(False)
        self.read_button.setDefault(True)
        self.paste.setFocus()

    def ask_open_path(self) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a communiqué"), "", self.tr("Communiqués (*.txt *.docx)")
        )
        return Path(path) if path else None

    def browse(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> BackgroundJob:
        """Read ``path`` on a worker; the review follows (or the reason it cannot)."""
        from tracker.services import draft_input

        self._busy(True)
        return self._run(
            "draft-file", lambda: draft_input.read_path(path), self._file_read, self._failed
        )

    def _file_read(self, text: str) -> None:
        self._busy(False)
        self.paste.setPlainText(text)
        self.read_pasted()

    def read_pasted(self) -> None:
        from tracker.services import draft_input

        try:
            self.show_text(draft_input.require_text(self.paste.toPlainText()))
        except TrackerError as exc:
            self.error.show_message(exc.message(current_language()))

    # -- the second page: the review ---------------------------------------------------------
    def _review_page(self) -> QWidget:
        self.source = SourceView()
        self.legend = legend(
            {
                "date": self.tr("date"),
                "place": self.tr("place"),
                "chair": self.tr("chair"),
                "decision": self.tr("decision"),
                "deadline": self.tr("deadline"),
            }
        )
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(QLabel(self.tr("The communiqué")))
        left_lay.addWidget(self.source, 1)
        left_lay.addWidget(self.legend)

        self.held_on = DateEdit(optional=True, none_text=self.tr("— give the date —"))
        self.held_on.setObjectName("draft_held_on")
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("draft_title")
        self.location = QLineEdit()
        self.location.setObjectName("draft_location")
        self.chaired_by = QLineEdit()
        self.chaired_by.setObjectName("draft_chair")
        self.attendees = QLineEdit()
        self.attendees.setObjectName("draft_attendees")
        # Three rows (title; date and place; chair and attendees): the table keeps the room.
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(4)
        grid.addWidget(QLabel(self.tr("Title")), 0, 0)
        grid.addWidget(self.title_edit, 0, 1, 1, 3)
        grid.addWidget(QLabel(self.tr("Date")), 1, 0)
        grid.addWidget(self.held_on, 1, 1)
        grid.addWidget(QLabel(self.tr("Place")), 1, 2)
        grid.addWidget(self.location, 1, 3)
        grid.addWidget(QLabel(self.tr("Chaired by")), 2, 0)
        grid.addWidget(self.chaired_by, 2, 1)
        grid.addWidget(QLabel(self.tr("Attendees")), 2, 2)
        grid.addWidget(self.attendees, 2, 3)
        grid.setColumnStretch(1, 2)
        grid.setColumnStretch(3, 3)

        self.warnings = QLabel()
        self.warnings.setObjectName("draft_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setTextFormat(Qt.TextFormat.PlainText)
        self.model = DecisionModel(self)
        self.table = DecisionTable(self.model)
        self.date_delegate, self.start_delegate = (
            self.table.date_delegate,
            self.table.start_delegate,
        )
        self.explanation = QLabel()
        self.explanation.setObjectName("draft_explanation")
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.PlainText)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.model.dataChanged.connect(lambda *_: self._explain(self.table.currentIndex().row()))

        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.setContentsMargins(0, 0, 0, 0)
        right_lay.addLayout(grid)
        right_lay.addWidget(self.warnings)
        right_lay.addWidget(QLabel(self.tr("Decisions (untick what is not to be followed up)")))
        right_lay.addWidget(self.table, 1)
        right_lay.addWidget(self.explanation)

        self.splitter = QSplitter()
        self.splitter.setObjectName("draft_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([370, 630])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    def show_text(self, text: str) -> None:
        """Read ``text`` (cleaned) and show its draft for review."""
        lang = current_language()
        draft = self.tracker.drafts.read(text, lang)
        choices = self.tracker.drafts.propose(draft, lang)
        self.show_draft(text, draft, choices)

    def show_draft(self, text: str, draft: Draft, choices: Choices) -> None:
        self.text, self.draft = text, draft
        m = draft.meeting
        parts: list[tuple[Any, str]] = [
            (m.date_span, "date"),
            (m.location_span, "place"),
            (m.chair_span, "chair"),
            (m.attendees_span, "attendees"),
        ]
        for r in draft.resolutions:
            parts.append((r.span, "decision" if r.actionable else "position"))
            if r.deadline is not None:
                parts.append((r.deadline.span, "deadline"))
        self.source.set_text(text, parts)
        self.held_on.set_value(choices.held_on)
        self.title_edit.setText(choices.title)
        self.location.setText(choices.location)
        self.chaired_by.setText(choices.chaired_by)
        self.attendees.setText(choices.attendees)
        if m.held_on is not None:
            self.date_delegate.start = m.held_on
            self.start_delegate.start = m.held_on
        owners = self.tracker.owners.list(include_inactive=False)
        rows = [Row(r, d) for r, d in zip(draft.resolutions, choices.decisions, strict=True)]
        communes = len(self.tracker.territories.communes())
        self.model.set_rows(rows, owners, communes)
        self._show_warnings(draft)
        self.pages.setCurrentIndex(1)
        self.error.show_message("")
        self.save_button.setVisible(True)
        self.back_button.setVisible(True)
        self.save_button.setDefault(True)
        if rows:
            self.table.setCurrentIndex(self.model.index(0, TEXT))
        else:
            self.explanation.setText(self.tr("No decision was found in the text."))
        self.reviewed.emit()

    def _show_warnings(self, draft: Draft) -> None:
        lines = list(draft.warnings)
        if draft.meeting.held_on is None:
            lines.insert(0, self.tr("The meeting's date was not found: give it before saving."))
        self.warnings.setText("\n".join(f"• {w}" for w in lines))
        self.warnings.setVisible(bool(lines))

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = current.row()
        if 0 <= row < len(self.model.rows):
            self.source.show_part(self.model.rows[row].source.span)
        self._explain(row)

    def _explain(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.explanation.setText("")
            return
        r = self.model.rows[row]
        text = explain(r.source, r.decision.due_on, current_language(), isolate=True)
        label = self.tr("Deadline of decision %1:").replace("%1", str(row + 1))
        self.explanation.setText(f"{label} {text}")

    # -- saving ------------------------------------------------------------------------------
    def choices(self) -> Choices:
        return Choices(
            held_on=self.held_on.value(),
            title=self.title_edit.text(),
            location=self.location.text(),
            chaired_by=self.chaired_by.text(),
            attendees=self.attendees.text(),
            decisions=self.model.decisions(),
        )

    def save(self) -> BackgroundJob | None:
        """Save on a worker (one transaction); the dialog closes once it is written."""
        if self.draft is None:
            return None
        self.table.setCurrentIndex(self.table.currentIndex())  # an open editor commits
        self.table.clearFocus()
        choices = self.choices()
        if choices.held_on is None:
            self.error.show_message(TrackerError("drafts.no_date").message(current_language()))
            self.held_on.setFocus()
            return None
        new = sorted({d.new_owner for d in choices.decisions if d.keep and d.owner_id is None})
        if new:
            question = self.tr("Saving creates these new owners: %1. Save?").replace(
                "%1", "، ".join(new) if current_language() == "ar" else ", ".join(new)
            )
            if not self.ask(question):
                return None
        tracker, draft, text, lang = self.tracker, self.draft, self.text, current_language()
        self._busy(True)
        return self._run(
            "draft-save",
            lambda: tracker.drafts.save(draft, choices, text=text, lang=lang),
            self._saved,
            self._failed,
            writes=True,
        )

    def _saved(self, saved: DraftSaved) -> None:
        self._busy(False)
        self.saved = saved
        self.finished_saving.emit()
        self.accept()

    def _failed(self, error: TrackerError) -> None:
        self._busy(False)
        self.error.show_message(error.message(current_language()))
        self.finished_saving.emit()

    def reject(self) -> None:
        """Cancel, Esc or closing: not while a file is read or the draft saved (the job
        would be left to a dialog that is gone)."""
        if any(job.busy() for job in self.jobs):
            return
        super().reject()

    # -- plumbing ----------------------------------------------------------------------------
    def _ask(self, question: str) -> bool:
        from tracker.ui.forms import ask_yes_no

        return ask_yes_no(self, self.windowTitle(), question)

    def _busy(self, busy: bool) -> None:
        for widget in (self.save_button, self.open_button, self.read_button, self.back_button):
            widget.setEnabled(not busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def _run(
        self,
        name: str,
        work: Callable[[], Any],
        done: Callable[[Any], None],
        fail: Callable[[TrackerError], None],
        *,
        writes: bool = False,
    ) -> BackgroundJob:
        job = BackgroundJob(name, self)
        self.jobs.add(job)

        def finish(callback: Callable[[Any], None]) -> Callable[[Any], None]:
            def call(result: Any) -> None:
                self.jobs.discard(job)
                job.deleteLater()
                callback(result)

            return call

        job.start(work, done=finish(done), fail=finish(fail), writes=writes)
        return job
