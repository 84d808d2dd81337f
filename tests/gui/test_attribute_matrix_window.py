"""Research ▸ code × attribute matrix: codes by province or year in the window, following the
annotations and the corpus scope, exported through the shared buttons; a cell's passages listed
below it and opened in the reader."""
import csv
import io

from openpyxl import load_workbook
from PySide6.QtCore import Qt

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation, Batch
from policylens.core.annotations import Annotation, new_id
from policylens.core.code_commands import code_ids_for_paths
from policylens.core.scope import parse_condition

SHIXING, ZHAOTONG, XINING = "004_cfcbd90ad6d31fda", "001_cb987e057fa661f0", "003_75f870b2b59b37d0"


def annotate(window, key: str, start: int, path: str) -> None:
    session = window.annotations
    ids, adds = code_ids_for_paths(session.project, [path])
    doc = window.corpus_source.document(key)
    session.run(Batch("add annotation", [*adds, AddAnnotation(Annotation(new_id(), make_anchor(doc, start, start + 8),
                                                                         codes=tuple(ids)))]))


def cells(model) -> dict:
    return {model.headerData(r, Qt.Orientation.Vertical): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def test_codes_by_province_follow_annotations_scope_and_export(make_window, qtbot, qtmodeltester, tmp_path):
    window = make_window()
    annotate(window, SHIXING, 10, "落户/条件")
    annotate(window, SHIXING, 40, "落户/条件")
    annotate(window, ZHAOTONG, 10, "落户")
    window.actions_by_name["code_attribute_matrix"].trigger()
    view = window.matrices._attribute_views[-1]
    qtmodeltester.check(view.model)
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == ["云南 (1)", "广东 (1)", "河南 (1)", "辽宁 (1)", "青海 (1)", "合计"]
    assert cells(view.model) == {"落户": [1, "", "", "", "", 1], "落户/条件": ["", 2, "", "", "", 2]}
    view.subcodes_box.click()
    view.unit_combo.setCurrentIndex(view.unit_combo.findData("documents"))
    assert cells(view.model)["落户"] == [1, 1, "", "", "", 2]  # 昭通 itself, 始兴 through its sub-code
    annotate(window, XINING, 10, "落户")  # a new annotation is counted at once
    assert cells(view.model)["落户"] == [1, 1, "", "", 1, 3]
    window.scope_bar.add_condition(parse_condition("year=2017"))  # 昭通 and 西宁
    assert [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())] == [
        "云南 (1)", "青海 (1)", "合计"]
    assert "筛选范围内的 2 份文件" in view.status_label.text()
    view.attribute_combo.setCurrentIndex(view.attribute_combo.findData("year"))
    assert cells(view.model) == {"落户": [2, 2], "落户/条件": ["", 0]}
    view.exports.ask_path = lambda fmt: str(tmp_path / f"matrix.{fmt}")
    qtbot.mouseClick(view.exports.buttons["csv"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.exports.buttons["xlsx"], Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "matrix.csv").read_text("utf-8-sig"))))
    assert rows == [["编码", "2017", "合计"], ["落户", "2", "2"], ["落户/条件", "0", "0"], ["文件数", "2", "2"]]
    sheet = load_workbook(tmp_path / "matrix.xlsx").active
    assert [c.value for c in sheet[2]] == ["落户", 2, 2]
    assert "已导出到" in view.exports.message.text()


def click_cell(qtbot, table, index) -> None:
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())


def listed(view) -> list:
    return [(s.doc_key, s.quote, s.codes) for s in view.shown_passages()]


def test_a_click_on_a_cell_lists_its_passages_and_opens_them(make_window, qtbot, qtmodeltester):
    window = make_window()
    text = {key: window.corpus_source.document(key).text for key in (SHIXING, ZHAOTONG, XINING)}
    annotate(window, SHIXING, 40, "落户/条件")  # added out of text order: listed in text order
    annotate(window, SHIXING, 10, "落户/条件")
    annotate(window, ZHAOTONG, 10, "落户")
    window.actions_by_name["code_attribute_matrix"].trigger()
    view = window.matrices._attribute_views[-1]
    qtbot.waitExposed(view)
    qtmodeltester.check(view.passages)
    assert view.shown_passages() == [] and "点击一个格子" in view.cell_label.text()
    guangdong = view.model.index(1, 1)  # 落户/条件 × 广东
    click_cell(qtbot, view.table, guangdong)
    conditions = [(SHIXING, text[SHIXING][10:18], ("落户/条件",)), (SHIXING, text[SHIXING][40:48], ("落户/条件",))]
    assert listed(view) == conditions
    assert view.cell_label.text() == "落户/条件 · 广东：2 处"
    assert view.passages.headers()[:5] == ("文件", "条款", "上文", "引文", "下文")
    assert view.passages.index(0, 0).data().endswith(window.corpus_source.attribute_table()[SHIXING]["title"])
    qtbot.keyClick(view.table, Qt.Key.Key_Up)  # the keys move the cell: 落户 × 广东, none without sub-codes
    assert listed(view) == [] and view.cell_label.text() == "落户 · 广东：0 处"
    view.subcodes_box.click()  # counted again: the same cell, now with its sub-code's passages
    assert view.table.currentIndex() == view.model.index(0, 1) and listed(view) == conditions
    click_cell(qtbot, view.table, view.model.index(0, view.model.columnCount() - 1))  # 落户's total
    everything = [(ZHAOTONG, text[ZHAOTONG][10:18], ("落户",)), *conditions]
    assert listed(view) == everything and view.cell_label.text() == "落户 · 合计：3 处"
    view.unit_combo.setCurrentIndex(view.unit_combo.findData("documents"))  # the cell counts 2 documents
    assert view.model.index(0, view.model.columnCount() - 1).data() == 2
    assert listed(view) == everything and view.cell_label.text() == "落户 · 合计：3 处（2 份文件）"
    view.passage_table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # the quotes, by their text
    assert [s.quote for s in view.shown_passages()] == sorted((q for _k, q, _c in everything), reverse=True)
    view.passage_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
    annotate(window, XINING, 10, "落户")  # a new annotation joins the list at once, in document order
    assert listed(view) == [everything[0], (XINING, text[XINING][10:18], ("落户",)), *conditions]
    window.scope_bar.add_condition(parse_condition("year=2017"))  # 昭通 and 西宁: 始兴 leaves the list
    assert listed(view) == [everything[0], (XINING, text[XINING][10:18], ("落户",))]
    qinghai = view.model.index(0, 1)  # 云南, 青海, 合计
    click_cell(qtbot, view.table, qinghai)
    assert listed(view) == [(XINING, text[XINING][10:18], ("落户",))]
    assert view.cell_label.text() == "落户 · 青海：1 处（1 份文件）"

    view.passage_table.setCurrentIndex(view.passages.index(0, 3))  # Enter opens the passage in the reader
    qtbot.keyClick(view.passage_table, Qt.Key.Key_Return)
    assert window.reader.current.key == XINING
    assert window.reader.view.textCursor().selectedText() == text[XINING][10:18]
    click_cell(qtbot, view.table, view.model.index(0, 2))  # back to the total: 昭通 first
    first = view.passage_table.visualRect(view.passages.index(0, 3)).center()
    # QTest's double click is the dblclick event alone; a real one starts with a click.
    qtbot.mouseClick(view.passage_table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseDClick(view.passage_table.viewport(), Qt.MouseButton.LeftButton, pos=first)
    assert window.reader.current.key == ZHAOTONG
    assert window.reader.view.textCursor().selectedText() == text[ZHAOTONG][10:18]

    view.attribute_combo.setCurrentIndex(view.attribute_combo.findData("year"))  # 合计 is still there
    assert listed(view) == [everything[0], (XINING, text[XINING][10:18], ("落户",))]
    click_cell(qtbot, view.table, view.model.index(0, 0))  # 落户 × 2017
    view.attribute_combo.setCurrentIndex(view.attribute_combo.findData("province"))  # no column 2017: cleared
    assert view.shown_passages() == [] and "点击一个格子" in view.cell_label.text()
