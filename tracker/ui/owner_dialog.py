"""Owners: the people and bodies who owe action items (list, add, edit, deactivate)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import OwnerKind
from tracker.domain.errors import TrackerError
from tracker.services.core import Tracker
from tracker.services.records import OwnerRecord as Owner
from tracker.ui.forms import ErrorLabel, FieldErrors, save_cancel_buttons
from tracker.ui.i18n import current_language
from tracker.ui.screen import fit_dialog


class OwnerForm(QWidget):
    """The fields of one owner, with an error line under each."""

    def __init__(self, parent: QWidget | None = None, *, compact: bool = False) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setObjectName("owner_name")
        self.kind = QComboBox()
        self.kind.setObjectName("owner_kind")
        lang = current_language()
        for kind in OwnerKind:
            self.kind.addItem(kind.label(lang), kind.value)
        self.commune = QLineEdit()
        self.phone = QLineEdit()
        self.phone.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.email = QLineEdit()
        self.email.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(70)
        self.active = QCheckBox(self.tr("Active (offered for new items)"))
        self.active.setChecked(True)
        self.general = ErrorLabel()
        self.errors = FieldErrors(self.general)
        form = QFormLayout(self)
        form.addRow(self.general)
        self.errors.add_row(form, self.tr("Name"), self.name, "name")
        self.errors.add_row(form, self.tr("Kind"), self.kind, "kind")
        self.errors.add_row(form, self.tr("Commune"), self.commune, "commune")
        if not compact:
            self.errors.add_row(form, self.tr("Phone"), self.phone, "phone")
            self.errors.add_row(form, self.tr("Email"), self.email, "email")
            self.errors.add_row(form, self.tr("Notes"), self.notes, "notes")
            form.addRow("", self.active)

    def offer_communes(self, tracker: Tracker) -> None:
        """Complete the commune with the province's communes (Arabic, French, aliases): a
        name typed as the register spells it links the owner to that commune."""
        from PySide6.QtWidgets import QCompleter

        try:
            communes = tracker.territories.communes()
        except TrackerError:
            return
        names = sorted({n for c in communes for n in (c.name_ar, c.name_fr, *c.aliases)})
        if not names:
            return
        completer = QCompleter(names, self.commune)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.commune.setCompleter(completer)

    def data(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "kind": OwnerKind(self.kind.currentData()),
            "commune": self.commune.text(),
            "phone": self.phone.text(),
            "email": self.email.text(),
            "notes": self.notes.toPlainText(),
            "active": self.active.isChecked(),
        }

    def load(self, owner: Owner | None) -> None:
        self.errors.clear()
        self.name.setText(owner.name if owner else "")
        kind = owner.kind if owner else OwnerKind.PERSON
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind.value)))
        self.commune.setText(owner.commune if owner else "")
        self.phone.setText(owner.phone if owner else "")
        self.email.setText(owner.email if owner else "")
        self.notes.setPlainText(owner.notes if owner else "")
        self.active.setChecked(owner.active if owner else True)


class OwnerEditDialog(QDialog):
    """Add one owner (the quick-add of the item dialog) or edit one."""

    def __init__(self, tracker: Tracker, owner: Owner | None = None, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.tracker = tracker
        self.owner_id = owner.id if owner else None
        self.saved: Owner | None = None
        self.setWindowTitle(self.tr("Edit owner") if owner else self.tr("New owner"))
        self.form = OwnerForm(self, compact=owner is None)
        self.form.offer_communes(tracker)
        self.form.load(owner)
        buttons = save_cancel_buttons(self)
        lay = QVBoxLayout(self)
        lay.addWidget(self.form)
        lay.addWidget(buttons)
        self.setMinimumWidth(420)
        fit_dialog(self)

    def accept(self) -> None:
        data = self.form.data()
        try:
            if self.owner_id is None:
                self.saved = self.tracker.owners.create(data)
            else:
                self.saved = self.tracker.owners.update(self.owner_id, data)
        except TrackerError as exc:
            self.form.errors.show_error(exc)
            if exc.code == "duplicate_owner":
                self.form.errors.show({"name": exc})
            return
        super().accept()


class OwnersDialog(QDialog):
    """The list of owners beside the form of the selected one."""

    def __init__(self, tracker: Tracker, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.tracker = tracker
        self.changed = False
        self.setWindowTitle(self.tr("Owners"))
        self.list = QListWidget()
        self.list.setObjectName("owners_list")
        self.form = OwnerForm(self)
        self.form.offer_communes(tracker)
        self.new_button = QPushButton(self.tr("New owner"))
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("owner_save")
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.form)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.toggle_button)
        row.addStretch(1)
        right.addLayout(row)
        right.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addWidget(self.new_button)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addLayout(right, 3)
        lay = QVBoxLayout(self)
        lay.addLayout(body)
        lay.addWidget(close)
        self.resize(820, 520)
        fit_dialog(self, scroll=False)

        self.list.currentItemChanged.connect(self._selected)
        self.new_button.clicked.connect(self.new_owner)
        self.save_button.clicked.connect(self.save)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        lang = current_language()
        target = None
        for o in self.tracker.owners.list():
            text = f"{o.name} — {o.kind.label(lang)}"
            if not o.active:
                text += " " + self.tr("(inactive)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, o.id)
            if not o.active:
                item.setForeground(QBrush(QColor("#8a8a8a")))
            self.list.addItem(item)
            if o.id == select_id:
                target = item
        self.list.blockSignals(False)
        if target is not None:
            self.list.setCurrentItem(target)
        elif self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_owner()

    def current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _selected(self, current: QListWidgetItem | None, _prev: object) -> None:
        if current is None:
            return
        owner = self.tracker.owners.get(current.data(Qt.ItemDataRole.UserRole))
        self.form.load(owner)
        self.toggle_button.setEnabled(True)
        self.toggle_button.setText(self.tr("Deactivate") if owner.active else self.tr("Activate"))

    def new_owner(self) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentItem(None)
        self.list.clearSelection()
        self.list.blockSignals(False)
        self.form.load(None)
        self.toggle_button.setEnabled(False)
        self.form.name.setFocus()

    def save(self) -> bool:
        data = self.form.data()
        owner_id = self.current_id()
        try:
            if owner_id is None:
                owner = self.tracker.owners.create(data)
            else:
                owner = self.tracker.owners.update(owner_id, data)
        except TrackerError as exc:
            if exc.code == "duplicate_owner":
                self.form.errors.show({"name": exc})
            else:
                self.form.errors.show_error(exc)
            return False
        self.changed = True
        self.reload(owner.id)
        return True

    def toggle_active(self) -> None:
        owner_id = self.current_id()
        if owner_id is None:
            return
        owner = self.tracker.owners.get(owner_id)
        try:
            self.tracker.owners.update(owner_id, {"active": not owner.active})
        except TrackerError as exc:
            self.form.errors.show_error(exc)
            return
        self.changed = True
        self.reload(owner_id)
