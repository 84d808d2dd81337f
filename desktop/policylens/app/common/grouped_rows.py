"""A flat list's rows shown under group rows: a tree over any table model, for a list grouped
by an attribute. A row of several groups (an annotation of two codes) is shown in each.

Group rows show their name and how many rows they hold; the rows below them show, and answer
every role, as in the table they come from. The groups are set by the view's owner whenever
the table changes (set_groups), which resets the tree.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

_DISPLAY = Qt.ItemDataRole.DisplayRole


class GroupedRows(QAbstractItemModel):
    """Groups at the top (internal id 0), the table's rows below (internal id: group row + 1)."""

    def __init__(self, source: QAbstractItemModel, parent=None):
        super().__init__(parent)
        self.source = source
        self._groups: list[tuple[str, list[int]]] = []  # (name, rows of the table)

    def set_groups(self, groups: list[tuple[str, list[int]]]) -> None:
        self.beginResetModel()
        self._groups = [(name, list(rows)) for name, rows in groups]
        self.endResetModel()

    def groups(self) -> list[tuple[str, list[int]]]:
        return [(name, list(rows)) for name, rows in self._groups]

    def source_index(self, index: QModelIndex) -> QModelIndex:
        """The table's index under a row of the tree; invalid for a group."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.source.index(self._groups[index.internalId() - 1][1][index.row()], index.column())

    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, parent.row() + 1 if parent.isValid() else 0)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._groups[parent.row()][1])
        return 0

    def columnCount(self, parent=QModelIndex()):
        return self.source.columnCount()

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        if index.internalId():
            return self.source_index(index).data(role)
        if index.column() != 0:
            return None
        name, rows = self._groups[index.row()]
        if role == _DISPLAY:
            return f"{name}  ({len(rows)})"
        return bold() if role == Qt.ItemDataRole.FontRole else None

    def headerData(self, section, orientation, role=_DISPLAY):
        return self.source.headerData(section, orientation, role)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def bold() -> QFont:
    """The font of a group row."""
    font = QFont()
    font.setBold(True)
    return font


def grouped_tree(model: GroupedRows, stretch: int, parent=None) -> QTreeView:
    """A read-only tree of the groups, one row selected at a time, the stretch column taking the width."""
    tree = QTreeView(parent)
    tree.setModel(model)
    tree.setUniformRowHeights(True)  # laid out without measuring each of thousands of rows
    tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    tree.header().setStretchLastSection(False)
    tree.header().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return tree


def show_groups(tree: QTreeView, groups: list[tuple[str, list[int]]]) -> None:
    """Put the groups in the tree's model, all open, each group's name across the columns."""
    model = tree.model()
    model.set_groups(groups)
    tree.expandAll()
    for row in range(model.rowCount()):
        tree.setFirstColumnSpanned(row, QModelIndex(), True)
