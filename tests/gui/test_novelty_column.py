"""The corpus list's share of new text: filled in off the UI thread, exact on the seeds, sortable."""
import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, Qt

from policylens.app.corpus.corpus_model import CorpusModel

pytestmark = pytest.mark.gui

# new characters / characters of each seed (tests/test_novelty_shares.py: SEED_SHARES)
SHOWN = {"三门峡": "36%", "昭通": "100%", "丹东": "100%", "西宁": "77%", "始兴": "35%"}


def filled_window(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(lambda: all(window.corpus.share_of(r["key"]) is not None for r in window.records), timeout=20000)
    return window


def test_each_document_shows_its_share_with_what_it_means_and_the_date_used(make_window, qtbot, qtmodeltester):
    window = filled_window(make_window, qtbot)
    model = window.corpus
    qtmodeltester.check(model)
    cells = {r["place"]: model.index_of(r["key"]).siblingAtColumn(CorpusModel.NOVELTY) for r in window.records}
    assert {place: cell.data() for place, cell in cells.items()} == SHOWN
    assert cells["西宁"].data(CorpusModel.ShareRole) == 5105 / 6659
    xining = cells["西宁"].data(Qt.ItemDataRole.ToolTipRole)
    assert "5105 / 6659 字新内容；与 1 份更早或更高层级的文件比较。" in xining
    assert xining.endswith("所用日期：2017-11-02（成文日期）")
    assert cells["丹东"].data(Qt.ItemDataRole.ToolTipRole).endswith("没有日期：只与更高层级的文件比较。")
    group = model.index(0, CorpusModel.NOVELTY)  # 三门峡's group: its one document
    assert group.data() == "36%" and "1 份文件共 1167 / 3263 字" in group.data(Qt.ItemDataRole.ToolTipRole)
    assert model.headerData(CorpusModel.NOVELTY, Qt.Orientation.Horizontal) == "新内容占比"
    assert (window.data_dir / "corpus" / "diffusion" / "novelty.json").exists()


def test_a_click_on_the_header_sorts_by_the_share_as_a_number(make_window, qtbot):
    window = filled_window(make_window, qtbot)
    view, proxy = window.corpus_view, window.corpus_filter
    window.splitter.setSizes([900, 200, 240])
    header = view.header()
    qtbot.waitUntil(lambda: not header.isSectionHidden(CorpusModel.NOVELTY))
    x = header.sectionViewportPosition(CorpusModel.NOVELTY) + header.sectionSize(CorpusModel.NOVELTY) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    qtbot.waitUntil(lambda: header.sortIndicatorSection() == CorpusModel.NOVELTY)

    def places():
        return [proxy.index(r, 0).data() for r in range(proxy.rowCount())]
    ascending = ["始兴", "三门峡", "西宁"]  # 35.3%, 35.8%, 76.7%, then the two at 100%
    if header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder:
        assert places()[:3] == ascending
    else:
        assert places()[2:] == ascending[::-1]
    view.sortByColumn(CorpusModel.NOVELTY, Qt.SortOrder.AscendingOrder)
    assert places()[:3] == ascending and set(places()[3:]) == {"昭通", "丹东"}
    view.sortByColumn(CorpusModel.NOVELTY, Qt.SortOrder.DescendingOrder)
    assert places()[2:] == ["西宁", "三门峡", "始兴"]


def test_removing_a_document_fills_the_column_again_without_it(make_window, qtbot):
    import json

    from PySide6.QtWidgets import QMessageBox
    from test_remove_document import answer

    window = filled_window(make_window, qtbot)
    zhaotong = next(r["key"] for r in window.records if r["place"] == "昭通")
    xining = next(r["key"] for r in window.records if r["place"] == "西宁")
    assert window.corpus.share_of(xining).compared == 1  # 昭通 alone came before it
    window.open_document(zhaotong, 0)
    answer(QMessageBox.StandardButton.Yes, [])
    with qtbot.waitSignal(window.novelty_column.filled, timeout=30_000):
        window.actions_by_name["remove_document"].trigger()
    share = window.corpus.share_of(xining)
    assert (share.new_chars, share.chars, share.compared) == (6659, 6659, 0)
    assert window.corpus.index_of(xining).siblingAtColumn(CorpusModel.NOVELTY).data() == "100%"
    kept = json.loads((window.data_dir / "corpus" / "diffusion" / "novelty.json").read_text("utf-8"))["shares"]
    assert zhaotong not in kept and sorted(kept) == sorted(r["key"] for r in window.records)


def test_the_coverage_matrix_ends_with_each_documents_share_and_exports_it(qtbot, tmp_path, make_window):
    from policylens.app.matrices.coverage_view import CoverageView
    from test_matrices import double_click, open_matrix

    window = make_window()
    coverage = open_matrix(qtbot, window, Qt.Key.Key_G, CoverageView)
    model = coverage.model
    qtbot.waitUntil(lambda: bool(model.shares), timeout=30_000)
    last = model.rowCount() - 1
    assert last == len(model.matrix.rows) and model.headerData(last, Qt.Orientation.Vertical) == "新内容占比"
    assert [model.index(last, c).data() for c in range(4)] == ["100%", "100%", "77%", "35%"]  # 昭通 丹东 西宁 始兴
    tip = model.index(last, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("西宁市\n") and tip.endswith("所用日期：2017-11-02（成文日期）")
    before = set(window.tool_windows)
    double_click(qtbot, coverage.table, model.index(last, 2))
    qtbot.wait(50)
    assert set(window.tool_windows) == before  # not a clause: nothing to compare
    buttons = coverage.export_buttons
    buttons.ask_path = lambda fmt: str(tmp_path / f"coverage.{fmt}")
    qtbot.mouseClick(buttons.buttons["xlsx"], Qt.MouseButton.LeftButton)
    book = load_workbook(tmp_path / "coverage.xlsx")
    rows = [[c.value for c in row] for row in book["Matrix"].iter_rows()]
    assert rows[-1] == ["新内容占比", "100%", "100%", "77%", "35%"]
    records = [[c.value for c in row] for row in book["Records"].iter_rows()]
    shares = {r[5]: r[8] for r in records if r[0] == "new_text"}
    assert shares == {"昭通市": 1.0, "丹东市": 1.0, "西宁市": round(5105 / 6659, 4), "始兴县": round(1106 / 3131, 4)}
