"""The Diffusion menu's windows over the real Guangdong chain (tests/data/diffusion) and the
Chengdu text citing 国发〔2005〕38号 by its 文号 alone (tests/data/diffusion_bare), driven
through the menu actions, clicks and keys of the real widgets: the adoption chart, the lineage
drawing, novelty, the task table and the co-assignment matrix, with their exports."""
from __future__ import annotations

import csv
from pathlib import Path

import networkx as nx
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction

from diffusion_chain import (CHAIN_FILES, CHENGDU, FOSHAN, HUIZHOU, PROVINCE, STATE_COUNCIL, ZHONGSHAN_2013,
                             ZHONGSHAN_2014)

pytestmark = pytest.mark.gui



@pytest.fixture(scope="module")
def chain_dir(tmp_path_factory):
    from policylens.workspace import Workspace

    folder = tmp_path_factory.mktemp("chain")
    Workspace(folder).import_files(CHAIN_FILES)
    return folder


@pytest.fixture
def window(window_over, chain_dir):
    window = window_over(chain_dir)
    return window


def triggered(qtbot, window, action_name):
    """The tool window a menu action opens."""
    before = set(window.tool_windows)
    window.findChild(QAction, action_name).trigger()
    qtbot.waitUntil(lambda: len(window.tool_windows) > len(before), timeout=5000)
    return next(v for v in window.tool_windows if v not in before)


def open_view(qtbot, window, action_name):
    """The window a Diffusion menu action opens, once it has computed."""
    action = window.findChild(QAction, action_name)
    assert action.text() and action in window.menuBar().actions()[-2].menu().actions()  # 传播, before 帮助
    view = triggered(qtbot, window, action_name)
    qtbot.waitUntil(lambda: view.result is not None, timeout=60000)
    qtbot.waitExposed(view)
    return view


def recomputed(qtbot, view, change):
    with qtbot.waitSignal(view.computed, timeout=60000):
        change()


def export(view, tmp_path, fmt) -> Path:
    path = tmp_path / f"export.{fmt}"
    view.export_buttons.ask_path = lambda _fmt: str(path)
    view.export_buttons.buttons[fmt].click()
    assert view.export_buttons.message.text().endswith(str(path)), view.export_buttons.message.text()
    return path


def test_the_menu_is_named_diffusion(window):
    assert window.menuBar().actions()[-2].text() == "传播(&U)"


def test_timeline_of_a_family_classifies_and_opens_a_clause(qtbot, window, tmp_path):
    view = open_view(qtbot, window, "adoption_timeline")
    view.filter_edit.setText("推行信息化管理")  # the provincial clause that 惠州 and 佛山 rewrote
    line = view.current_timeline()
    assert [(p.key, p.order) for p in line.points] == [(PROVINCE, 1), (HUIZHOU, 2), (FOSHAN, 3)]
    assert line.pattern == "top-down" and "自上而下" in view.pattern_label.text()
    assert view.members.item(0, 2).text() == "文号年份" and view.members.item(1, 2).text() == "成文日期"
    centre, point = view.chart.positions(view.chart.rect())[1]  # 惠州, the second adopter
    assert point.key == HUIZHOU
    with qtbot.waitSignal(view.chart.point_clicked) as clicked:
        qtbot.mouseClick(view.chart, Qt.MouseButton.LeftButton, pos=centre.toPoint())
    assert clicked.args == [HUIZHOU, point.clause]
    qtbot.waitUntil(lambda: window.reader.current is not None and window.reader.current.key == HUIZHOU)
    rows = list(csv.reader(export(view, tmp_path, "csv").read_text("utf-8-sig").splitlines()))
    assert rows[0][:6] == ["family", "family_name", "place", "level", "year", "adopted"]
    assert ["惠州", "市", "2012", "1"] in [r[2:6] for r in rows if r[0] == str(line.family)]
    book = load_workbook(export(view, tmp_path, "xlsx"))
    assert book.sheetnames == ["面板", "采纳年份"]
    assert export(view, tmp_path, "png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in export(view, tmp_path, "svg").read_bytes()[:2000]


def test_timeline_in_force_drops_the_replaced_regulation(qtbot, window):
    view = open_view(qtbot, window, "adoption_timeline")
    view.filter_edit.setText("加强流动人员服务管理")  # the purpose clause of 中山's two versions
    before = [p.key for p in view.current_timeline().points]
    assert before[-2:] == [ZHONGSHAN_2013, ZHONGSHAN_2014]
    recomputed(qtbot, view, lambda: view.in_force_box.set_date("2014-11-01"))  # 2014 replaced 2013
    assert [p.key for p in view.current_timeline().points] == before[:-2] + [ZHONGSHAN_2014]


def test_lineage_draws_cited_and_inferred_edges_and_a_click_opens_the_document(qtbot, window, tmp_path):
    view = open_view(qtbot, window, "lineage_graph")
    graph = view.shown_graph()
    kinds = {(e.source, e.target): set() for e in graph.edges}
    for e in graph.edges:
        kinds[(e.source, e.target)].add(e.kind)
    assert kinds[(PROVINCE, HUIZHOU)] == {"cited", "inferred"}
    assert kinds[(STATE_COUNCIL, CHENGDU)] == {"cited"}  # by its bare 文号
    placed = view.drawing.layout_nodes(view.drawing.rect())
    assert placed[STATE_COUNCIL].y < placed[PROVINCE].y < placed[HUIZHOU].y  # 国家 above 省 above 市
    assert placed[HUIZHOU].x < placed[ZHONGSHAN_2013].x < placed[ZHONGSHAN_2014].x  # by date
    with qtbot.waitSignal(view.drawing.node_clicked) as clicked:
        qtbot.mouseClick(view.drawing, Qt.MouseButton.LeftButton,
                         pos=QPoint(round(placed[CHENGDU].x), round(placed[CHENGDU].y)))
    assert clicked.args == [CHENGDU]
    qtbot.waitUntil(lambda: window.reader.current is not None and window.reader.current.key == CHENGDU)
    row = next(r for r in range(view.edges.rowCount()) if view.edges.item(r, 3).text() == "推断")
    assert "目标含来源" in view.edges.item(row, 2).text()
    read = nx.read_graphml(export(view, tmp_path, "graphml"), force_multigraph=True)
    assert sorted(d["kind"] for a, b, d in read.edges(data=True) if (a, b) == (PROVINCE, HUIZHOU)) == ["cited", "inferred"]
    assert nx.read_gexf(export(view, tmp_path, "gexf")).number_of_nodes() == len(graph.nodes)
    assert export(view, tmp_path, "png").stat().st_size > 1000
    view.outside.setChecked(False)
    assert all(n.get("in_corpus", True) for n in view.shown_graph().nodes.values())


def test_lineage_filtered_by_year_and_in_force(qtbot, window):
    view = open_view(qtbot, window, "lineage_graph")
    view.from_year.setValue(2012)
    recomputed(qtbot, view, view.from_year.editingFinished.emit)
    nodes = view.graph.nodes
    assert nodes[HUIZHOU]["in_scope"]
    assert not nodes[PROVINCE]["in_scope"]  # of 2011: kept, grey, as the source of the cities after it
    assert STATE_COUNCIL not in nodes and CHENGDU not in nodes  # 2005 and 2009, and no later text cites them
    assert not any(e.target == PROVINCE for e in view.graph.edges)
    recomputed(qtbot, view, lambda: view.in_force_box.set_date("2014-11-01"))
    assert not view.graph.nodes[ZHONGSHAN_2013]["in_scope"] and view.graph.nodes[ZHONGSHAN_2014]["in_scope"]
    view.context.setChecked(False)
    assert ZHONGSHAN_2013 not in view.shown_graph().nodes and ZHONGSHAN_2014 in view.shown_graph().nodes


def test_lineage_filtered_by_attributes_keeps_the_cited_province_grey(qtbot, window):
    view = open_view(qtbot, window, "lineage_graph")
    view.where_edit.setText("province=广东；level=市")  # as --where writes them, a full-width semicolon too
    recomputed(qtbot, view, view.where_edit.returnPressed.emit)
    graph = view.shown_graph()
    assert {k for k, n in graph.nodes.items() if n["in_scope"]} == {HUIZHOU, ZHONGSHAN_2013, ZHONGSHAN_2014}
    assert not graph.nodes[PROVINCE]["in_scope"] and "不在筛选范围内" in view.drawing.tooltip_of(
        view.drawing.layout_nodes(view.drawing.rect())[PROVINCE])
    inside = {(e.source, e.target, e.kind) for e in graph.edges if graph.nodes[e.source]["in_corpus"]}
    assert inside == {(PROVINCE, ZHONGSHAN_2013, "cited"), (PROVINCE, ZHONGSHAN_2014, "cited"), (PROVINCE, HUIZHOU, "cited"),
                      (ZHONGSHAN_2013, ZHONGSHAN_2014, "cited"), (ZHONGSHAN_2013, ZHONGSHAN_2014, "inferred"),
                      (PROVINCE, HUIZHOU, "inferred")}
    assert "灰色的 1 个文件不在筛选范围内" in view.status_label.text()
    before = view.graph
    view.where_edit.setText("provinze=广东")
    view.where_edit.returnPressed.emit()
    assert view.status_label.text().startswith("属性条件有误：没有属性“provinze”")
    assert view.graph is before and not view._background.busy()  # nothing recomputed: the graph stays


def test_novelty_highlights_what_no_earlier_or_higher_text_wrote(qtbot, window, tmp_path):
    view = open_view(qtbot, window, "novelty")
    recomputed(qtbot, view, lambda: view.document_box.setCurrentIndex(view.document_box.findData(ZHONGSHAN_2014)))
    found = view.novelty
    assert found.key == ZHONGSHAN_2014 and found.spans and 0 < found.share < 1
    start, end = found.spans[0]
    cursor = view.reader.textCursor()
    cursor.setPosition(start + 1)
    assert cursor.charFormat().background().color().name() in ("#c8f0c0", "#2c5a26")
    assert view.spans.count() == len(found.spans)
    with qtbot.waitSignal(view.span_activated) as activated:
        item = view.spans.item(0)
        rect = view.spans.visualItemRect(item)
        qtbot.mouseClick(view.spans.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(view.spans.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [ZHONGSHAN_2014, start, end]
    rows = list(csv.reader(export(view, tmp_path, "csv").read_text("utf-8-sig").splitlines()))
    assert rows[0] == ["key", "start", "end", "characters", "text"] and rows[1][:3] == [ZHONGSHAN_2014, str(start), str(end)]


def test_task_table_filters_and_opens_the_task(qtbot, window, tmp_path):
    view = open_view(qtbot, window, "task_table")
    assert view.table.rowCount() == len(view.rows) > 0
    view.filter_edit.setText("市流动人口管理办公室")
    shown = view.shown_rows()
    assert shown and view.table.rowCount() == len(shown) < len(view.rows)
    assert all(any("市流动人口管理办公室" in str(v) for v in r) for r in shown)
    with qtbot.waitSignal(view.clause_activated) as activated:
        centre = view.table.visualRect(view.table.model().index(0, 0)).center()
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    key, _clause = activated.args
    qtbot.waitUntil(lambda: window.reader.current is not None and window.reader.current.key == key)
    book = load_workbook(export(view, tmp_path, "xlsx"))
    assert book.active.max_row == len(shown) + 1


def test_co_assignment_matrix_filters_and_exports_a_graph(qtbot, window, tmp_path):
    view = open_view(qtbot, window, "coassignment")
    names = [view.matrix.verticalHeaderItem(i).text() for i in range(view.matrix.rowCount())]
    a = next(i for i, n in enumerate(names) if n.endswith("市流动人口管理办公室"))
    b = next(i for i, n in enumerate(names) if n.endswith("相关职能部门"))
    assert view.matrix.item(a, b).text() == view.matrix.item(b, a).text() == "2"
    view.kind_boxes["cooperate"].click()  # off: the lead–cooperate pair goes
    assert all(p.kind != "cooperate" for p in view.pairs)
    view.kind_boxes["cooperate"].click()
    view.least.setValue(2)
    assert [(p.a, p.b, p.kind, p.count) for p in view.pairs] == [("市流动人口管理办公室", "相关职能部门", "cooperate", 2)]
    read = nx.read_graphml(export(view, tmp_path, "graphml"), force_multigraph=True)
    assert [(a, b, d["weight"]) for a, b, d in read.edges(data=True)] in (
        [("市流动人口管理办公室", "相关职能部门", 2)], [("相关职能部门", "市流动人口管理办公室", 2)])
    rows = list(csv.reader(export(view, tmp_path, "csv").read_text("utf-8-sig").splitlines()))
    assert rows == [["agency_a", "agency_b", "kind", "tasks"], ["市流动人口管理办公室", "相关职能部门", "cooperate", "2"]]


def test_the_matrices_show_only_the_documents_in_force(qtbot, window):
    from policylens.app.matrices.coverage_view import CoverageView
    from policylens.app.matrices.parameter_view import ParameterView

    table = triggered(qtbot, window, "parameter_table")
    assert isinstance(table, ParameterView)
    qtbot.waitUntil(lambda: table.model.table is not None, timeout=60000)
    assert ZHONGSHAN_2013 in {d.key for d in table.model.table.documents}
    with qtbot.waitSignal(table.computed, timeout=60000):
        table.in_force_box.set_date("2014-11-01")
    shown = {d.key for d in table.model.table.documents}
    assert ZHONGSHAN_2014 in shown and ZHONGSHAN_2013 not in shown and PROVINCE in shown
    window.open_document(HUIZHOU, 0)
    coverage = triggered(qtbot, window, "coverage_matrix")
    assert isinstance(coverage, CoverageView)
    qtbot.waitUntil(lambda: coverage.model.matrix is not None, timeout=60000)
    assert ZHONGSHAN_2013 in coverage.model.matrix.keys
    with qtbot.waitSignal(coverage.computed, timeout=60000):
        coverage.in_force_box.set_date("2014-11-01")
    assert ZHONGSHAN_2013 not in coverage.model.matrix.keys and ZHONGSHAN_2014 in coverage.model.matrix.keys


def test_an_inferred_edge_opens_its_first_shared_span(qtbot, window):
    view = open_view(qtbot, window, "lineage_graph")
    row = next(r for r, e in enumerate(view.shown_graph().edges)
               if (e.source, e.target, e.kind) == (PROVINCE, HUIZHOU, "inferred"))
    with qtbot.waitSignal(view.span_activated) as activated:
        view.edges.scrollToItem(view.edges.item(row, 0))
        centre = view.edges.visualRect(view.edges.model().index(row, 0)).center()
        qtbot.mouseClick(view.edges.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.edges.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    key, start, end = activated.args
    assert key == HUIZHOU and end - start >= 10
    province = window.corpus_source.document(PROVINCE).text
    huizhou = window.corpus_source.document(HUIZHOU).text
    assert huizhou[start:start + 8] in province  # the span's text is the province's
    qtbot.waitUntil(lambda: window.reader.current is not None and window.reader.current.key == HUIZHOU)
