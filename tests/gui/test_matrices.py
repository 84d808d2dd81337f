"""The coverage matrix and the parameter table in the main window over the seeds, driven with
real keys and clicks: open from the menu, change the template, filter bands, open the
side-by-side view or the source span, export."""
from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from policylens.app.matrices.coverage_view import ALL_FAMILIES, CoverageView, compute_coverage
from policylens.app.matrices.matrix_models import CoverageModel
from policylens.app.matrices.parameter_view import ParameterView
from policylens.core.align import ClauseRef
from policylens.store import CorpusStore
from policylens.store.alignment import AlignmentStore

pytestmark = pytest.mark.gui

SANMENXIA, ZHAOTONG, DANDONG = "000_475fe52b6475e2b2", "001_cb987e057fa661f0", "002_0b082def2c4c3406"
XINING, SHIXING = "003_75f870b2b59b37d0", "004_cfcbd90ad6d31fda"
KEYS = [SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING]
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_matrix(qtbot, window, key, kind):
    """The tool window a shortcut opens, once it has computed."""
    before = set(window.tool_windows)
    qtbot.keyClick(window, key, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(window.tool_windows) > len(before), timeout=5000)
    view = next(v for v in window.tool_windows if v not in before)
    assert isinstance(view, kind)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0 and view.export_buttons.buttons["html"].isEnabled(),
                    timeout=60_000)
    return view


def find_row(model, clause_id):
    return next(r for r in range(model.rowCount()) if model.matrix.rows[r].reference.clause_id == clause_id)


def double_click(qtbot, table, index):
    table.scrollTo(index)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=centre)


@pytest.fixture
def window(make_window):
    return make_window()


@pytest.fixture
def coverage(qtbot, window):
    return open_matrix(qtbot, window, Qt.Key.Key_G, CoverageView)


def test_coverage_opens_on_the_open_document(window, coverage, qtmodeltester):
    qtmodeltester.check(coverage.model)
    model = coverage.model
    assert window.reader.current.key == SANMENXIA and coverage.template() == SANMENXIA
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["昭通市", "丹东市", "西宁市", "始兴县"]
    r = find_row(model, "三/(五)")
    assert model.headerData(r, Qt.Orientation.Vertical) == "三/(五) 建立进城落户农民“三权”维护和自愿有偿退出机制"
    texts = [model.index(r, c).data() for c in range(4)]
    assert texts == ["四/(四)/14/(5)  0.26\n市委农办", "三/(九)  0.72\n市农委", "三/(十一)  0.67",
                     "三/(三)  0.72\n县农业局"]
    assert [model.index(r, c).data(CoverageModel.BandRole) for c in range(4)] == \
        ["changed", "adopted", "changed", "adopted"]
    assert model.index(r, 1).data(Qt.ItemDataRole.ToolTipRole) == (
        "丹东市 三/(九) 建立进城落户农民“三权”维护和自愿有偿退出机制\n"
        "与参照条款的相似度 0.72：采纳（相似度 ≥ 0.7）\n牵头单位：市农委")
    assert model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole).endswith(
        "采纳 2 · 修改 2 · 删去 0")


def test_band_filter_blanks_the_other_cells(qtbot, coverage):
    model = coverage.model
    r = find_row(model, "三/(十)")  # 昭通 has no residence-permit clause
    assert model.index(r, 0).data() == "—"
    qtbot.mouseClick(coverage.legend["dropped"], Qt.MouseButton.LeftButton)
    assert not coverage.legend["dropped"].isChecked()
    assert model.index(r, 0).data() is None and model.index(r, 1).data() == "三/(十四)  0.94\n市公安局"


def test_change_template(qtbot, coverage):
    box = coverage.template_box
    with qtbot.waitSignal(coverage.computed, timeout=30_000):
        box.setFocus()
        for _ in range(box.findData(DANDONG) - box.currentIndex()):
            qtbot.keyClick(box, Qt.Key.Key_Down)
    assert coverage.template() == DANDONG
    model = coverage.model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)] == ["三门峡市", "昭通市", "西宁市", "始兴县"]
    r = find_row(model, "三/(九)")
    assert model.index(r, 0).data() == "三/(五)  0.72\n市农业农村局"
    with qtbot.waitSignal(coverage.computed, timeout=30_000):
        coverage.set_template(ALL_FAMILIES)
    assert model.columnCount() == 5 and model.matrix.rows[0].size == 5


def test_a_cell_opens_the_side_by_side_view_with_the_template_as_reference(qtbot, window, coverage):
    model = coverage.model
    index = model.index(find_row(model, "三/(五)"), 1)  # 丹东 三/(九)
    before = set(window.tool_windows)
    double_click(qtbot, coverage.table, index)
    qtbot.waitUntil(lambda: len(window.tool_windows) > len(before), timeout=5000)
    compare = next(v for v in window.tool_windows if v not in before)
    qtbot.waitUntil(lambda: compare.reference_key == SANMENXIA and DANDONG in compare.panes, timeout=30_000)


def test_coverage_export(qtbot, tmp_path, coverage):
    buttons = coverage.export_buttons
    buttons.ask_path = lambda fmt: str(tmp_path / f"coverage.{fmt}")
    qtbot.mouseClick(buttons.buttons["xlsx"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons.buttons["html"], Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "coverage.xlsx")["Matrix"]
    assert [c.value for c in sheet[1]] == ["条款", "昭通市", "丹东市", "西宁市", "始兴县"]
    page = (tmp_path / "coverage.html").read_text("utf-8")
    assert "<title>覆盖矩阵（模板：三门峡市）</title>" in page and "三/(九)  0.72\n市农委" in page
    assert coverage.export_buttons.message.text() == f"已导出到 {tmp_path / 'coverage.html'}"


def test_export_failure_is_reported(qtbot, tmp_path, coverage):
    buttons = coverage.export_buttons
    buttons.ask_path = lambda fmt: str(tmp_path / "no-such-folder" / f"coverage.{fmt}")
    qtbot.mouseClick(buttons.buttons["html"], Qt.MouseButton.LeftButton)
    assert coverage.export_buttons.message.text().startswith(f"无法写入 {tmp_path / 'no-such-folder' / 'coverage.html'}")


def test_parameter_table_opens_the_source_span(qtbot, window):
    view = open_matrix(qtbot, window, Qt.Key.Key_P, ParameterView)
    model = view.model
    rows = [model.headerData(r, Qt.Orientation.Vertical) for r in range(model.rowCount())]
    assert rows == ["三门峡市", "昭通市", "丹东市", "西宁市", "始兴县"]
    assert model.index(2, 0).data() == "满2年以上"  # 丹东 居住年限
    assert model.index(2, 1).data() == "1年以上（取消）"
    double_click(qtbot, view.table, model.index(2, 0))
    qtbot.waitUntil(lambda: window.reader.current is not None and window.reader.current.key == DANDONG, timeout=5000)
    assert window.reader.view.textCursor().selectedText() == "满2年以上"  # clean-text span 950-955


def test_parameter_export(qtbot, tmp_path, window):
    view = open_matrix(qtbot, window, Qt.Key.Key_P, ParameterView)
    view.export_buttons.ask_path = lambda fmt: str(tmp_path / "parameters")  # the suffix is added
    qtbot.mouseClick(view.export_buttons.buttons["xlsx"], Qt.MouseButton.LeftButton)
    records = list(load_workbook(tmp_path / "parameters.xlsx")["Records"].iter_rows(values_only=True))
    assert (DANDONG, "丹东市", "residence_years", "居住年限", "满2年以上") in [r[:5] for r in records]
    header = records[0]
    assert header[-8:] == ("attribute:place", "attribute:province", "attribute:level", "attribute:year",
                             "attribute:date", "attribute:issuer", "attribute:doc_number", "attribute:doc_type")
    dandong = next(r for r in records if r[0] == DANDONG)
    assert dict(zip(header, dandong))["attribute:province"] == "辽宁"


def test_compute_coverage_aligns_a_store_first(tmp_path, seed_paths, corpus):
    corpus_store = CorpusStore(tmp_path / "data")
    corpus_store.import_files(seed_paths)
    alignment = AlignmentStore(corpus_store)  # never updated
    docs = {d.key: d for d in corpus}
    matrix = compute_coverage(alignment, SANMENXIA, KEYS, lambda k: docs[k].clauses)
    r = next(i for i, row in enumerate(matrix.rows) if row.reference.clause_id == "三/(五)")
    assert matrix.cell(r, matrix.keys.index(DANDONG)).clause_id == "三/(九)"
    alignment.unlink(ClauseRef(SANMENXIA, "三/(五)"), ClauseRef(DANDONG, "三/(九)"))
    again = compute_coverage(alignment, SANMENXIA, KEYS, lambda k: docs[k].clauses)
    assert again.cell(r, again.keys.index(DANDONG)) is None


def test_family_rows_are_named_with_their_reference_on_hover(qtbot, coverage):
    with qtbot.waitSignal(coverage.computed, timeout=30_000):
        coverage.set_template(ALL_FAMILIES)
    model = coverage.model
    r = find_row(model, "三/(五)")
    assert model.headerData(r, Qt.Orientation.Vertical) == "建立进城落户农民“三权”维护和自愿有偿退出机制"
    assert model.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.ToolTipRole).startswith(
        "建立进城落户农民“三权”维护和自愿有偿退出机制\n参照：三门峡市 三/(五) 建立进城落户农民")
    # the reference, first in the corpus, is 三门峡's weak 加快工作进度; 丹东 and 西宁 name the family
    checks = find_row(model, "四/(二)")
    assert model.matrix.rows[checks].reference == ClauseRef(SANMENXIA, "四/(二)")
    assert model.headerData(checks, Qt.Orientation.Vertical) == "强化专项检查"
    names = [model.headerData(i, Qt.Orientation.Vertical) for i in range(model.rowCount())]
    assert all(names) and len(names) == model.rowCount()
    # the export labels the rows as the window does, and its records carry the family's name
    table = coverage.table_for_export()
    assert table.row_labels[:len(model.matrix.rows)] == names[:len(model.matrix.rows)]
    assert table.record_columns[-1] == "family_name"
    assert {r[-1] for r in table.records if r[0] == checks + 1} == {"强化专项检查"}
