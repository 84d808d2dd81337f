"""How the application's list tables are set up: whole rows selected, nothing edited in place,
no row numbers, one column taking the spare width and the others as wide as their contents."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

_Resize = QHeaderView.ResizeMode


def read_only_rows(table: QTableView, stretch: int, fit: Sequence[int] = ()) -> QTableView:
    """Set up table (a QTableView or QTableWidget) as a read-only list of rows; returns it."""
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(stretch, _Resize.Stretch)
    for column in fit:
        header.setSectionResizeMode(column, _Resize.ResizeToContents)
    return table
