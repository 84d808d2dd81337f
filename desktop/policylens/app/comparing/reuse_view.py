"""The reuse heatmap: document × document containment of character 5-grams (core.reuse).

Row i, column j is the share of document i's 5-grams found in document j (asymmetric), its
colour the stronger the more is shared, its tooltip the band. The matrix is computed on a
worker thread: reading 5-grams is fast for tens of documents, but a large corpus takes seconds.
It exports as HTML or XLSX, cells coloured by band.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout

from ...core.document import Document
from ...core.reuse import BANDS, RELAY, REWRITTEN, ReuseMatrix, document_reuse
from ...exchange.reports.matrix_table import reuse_table
from ..common import styles
from ..common.document_names import document_names
from ..common.export_buttons import ExportButtons
from ..common.runner import BackgroundWidget

_DISPLAY = Qt.ItemDataRole.DisplayRole
translate = QCoreApplication.translate  # by this name, lupdate finds the strings


@dataclass(frozen=True)
class HeatColours:
    empty: str  # nothing shared
    full: str  # everything shared
    text: str
    strong_text: str  # on cells past the middle of the scale


LIGHT = HeatColours(empty="#ffffff", full="#b2182b", text="#1a1a1a", strong_text="#ffffff")
DARK = HeatColours(empty="#202020", full="#ff6f61", text="#e6e6e6", strong_text="#1a1a1a")


def heat_colours() -> HeatColours:
    return DARK if styles.is_dark() else LIGHT


def heat(share: float, colours: HeatColours) -> QColor:
    """The colour between empty and full, at the share's place."""
    low, high = QColor(colours.empty), QColor(colours.full)
    mix = max(0.0, min(1.0, share))
    return QColor.fromRgbF(*(a + (b - a) * mix for a, b in
                             zip(low.getRgbF()[:3], high.getRgbF()[:3])))


def band_name(band: str) -> str:
    names = {"relay": translate("ReuseView", "照搬（> {relay}）"),
             "localized": translate("ReuseView", "本地化改写（{rewritten}–{relay}）"),
             "rewritten": translate("ReuseView", "重写（< {rewritten}）")}
    return names[band].format(relay=RELAY, rewritten=REWRITTEN)


class ReuseTableModel(QAbstractTableModel):
    """Presents a ReuseMatrix; rows and columns are the documents in one order."""
    KeyRole = Qt.ItemDataRole.UserRole + 1  # the row's document key (headers: that section's)
    ShareRole = Qt.ItemDataRole.UserRole + 2  # the containment as a float
    BandRole = Qt.ItemDataRole.UserRole + 3  # relay, localized or rewritten

    def __init__(self, parent=None):
        super().__init__(parent)
        self._matrix: ReuseMatrix | None = None
        self._names: list[str] = []

    def set_matrix(self, matrix: ReuseMatrix, names: Sequence[str]) -> None:
        self.beginResetModel()
        self._matrix, self._names = matrix, list(names)
        self.endResetModel()

    def matrix(self) -> ReuseMatrix | None:
        return self._matrix

    def names(self) -> list[str]:
        return list(self._names)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.keys)

    def columnCount(self, parent=QModelIndex()):
        return self.rowCount(parent)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or self._matrix is None:
            return None
        i, j = index.row(), index.column()
        share = self._matrix.containment(i, j)
        if role == self.KeyRole:
            return self._matrix.keys[i]
        if i == j:
            return "—" if role == _DISPLAY else None
        if role == _DISPLAY:
            return f"{share:.4f}"
        if role == self.ShareRole:
            return share
        if role == self.BandRole:
            return self._matrix.band(i, j)
        return self._look(role, share, i, j)

    def _look(self, role, share: float, i: int, j: int):
        colours = heat_colours()
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat(share, colours)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colours.strong_text if share > 0.5 else colours.text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{a} 的 5 字串有 {share:.1%} 见于 {b}：{band}").format(
                a=self._names[i], b=self._names[j], share=share, band=band_name(self._matrix.band(i, j)))
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if self._matrix is None or not 0 <= section < len(self._names):
            return None
        if role == _DISPLAY:
            return self._names[section]
        if role in (Qt.ItemDataRole.ToolTipRole, self.KeyRole):
            return self._matrix.keys[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


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
