"""Choosing the file's province: a searchable list of Morocco's provinces and prefectures.

Typed text matches the Arabic or the French name (hamza forms, ta marbuta, accents and case
ignored) or the HCP code. Shown at the first start (and it can be skipped) and from the
settings.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.text import normalize
from tracker.ui.i18n import current_language
from tracker.ui.screen import fit_dialog

if TYPE_CHECKING:
    from tracker.services.register import Place

CodeRole = Qt.ItemDataRole.UserRole + 1


class ProvinceDialog(QDialog):
    def __init__(
        self,
        provinces: Sequence[Place],
        current: str | None = None,
        *,
        first_start: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("province_dialog")
        self.setWindowTitle(self.tr("Province of this file"))
        lang = current_language()
        intro = QLabel(
            self.tr(
                "Choose the province or prefecture this file follows: its cercles and "
                "communes are loaded, for fanning directives out to the communes."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("province_search")
        self.search.setPlaceholderText(self.tr("Search in Arabic or French, or the HCP code"))
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("province_list")
        ordered = sorted(provinces, key=lambda p: p.name_ar if lang == "ar" else p.name_fr)
        for p in ordered:
            first, second = (p.name_ar, p.name_fr) if lang == "ar" else (p.name_fr, p.name_ar)
            item = QListWidgetItem(f"{first} — {second}")
            item.setData(CodeRole, p.code)
            item.setData(Qt.ItemDataRole.UserRole, normalize(f"{p.name_ar} {p.name_fr} {p.code}"))
            item.setToolTip(p.code)
            self.list.addItem(item)
            if p.code == current:
                self.list.setCurrentItem(item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Choose"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Later") if first_start else self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.search)
        lay.addWidget(self.list, 1)
        lay.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self._update()
        self.resize(460, 520)
        fit_dialog(self, scroll=False)

    def _filter(self, text: str) -> None:
        key = normalize(text)
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(key) and key not in item.data(Qt.ItemDataRole.UserRole)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self._update()

    def _update(self) -> None:
        item = self.list.currentItem()
        self.ok.setEnabled(item is not None and not item.isHidden())

    def chosen(self) -> str | None:
        """The HCP code of the chosen province (None if nothing is chosen)."""
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return str(item.data(CodeRole))
