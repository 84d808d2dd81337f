"""The clause families dock on the real seeds: a document's clauses with their families' names,
sizes and strengths, a weak member greyed, every family, the filter, and opening the
side-by-side view from a row."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from policylens.app.comparing.family_model import FamilyModel

pytestmark = pytest.mark.gui

SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING = (
    "000_475fe52b6475e2b2", "001_cb987e057fa661f0", "002_0b082def2c4c3406", "003_75f870b2b59b37d0",
    "004_cfcbd90ad6d31fda")


def rows(panel) -> list[tuple[str, ...]]:
    """Place, clause, title, family name, documents, strength."""
    proxy = panel.proxy
    return [tuple(proxy.index(r, c).data() for c in range(6)) for r in range(proxy.rowCount())]


@pytest.fixture
def window(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.comparing.alignment.ready, timeout=30_000)
    window.open_document(SANMENXIA, 0)
    window.actions_by_name["family_list"].trigger()
    qtbot.waitUntil(lambda: window.comparing.families.model.rowCount() == 21, timeout=30_000)
    return window


def test_the_documents_clauses_with_their_family_sizes(qtbot, window):
    panel = window.comparing.families
    assert window.comparing.family_dock.isVisible() and window.comparing.family_dock.toggleViewAction() in window.view_menu.actions()
    got = {row[1]: row for row in rows(panel)}
    assert got["三/(五)"][:5] == ("三门峡市", "三/(五)", "建立进城落户农民“三权”维护和自愿有偿退出机制",
                                "建立进城落户农民“三权”维护和自愿有偿退出机制", "5")
    assert got["三/(十)"][4] == "4"  # 昭通 has no 居住证 clause
    assert got["四/(四)"][2:5] == ("强化审计监督", "强化审计监督", "4")
    assert got["一"][2:4] == ("主要目标", "主要目标")  # 丹东 and 西宁 say 主要目标 too, 昭通 发展目标
    assert all(0.2 < float(row[5]) <= 1 for row in got.values() if row[5])
    assert len(got) == 21 and panel.status_label.text() == "21 项"


def test_a_weak_member_is_shown_greyed_in_italics_with_its_score(qtbot, window):
    """三门峡 四/(二) 加快工作进度 stands where 丹东 and 西宁 put 强化专项检查, in few words of theirs."""
    panel = window.comparing.families
    panel.filter_edit.insert("专项檢查")  # the family's name finds it; its own title does not say so
    assert [row[:5] for row in rows(panel)] == [("三门峡市", "四/(二)", "加快工作进度", "强化专项检查", "3")]
    weak = panel.proxy.index(0, FamilyModel.TITLE)
    assert weak.data(Qt.ItemDataRole.FontRole).italic()
    assert weak.data(Qt.ItemDataRole.ForegroundRole) == QColor("#8a8a8a")
    assert weak.data(Qt.ItemDataRole.ToolTipRole) == (
        "加快工作进度\n弱成员：与本族其他条款的平均相似度仅 0.13，主要因其在提纲中的位置归入本族")
    panel.filter_edit.setText("审计监督")
    strong = panel.proxy.index(0, FamilyModel.TITLE)
    assert strong.data(Qt.ItemDataRole.FontRole) is None and strong.data(Qt.ItemDataRole.ToolTipRole) == "强化审计监督"


def test_the_filter_folds_scripts(qtbot, window):
    panel = window.comparing.families
    panel.filter_edit.insert("三權")  # as an input method commits it; traditional finds simplified
    assert [row[1] for row in rows(panel)] == ["三/(五)"]
    assert panel.status_label.text() == "1 项"


def test_every_family_and_sorting_by_size(qtbot, window):
    panel = window.comparing.families
    with qtbot.waitSignal(panel.model.modelReset, timeout=30_000):
        panel.mode_combo.setCurrentIndex(panel.ALL)
    everything = rows(panel)
    assert ("三门峡市", "三/(五)", "建立进城落户农民“三权”维护和自愿有偿退出机制",
            "建立进城落户农民“三权”维护和自愿有偿退出机制", "5", "") in everything
    assert all(int(row[4]) >= 2 and row[3] for row in everything)  # every family has a name
    assert any(row[0] == "昭通市" for row in everything)  # families 三门峡 has no clause in
    header = panel.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, FamilyModel.DOCUMENTS))
    sizes = [int(row[4]) for row in rows(panel)]
    assert sizes in (sorted(sizes), sorted(sizes, reverse=True))


def _section_centre(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
                  header.height() // 2)


def test_activating_a_row_opens_the_side_by_side_view(qtbot, window):
    panel = window.comparing.families
    panel.filter_edit.insert("三权")
    table = panel.table
    index = table.model().index(0, FamilyModel.TITLE)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: len(window.tool_windows) == 1, timeout=5000)
    view = window.tool_windows[0]
    qtbot.waitUntil(lambda: len(view.panes) == 5, timeout=30_000)
    assert {k: view.column(k).clause.id for k in view.panes} == {
        SANMENXIA: "三/(五)", ZHAOTONG: "四/(四)/14/(5)", DANDONG: "三/(九)", XINING: "三/(十一)", SHIXING: "三/(三)"}
