"""Research ▸ Code co-occurrence: codes × codes, as a Code Relations Browser shows them.

A cell counts the units where its two codes meet (core/segments.py): overlapping passages (or
one passage carrying both), or passages in one clause, as the switch above says. A click on a
cell lists those units below, each as one passage of its document; a double click or Enter
opens it in the reader. The annotations of the documents in the corpus scope are counted, again
whenever they or the scope change; the matrix is exported to CSV or XLSX as shown.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core.clause_names import clause_name
from ...core.scope import project_within
from ...core.segments import Cooccurrence, cooccurrence
from ..common.context_rows import ContextRowsModel
from ..common.export_buttons import ExportButtons, write_titled_rows
from ..common.segment_rows import document_label
from ..common.passage_tables import matrix_over_passages, matrix_table, passage_table

_DISPLAY = Qt.ItemDataRole.DisplayRole


class Passage(NamedTuple):
    """One unit where two codes meet, read as one passage: its quotes in text order, joined
    where they overlap and with an ellipsis where a clause's passages are apart."""
    doc_key: str
    clause: str
    start: int
    end: int
    left: str
    text: str
    right: str


def unit_passage(annotations) -> Passage:
    anchors = sorted((a.anchor for a in annotations), key=lambda anchor: (anchor.start, anchor.end))
    text, end = "", anchors[0].start
    for anchor in anchors:
        if anchor.start <= end:  # overlapping (or touching): only what reaches further
            text += anchor.exact[end - anchor.start:] if anchor.end > end else ""
        else:
            text += " … " + anchor.exact
        end = max(end, anchor.end)
    last = max(anchors, key=lambda anchor: anchor.end)
    first = anchors[0]
    return Passage(first.document, first.clause, first.start, end, first.prefix, text, last.suffix)


class CooccurrenceModel(QAbstractTableModel):
    """The symmetric matrix of the codes that meet any other; the diagonal is left empty."""
    PairRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.codes: list[tuple[str, str]] = []  # (id, path), by path
        self.result = Cooccurrence({}, {})

    def set_result(self, result: Cooccurrence, paths: dict[str, str]) -> None:
        self.beginResetModel()
        self.result = result
        self.codes = sorted(((code_id, paths[code_id]) for code_id in {c for pair in result.counts for c in pair}),
                            key=lambda code: code[1])
        self.endResetModel()

    def pair(self, row: int, column: int) -> tuple[str, str] | None:
        a, b = self.codes[row][0], self.codes[column][0]
        return None if a == b else (min(a, b), max(a, b))

    def count(self, row: int, column: int) -> int:
        pair = self.pair(row, column)
        return self.result.counts.get(pair, 0) if pair else 0

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.codes)

    def columnCount(self, parent=QModelIndex()):
        return self.rowCount(parent)

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == _DISPLAY:
            return self.count(row, column) or ""  # empty cells read faster than rows of zeros
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row != column:
            return f"{self.codes[row][1]} × {self.codes[column][1]}: {self.count(row, column)}"
        if role == self.PairRole:
            return self.pair(row, column)
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if role in (_DISPLAY, Qt.ItemDataRole.ToolTipRole) and 0 <= section < len(self.codes):
            return self.codes[section][1]
        return None

    def table(self, corner: str) -> tuple[list[str], list[list]]:
        """The matrix as shown, for CSV or XLSX: zeros written out (a spreadsheet sums them)."""
        columns = [corner, *(path for _id, path in self.codes)]
        rows = [[path, *(self.count(r, c) for c in range(len(self.codes)))] for r, (_id, path) in enumerate(self.codes)]
        return columns, rows


class PassagesModel(ContextRowsModel):
    def headers(self):
        return self.tr("文件"), self.tr("条款"), self.tr("上文"), self.tr("共现文本"), self.tr("下文")

    def cells(self, p: Passage) -> list[str]:
        return [self.labels.get(p.doc_key, p.doc_key), clause_name(p.clause), p.left, p.text, p.right]

    def display(self, row: Passage, column: int) -> str:
        text = self.cells(row)[column]
        return " ".join(text.split()) if column in (2, 4) else text  # context on one line

    def other_data(self, row: Passage, column: int, role):
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return row.text
        return None


class CooccurrenceWindow(QWidget):
    passageActivated = Signal(str, int, int)  # doc key, start, end

    def __init__(self, session, records: list[dict], keys: set[str] | None = None, parent=None):
        """session: the annotation session (its project and `changed`); keys: the documents in
        the corpus scope (None: all)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("cooccurrenceWindow")
        self.setWindowTitle(self.tr("编码共现"))
        self.session, self.keys = session, keys
        self.labels = {r["key"]: document_label(r) for r in records}
        self.matrix = CooccurrenceModel(self)
        self.passages = PassagesModel(self)
        self._build()
        session.changed.connect(lambda _change: self.recompute())
        self.recompute()
        self.resize(1100, 700)

    def _build(self) -> None:
        self.unit_combo = QComboBox(self)
        self.unit_combo.addItem(self.tr("重叠的片段"), "overlap")
        self.unit_combo.addItem(self.tr("同一条款"), "clause")
        self.unit_combo.setToolTip(self.tr("重叠：两个片段有共同的字，或一个片段带两个编码；同一条款：片段起于同一条款"))
        self.unit_combo.currentIndexChanged.connect(lambda *_: self.recompute())
        self.table = matrix_table(self, self.matrix, self.show_cell)
        self.status_label = QLabel(self)
        self.cell_label = QLabel(self)
        self.passage_table = passage_table(self, self.passages, 4, (200, 70, 160, 420),
                                           lambda p: self.passageActivated.emit(p.doc_key, p.start, p.end))
        self.exports = ExportButtons(self.table_for_export, lambda: self.tr("编码共现"), self,
                                     formats=("csv", "xlsx"), write=write_titled_rows)
        choices = QHBoxLayout()
        choices.addWidget(QLabel(self.tr("共现单位："), self))
        choices.addWidget(self.unit_combo)
        choices.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(matrix_over_passages(self, choices, self.table, self.status_label, self.cell_label,
                                              self.passage_table, (400, 300)), 1)
        layout.addWidget(self.exports)

    def shutdown(self) -> None:
        """The main window closes: nothing runs in the background here."""

    def set_records(self, records: list[dict]) -> None:
        self.labels = {r["key"]: document_label(r) for r in records}
        self.recompute()

    def set_scope(self, keys: set[str] | None) -> None:
        self.keys = keys
        self.recompute()

    def recompute(self) -> None:
        """Count again; the cell looked at stays chosen if its codes still meet."""
        current = self.table.currentIndex()
        chosen = self.matrix.pair(current.row(), current.column()) if current.isValid() else None
        project = self.session.project
        scoped = project if self.keys is None else project_within(project, self.keys)
        result = cooccurrence(scoped, self.unit_combo.currentData())
        self.matrix.set_result(result, {code_id: project.code_path(code_id) for code_id in project.codes})
        scope = self.tr("全部文件") if self.keys is None else self.tr("筛选范围内的 {n} 份文件").format(n=len(self.keys))
        self.status_label.setText(self.tr("{scope}：{pairs} 对编码共现", "", len(result.counts))
                                  .format(scope=scope, pairs=len(result.counts)))
        self.exports.set_ready(bool(result.counts))
        if chosen in result.counts:
            self.select_pair(chosen)
        else:
            self.show_cell(QModelIndex())

    def select_pair(self, pair: tuple[str, str]) -> None:
        rows = {code_id: i for i, (code_id, _path) in enumerate(self.matrix.codes)}
        self.table.setCurrentIndex(self.matrix.index(rows[pair[0]], rows[pair[1]]))

    def show_cell(self, index) -> list[Passage]:
        """List the passages of the cell's two codes (none for the diagonal or no cell)."""
        pair = index.data(CooccurrenceModel.PairRole) if index.isValid() else None
        found = []
        if pair in self.matrix.result.passages:
            annotations = self.session.project.annotations
            found = [unit_passage([annotations[a] for a in unit]) for unit in self.matrix.result.passages[pair]]
            found.sort(key=lambda p: (self.labels.get(p.doc_key, p.doc_key), p.start, p.end))
        self.passages.set_rows(found, self.labels)
        if pair is None:
            self.cell_label.setText(self.tr("点击一个格子，列出两个编码共现的文本"))
        else:
            a, b = self.matrix.codes[index.row()][1], self.matrix.codes[index.column()][1]  # as clicked
            self.cell_label.setText(self.tr("“{a}”与“{b}”：{count} 处", "", len(found))
                                    .format(a=a, b=b, count=len(found)))
        return found

    def shown_passages(self) -> list[Passage]:
        return list(self.passages.rows)

    def table_for_export(self):
        if not self.matrix.codes:
            return None
        return (self.tr("编码共现"), *self.matrix.table(self.tr("编码")))

