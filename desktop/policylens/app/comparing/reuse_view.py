"""The reuse heatmap: document × document containment of character 5-grams (core.reuse).

Row i, column j is the share of document i's 5-grams found in document j (asymmetric), its
colour the stronger the more is shared, its tooltip the band. The matrix is computed on a
worker thread: reading 5-grams is fast for tens of documents, but a large corpus takes seconds.
It exports as HTML or XLSX, cells coloured by band.
"""
from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from ...core.document import Document
from ...core.reuse import BANDS, RELAY, REWRITTEN, document_reuse
from ...exchange.reports.matrix_table import reuse_table
from ..common.document_names import document_names
from ..common.export_buttons import ExportButtons
from ..common.runner import BackgroundWidget
from .reuse_model import ReuseTableModel, band_name

class ReuseView(BackgroundWidget):
    """The heatmap with a line explaining it; a double-click on a cell asks for the pair."""
    pair_activated = Signal(str, str)  # row key (whose 5-grams), column key (where they are found)
    computed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ReuseTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.doubleClicked.connect(self._activated)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.export_buttons = ExportButtons(self.table_for_export, lambda: self.tr("文本复用矩阵"), self)
        self._background.finished.connect(self._show)
        self._background.failed.connect(
            lambda message: self.status_label.setText(self.tr("计算失败：{message}").format(message=message)))
        top = QHBoxLayout()
        top.addWidget(self.status_label, 1)
        top.addWidget(self.export_buttons, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

    def set_documents(self, docs: Sequence[Document]) -> None:
        """Compute the matrix of these documents on a worker thread; computed is emitted after."""
        docs = list(docs)
        self.export_buttons.set_ready(False)
        self.status_label.setText(self.tr("正在计算 {count} 份文件的文本复用…", "", len(docs)).format(count=len(docs)))
        self._background.start(lambda _job: (document_reuse(docs), document_names(docs)))

    def _show(self, result) -> None:
        matrix, names = result
        self.model.set_matrix(matrix, names)
        self.status_label.setText(self.tr(
            "每格：行文件的 5 字串见于列文件的比例。照搬 > {relay}，本地化改写 {rewritten}–{relay}，"
            "重写 < {rewritten}；已剔除 {boilerplate} 个全库通用的 5 字串。").format(
            relay=RELAY, rewritten=REWRITTEN, boilerplate=matrix.boilerplate))
        self.export_buttons.set_ready(True)
        self.computed.emit()

    def _activated(self, index: QModelIndex) -> None:
        matrix = self.model.matrix()
        if matrix is not None and index.isValid() and index.row() != index.column():
            self.pair_activated.emit(matrix.keys[index.row()], matrix.keys[index.column()])

    def table_for_export(self):
        matrix = self.model.matrix()
        if matrix is None:
            return None
        table = reuse_table(matrix, self.model.names(), self.tr("文本复用矩阵"), {b: band_name(b) for b in BANDS})
        table.notes = [self.tr("每格：行文件的 5 字串见于列文件的比例；已剔除 {boilerplate} 个全库通用的 5 字串。").format(
            boilerplate=matrix.boilerplate)]
        return table
