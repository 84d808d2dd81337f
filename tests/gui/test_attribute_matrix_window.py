"""Research ▸ code × attribute matrix: codes by province or year in the window, following the
annotations and the corpus scope, exported through the shared buttons."""
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
