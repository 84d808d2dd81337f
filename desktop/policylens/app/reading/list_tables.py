"""The document info panel's lists: a header and short rows, the first column stretched."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QWidget


def list_table(parent: QWidget, headers: list[str]) -> QTreeWidget:
    table = QTreeWidget(parent)
    table.setMinimumHeight(5 * parent.fontMetrics().height())  # a header and a few rows, scrolled with the panel
    table.setHeaderLabels(headers)
    table.setRootIsDecorated(False)
    table.setUniformRowHeights(True)
    table.setWordWrap(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    header = table.header()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for col in range(1, len(headers)):
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
    return table
