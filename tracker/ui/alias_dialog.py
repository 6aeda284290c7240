"""Other names of a commune: a user's own spelling (Ghafsai for the register's Rhafsai),
found by search and matched like the register's names, which never change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.errors import TrackerError
from tracker.domain.text import normalize
from tracker.ui.forms import ErrorLabel
from tracker.ui.i18n import current_language
from tracker.ui.screen import fit_dialog

if TYPE_CHECKING:
    from tracker.services.core import Tracker
    from tracker.services.territories import TerritoryRecord

IdRole = Qt.ItemDataRole.UserRole + 1


class AliasDialog(QDialog):
    def __init__(self, tracker: Tracker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("alias_dialog")
        self.tracker = tracker
        self.changed = False
        self.setWindowTitle(self.tr("Other names of the communes"))
        intro = QLabel(
            self.tr(
                "Add the spelling you use for a commune: search and matching find it, the "
                "register's names stay as published."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("alias_search")
        self.search.setPlaceholderText(self.tr("Search a commune"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("alias_communes")
        self.alias = QLineEdit()
        self.alias.setObjectName("alias_text")
        self.alias.setPlaceholderText(self.tr("Another name, e.g. Ghafsai"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("alias_add")
        self.error = ErrorLabel()
        row = QHBoxLayout()
        row.addWidget(self.alias, 1)
        row.addWidget(self.add_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.search)
        lay.addWidget(self.list, 1)
        lay.addLayout(row)
        lay.addWidget(self.error)
        lay.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.add_button.clicked.connect(self.add)
        self.alias.returnPressed.connect(self.add)
        self._load()
        self.resize(460, 520)
        fit_dialog(self, scroll=False)

    def _label(self, c: TerritoryRecord) -> str:
        lang = current_language()
        other = c.name_fr if lang == "ar" else c.name_ar
        text = f"{c.name(lang)} — {other}"
        if c.aliases:
            text += f" ({'، '.join(c.aliases) if lang == 'ar' else ', '.join(c.aliases)})"
        return text

    def _load(self, select: int | None = None) -> None:
        self.list.clear()
        for c in self.tracker.territories.communes():
            item = QListWidgetItem(self._label(c))
            item.setData(IdRole, c.id)
            item.setData(
                Qt.ItemDataRole.UserRole, normalize(" ".join([c.name_ar, c.name_fr, *c.aliases]))
            )
            self.list.addItem(item)
            if c.id == select:
                self.list.setCurrentItem(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        key = normalize(text)
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(key) and key not in item.data(Qt.ItemDataRole.UserRole))

    def add(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            self.error.show_message(self.tr("Choose a commune first."))
            return
        territory_id = int(item.data(IdRole))
        try:
            self.tracker.territories.add_alias(territory_id, self.alias.text())
        except TrackerError as exc:
            self.error.show_message(exc.message(current_language()))
            return
        self.error.show_message("")
        self.changed = True
        self.alias.clear()
        self._load(select=territory_id)
