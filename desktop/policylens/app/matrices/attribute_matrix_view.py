"""The code × attribute matrix window: codes by province, by year, by document type or by an
attribute of the researcher's own, in the documents of the corpus scope.

The attribute, what a cell counts (coded segments or documents) and whether a code counts its
sub-codes are chosen above the table; the matrix is computed again whenever the annotations
or the scope change. A click on a cell (or moving to it with the keys) lists its passages
below, with their context, as the coded segments window does (core.attribute_matrix.
cell_segments): the annotations of the code in the documents of that value, the row's total
all of them in scope; with unit "documents" the cell counts their documents. The list sorts
on a header click, follows the matrix when it is counted again (the same cell while it is
there) and a double click or Enter opens the passage in the reader (passageActivated).
Export writes the table as shown to CSV or XLSX (the shared buttons).
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.attribute_matrix import cell_segments, code_attribute_matrix
from ...core.segments import Segment
from ..common.attribute_names import attribute_name
from ..common.export_buttons import ExportButtons, write_titled_rows
from ..common.segment_rows import SegmentsModel, document_label
from ..common.passage_tables import matrix_over_passages, matrix_table, passage_table
from .attribute_matrix_model import AttributeMatrixModel

_NO_CELL = object()  # what _listed holds while no cell has been listed since the last count


class AttributeMatrixView(QWidget):
    passageActivated = Signal(str, int, int)  # doc key, start, end

    def __init__(self, session, corpus, keys: set[str] | None = None, parent=None):
        """session: the annotation session (its project and `changed`); corpus: corpus_source.Corpus;
        keys: the documents in scope (None: all)."""
        super().__init__(parent)
        self.session, self.corpus, self.keys = session, corpus, keys
        self.model = AttributeMatrixModel(self)
        self.passages = SegmentsModel(self)
        self._table: dict[str, dict[str, str]] = {}  # the attributes of the documents counted
        self._labels: dict[str, str] = {}  # document key -> its name in the file column
        self._listed = _NO_CELL  # (code id, value or None for the total) of the cell listed, or None
        self._build()
        self.session.changed.connect(self.recompute)
        self.recompute()

    def _build(self) -> None:
        self.attribute_combo = QComboBox(self)
        for name in self.corpus.attribute_names():
            if name not in ("title", "date", "doc_number"):  # one value per document: no groups to compare
                self.attribute_combo.addItem(attribute_name(name), name)
        self.attribute_combo.setCurrentIndex(max(0, self.attribute_combo.findData("province")))
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("编码片段数"), "segments")
        self.unit_combo.addItem(self.tr("文件数"), "documents")
        self.subcodes_box = QCheckBox(self.tr("含下级编码"), self)
        self.subcodes_box.setToolTip(self.tr("一个编码的行也计入其下级编码的片段，每个片段或文件只算一次"))
        self.table = matrix_table(self, self.model, self.show_cell)
        self.status_label = QLabel(self)
        self.cell_label = QLabel(self)
        self.passage_table = passage_table(self, self.passages, 3, (150, 60, 130, 0, 130, 110, 100, 60),  # quote: the rest
                                           lambda s: self.passageActivated.emit(s.doc_key, s.start, s.end))
        self.exports = ExportButtons(self.table_for_export, self.suggested_name, self, formats=("csv", "xlsx"),
                                     write=write_titled_rows)
        choices = QHBoxLayout()
        for label, widget in ((self.tr("列："), self.attribute_combo), (self.tr("计数："), self.unit_combo)):
            choices.addWidget(QLabel(label, self))
            choices.addWidget(widget)
        choices.addWidget(self.subcodes_box)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(matrix_over_passages(self, choices, self.table, self.status_label, self.cell_label,
                                              self.passage_table, (350, 300)), 1)
        layout.addWidget(self.exports)
        for combo in (self.attribute_combo, self.unit_combo):
            combo.currentIndexChanged.connect(self.recompute)
        self.subcodes_box.toggled.connect(self.recompute)

    def set_scope(self, keys: set[str] | None) -> None:
        self.keys = keys
        self.recompute()

    def recompute(self, _change=None) -> None:
        """Count again; the cell listed stays listed if the matrix still has it."""
        chosen = self._cell(self.table.currentIndex())
        table = self.corpus.attribute_table()
        if self.keys is not None:
            table = {k: v for k, v in table.items() if k in self.keys}
        self._table = table
        self._labels = {r["key"]: document_label(r) for r in self.corpus.records()}
        matrix = code_attribute_matrix(self.session.project, table, self.attribute_combo.currentData(),
                                       self.unit_combo.currentData(), self.subcodes_box.isChecked())
        self._listed = _NO_CELL
        self.model.set_matrix(matrix)
        scope = self.tr("全部 {n} 份文件") if self.keys is None else self.tr("筛选范围内的 {n} 份文件")
        self.status_label.setText(scope.format(n=len(table)) + self.tr("；列标题括号内为该值的文件数"))
        self.exports.set_ready(bool(matrix.codes))
        index = self.cell_index(*chosen) if chosen is not None else QModelIndex()
        if index.isValid():
            self.table.setCurrentIndex(index)  # lists it
        if self._listed is _NO_CELL:  # the current cell did not change: list (or clear) here
            self.show_cell(index)

    def cell_index(self, code_id: str, value: str | None) -> QModelIndex:
        """The cell of a code and a value (None: the total column); invalid if the matrix has none."""
        matrix = self.model.matrix
        rows = [i for i, (c, _path) in enumerate(matrix.codes if matrix else ()) if c == code_id]
        if not rows or (value is not None and value not in matrix.values):
            return QModelIndex()
        column = len(matrix.values) if value is None else matrix.values.index(value)
        return self.model.index(rows[0], column)

    def _cell(self, index) -> tuple[str, str | None] | None:
        if not index.isValid():
            return None
        return index.data(AttributeMatrixModel.CodeIdRole), index.data(AttributeMatrixModel.ValueRole)

    def show_cell(self, index) -> list[Segment]:
        """List the passages the cell counts (its row's in scope for the total; none for no cell)."""
        cell = self._cell(index)
        self._listed = cell
        matrix = self.model.matrix
        if cell is None or matrix is None:
            self.passages.set_rows([], self._labels)
            self.cell_label.setText(self.tr("点击一个格子，列出它所计的编码片段"))
            return []
        code_id, value = cell
        found = cell_segments(self.session.project, self._table, matrix.attribute, code_id, value,
                              self.subcodes_box.isChecked())
        self.passages.set_rows(found, self._labels)
        path = matrix.codes[index.row()][1]
        where = self.tr("合计") if value is None else self.model.value_text(value)
        text = self.tr("{code} · {value}：{count} 处", "", len(found)).format(code=path, value=where, count=len(found))
        if matrix.unit == "documents":
            documents = len({s.doc_key for s in found})
            text += self.tr("（{count} 份文件）", "", documents).format(count=documents)
        self.cell_label.setText(text)
        return found

    def shown_passages(self) -> list[Segment]:
        """The passages listed, in the order the table shows them."""
        return list(self.passages.rows)

    def suggested_name(self) -> str:
        return self.tr("编码×{attribute}").format(attribute=self.attribute_combo.currentText())

    def table_for_export(self):
        if self.model.matrix is None or not self.model.matrix.codes:
            return None
        columns, rows = self.model.export_table(self.tr("编码"), self.tr("合计"), self.tr("文件数"))
        return self.suggested_name(), columns, rows

    def shutdown(self) -> None:
        """Nothing runs in the background: the matrix is counted on the spot."""

