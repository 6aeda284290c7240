"""The search box and the owner, status and due-date filters above the item table.

Everything ends up in an ``ItemFilter`` and is filtered in SQL (with the Arabic search
normalisation); typing is debounced so that a fast typist does not query on every key.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tracker.domain.enums import Status
from tracker.services.views import ItemFilter
from tracker.ui.date_edit import DateEdit
from tracker.ui.i18n import current_language

if TYPE_CHECKING:
    from tracker.services.core import Tracker


SEARCH_DELAY_MS = 200


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, tracker: Tracker | None, parent: QWidget | None = None) -> None:
        """The filters; with ``tracker`` None the owner list stays empty until :meth:`attach`."""
        super().__init__(parent)
        self.tracker = tracker
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search items, owners and resolutions… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.owner = QComboBox()
        self.owner.setObjectName("owner_filter")
        self.owner.setMinimumContentsLength(8)
        self.owner.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status = QComboBox()
        self.status.setObjectName("status_filter")
        self.status.setMinimumContentsLength(6)
        self.status.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.status.addItem(self.tr("All statuses"), None)
        for s in Status:
            self.status.addItem(s.label(current_language()), s.value)
        self.due_from = DateEdit(optional=True, none_text=self.tr("any date"))
        self.due_from.setObjectName("due_from")
        self.due_to = DateEdit(optional=True, none_text=self.tr("any date"))
        self.due_to.setObjectName("due_to")
        self.reset_button = QToolButton()
        self.reset_button.setText("✕")
        self.reset_button.setToolTip(self.tr("Clear filters"))
        self.reset_button.setAutoRaise(True)
        # Two rows (search, owner and status; then the due dates), so that the bar fits a
        # 1024-px screen beside the navigation and the detail pane, in French too.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        outer.addLayout(top)
        top.addWidget(self.search, 3)
        top.addWidget(self.owner, 2)
        top.addWidget(self.status, 1)
        lay = QHBoxLayout()
        outer.addLayout(lay)
        lay.addWidget(QLabel(self.tr("Due from")))
        lay.addWidget(self.due_from, 1)
        lay.addWidget(QLabel(self.tr("to")))
        lay.addWidget(self.due_to, 1)
        lay.addWidget(self.reset_button)
        lay.addStretch(2)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self.timer.start)
        self.owner.currentIndexChanged.connect(self._now)
        self.status.currentIndexChanged.connect(self._now)
        self.due_from.dateChanged.connect(self._now)
        self.due_to.dateChanged.connect(self._now)
        self.reset_button.clicked.connect(self.reset)
        self.reload_owners()

    def _now(self, *_args: object) -> None:
        self.timer.stop()
        self.changed.emit()

    def flush(self) -> None:
        """Apply pending typing at once (e.g. on Enter)."""
        if self.timer.isActive():
            self._now()

    def reload_owners(self) -> None:
        current = self.owner.currentData()
        self.owner.blockSignals(True)
        self.owner.clear()
        self.owner.addItem(self.tr("All owners"), None)
        for o in self.tracker.owners.list() if self.tracker is not None else ():
            self.owner.addItem(o.name, o.id)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))
        self.owner.blockSignals(False)

    def attach(self, tracker: Tracker) -> None:
        self.tracker = tracker
        self.reload_owners()

    def reset(self) -> None:
        for w in (self.search, self.owner, self.status, self.due_from, self.due_to):
            w.blockSignals(True)
        self.search.clear()
        self.owner.setCurrentIndex(0)
        self.status.setCurrentIndex(0)
        self.due_from.clear_value()
        self.due_to.clear_value()
        for w in (self.search, self.owner, self.status, self.due_from, self.due_to):
            w.blockSignals(False)
        self._now()

    def is_active(self) -> bool:
        return bool(
            self.search.text().strip()
            or self.owner.currentData() is not None
            or self.status.currentData() is not None
            or self.due_from.value()
            or self.due_to.value()
        )

    def apply(self, flt: ItemFilter) -> ItemFilter:
        """``flt`` (the navigation's view) narrowed by what the bar holds."""
        status = self.status.currentData()
        owner = self.owner.currentData()
        return replace(
            flt,
            search=self.search.text(),
            owner_id=owner if owner is not None else flt.owner_id,
            statuses=frozenset({Status(status)}) if status is not None else frozenset(),
            due_from=self.due_from.value(),
            due_to=self.due_to.value(),
        )
