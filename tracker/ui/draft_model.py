"""The review table of a communiqué's draft: one row per decision (issue 14).

Tick to keep, the decision's text, its owner (an existing one, or a proposed new one marked
as new), its deadline (empty allowed) and its start. Positions (يثمن، يندد…) come unticked.
The owner is chosen in a combo, the dates in the app's date editor (delegates below).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from tracker.domain.communique import DraftResolution
from tracker.domain.months import long_date
from tracker.services.drafts import Decision, explain
from tracker.services.records import OwnerRecord
from tracker.ui.date_edit import DateEdit
from tracker.ui.i18n import current_language

Index = QModelIndex | QPersistentModelIndex
KEEP, TEXT, OWNER, DUE, STARTS, COMMUNES = range(6)
OwnerKey = tuple[str, Any]  # ("id", 5) for an existing owner, ("new", "name") for a new one
KeyRole = Qt.ItemDataRole.UserRole + 1
POSITION = QColor("#6b6b6b")


@dataclass
class Row:
    source: DraftResolution
    decision: Decision


class DecisionModel(QAbstractTableModel):
    """The decisions of the draft, edited in place; :meth:`decisions` gives them back."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.owners: dict[int, OwnerRecord] = {}
        self.communes = 0  # the province's communes (0: no province, no fan-out)

    def set_rows(self, rows: list[Row], owners: list[OwnerRecord], communes: int = 0) -> None:
        self.beginResetModel()
        self.rows = rows
        self.owners = {o.id: o for o in owners}
        self.communes = communes
        self.endResetModel()

    def can_fan_out(self, row: Row) -> bool:
        return self.communes > 0 and (row.source.all_communes or bool(row.source.communes))

    def communes_label(self, row: Row) -> str:
        src, lang = row.source, current_language()
        if src.all_communes:
            return (
                self.tr("All communes (%n)", "", self.communes)
                if self.communes
                else self.tr("All communes")
            )
        return ("، " if lang == "ar" else ", ").join(src.communes)

    def decisions(self) -> tuple[Decision, ...]:
        return tuple(r.decision for r in self.rows)

    def new_names(self) -> list[str]:
        """The new owners proposed for the rows (kept or not), in order, once each."""
        names: dict[str, None] = {}
        for r in self.rows:
            if r.decision.owner_id is None and r.decision.new_owner:
                names[r.decision.new_owner] = None
        return list(names)

    def owner_label(self, d: Decision) -> str:
        if d.owner_id is not None:
            owner = self.owners.get(d.owner_id)
            return owner.name if owner else ""
        if d.new_owner:
            return self.new_label(d.new_owner)
        return ""

    def new_label(self, name: str) -> str:
        """A proposed owner, marked as one the import would create."""
        return self.tr("%1 (new)").replace("%1", name)

    # -- Qt's model ------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1)
        titles = (
            self.tr("Keep"),
            self.tr("Decision"),
            self.tr("Owner"),
            self.tr("Deadline"),
            self.tr("Start"),
            self.tr("Communes"),
        )
        return titles[section] if 0 <= section < len(titles) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == KEEP:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        if index.column() == COMMUNES:
            fans = index.isValid() and self.can_fan_out(self.rows[index.row()])
            return base | Qt.ItemFlag.ItemIsUserCheckable if fans else base
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        d, c = row.decision, index.column()
        lang = current_language()
        if role == Qt.ItemDataRole.CheckStateRole and c == KEEP:
            return Qt.CheckState.Checked if d.keep else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.CheckStateRole and c == COMMUNES and self.can_fan_out(row):
            return Qt.CheckState.Checked if d.fans_out else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.DisplayRole and c == COMMUNES:
            return self.communes_label(row)
        if role == Qt.ItemDataRole.ToolTipRole and c == COMMUNES:
            if self.can_fan_out(row):
                return self.tr(
                    "Tick to give each of these communes its own item, owned by its local "
                    "secretariat (created if missing); this item becomes their roll-up."
                )
            if row.source.all_communes or row.source.communes:
                return self.tr("Choose the file's province (Settings) to fan out to communes.")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if c == TEXT:
                return d.text
            if c == OWNER:
                return self.owner_label(d)
            if c == DUE:
                return long_date(d.due_on, lang) if d.due_on else "—"
            if c == STARTS:
                return long_date(d.starts_on, lang) if d.starts_on else ""
        if role == Qt.ItemDataRole.EditRole:
            return {TEXT: d.text, DUE: d.due_on, STARTS: d.starts_on}.get(c)
        if role == KeyRole and c == OWNER:
            return ("id", d.owner_id) if d.owner_id is not None else ("new", d.new_owner)
        if role == Qt.ItemDataRole.ToolTipRole:
            if c == DUE:
                return explain(row.source, d.due_on, lang, isolate=True)
            if c == TEXT:
                lines = [d.text]
                if row.source.communes:
                    sep = "، " if lang == "ar" else ", "
                    names = sep.join(row.source.communes)
                    lines.append(self.tr("Communes named: %1").replace("%1", names))
                if not row.source.actionable:
                    lines.append(self.tr("A position, not an action: unticked."))
                return "\n\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and not d.keep:
            return QBrush(POSITION)
        if role == Qt.ItemDataRole.TextAlignmentRole and c in (DUE, STARTS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        d, c = row.decision, index.column()
        if c == KEEP and role == Qt.ItemDataRole.CheckStateRole:
            d = replace(d, keep=Qt.CheckState(value) == Qt.CheckState.Checked)
        elif c == COMMUNES and role == Qt.ItemDataRole.CheckStateRole and self.can_fan_out(row):
            on = Qt.CheckState(value) == Qt.CheckState.Checked
            d = replace(
                d,
                fan_out_all=on and row.source.all_communes,
                fan_out=row.source.communes if on and not row.source.all_communes else (),
            )
        elif c == TEXT and role == Qt.ItemDataRole.EditRole:
            text = " ".join(str(value or "").split())
            if not text:
                return False
            d = replace(d, text=text)
        elif c == OWNER and role == KeyRole:
            kind, key = value
            d = (
                replace(d, owner_id=key, new_owner="")
                if kind == "id"
                else replace(d, owner_id=None, new_owner=str(key))
            )
        elif c in (DUE, STARTS) and role == Qt.ItemDataRole.EditRole:
            if value is not None and not isinstance(value, date):
                return False
            d = replace(d, due_on=value) if c == DUE else replace(d, starts_on=value)
        else:
            return False
        row.decision = d
        first, last = self.index(index.row(), 0), self.index(index.row(), COMMUNES)
        self.dataChanged.emit(first, last)
        return True


class OwnerDelegate(QStyledItemDelegate):
    """A combo of the existing owners and the proposed new ones (marked as new)."""

    def __init__(self, model: DecisionModel, parent: Any = None) -> None:
        super().__init__(parent)
        self.decisions = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("owner_combo")
        for owner in sorted(self.decisions.owners.values(), key=lambda o: o.name):
            combo.addItem(owner.name, ("id", owner.id))
        for name in self.decisions.new_names():
            combo.addItem(self.decisions.new_label(name), ("new", name))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(self.index_of(editor, index.data(KeyRole)))

    @staticmethod
    def index_of(combo: QComboBox, key: OwnerKey) -> int:
        """The entry of ``key`` (``("id", 5)`` or ``("new", name)``) in ``combo``, or -1."""
        for i in range(combo.count()):
            data = combo.itemData(i)
            if data is not None and tuple(data) == tuple(key):
                return i
        return -1

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        data = editor.currentData()
        if data is not None:
            model.setData(index, tuple(data), KeyRole)


class DateDelegate(QStyledItemDelegate):
    """The app's date editor, empty allowed (Delete clears it)."""

    def __init__(self, none_text: str, start: date | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.none_text = none_text
        self.start = start

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateEdit(parent, optional=True, none_text=self.none_text)
        editor.setObjectName("deadline_editor")
        if self.start is not None:
            editor.start_date = self.start
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        editor.set_value(index.data(Qt.ItemDataRole.EditRole))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        assert isinstance(editor, DateEdit)
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class DecisionTable(QTableView):
    """The decisions, two lines a row (all of a decision in its tooltip), the text taking
    the width the other columns leave."""

    def __init__(self, model: DecisionModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draft_decisions")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.owner_delegate = OwnerDelegate(model, self)
        self.date_delegate = DateDelegate(self.tr("no deadline"), parent=self)
        self.start_delegate = DateDelegate(self.tr("no start"), parent=self)
        self.setItemDelegateForColumn(OWNER, self.owner_delegate)
        self.setItemDelegateForColumn(DUE, self.date_delegate)
        self.setItemDelegateForColumn(STARTS, self.start_delegate)
        model.modelReset.connect(self.size_columns)
        self.size_columns()

    def size_columns(self) -> None:
        """Set again after each reset (a reset gives every section the default size)."""
        header = self.horizontalHeader()
        if header.count() < 6:
            return
        header.setMinimumSectionSize(32)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        title = self.model().headerData(KEEP, Qt.Orientation.Horizontal)
        keep = header.fontMetrics().horizontalAdvance(title) + 24
        widths = ((KEEP, max(40, keep)), (OWNER, 132), (DUE, 112), (STARTS, 80), (COMMUNES, 100))
        for column, width in widths:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        # A column nothing in this communiqué fills leaves its room to the decisions.
        rows = self.model().rows if isinstance(self.model(), DecisionModel) else []
        starts = any(r.decision.starts_on or r.source.starts_on for r in rows)
        places = any(r.source.all_communes or r.source.communes for r in rows)
        self.setColumnHidden(STARTS, not starts)
        self.setColumnHidden(COMMUNES, not places)
