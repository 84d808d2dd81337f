"""Diffusion ▸ Lineage graph: who cited whom, and who likely copied whom, drawn in layers.

The graph of the documents shown (a date range, one family's documents, those in force on a
date) comes from core/diffusion/lineage.py; cited and inferred edges stay apart in the drawing
(solid, dashed) and in the edge table, where each inferred edge shows its evidence (how much
of the source the target holds, both dates). A click on a node opens the document; a double
click on an edge opens the target at the citation or at the first shared span (found then:
the spans of every inferred edge of a large corpus take far longer than the graph).
Exports: GraphML, GEXF (networkx, as `policylens lineage`), the edge table (CSV), the drawing
(PNG, SVG).

Filters (a family, years, attribute conditions as `--where` writes them, in force on a date)
pick the documents whose lineage is shown; the graph is the whole corpus's, narrowed
(core/diffusion/lineage.narrowed): every edge into a document kept, and a source the filters
left out (the State Council text a Guangdong city cites) drawn grey, as context.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QTableWidget,
                               QTableWidgetItem)

from ...core.diffusion.graph_formats import to_networkx
from ...core.diffusion.lineage import Lineage
from ...core.errors import PolicyLensError
from ..common.error_text import error_text
from ..common.table_views import read_only_rows
from .base_view import DiffusionView
from .exports import Export
from .lineage_drawing import LineageDrawing

EDGE_COLUMNS = ("source", "target", "kind", "citation", "containment", "source_date", "target_date")
ALL = -1


class LineageView(DiffusionView):
    def __init__(self, snapshot, families: Callable[[], list], corpus, parent=None):
        """corpus: the window's corpus_source.Corpus (attribute names and table, sets)."""
        self._families, self._corpus = families, corpus
        self._where_keys: set[str] | None = None  # the documents the attribute conditions keep
        super().__init__(snapshot, ("graphml", "gexf", "csv", "png", "svg"), parent)
        self.graph: Lineage | None = None
        self.family_box = QComboBox(self)
        self.family_box.addItem(self.tr("全部文件"), ALL)
        self.family_box.setMinimumContentsLength(16)
        self.from_year, self.to_year = QSpinBox(self), QSpinBox(self)
        for box, value in ((self.from_year, 1949), (self.to_year, 2100)):
            box.setRange(1949, 2100)
            box.setValue(value)
        self.linked_only = QCheckBox(self.tr("只显示有连线的文件"), self)
        self.linked_only.setChecked(True)
        self.outside = QCheckBox(self.tr("显示库外被引文件"), self)
        self.outside.setChecked(True)
        self.context = QCheckBox(self.tr("显示范围外的来源（灰色）"), self)
        self.context.setChecked(True)
        self.where_edit = QLineEdit(self)
        self.where_edit.setClearButtonEnabled(True)
        self.where_edit.setPlaceholderText(self.tr("属性条件，如 province=广东; year>=2016"))
        self.where_edit.setToolTip(self.tr("与命令行 --where 相同：名称=值、名称>=值、名称=起..止、名称=甲|乙、"
                                           "名称!=值、名称~文字、set=文档集；多个条件用分号隔开，须同时满足"))
        for signal in (self.family_box.currentIndexChanged, self.from_year.editingFinished,
                       self.to_year.editingFinished, self.where_edit.returnPressed):
            signal.connect(lambda *_args: self.refresh())
        for box in (self.linked_only, self.outside, self.context):
            box.toggled.connect(lambda _on: self._draw())
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("条款族："), self))
        filters.addWidget(self.family_box, 1)
        filters.addWidget(QLabel(self.tr("年份："), self))
        filters.addWidget(self.from_year)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.to_year)
        filters.addWidget(self.where_edit, 1)
        self.body.insertLayout(1, filters)
        shown = QHBoxLayout()
        for box in (self.linked_only, self.outside, self.context):
            shown.addWidget(box)
        shown.addStretch(1)
        self.body.insertLayout(2, shown)
        self.drawing = LineageDrawing(self)
        self.drawing.node_clicked.connect(self.document_activated)
        self.edges = read_only_rows(QTableWidget(0, 5, self), 2, (3, 4))
        self.edges.setWordWrap(False)
        for column in (0, 1):
            self.edges.setColumnWidth(column, 240)
        self.edges.cellDoubleClicked.connect(self._edge_activated)
        self.add_split(Qt.Orientation.Vertical, (self.drawing, 3), (self.edges, 1))

    def parameters(self) -> dict:
        return {"family": self.family_box.currentData(), "years": (self.from_year.value(), self.to_year.value()),
                "where": self._where_keys}

    def refresh(self) -> None:
        try:  # on the UI thread, which owns the corpus's attribute table (read again only when changed)
            scope = self.scope()
            self._where_keys = scope.keys(self._corpus.attribute_table()) if scope else None
        except PolicyLensError as exc:  # said where it was typed; the graph stays as it was
            self.status_label.setText(self.tr("属性条件有误：{message}").format(message=error_text(exc)))
            return
        super().refresh()

    def scope(self):
        """The attribute conditions typed (core/scope.py, as --where), split at semicolons."""
        from ...core.scope import scope_from
        from ...store.user_collections import UserCollections

        wheres = [w.strip() for w in self.where_edit.text().replace("；", ";").split(";") if w.strip()]
        return scope_from(wheres, self._corpus.attribute_names(), UserCollections(self._corpus.data_dir).members)

    def compute(self, data, in_force, params, job):
        families = self._families()
        keys = set(data.facts)
        if in_force is not None:
            keys &= in_force
        low, high = params["years"]
        keys = {k for k in keys if not data.facts[k].date or low <= data.facts[k].date.year <= high}
        if params["family"] != ALL:
            members = next((m for f, _n, m in families if f == params["family"]), [])
            keys &= {key for key, _clause, _title in members}
        if params["where"] is not None:
            keys &= params["where"]
        whole = keys == set(data.facts)
        return families, data.narrowed(None if whole else keys), data  # spans: of one edge, when asked

    def show_result(self, result) -> None:
        families, self.graph, self._data = result
        current = self.family_box.currentData()
        self.family_box.blockSignals(True)
        self.family_box.clear()
        self.family_box.addItem(self.tr("全部文件"), ALL)
        for family, name, members in families:
            if len({m[0] for m in members}) >= 2:
                self.family_box.addItem(f"{family}. {name}", family)
        self.family_box.setCurrentIndex(max(self.family_box.findData(current), 0))
        self.family_box.blockSignals(False)
        self._draw()

    def shown_graph(self) -> Lineage | None:
        """The graph as drawn: without unlinked documents or outside ones, if so chosen."""
        if self.graph is None:
            return None
        graph = self.graph
        nodes = dict(graph.nodes)
        if not self.outside.isChecked():
            nodes = {k: v for k, v in nodes.items() if v.get("in_corpus", True)}
        if not self.context.isChecked():
            nodes = {k: v for k, v in nodes.items() if v.get("in_scope", True) or not v.get("in_corpus", True)}
        edges = [e for e in graph.edges if e.source in nodes and e.target in nodes]
        if self.linked_only.isChecked():
            linked = {e.source for e in edges} | {e.target for e in edges}
            nodes = {k: v for k, v in nodes.items() if k in linked}
        return Lineage(nodes, edges)

    def _draw(self) -> None:
        graph = self.shown_graph()
        self.drawing.set_graph(graph)
        edges = graph.edges if graph else []
        self.edges.setHorizontalHeaderLabels([self.tr("来源"), self.tr("目标"), self.tr("依据"), self.tr("类型"),
                                              self.tr("日期")])
        self.edges.setRowCount(len(edges))
        for row, edge in enumerate(edges):
            ev = edge.evidence
            if edge.kind == "cited":
                kind, basis = self.tr("引用"), ev["citation"] + (self.tr("（废止）") if ev.get("repeals") else "")
                dates = ""
            else:
                kind = self.tr("推断")
                basis = self.tr("目标含来源 {share:.0%} 的文本（{n} 个五字组）").format(
                    share=ev["containment"], n=ev["shared_grams"])
                dates = f"{ev['source_date']} → {ev['target_date']}"
            cells = [_name(graph, edge.source), _name(graph, edge.target), basis, kind, dates]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row)
                self.edges.setItem(row, column, item)
        n_cited = sum(e.kind == "cited" for e in edges)
        text = self.tr("{nodes} 个节点；{cited} 条引用边（实线），{inferred} 条推断边（虚线）。点击节点打开文件。").format(
            nodes=len(graph.nodes) if graph else 0, cited=n_cited, inferred=len(edges) - n_cited)
        context = sum(not v.get("in_scope", True) and v.get("in_corpus", True) for v in graph.nodes.values()) if graph else 0
        if context:
            text += self.tr("灰色的 {n} 个文件不在筛选范围内，作为来源显示。").format(n=context)
        self.status_label.setText(text)

    def _edge_activated(self, row: int, _column: int) -> None:
        edge = self.shown_graph().edges[row]
        if edge.kind == "cited":
            self.span_activated.emit(edge.target, edge.evidence["start"], edge.evidence["end"])
            return
        spans = self._data.shared_spans(edge.source, edge.target)
        if spans:
            self.span_activated.emit(edge.target, *spans[0])
        else:
            self.document_activated.emit(edge.target)

    def export(self) -> Export | None:
        graph = self.shown_graph()
        if graph is None:
            return None
        rows = [[e.source, e.target, e.kind, e.evidence.get("citation", ""), e.evidence.get("containment", ""),
                 e.evidence.get("source_date", ""), e.evidence.get("target_date", "")] for e in graph.edges]
        return Export([(self.tr("边"), EDGE_COLUMNS, rows)], picture=self.drawing.save,
                      graph=lambda: to_networkx(graph))

    def export_name(self) -> str:
        return self.tr("谱系图")


def _name(graph: Lineage, node_id: str) -> str:
    attrs = graph.nodes.get(node_id, {})
    return attrs.get("label") or node_id
