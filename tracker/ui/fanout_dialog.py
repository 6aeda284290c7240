"""The communes an action item is fanned out to: a checklist grouped by cercle.

Municipalities first, then each cercle's rural communes; search (Arabic, French or an
alias), all / none, urban / rural. The communes the item is already fanned out to come
checked; unchecking one moves its item to the trash (restorable) when the dialog is saved.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.text import normalize
from tracker.ui.forms import save_cancel_buttons
from tracker.ui.i18n import current_language
from tracker.ui.screen import fit_dialog

if TYPE_CHECKING:
    from tracker.services.territories import TerritoryRecord

IdRole = Qt.ItemDataRole.UserRole + 1
UrbanRole = Qt.ItemDataRole.UserRole + 2
KeyRole = Qt.ItemDataRole.UserRole + 3


class FanoutDialog(QDialog):
    def __init__(
        self,
        title: str,
        communes: Sequence[TerritoryRecord],
        checked: Iterable[int] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("fanout_dialog")
        self.setWindowTitle(self.tr("Fan out to communes"))
        lang = current_language()
        self._before = set(checked)
        head = QLabel(title)
        head.setObjectName("fanout_title")
        head.setWordWrap(True)
        head.setTextFormat(Qt.TextFormat.PlainText)
        font = head.font()
        font.setBold(True)
        head.setFont(font)
        intro = QLabel(
            self.tr(
                "Each chosen commune gets its own item, owned by its local secretariat; "
                "an unchecked commune's item goes to the trash."
            )
        )
        intro.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setObjectName("fanout_search")
        self.search.setPlaceholderText(self.tr("Search a commune"))
        self.search.setClearButtonEnabled(True)

        self.tree = QTreeWidget()
        self.tree.setObjectName("fanout_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        groups: dict[int | None, QTreeWidgetItem] = {}
        for c in communes:
            key = None if c.urban else c.cercle_id
            group = groups.get(key)
            if group is None:
                name = c.cercle_ar if lang == "ar" else c.cercle_fr
                label = (
                    self.tr("Municipalities")
                    if c.urban
                    else self.tr("Cercle of %1").replace("%1", name)
                )
                group = QTreeWidgetItem(self.tree, [label])
                group.setFlags(
                    group.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
                )
                groups[key] = group
            other = c.name_fr if lang == "ar" else c.name_ar
            item = QTreeWidgetItem(group, [f"{c.name(lang)} — {other}"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(0, IdRole, c.id)
            item.setData(0, UrbanRole, bool(c.urban))
            item.setData(0, KeyRole, normalize(" ".join([c.name_ar, c.name_fr, *c.aliases])))
            state = Qt.CheckState.Checked if c.id in self._before else Qt.CheckState.Unchecked
            item.setCheckState(0, state)
        self.tree.expandAll()

        self.count = QLabel()
        self.count.setObjectName("fanout_count")
        row = QHBoxLayout()
        for name, text, slot in (
            ("fanout_all", self.tr("All"), lambda: self._check(lambda _u: True)),
            ("fanout_none", self.tr("None"), lambda: self._check(lambda _u: False)),
            ("fanout_urban", self.tr("Urban"), lambda: self._check(lambda u: u)),
            ("fanout_rural", self.tr("Rural"), lambda: self._check(lambda u: not u)),
        ):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.count)

        buttons = save_cancel_buttons(self)
        lay = QVBoxLayout(self)
        lay.addWidget(head)
        lay.addWidget(intro)
        lay.addWidget(self.search)
        lay.addLayout(row)
        lay.addWidget(self.tree, 1)
        lay.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.tree.itemChanged.connect(lambda *_: self._update())
        self._update()
        self.resize(560, 640)
        fit_dialog(self, scroll=False)

    def _leaves(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            out += [group.child(j) for j in range(group.childCount())]
        return out

    def _check(self, wanted) -> None:  # type: ignore[no-untyped-def]
        """Check the visible communes for which ``wanted(urban)`` holds, uncheck the others."""
        self.tree.blockSignals(True)
        for item in self._leaves():
            if not item.isHidden():
                on = wanted(bool(item.data(0, UrbanRole)))
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.tree.blockSignals(False)
        self.tree.viewport().update()
        self._update()

    def _filter(self, text: str) -> None:
        key = normalize(text)
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                hidden = bool(key) and key not in item.data(0, KeyRole)
                item.setHidden(hidden)
                shown += not hidden
            group.setHidden(shown == 0)

    def _update(self) -> None:
        n = len(self.chosen())
        self.count.setText(self.tr("%n communes chosen", "", n))

    def chosen(self) -> list[int]:
        """The ids of the checked communes (in the list's order)."""
        return [
            int(item.data(0, IdRole))
            for item in self._leaves()
            if item.checkState(0) == Qt.CheckState.Checked
        ]

    def removed(self) -> list[int]:
        """Communes the item was fanned out to and no longer is."""
        return sorted(self._before - set(self.chosen()))
