"""How the application's list tables are set up: whole rows selected, nothing edited in place,
no row numbers, one column taking the spare width and the others as wide as their contents."""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

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
    if table.model() is not None:
        _keep_header_whole(header, stretch)
    return table


def _keep_header_whole(header: QHeaderView, stretch: int) -> None:
    """A stretched column shrinks to the header's minimum when its dock is narrow: that minimum
    is kept wide enough for the column's own title, so the table scrolls sideways instead."""
    title = str(header.model().headerData(stretch, Qt.Orientation.Horizontal) or "")
    pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 4
    header.setMinimumSectionSize(max(header.minimumSectionSize(), header.fontMetrics().horizontalAdvance(title) + pad))
