"""A table of passages in their context (coded segments, KWIC rows): the shared model part.

A subclass gives its headers and cells(row), every column's text; the left context (column
LEFT) is right-aligned so that it meets the passage in the next column, and each row's own
object is under RowRole (what a double click opens, what an export writes).
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from ..common.table_model import RowTableModel

LEFT, PASSAGE = 2, 3  # the columns of the left context and of the passage (quote, keyword)


class ContextRowsModel(RowTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: dict[str, str] = {}  # document key -> how the file column names it

    def set_rows(self, rows: list, labels: dict[str, str]) -> None:
        self.beginResetModel()
        self.rows, self.labels = list(rows), labels
        self.endResetModel()

    def cells(self, row) -> list[str]:
        raise NotImplementedError

    def display(self, row, column: int) -> str:
        return self.cells(row)[column]

    def other_data(self, row, column: int, role):
        """Roles of the subclass's own (tooltips, sort keys); None: nothing."""
        return None

    def row_data(self, row, column: int, role):
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return self.other_data(row, column, role)
