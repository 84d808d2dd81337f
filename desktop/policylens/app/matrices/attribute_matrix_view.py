"""The code × attribute matrix window: codes by province, by year, by document type or by an
attribute of the researcher's own, in the documents of the corpus scope.

The attribute, what a cell counts (coded segments or documents) and whether a code counts its
sub-codes are chosen above the table; the matrix is computed again whenever the annotations
or the scope change. Export writes the table as shown to CSV or XLSX (the shared buttons).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from ...core.attribute_matrix import code_attribute_matrix
from ..common.attribute_names import attribute_name
from ..common.export_buttons import ExportButtons
from .attribute_matrix_model import AttributeMatrixModel


class AttributeMatrixView(QWidget):
    def __init__(self, session, corpus, keys: set[str] | None = None, parent=None):
        """session: the annotation session (its project and `changed`); corpus: corpus_source.Corpus;
        keys: the documents in scope (None: all)."""
        super().__init__(parent)
        self.session, self.corpus, self.keys = session, corpus, keys
        self.model = AttributeMatrixModel(self)
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
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.status_label = QLabel(self)
        self.exports = ExportButtons(self.table_for_export, self.suggested_name, self, formats=("csv", "xlsx"),
                                     write=_write)
        choices = QHBoxLayout()
        for label, widget in ((self.tr("列："), self.attribute_combo), (self.tr("计数："), self.unit_combo)):
            choices.addWidget(QLabel(label, self))
            choices.addWidget(widget)
        choices.addWidget(self.subcodes_box)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(choices)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.exports)
        for combo in (self.attribute_combo, self.unit_combo):
            combo.currentIndexChanged.connect(self.recompute)
        self.subcodes_box.toggled.connect(self.recompute)

    def set_scope(self, keys: set[str] | None) -> None:
        self.keys = keys
        self.recompute()

    def recompute(self, _change=None) -> None:
        table = self.corpus.attribute_table()
        if self.keys is not None:
            table = {k: v for k, v in table.items() if k in self.keys}
        matrix = code_attribute_matrix(self.session.project, table, self.attribute_combo.currentData(),
                                       self.unit_combo.currentData(), self.subcodes_box.isChecked())
        self.model.set_matrix(matrix)
        scope = self.tr("全部 {n} 份文件") if self.keys is None else self.tr("筛选范围内的 {n} 份文件")
        self.status_label.setText(scope.format(n=len(table)) + self.tr("；列标题括号内为该值的文件数"))
        self.exports.set_ready(bool(matrix.codes))

    def suggested_name(self) -> str:
        return self.tr("编码×{attribute}").format(attribute=self.attribute_combo.currentText())

    def table_for_export(self):
        if self.model.matrix is None or not self.model.matrix.codes:
            return None
        columns, rows = self.model.export_table(self.tr("编码"), self.tr("合计"), self.tr("文件数"))
        return self.suggested_name(), columns, rows

    def shutdown(self) -> None:
        """Nothing runs in the background: the matrix is counted on the spot."""


def _write(table, fmt: str, path: Path) -> None:
    from ...exchange.reports.table_export import write_rows

    title, columns, rows = table
    write_rows(title, columns, rows, fmt, path, {columns[0]: 30})
