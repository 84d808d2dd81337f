"""A table of passages in their context (coded segments, KWIC rows, a matrix cell's passages):
the shared model part.

A subclass gives its headers and cells(row), every column's text; the left context (column
LEFT) is right-aligned so that it meets the passage in the next column, and each row's own
object is under RowRole (what a double click opens, what an export writes). A list may end
with a column of one attribute of the rows' documents (attribute_column.py chooses it): the
subclass adds attribute_header() and attribute_cell(row) to its own, and that column sorts as
core.attributes.value_order says (numbers as numbers, no value last).

The model sorts itself (the view calls sort() on a header click): Python's sort over keys made
once per row takes milliseconds for 10,000 rows, where a QSortFilterProxyModel asking data()
for both sides of every comparison took seconds. Column -1 is the order the rows came in.
"""
from __future__ import annotations

from PySide6.QtCore import Qt

from ...core.attributes import value_order
from .attribute_names import attribute_name
from .table_model import RowTableModel

LEFT, PASSAGE = 2, 3  # the columns of the left context and of the passage (quote, keyword)


class ContextRowsModel(RowTableModel):
    RowRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.labels: dict[str, str] = {}  # document key -> how the file column names it
        self.in_order: list = []  # the rows as given (document and text order)
        self.sorted_by: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.attribute = ""  # the attribute of the last column ("": no such column)
        self.attributes: dict[str, dict[str, str]] = {}  # document key -> its attributes

    def set_attribute(self, name: str, table: dict[str, dict[str, str]]) -> None:
        """Show (and sort by) this attribute of the rows' documents in the last column."""
        self.beginResetModel()
        self.attribute, self.attributes = name, table
        self.rows = self._sorted(*self.sorted_by)
        self.endResetModel()

    def attribute_header(self) -> tuple[str, ...]:
        return (attribute_name(self.attribute),) if self.attribute else ()

    def attribute_cell(self, row) -> list[str]:
        return [self.attributes.get(row.doc_key, {}).get(self.attribute) or ""] if self.attribute else []

    def attribute_column(self) -> int | None:
        return len(self.headers()) - 1 if self.attribute else None

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
        if column == self.attribute_column():
            ordered = sorted(rows, key=lambda row: value_order(self.attribute_cell(row)[0]))
            return ordered[::-1] if descending else ordered  # no value last, and first when reversed
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
