"""The tables of the research lists and matrices, set up in one place.

A passage table lists rows of a ContextRowsModel (coded segments, KWIC rows, a matrix cell's
passages): whole rows, nothing edited, sorted by a header click from the order the rows came
in, one line each; Enter or a double click opens its row. A code matrix (co-occurrence, code ×
attribute) is a table of cells whose current cell lists its passages in a passage table below
it (matrix_over_passages lays the two out).
"""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QLayout, QSplitter, QTableView, QVBoxLayout, QWidget

from .context_rows import ContextRowsModel
from .table_views import read_only_rows


def passage_table(parent: QWidget, model: ContextRowsModel, stretch: int, widths: Sequence[int],
                  open_row: Callable[[object], None]) -> QTableView:
    """widths: of the first columns (0: as the model sizes it); the stretched column takes the
    rest. open_row(row) gets the row object under Enter or a double click."""
    table = QTableView(parent)
    table.setModel(model)
    read_only_rows(table, stretch)  # after the model: it sizes the model's columns
    table.setSortingEnabled(True)
    table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the given order (document and text) at first
    table.setWordWrap(False)
    for column, width in enumerate(widths):
        if width:
            table.setColumnWidth(column, width)

    def opened(index) -> None:
        row = index.data(ContextRowsModel.RowRole)
        if row is not None:
            open_row(row)

    table.activated.connect(opened)
    table.doubleClicked.connect(opened)
    return table


def matrix_table(parent: QWidget, model, show_cell: Callable) -> QTableView:
    """A code matrix: one cell chosen at a time, by a click, the arrow keys or Enter, and shown
    with show_cell(index)."""
    table = QTableView(parent)
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.selectionModel().currentChanged.connect(lambda current, _previous: show_cell(current))
    table.activated.connect(show_cell)  # Enter on the cell already current
    return table


def matrix_over_passages(parent: QWidget, choices: QLayout, matrix: QTableView, status: QLabel, cell: QLabel,
                         passages: QTableView, sizes: tuple[int, int]) -> QSplitter:
    """The choices over the matrix and its status line, then what cell is listed over its passages."""
    top, bottom = QWidget(parent), QWidget(parent)
    upper = QVBoxLayout(top)
    upper.setContentsMargins(0, 0, 0, 0)
    upper.addLayout(choices)
    upper.addWidget(matrix, 1)
    upper.addWidget(status)
    lower = QVBoxLayout(bottom)
    lower.setContentsMargins(0, 0, 0, 0)
    lower.addWidget(cell)
    lower.addWidget(passages, 1)
    splitter = QSplitter(Qt.Orientation.Vertical, parent)
    splitter.addWidget(top)
    splitter.addWidget(bottom)
    splitter.setSizes(list(sizes))
    return splitter
