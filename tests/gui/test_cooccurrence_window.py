"""Research ▸ Code co-occurrence, through the real window: the codes × codes matrix by overlap
and by clause equals the core's count, a clicked cell lists its passages, a double click opens
one in the reader, the scope bar narrows the count, and CSV/XLSX hold the matrix as shown."""
import csv
import io

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from policylens.app.annotating.annotation_session import AnnotationValues
from policylens.core.anchoring import make_anchor
from policylens.core.scope import parse_condition
from policylens.core.segments import cooccurrence

pytestmark = pytest.mark.gui

DANDONG_RENT = "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求"  # 丹东 二/(五)
DANDONG_HOUSING = "将进城落户农民完全纳入城镇住房保障体系"  # 丹东 三/(十)
XINING_RENT = "有合法穩定住所(含租賃)的允許本人、配偶及其未婚子女落戶"  # 西宁 二/(四)/1
RENT, HOUSING, CONDITION = "落户条件/租赁住所", "配套政策/住房保障", "落户条件"


@pytest.fixture
def window(make_window):
    window = make_window()
    session = window.annotations
    docs = {d.meta.place: d for d in window.documents}

    def add(place, start_text, length, paths, offset=0):
        doc = window.corpus_source.document(docs[place].key)
        start = doc.text.index(start_text) + offset
        return session.add(make_anchor(doc, start, start + length), AnnotationValues(code_paths=paths))

    # 丹东 二/(五): one passage with two codes, and a passage overlapping its end.
    add("丹东", DANDONG_RENT, len(DANDONG_RENT), (CONDITION, RENT))
    add("丹东", DANDONG_RENT, 12, (HOUSING,), offset=len(DANDONG_RENT) - 6)
    # 丹东 三/(十): two passages apart in one clause; they meet by clause only.
    add("丹东", DANDONG_HOUSING, 6, (HOUSING,))
    add("丹东", DANDONG_HOUSING, 6, (RENT,), offset=len(DANDONG_HOUSING) - 6)
    # 西宁: the same two codes on one passage.
    add("西宁", XINING_RENT, len(XINING_RENT), (RENT, HOUSING))
    return window


def _open(window, qtbot):
    window.actions_by_name["cooccurrence"].trigger()
    view = window.research.cooccurrence_window
    qtbot.waitExposed(view)
    return view


def _matrix(view) -> dict:
    model = view.matrix
    return {(model.headerData(r, Qt.Orientation.Vertical), model.headerData(c, Qt.Orientation.Horizontal)):
            model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())
            if model.index(r, c).data() != ""}


def _core(window, unit: str) -> dict:
    project = window.annotations.project
    found = {}
    for (a, b), n in cooccurrence(project, unit).counts.items():
        found[(project.code_path(a), project.code_path(b))] = found[(project.code_path(b), project.code_path(a))] = n
    return found


def _click(qtbot, table, row, column):
    rect = table.visualRect(table.model().index(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _cell(view, first, second):
    paths = [path for _id, path in view.matrix.codes]
    return paths.index(first), paths.index(second)


def test_the_matrix_by_overlap_and_by_clause_is_the_cores(qtbot, window, qtmodeltester):
    view = _open(window, qtbot)
    qtmodeltester.check(view.matrix)
    assert _matrix(view) == _core(window, "overlap")
    assert _matrix(view)[(RENT, HOUSING)] == 2  # 丹东's overlap and 西宁's passage; not the clause apart
    assert _matrix(view)[(CONDITION, RENT)] == 1 and (RENT, RENT) not in _matrix(view)
    view.unit_combo.setCurrentIndex(view.unit_combo.findData("clause"))
    assert _matrix(view) == _core(window, "clause")
    assert _matrix(view)[(RENT, HOUSING)] == 3  # 丹东's two clauses and 西宁's
    assert view.status_label.text() == f"全部文件：{len(_core(window, 'clause')) // 2} 对编码共现"


def test_a_clicked_cell_lists_its_passages_and_opens_one(qtbot, window):
    view = _open(window, qtbot)
    _click(qtbot, view.table, *_cell(view, RENT, HOUSING))
    passages = view.shown_passages()
    assert len(passages) == 2 and XINING_RENT in [p.text for p in passages]
    dandong = next(p for p in passages if p.text != XINING_RENT)
    assert dandong.text.startswith(DANDONG_RENT) and len(dandong.text) == len(DANDONG_RENT) + 6  # the union
    assert view.cell_label.text() == f"“{RENT}”与“{HOUSING}”：2 处"
    view.unit_combo.setCurrentIndex(view.unit_combo.findData("clause"))  # the cell stays chosen
    apart = next(p for p in view.shown_passages() if " … " in p.text)
    assert apart.text == DANDONG_HOUSING[:6] + " … " + DANDONG_HOUSING[-6:]
    row = view.shown_passages().index(apart)
    view.passage_table.setCurrentIndex(view.passages.index(row, 3))
    qtbot.keyClick(view.passage_table, Qt.Key.Key_Return)
    assert window.reader.current.key == apart.doc_key
    assert window.reader.view.textCursor().selectedText() == DANDONG_HOUSING
    _click(qtbot, view.table, *_cell(view, RENT, RENT))  # the diagonal lists nothing
    assert view.shown_passages() == []


def test_the_matrix_follows_the_scope_and_the_annotations_and_exports(qtbot, window, tmp_path):
    view = _open(window, qtbot)
    window.scope_bar.add_condition(parse_condition("place=西宁"))
    assert _matrix(view) == {(RENT, HOUSING): 1, (HOUSING, RENT): 1}
    assert view.status_label.text().startswith("筛选范围内的 1 份文件")
    doc = window.corpus_source.document(next(d.key for d in window.documents if d.meta.place == "西宁"))
    start = doc.text.index(XINING_RENT)
    window.annotations.add(make_anchor(doc, start, start + 4), AnnotationValues(code_paths=(CONDITION,)))
    assert _matrix(view)[(CONDITION, HOUSING)] == 1  # a new annotation is counted at once
    view.exports.ask_path = lambda fmt: str(tmp_path / f"cooccurrence.{fmt}")
    qtbot.mouseClick(view.exports.buttons["csv"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.exports.buttons["xlsx"], Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO((tmp_path / "cooccurrence.csv").read_text("utf-8-sig"))))
    assert rows == [["编码", CONDITION, RENT, HOUSING], [CONDITION, "0", "1", "1"], [RENT, "1", "0", "1"],
                    [HOUSING, "1", "1", "0"]]
    sheet = load_workbook(tmp_path / "cooccurrence.xlsx").active
    assert [c.value for c in sheet[3]] == [RENT, 1, 0, 1]
    assert "已导出到" in view.exports.message.text()
