"""A table model over a list of rows: the scaffolding every flat table repeats, in one place.

A subclass names its column headers (translated when asked, so a language switch shows) and how
a row shows in each column; rowCount, columnCount, the horizontal header and the display role
come from here. Other roles (tooltips, colours, ids) stay with the subclass, in row_data.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

_DISPLAY = Qt.ItemDataRole.DisplayRole


class RowTableModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def headers(self) -> tuple[str, ...]:
        """The column headers, in the interface language; their number is the column count."""
        raise NotImplementedError

    def display(self, row, column: int) -> str:
        """What a row shows in a column."""
        raise NotImplementedError

    def row_data(self, row, column: int, role):
        """Any role but the display role; None: nothing."""
        return None

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY:
            return None
        headers = self.headers()
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: QModelIndex, role=_DISPLAY):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == _DISPLAY:
            return self.display(row, index.column())
        return self.row_data(row, index.column(), role)
