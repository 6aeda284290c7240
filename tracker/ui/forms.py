"""Form helpers: an error line under each field, filled from ``ValidationFailed``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import TrackerError, ValidationFailed
from tracker.ui.i18n import current_language

ERROR_STYLE = "color: #b71c1c;"


class ErrorLabel(QLabel):
    """A red line of text, hidden while empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


class FieldErrors:
    """Error labels per field name; ``general`` takes what belongs to no shown field."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self.labels: dict[str, ErrorLabel] = {}
        self.widgets: dict[str, QWidget] = {}

    def add_row(self, form: QFormLayout, label: str, widget: QWidget, *fields: str) -> ErrorLabel:
        """Add ``widget`` to ``form`` with an error line under it for ``fields``."""
        box = QWidget()
        lay = QVBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(widget)
        error = ErrorLabel()
        lay.addWidget(error)
        form.addRow(label, box)
        for f in fields:
            self.labels[f] = error
            self.widgets[f] = widget
        return error

    def clear(self) -> None:
        self.general.show_message("")
        for label in set(self.labels.values()):
            label.show_message("")

    def show(self, errors: dict[str, TrackerError]) -> None:
        self.clear()
        lang = current_language()
        general: list[str] = []
        texts: dict[ErrorLabel, list[str]] = {}
        first: QWidget | None = None
        for field, err in errors.items():
            label = self.labels.get(field)
            if label is None:
                general.append(err.message(lang))
                continue
            texts.setdefault(label, []).append(err.message(lang))
            if first is None:
                first = self.widgets[field]
        for label, lines in texts.items():
            label.show_message("\n".join(lines))
        self.general.show_message("\n".join(general))
        if first is not None:
            first.setFocus()

    def show_error(self, exc: TrackerError) -> None:
        if isinstance(exc, ValidationFailed):
            self.show(exc.errors)
        else:
            self.clear()
            self.general.show_message(exc.message(current_language()))

    def messages(self) -> dict[str, str]:
        """What is shown now, per field (for tests and accessibility)."""
        out = {f: lab.text() for f, lab in self.labels.items() if lab.isVisible() or lab.text()}
        if self.general.text():
            out["__all__"] = self.general.text()
        return out


def run_modal(dialog: QDialog) -> bool:
    """Show ``dialog`` modally; True when accepted. Windows call this through a method of
    their own (``exec_dialog``), which offscreen tests replace.

    The dialog is deleted once control is back in the event loop (what it holds can still be
    read meanwhile): dialogs are made per use, and one left to the interpreter's exit would be
    torn down in no particular order with the window's other children."""
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def ask_yes_no(parent: QWidget | None, title: str, question: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def show_error(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


def save_cancel_buttons(dialog: QDialog) -> QDialogButtonBox:
    """Save / Cancel wired to ``accept`` / ``reject``, with our own wording."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Save).setText(
        QCoreApplication.translate("forms", "Save")
    )
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
        QCoreApplication.translate("forms", "Cancel")
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
