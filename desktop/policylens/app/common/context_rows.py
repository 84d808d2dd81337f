"""A table of passages in their context (coded segments, KWIC rows, a matrix cell's passages):
the shared model part.

A subclass gives its headers and cells(row), every column's text; the left context (column
LEFT) is right-aligned so that it meets the passage in the next column, and each row's own
object is under RowRole (what a double click opens, what an export writes).

The model sorts itself (the view calls sort() on a header click): Python's sort over keys made
once per row takes milliseconds for 10,000 rows, where a QSortFilterProxyModel asking data()
for both sides of every comparison took seconds. Column -1 is the order the rows came in.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from .table_model import RowTableModel

LEFT, PASSAGE = 2, 3  # the columns of the left context and of the passage (quote, keyword)


class ContextRowsModel(RowTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: dict[str, str] = {}  # document key -> how the file column names it
        self.in_order: list = []  # the rows as given (document and text order)
        self.sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)

    def set_rows(self, rows: list, labels: dict[str, str]) -> None:
        """Show these rows, in the order the table is sorted by."""
        self.beginResetModel()
        self.in_order, self.labels = list(rows), labels
        self.rows = self._sorted(*self.sorted_by)
        self.endResetModel()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.beginResetModel()
        self.sorted_by = (column, order)
        self.rows = self._sorted(column, order)
        self.endResetModel()

    def _sorted(self, column: int, order) -> list:
        if column < 0:
            return list(self.in_order)
        return self.sorted_rows(self.in_order, column, order == Qt.SortOrder.DescendingOrder)

    def sorted_rows(self, rows: list, column: int, descending: bool) -> list:
        """The rows sorted on a column (ties keep the given order); by its text unless overridden."""
        return sorted(rows, key=lambda row: self.display(row, column), reverse=descending)

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
