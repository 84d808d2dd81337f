"""The clause tree of one document as a Qt item model.

The core gives a flat list whose parent links are indices; the model keeps, for each clause,
its children and its own row, so parent() is a lookup rather than a search.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from ..core.outline import Clause

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class OutlineModel(QAbstractItemModel):
    ClauseIndexRole = Qt.ItemDataRole.UserRole + 1  # position of the clause in the core list
    COLUMNS = 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._clauses: list[Clause] = []
        self._children: dict[int | None, list[int]] = {None: []}
        self._row: list[int] = []

    def set_clauses(self, clauses: list[Clause]) -> None:
        self.beginResetModel()
        self._clauses = list(clauses)
        self._children = {None: []}
        self._children.update((i, []) for i in range(len(clauses)))
        self._row = []
        for i, clause in enumerate(self._clauses):
            siblings = self._children[clause.parent]
            self._row.append(len(siblings))
            siblings.append(i)
        self.endResetModel()

    def clause(self, index: QModelIndex) -> Clause | None:
        return self._clauses[index.internalId()] if index.isValid() else None

    def index_of(self, clause_index: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._row[clause_index], column, clause_index)

    # --- QAbstractItemModel -------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children[self._key(parent)][row])

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        up = self._clauses[index.internalId()].parent
        return QModelIndex() if up is None else self.createIndex(self._row[up], 0, up)

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid() and parent.column() > 0:
            return 0
        return len(self._children[self._key(parent)])

    def columnCount(self, parent=QModelIndex()):
        return self.COLUMNS

    def data(self, index, role=_DISPLAY):
        clause = self.clause(index)
        if clause is None:
            return None
        if role == self.ClauseIndexRole:
            return index.internalId()
        if role == _DISPLAY:
            return self._label(clause) if index.column() == 0 else "、".join(lead_agencies(clause))
        if role == _TOOLTIP:
            return self._tooltip(clause, index.column())
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("条款"), self.tr("牵头单位"))[section] if section < self.COLUMNS else None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- helpers --------------------------------------------------------------------------
    @staticmethod
    def _key(parent: QModelIndex | QPersistentModelIndex) -> int | None:
        return parent.internalId() if parent.isValid() else None

    def _label(self, clause: Clause) -> str:
        if clause.kind == "preamble":
            return self.tr("前言")
        if clause.kind == "closing":
            return self.tr("结尾")
        marker = "•" if clause.kind == "item" else clause.label
        return f"{marker} {clause.title}".strip()

    def _tooltip(self, clause: Clause, column: int) -> str:
        if column == 0:
            return f"{clause.id}\n{clause.title}".strip()
        names = [f"{a.canonical}（{a.role}）" for a in clause.agencies if a.role != "mention"]
        return "\n".join(names) or None


def lead_agencies(clause: Clause) -> list[str]:
    """Canonical names of the clause's lead agencies, each once, in text order."""
    return list(dict.fromkeys(a.canonical for a in clause.agencies if a.role == "lead"))
