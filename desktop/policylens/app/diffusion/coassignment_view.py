"""Diffusion ▸ Agency co-assignment: which agencies the corpus names together on one task.

From the task rows (core/diffusion/tasks.py), pairs of agencies named on one task and how many
tasks name them (core/diffusion/coassignment.py): leading together, one leading and the other
cooperating, or both cooperating. Filter by place and kind, and by a least count. The matrix
shows the agencies most often co-assigned (MATRIX_AGENCIES at most), the list every pair; a
double click on a pair opens its first task. Exports: the pairs and the matrix (CSV, XLSX) and
the graph (GraphML, GEXF).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QSpinBox, QTableWidget,
                               QTableWidgetItem)

from ...core.diffusion import coassignment as co
from ...core.diffusion.tasks import COLUMNS
from ..common.table_views import read_only_rows
from .base_view import DiffusionView
from .exports import Export
from .tasks_view import family_index

MATRIX_AGENCIES = 30
PAIR_COLUMNS = ("agency_a", "agency_b", "kind", "tasks")
ALL = ""
_PLACE = COLUMNS.index("place")


class CoassignmentView(DiffusionView):
    def __init__(self, snapshot, families: Callable[[], list], parent=None):
        self._families = families
        super().__init__(snapshot, ("csv", "xlsx", "graphml", "gexf"), parent)
        self.rows: list[list] = []
        self.pairs: list[co.Pair] = []
        self.place_box = QComboBox(self)
        self.place_box.addItem(self.tr("全部地区"), ALL)
        self.place_box.currentIndexChanged.connect(lambda _i: self._fill())
        self.kind_boxes = {}
        for kind, text in (("lead", self.tr("共同牵头")), ("cooperate", self.tr("牵头—配合")),
                           ("peers", self.tr("共同配合"))):
            box = QCheckBox(text, self)
            box.setChecked(True)
            box.toggled.connect(lambda _on: self._fill())
            self.kind_boxes[kind] = box
        self.least = QSpinBox(self)
        self.least.setRange(1, 999)
        self.least.valueChanged.connect(lambda _v: self._fill())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("地区："), self))
        filters.addWidget(self.place_box)
        for box in self.kind_boxes.values():
            filters.addWidget(box)
        filters.addWidget(QLabel(self.tr("至少任务数："), self))
        filters.addWidget(self.least)
        filters.addStretch(1)
        self.body.insertLayout(1, filters)
        self.matrix = QTableWidget(0, 0, self)
        self.matrix.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.matrix.horizontalHeader().setDefaultSectionSize(48)
        self.pair_table = read_only_rows(QTableWidget(0, 4, self), 1, (2, 3))
        self.pair_table.setColumnWidth(0, 180)
        self.pair_table.cellDoubleClicked.connect(self._pair_activated)
        self.add_split(Qt.Orientation.Horizontal, (self.matrix, 3), (self.pair_table, 2))

    def compute(self, data, in_force, params, job):
        return data.tasks(family_index(self._families()), in_force)

    def show_result(self, rows) -> None:
        self.rows = rows
        current = self.place_box.currentData()
        self.place_box.blockSignals(True)
        self.place_box.clear()
        self.place_box.addItem(self.tr("全部地区"), ALL)
        for place in sorted({r[_PLACE] for r in rows if r[_PLACE]}):
            self.place_box.addItem(place, place)
        self.place_box.setCurrentIndex(max(self.place_box.findData(current), 0))
        self.place_box.blockSignals(False)
        self._fill()

    def set_filter(self, place: str = ALL, kinds=co.KINDS, least: int = 1) -> None:
        self.place_box.setCurrentIndex(max(self.place_box.findData(place), 0))
        for kind, box in self.kind_boxes.items():
            box.setChecked(kind in kinds)
        self.least.setValue(least)

    def _fill(self) -> None:
        place = self.place_box.currentData()
        kinds = [k for k, box in self.kind_boxes.items() if box.isChecked()]
        pairs = co.coassignments(self.rows, [place] if place else None, kinds)
        self.pairs = [p for p in pairs if p.count >= self.least.value()]
        names = self.kind_names()
        self.pair_table.setHorizontalHeaderLabels([self.tr("单位甲"), self.tr("单位乙"), self.tr("关系"), self.tr("任务数")])
        self.pair_table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            for column, value in enumerate((pair.a, pair.b, names[pair.kind], str(pair.count))):
                self.pair_table.setItem(row, column, QTableWidgetItem(value))
        agencies, cells = co.matrix(self.pairs)
        agencies, cells = agencies[:MATRIX_AGENCIES], [r[:MATRIX_AGENCIES] for r in cells[:MATRIX_AGENCIES]]
        self.matrix.clear()
        self.matrix.setRowCount(len(agencies))
        self.matrix.setColumnCount(len(agencies))
        self.matrix.setVerticalHeaderLabels(agencies)
        self.matrix.setHorizontalHeaderLabels([str(i + 1) for i in range(len(agencies))])
        for i, agency in enumerate(agencies):
            self.matrix.horizontalHeaderItem(i).setToolTip(agency)
            self.matrix.verticalHeaderItem(i).setText(f"{i + 1}. {agency}")
            for j, count in enumerate(cells[i]):
                if count:
                    item = QTableWidgetItem(str(count))
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setToolTip(f"{agency} — {agencies[j]}: {count}")
                    self.matrix.setItem(i, j, item)
        self.status_label.setText(self.tr("{pairs} 对单位；矩阵显示共同任务最多的 {shown} 个单位。").format(
            pairs=len(self.pairs), shown=len(agencies)))

    def kind_names(self) -> dict[str, str]:
        return {"lead": self.tr("共同牵头"), "cooperate": self.tr("牵头—配合"), "peers": self.tr("共同配合")}

    def _pair_activated(self, row: int, _column: int) -> None:
        key, clause = self.pairs[row].tasks[0]
        self.clause_activated.emit(key, clause)

    def export(self) -> Export | None:
        if self.result is None:
            return None
        pairs = list(self.pairs)
        agencies, cells = co.matrix(pairs)
        return Export([(self.tr("单位对"), PAIR_COLUMNS, [[p.a, p.b, p.kind, p.count] for p in pairs]),
                       (self.tr("矩阵"), ("agency", *agencies), [[a, *row] for a, row in zip(agencies, cells)])],
                      graph=lambda: co.graph(pairs))

    def export_name(self) -> str:
        return self.tr("单位协同")
