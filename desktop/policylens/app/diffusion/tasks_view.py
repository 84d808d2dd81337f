"""Diffusion ▸ Tasks: the task × agency × deadline table of the corpus.

One row per task and agency (core/diffusion/tasks.py): the document's place and level, the task,
the agency's role, the deadline as written and as a date (open for 长期坚持), and the clause
family of the task. The filter matches any cell. A double click opens the task's clause.
Export: the rows shown (CSV, XLSX).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QTableWidget, QTableWidgetItem

from ...core.diffusion.tasks import COLUMNS
from ..common import styles
from ..common.table_views import read_only_rows
from .base_view import DiffusionView
from .exports import Export

SHOWN = ("place", "level", "task", "role", "agency", "deadline", "due", "family")


def family_index(families) -> dict[tuple[str, str], int]:
    return {(key, clause): family for family, _name, members in families for key, clause, _title in members}


class TasksView(DiffusionView):
    def __init__(self, snapshot, families: Callable[[], list], parent=None):
        self._families = families
        super().__init__(snapshot, ("csv", "xlsx"), parent)
        self.rows: list[list] = []
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选：地区、任务、单位、期限…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(lambda _t: self._fill())
        self.filter_edit.setMinimumWidth(18 * self.fontMetrics().averageCharWidth() * 2)
        self.controls.insertWidget(0, self.filter_edit, 1)
        self.table = read_only_rows(QTableWidget(0, len(SHOWN), self), 2, (0, 1, 3, 4, 5, 6, 7))
        self.table.setSortingEnabled(True)
        self.table.cellDoubleClicked.connect(self._activated)
        self.body.addWidget(self.table, 1)

    def headers(self) -> list[str]:
        return [self.tr("地区"), self.tr("层级"), self.tr("任务"), self.tr("角色"), self.tr("单位"), self.tr("期限"),
                self.tr("截止日期"), self.tr("条款族")]

    def compute(self, data, in_force, params, job):
        return data.tasks(family_index(self._families()), in_force)

    def show_result(self, rows) -> None:
        self.rows = rows
        self._fill()

    def shown_rows(self) -> list[list]:
        wanted = self.filter_edit.text().strip()
        return [r for r in self.rows if not wanted or any(wanted in str(v) for v in r if v is not None)]

    def _fill(self) -> None:
        rows = self.shown_rows()
        self.table.setSortingEnabled(False)
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setRowCount(len(rows))
        at = [COLUMNS.index(c) for c in SHOWN]
        for row, values in enumerate(rows):
            for column, index in enumerate(at):
                value = values[index]
                if COLUMNS[index] == "role":
                    value = styles.role_name(value)
                elif COLUMNS[index] == "due" and value == "open":
                    value = self.tr("长期")
                elif COLUMNS[index] == "place" and not value:
                    value = values[0]  # no place found: the document's name says which it is
                item = QTableWidgetItem("" if value is None else str(value))
                item.setData(Qt.ItemDataRole.UserRole, (values[0], values[COLUMNS.index("clause")]))
                self.table.setItem(row, column, item)
        self.table.setSortingEnabled(True)
        self.status_label.setText(self.tr("{n} 行（任务 × 单位）").format(n=len(rows)))

    def _activated(self, row: int, _column: int) -> None:
        self.clause_activated.emit(*self.table.item(row, 0).data(Qt.ItemDataRole.UserRole))

    def export(self) -> Export | None:
        return Export([(self.tr("任务"), COLUMNS, self.shown_rows())]) if self.result is not None else None

    def export_name(self) -> str:
        return self.tr("任务分工表")
