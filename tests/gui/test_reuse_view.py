"""The reuse heatmap on the real seeds: values, colours, bands and the double-click."""
import pytest
from PySide6.QtCore import Qt

from policylens.app.comparing.reuse_model import ReuseTableModel, heat, heat_colours
from policylens.app.comparing.reuse_view import ReuseView

pytestmark = pytest.mark.gui

DANDONG, XINING = "002_0b082def2c4c3406", "003_75f870b2b59b37d0"


@pytest.fixture
def view(qtbot, corpus):
    widget = ReuseView()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.show()
    qtbot.waitExposed(widget)
    with qtbot.waitSignal(widget.computed, timeout=30_000):
        widget.set_documents(corpus)
    return widget


def cell(view, row_key, column_key):
    keys = view.model.matrix().keys
    return view.model.index(keys.index(row_key), keys.index(column_key))


def test_model_is_valid(view, qtmodeltester):
    qtmodeltester.check(view.model)
    assert view.model.rowCount() == view.model.columnCount() == 5


def test_dandong_in_xining(view):
    index = cell(view, DANDONG, XINING)
    assert index.data() == "0.2993"
    assert index.data(ReuseTableModel.BandRole) == "rewritten"
    assert index.data(Qt.ItemDataRole.ToolTipRole) == "丹东市 的 5 字串有 29.9% 见于 西宁市：重写（< 0.3）"
    share = index.data(ReuseTableModel.ShareRole)
    assert index.data(Qt.ItemDataRole.BackgroundRole) == heat(share, heat_colours())
    reverse = cell(view, XINING, DANDONG)  # containment is asymmetric
    assert reverse.data() == "0.1632"
    assert cell(view, DANDONG, DANDONG).data() == "—"
    headers = [view.model.headerData(s, Qt.Orientation.Horizontal) for s in range(5)]
    assert headers == ["三门峡市", "昭通市", "丹东市", "西宁市", "始兴县"]


def test_darker_cells_share_more(view):
    colours = heat_colours()
    blank = heat(0.0, colours).lightnessF()
    low, high = heat(0.05, colours).lightnessF(), heat(0.3, colours).lightnessF()
    assert abs(high - blank) > abs(low - blank) > 0


def test_double_click_emits_the_pair(qtbot, view):
    index = cell(view, DANDONG, XINING)
    view.table.scrollTo(index)
    centre = view.table.visualRect(index).center()
    with qtbot.waitSignal(view.pair_activated, timeout=2000) as signal:
        qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert signal.args == [DANDONG, XINING]


def test_export_buttons_write_the_heatmap_by_band(qtbot, tmp_path, view):
    from openpyxl import load_workbook

    buttons = view.export_buttons
    assert buttons.buttons["xlsx"].isEnabled()
    buttons.ask_path = lambda fmt: str(tmp_path / f"reuse.{fmt}")
    qtbot.mouseClick(buttons.buttons["xlsx"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(buttons.buttons["html"], Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "reuse.xlsx")["Matrix"]
    assert [c.value for c in sheet[1]] == ["文件", "三门峡市", "昭通市", "丹东市", "西宁市", "始兴县"]
    dandong_in_xining = sheet.cell(4, 5)
    assert dandong_in_xining.value == "0.2993"
    assert dandong_in_xining.fill.fgColor.rgb[-6:].lower() == "fddbc7"  # rewritten
    page = (tmp_path / "reuse.html").read_text("utf-8")
    assert '<td class="b-rewritten" title="丹东市 → 西宁市: 29.9%, 重写（&lt; 0.3）">0.2993</td>' in page
    assert view.export_buttons.message.text() == f"已导出到 {tmp_path / 'reuse.html'}"
