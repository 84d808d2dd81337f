"""The coverage matrix window: a template's clauses (rows) × the other documents (columns).

Pick a template (any document, or every clause family by size), read which of its clauses each
document adopted, changed or dropped; a double-click (or Enter) on a cell asks for the
side-by-side view of that clause with the template as the reference. The alignment is brought
up to date and the matrix computed on a worker thread: the first alignment of a corpus takes
a while, and even an aligned corpus of thousands of documents takes a moment to read.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, ContextManager, Mapping, Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QTableView,
                               QVBoxLayout)

from ...core.coverage import BANDS, ClausesOf, CoverageMatrix, family_coverage, template_coverage
from ...exchange.reports.matrix_table import BAND_COLOURS, coverage_table
from ..common import styles
from ..common.runner import BackgroundWidget, Runner
from ..common.export_buttons import ExportButtons
from ..common.in_force_box import InForceBox
from .matrix_models import CoverageModel, band_names

ALL_FAMILIES = ""  # the template picker's first entry: every family, largest first
COLUMN_WIDTH = 150


@dataclass(frozen=True)
class Choice:
    key: str
    name: str  # the place, as column headers show it
    title: str


def corrected_groups(alignment) -> dict[int, list[int]]:
    """The store's families with the user's corrections applied (family id -> entries)."""
    return alignment.groups()


def compute_coverage(alignment, template: str, keys: Sequence[str], clauses_of: ClausesOf,
                     progress: Callable[[int, int], None] | None = None) -> CoverageMatrix:
    """Bring the alignment up to date (nothing to do when the window's loader has just run),
    then the matrix (template ALL_FAMILIES: family mode). Any thread."""
    alignment.update(progress)
    groups = corrected_groups(alignment)
    if template == ALL_FAMILIES:
        return family_coverage(alignment.index, groups, keys, clauses_of)
    return template_coverage(alignment.index, groups, template, keys, clauses_of)


def family_names(alignment, matrix: CoverageMatrix) -> dict[int, str]:
    """Family id -> its name (core.family_names: its template's heading, else its most common
    title), for the rows of a family-mode matrix. Any thread."""
    from ...core.family_names import family_name

    if matrix.template is not None:
        return {}
    groups, entries, standing_of = alignment.groups(), alignment.index.entries, alignment.standing_of()
    return {row.family_id: family_name([entries[m] for m in groups[row.family_id]], standing_of)
            for row in matrix.rows if row.family_id in groups}


class CoverageView(BackgroundWidget):
    clause_activated = Signal(str, str, str)  # document key, clause id, reference document key
    computed = Signal()

    def __init__(self, access: Callable[[], ContextManager], choices: Sequence[Choice], clauses_of: ClausesOf,
                 template: str | None = None, parent=None, in_force: Callable[[str], set] | None = None,
                 shares: Callable[[], Mapping] | None = None):
        """access() holds the AlignmentStore for a block (AlignmentLoader.access): the matrix is
        computed while no update runs. in_force(date): the keys in force then (in_force_box.in_force_of).
        shares(): every document's share of new text (any thread), shown as the last row."""
        super().__init__(parent)
        self._in_force = in_force
        self._access, self.choices, self._clauses_of = access, list(choices), clauses_of
        self.names = {c.key: c.name for c in self.choices}
        self.model = CoverageModel(self)
        self._build()
        self._background.finished.connect(self._show)
        self._background.failed.connect(self._failed)
        self._background.progress.connect(self._show_progress)
        start = self.template_box.findData(template) if template else -1
        self.template_box.setCurrentIndex(max(start, 0))
        self.template_box.currentIndexChanged.connect(self.recompute)
        self.recompute()
        self._shares = Runner(self, "policylens-coverage-shares")  # the same for every template
        self._shares.finished.connect(self.model.set_shares)
        if shares is not None:
            self._shares.start(lambda _job: shares())

    def shutdown(self) -> None:
        self._shares.shutdown()
        super().shutdown()

    def _build(self) -> None:
        self.template_box = QComboBox(self)
        self.template_box.addItem(self.tr("全部条款族（按大小）"), ALL_FAMILIES)
        for choice in self.choices:
            self.template_box.addItem(f"{choice.name} — {choice.title}", choice.key)
        self.template_box.setMinimumContentsLength(30)
        self.legend = {}
        for band in BANDS:
            box = QCheckBox(band_names()[band], self)
            box.setChecked(True)
            box.setStyleSheet(f"QCheckBox {{ background: {styles.band_fill(BAND_COLOURS[band]).name()}; "
                              f"color: {styles.band_ink().name()}; "
                              "padding: 2px 6px; border-radius: 3px; }")
            box.toggled.connect(self._bands_changed)
            self.legend[band] = box
        self.export_buttons = ExportButtons(self.table_for_export, self._export_name, self)
        self.in_force_box = InForceBox(self)  # only the documents in force on a date
        self.in_force_box.changed.connect(self.recompute)
        self.in_force_box.setVisible(self._in_force is not None)
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)  # a long clause id or agency list is elided, its tooltip in full
        self.table.horizontalHeader().setDefaultSectionSize(COLUMN_WIDTH)
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().lineSpacing() + 10)
        self.table.verticalHeader().setMaximumWidth(380)
        self.table.activated.connect(self._activated)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("模板："), self))
        top.addWidget(self.template_box, 1)
        top.addWidget(self.export_buttons)
        legend = QHBoxLayout()
        for box in self.legend.values():
            legend.addWidget(box)
        legend.addStretch(1)
        legend.addWidget(self.in_force_box)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(legend)
        layout.addWidget(self.status_label)
        layout.addWidget(self.table, 1)

    # -- computing -----------------------------------------------------------------------------

    def template(self) -> str:
        return self.template_box.currentData()

    def set_template(self, key: str) -> None:
        self.template_box.setCurrentIndex(self.template_box.findData(key))

    def recompute(self, *_signal_args) -> None:
        template, keys = self.template(), [c.key for c in self.choices]
        self.export_buttons.set_ready(False)
        self.status_label.setText(self.tr("正在计算覆盖矩阵…"))
        access, clauses_of = self._access, self._clauses_of
        on, in_force = self.in_force_box.date(), self._in_force

        def work(job) -> CoverageMatrix:
            kept = in_force(on) if on and in_force is not None else None
            shown = [k for k in keys if kept is None or k in kept or k == template]
            with access() as alignment:
                matrix = compute_coverage(alignment, template, shown, clauses_of, job.report)
                return matrix, family_names(alignment, matrix)
        self._background.start(work)

    def _show_progress(self, n: int, total: int, _text: str = "") -> None:
        if n == total or n % 25 == 0:
            self.status_label.setText(self.tr("正在对齐条款 {n}/{total}…").format(n=n, total=total))

    def _show(self, computed: tuple[CoverageMatrix, dict[int, str]]) -> None:
        matrix, names = computed
        self.model.set_matrix(matrix, self.names, names)
        if matrix.template is None:
            text = self.tr("{rows} 个条款族（按大小排列）× {columns} 份文件；每族以语料库中第一份文件的条款为参照。")
        else:
            text = self.tr("{name} 的 {rows} 个条款 × 其他 {columns} 份文件。每格：对应条款、与模板条款的相似度、"
                           "牵头单位；双击打开各地对照。")
        self.status_label.setText(text.format(rows=len(matrix.rows), columns=len(matrix.keys),
                                              name=self.names.get(matrix.template or "", "")))
        self.export_buttons.set_ready(True)
        self.computed.emit()

    def _failed(self, message: str) -> None:
        self.model.set_matrix(None, self.names)
        self.status_label.setText(self.tr("无法计算覆盖矩阵：{message}").format(message=message))

    # -- reading -------------------------------------------------------------------------------

    def _bands_changed(self) -> None:
        self.model.set_shown_bands({band for band, box in self.legend.items() if box.isChecked()})

    def _activated(self, index: QModelIndex) -> None:
        matrix = self.model.matrix
        if matrix is None or not index.isValid() or self.model.is_share_row(index.row()):
            return
        row = matrix.rows[index.row()]
        cell = matrix.cell(index.row(), index.column())
        if cell is None:  # dropped: the reference clause beside what the others have
            self.clause_activated.emit(row.reference.key, row.reference.clause_id, "")
        else:
            self.clause_activated.emit(cell.key, cell.clause_id, row.reference.key)

    def table_for_export(self):
        matrix = self.model.matrix
        if matrix is None:
            return None
        return coverage_table(matrix, self.names, self._export_name(), band_names(), self.model.shares,
                              self.tr("新内容占比"), self.model.family_names)

    def _export_name(self) -> str:
        matrix = self.model.matrix
        if matrix is None or matrix.template is None:
            return self.tr("覆盖矩阵（全部条款族）")
        return self.tr("覆盖矩阵（模板：{name}）").format(name=self.names.get(matrix.template, matrix.template))
