"""The clause families as a table: a row per clause with the size of its family, and a filter
that matches the folded place, clause and title as the user types."""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt

from ...core.script import fold
from ..common.clause_names import clause_name
from ..common.table_model import RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class FamilyRow(NamedTuple):
    key: str  # the document the row opens the view on
    clause_id: str
    place: str
    title: str
    documents: int  # in the family; 1: no other document has the clause


class FamilyModel(RowTableModel):
    PLACE, CLAUSE, TITLE, DOCUMENTS = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[FamilyRow] = []
        self._folded: list[str] = []

    def set_rows(self, rows: list[FamilyRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._folded = [fold(f"{r.place} {r.clause_id} {r.title}") for r in rows]
        self.endResetModel()

    def matches(self, row: int, folded_query: str) -> bool:
        return folded_query in self._folded[row]

    def headers(self) -> tuple[str, ...]:
        return self.tr("文件"), self.tr("条款"), self.tr("标题"), self.tr("文件数")

    def display(self, row: FamilyRow, column: int) -> str:
        return str(self._value(row, column))

    def row_data(self, row: FamilyRow, column: int, role):
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.TITLE:
            return row.title
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.DOCUMENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _value(row: FamilyRow, column: int):
        return (row.place, clause_name(row.clause_id), row.title, row.documents)[column]


class FamilyFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        self._query = fold(text.strip())
        self.setFilterFixedString(self._query)  # refilters; filterAcceptsRow matches folded rows

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        return not self._query or self.sourceModel().matches(row, self._query)
