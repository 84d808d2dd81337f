"""Diffusion ▸ Adoption timeline: a clause family in time, its curve, pattern and evidence.

The families come from the window's alignment (with the user's corrections); each is placed in
time by its documents' adoption dates (core/diffusion/timeline.py). The list shows every family
of two members or more, largest first, with its pattern; the chart and the member table show
the chosen one. Exports: the place × year panel and the family × place table of every family
(CSV, XLSX), and the chart (PNG, SVG).
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QAbstractItemView, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.diffusion import panel as panels
from ...core.diffusion.timeline import Timeline, timeline
from ...core.places import place_label
from ..common.table_views import read_only_rows
from ..common.ui_language import ui_language
from .adoption_chart import AdoptionChart
from .base_view import DiffusionView
from .exports import Export

FAMILY_ROLE = Qt.ItemDataRole.UserRole + 1


def pattern_names() -> dict[str, str]:
    return {"top-down": QCoreApplication.translate("TimelineView", "自上而下"),
            "bottom-up": QCoreApplication.translate("TimelineView", "自下而上"),
            "horizontal": QCoreApplication.translate("TimelineView", "横向扩散"),
            "undetermined": QCoreApplication.translate("TimelineView", "无法判断")}


def date_source_names() -> dict[str, str]:
    return {"written": QCoreApplication.translate("TimelineView", "成文日期"),
            "issued": QCoreApplication.translate("TimelineView", "印发日期"),
            "published": QCoreApplication.translate("TimelineView", "发布日期"),
            "number": QCoreApplication.translate("TimelineView", "文号年份"),
            "corrected": QCoreApplication.translate("TimelineView", "更正的日期")}


class TimelineView(DiffusionView):
    def __init__(self, snapshot, families: Callable[[], list], parent=None):
        """families() (on a worker thread): (id, name, [(key, clause id, clause title)]) of each family."""
        self._families = families
        super().__init__(snapshot, ("csv", "xlsx", "png", "svg"), parent)
        self.lines: list[Timeline] = []
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选条款族…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._fill_list)
        self.family_list = QListWidget(self)
        self.family_list.currentItemChanged.connect(lambda item, _old: self._show_family(item))
        self.chart = AdoptionChart(self)
        self.chart.point_clicked.connect(self.clause_activated)
        self.pattern_label = QLabel(self)
        self.pattern_label.setWordWrap(True)
        self.pattern_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.members = read_only_rows(QTableWidget(0, 6, self), 5, (0, 1, 2, 3, 4))
        self.members.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.members.cellDoubleClicked.connect(self._member_activated)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.filter_edit)
        column.addWidget(self.family_list, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.chart)
        right.addWidget(self.members)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setSizes([340, 800])
        self.body.addWidget(split, 1)
        self.body.addWidget(self.pattern_label)

    # -- computing -----------------------------------------------------------------------------
    def compute(self, data, in_force, params, job):
        lines = []
        for family, name, members in self._families():
            kept = [m for m in members if m[0] in data.facts and (in_force is None or m[0] in in_force)]
            if len(kept) >= 2:
                lines.append(timeline(family, name, kept, data.facts))
        lines.sort(key=lambda t: (-len(t.points) - len(t.undated), t.family))
        corpus = [f for k, f in data.facts.items() if in_force is None or k in in_force]
        return lines, panels.panel(lines, corpus), panels.family_place_table(lines)

    def show_result(self, result) -> None:
        self.lines = result[0]
        self._fill_list()

    def _fill_list(self) -> None:
        wanted = self.filter_edit.text().strip()
        current = self.current_family()
        self.family_list.clear()
        names = pattern_names()
        for line in self.lines:
            if wanted and wanted not in line.name and wanted != str(line.family):
                continue
            members = len(line.points) + len(line.undated)
            item = QListWidgetItem(self.tr("{id}. {name}（{n} 处，{pattern}）").format(
                id=line.family, name=line.name or self.tr("（无标题）"), n=members, pattern=names[line.pattern]))
            item.setData(FAMILY_ROLE, line.family)
            self.family_list.addItem(item)
            if line.family == current:
                self.family_list.setCurrentItem(item)
        if self.family_list.currentItem() is None and self.family_list.count():
            self.family_list.setCurrentRow(0)
        if not self.family_list.count():
            self._show_family(None)

    def current_family(self) -> int | None:
        item = self.family_list.currentItem()
        return item.data(FAMILY_ROLE) if item is not None else None

    def current_timeline(self) -> Timeline | None:
        family = self.current_family()
        return next((t for t in self.lines if t.family == family), None)

    def select_family(self, family: int) -> None:
        for row in range(self.family_list.count()):
            if self.family_list.item(row).data(FAMILY_ROLE) == family:
                self.family_list.setCurrentRow(row)

    # -- showing -------------------------------------------------------------------------------
    def _show_family(self, _item) -> None:
        line = self.current_timeline()
        self.chart.set_timeline(line)
        self._fill_members(line)
        self.pattern_label.setText(self._evidence_text(line) if line else self.tr("没有可显示的条款族"))

    def _evidence_text(self, line: Timeline) -> str:
        names = pattern_names()
        parts = [self.tr("模式：{pattern}。").format(pattern=names[line.pattern])]
        evidence = line.evidence
        first = evidence.get("first_reference")
        if first:
            parts.append(self.tr("最早的中央或省级成员：{place}（{date}）；其前的地方成员 {before} 个，其后 {after} 个。").format(
                place=place_label(first["place"], first["level"]), date=first["date"],
                before=len(evidence["local_before"]), after=len(evidence["local_after"])))
        elif line.pattern == "horizontal":
            parts.append(self.tr("没有带日期的中央或省级成员，或没有地方成员：同级之间扩散。"))
        movers = "、".join(p.facts.place_label or p.key for p in line.first_movers)
        laggards = "、".join(p.facts.place_label or p.key for p in line.laggards)
        parts.append(self.tr("先行者：{first}。").format(first=movers or "—"))
        if laggards:
            parts.append(self.tr("最晚：{last}。").format(last=laggards))
        if line.undated:
            parts.append(self.tr("另有 {n} 个成员的文件无日期。").format(n=len(line.undated)))
        return (" " if ui_language() == "en" else "").join(parts)  # Chinese sentences run on

    def _fill_members(self, line: Timeline | None) -> None:
        self.members.setHorizontalHeaderLabels([self.tr("顺序"), self.tr("日期"), self.tr("所用日期"), self.tr("地区"),
                                                self.tr("层级"), self.tr("条款")])
        points = (line.points + line.undated) if line else []
        self.members.setRowCount(len(points))
        sources = date_source_names()
        for row, p in enumerate(points):
            date = p.facts.date
            cells = [str(p.order) if p.order else "—", date.value if date else self.tr("无日期"),
                     sources.get(date.source, date.source) if date else "", p.facts.place or p.key,
                     p.facts.level, p.title or p.clause]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, (p.key, p.clause))
                self.members.setItem(row, column, item)

    def _member_activated(self, row: int, _column: int) -> None:
        self.clause_activated.emit(*self.members.item(row, 0).data(Qt.ItemDataRole.UserRole))

    # -- exporting -----------------------------------------------------------------------------
    def export(self) -> Export | None:
        if self.result is None:
            return None
        _lines, rows, (columns, table) = self.result
        return Export([(self.tr("面板"), panels.PANEL_COLUMNS, rows), (self.tr("采纳年份"), tuple(columns), table)],
                      picture=self.chart.save)

    def export_name(self) -> str:
        line = self.current_timeline()
        return self.tr("采纳时间线 {name}").format(name=line.name if line else "")
