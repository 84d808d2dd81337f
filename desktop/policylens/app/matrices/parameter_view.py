"""The parameter table window: the conditions and targets each document sets (core.parameters).

Rows are documents (named by place), columns the parameters; a cell lists the values as
written, an abolished condition marked. A double-click (or Enter) on a cell asks for its first
value's source span in the main window; the tooltip lists every value with its clause. The
table is read on a worker thread: on a large corpus it runs patterns over every document.
"""
from __future__ import annotations

from typing import Mapping, Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from ...core.parameters import parameter_table
from ...exchange.reports.matrix_table import BAND_COLOURS, parameter_matrix
from ..common.runner import BackgroundWidget
from ..common.export_buttons import ExportButtons
from ..common.in_force_box import InForceBox, in_force_of
from .matrix_models import ParameterModel

COLUMN_WIDTH = 130


class ParameterView(BackgroundWidget):
    span_activated = Signal(str, int, int)  # document key, clean-text start, end
    computed = Signal()

    def __init__(self, parent=None, attributes=None):
        """attributes() -> (names, key -> attributes): the documents' attributes, for the export."""
        super().__init__(parent)
        self.attributes = attributes
        self.names: Mapping[str, str] = {}
        self.model = ParameterModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.export_buttons = ExportButtons(self.table_for_export, lambda: self.tr("参数表"), self)
        legend = QLabel(self.tr("灰底：文件取消了这一条件"), self)
        legend.setStyleSheet(f"QLabel {{ background: {BAND_COLOURS['abolished']}; color: #1a1a1a; "
                             "padding: 2px 6px; border-radius: 3px; }")
        self.in_force_box = InForceBox(self)  # only the documents in force on a date
        self.in_force_box.changed.connect(lambda _on: self.set_documents(self._docs, self.names))
        self._docs: list = []
        self._in_force = in_force_of([])
        top = QHBoxLayout()
        top.addWidget(legend)
        top.addWidget(self.in_force_box)
        top.addStretch(1)
        top.addWidget(self.export_buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)
        self._background.finished.connect(self._show)
        self._background.failed.connect(
            lambda message: self.status_label.setText(self.tr("计算失败：{message}").format(message=message)))

    def set_documents(self, docs: Sequence, names: Mapping[str, str]) -> None:
        """Read the table of these documents (or summaries) on a worker thread; computed follows."""
        docs, self.names = list(docs), dict(names)
        if [d.key for d in docs] != [d.key for d in self._docs]:
            self._in_force = in_force_of(docs)  # another corpus: its validity is read again
        self._docs, on, in_force = docs, self.in_force_box.date(), self._in_force
        self.export_buttons.set_ready(False)
        self.status_label.setText(self.tr("正在读取 {count} 份文件的参数…", "", len(docs)).format(count=len(docs)))

        def work(_job):
            kept = in_force(on) if on else None
            return parameter_table([d for d in docs if kept is None or d.key in kept])
        self._background.start(work)

    def _show(self, table) -> None:
        self.model.set_table(table, self.names)
        header, metrics = self.table.horizontalHeader(), self.table.horizontalHeader().fontMetrics()
        for column in range(self.model.columnCount()):  # every parameter's name in full
            label = self.model.headerData(column, Qt.Orientation.Horizontal)
            header.resizeSection(column, max(COLUMN_WIDTH, metrics.horizontalAdvance(label) + 24))
        found = sum(bool(d.values) for d in table.documents)
        self.status_label.setText(self.tr("{found}/{count} 份文件设定了落户条件或目标。双击一格跳到原文。").format(
            found=found, count=len(table.documents)))
        self.export_buttons.set_ready(True)
        self.computed.emit()

    def _activated(self, index: QModelIndex) -> None:
        values = index.data(ParameterModel.ValuesRole) if index.isValid() else None
        if values:
            self.span_activated.emit(values[0].doc_key, values[0].start, values[0].end)

    def table_for_export(self):
        if self.model.table is None:
            return None
        names, attributes = self.attributes() if self.attributes else ((), None)
        table = parameter_matrix(self.model.table, self.names, self.tr("参数表"), attributes=attributes,
                                 attribute_names=names)
        table.legend = {"abolished": self.tr("文件取消了这一条件")}
        return table
