"""The document info panel's "cited by", "likely sources" and "cited outside the corpus" lists,
on a store of the five seeds, the real Guangdong chain (tests/data/diffusion: the provincial
opinion 粤人社发〔2011〕306号 and the 惠州, 中山 and 佛山 texts citing it) and the Chengdu text that
names 国发〔2005〕38号 by its 文号 alone (tests/data/diffusion_bare): open a document, wait for the
worker, read the lists, click an entry and see the reader open it."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from diffusion_chain import (CHAIN_FILES, CHENGDU, FOSHAN, HUIZHOU, PROVINCE, STATE_COUNCIL, ZHONGSHAN_2013,
                             ZHONGSHAN_2014)

pytestmark = pytest.mark.gui

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CITATION_306 = "《关于进一步做好农民工积分制入户和融入城镇工作的意见》（粤人社发〔2011〕306号）"


@pytest.fixture(scope="module")
def chain_dir(tmp_path_factory):
    from policylens.workspace import Workspace

    folder = tmp_path_factory.mktemp("chain")
    Workspace(folder).import_files(CHAIN_FILES + SEEDS)
    return folder


@pytest.fixture
def window(window_over, chain_dir):
    window = window_over(chain_dir)
    window.info_dock.show()
    return window


def lineage_of(qtbot, window, key):
    """The panel's lists once its worker has found them for the document the reader shows."""
    lists = window.info.lineage
    qtbot.waitUntil(lambda: window.reader.current is not None and window.reader.current.key == key)
    qtbot.waitUntil(lambda: lists.result is not None and lists.result.key == key, timeout=60000)
    return lists


def rows(table) -> list[tuple]:
    return [(table.topLevelItem(r).data(0, KEY_ROLE), *(table.topLevelItem(r).text(c) for c in range(1, table.columnCount())))
            for r in range(table.topLevelItemCount())]


def outside(lists) -> list[str]:
    return [lists.outside.topLevelItem(r).text(0) for r in range(lists.outside.topLevelItemCount())]


def click(qtbot, table, row: int) -> None:
    table.window().info.scroll.ensureWidgetVisible(table)  # the lists are below the panel's fields
    item = table.topLevelItem(row)
    table.scrollToItem(item)
    rect = table.visualItemRect(item)  # all its columns, wider than the narrow dock: click its first words
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 8, rect.center().y()))


def test_the_province_is_cited_by_the_four_city_texts_and_a_click_opens_one(qtbot, window):
    window.open_document(PROVINCE, 0)
    lists = lineage_of(qtbot, window, PROVINCE)
    assert rows(lists.cited_by) == [(ZHONGSHAN_2013, CITATION_306, "2013-09-23"), (ZHONGSHAN_2014, CITATION_306, "2014-10-23"),
                                    (FOSHAN, CITATION_306, "2014-04-16"), (HUIZHOU, CITATION_306, "2012-04-18")]
    assert lists.cited_by_label.text() == "被引用（4）"
    assert rows(lists.sources) == [] and lists.sources_label.text() == "可能的来源，推断（0）"  # nothing above it copied
    assert outside(lists) == ["《中共广东省委 广东省人民政府关于加强社会建设的决定》（粤发〔2011〕17号）"]
    click(qtbot, lists.cited_by, 3)
    lists = lineage_of(qtbot, window, HUIZHOU)  # the reader switched, and the lists followed it
    assert [r[0] for r in rows(lists.sources)] == [PROVINCE]


def test_a_likely_source_is_inferred_with_its_evidence_and_opens_the_source(qtbot, window):
    window.open_document(HUIZHOU, 0)
    lists = lineage_of(qtbot, window, HUIZHOU)
    assert rows(lists.sources) == [(PROVINCE, "推断：本文含其 54% 的文本", "2011 → 2012-04-18")]
    assert lists.sources_label.text() == "可能的来源，推断（1）"
    assert "不是引用" in lists.sources.topLevelItem(0).toolTip(0)
    assert rows(lists.cited_by) == []  # the province is among what 惠州 cites, never among its "cited by"
    edge = lists.result.sources[0]
    assert (edge.kind, edge.evidence["source_date"], edge.evidence["target_date"]) == ("inferred", "2011", "2012-04-18")
    click(qtbot, lists.sources, 0)
    lineage_of(qtbot, window, PROVINCE)


def test_the_regulation_it_replaced_is_both_cited_and_copied_listed_apart(qtbot, window):
    window.open_document(ZHONGSHAN_2014, 0)
    lists = lineage_of(qtbot, window, ZHONGSHAN_2014)
    assert rows(lists.sources) == [(ZHONGSHAN_2013, "推断：本文含其 92% 的文本", "2013-09-23 → 2014-10-23")]
    assert rows(lists.cited_by) == []
    assert outside(lists) == [
        "《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）", "《关于开展农民工积分制入户城镇工作的指导意见》（粤府办〔2010〕32号）",
        "《中山市住房保障管理暂行办法》（中府〔2011〕174号）",
        "《中共中山市委、中山市人民政府关于拓展异地务工人员享受公共服务广度和深度的意见》（中委〔2013〕7号）",
        "《中山市流动人员积分制管理计分标准》"]  # as this text writes them (昭通 writes 國發〔2014〕25號)
    text = window.reader.current.text
    with qtbot.waitSignal(window.info.spanActivated) as shown:
        click(qtbot, lists.outside, 0)  # outside the corpus: where the text cites it
    start, end = shown.args
    assert text[start:end] == "《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）"


def test_a_bare_number_is_a_cited_by_entry(qtbot, window):
    window.open_document(STATE_COUNCIL, 0)
    lists = lineage_of(qtbot, window, STATE_COUNCIL)
    assert rows(lists.cited_by) == [(CHENGDU, "国发〔2005〕38号", "2009-12-29")]


def test_nothing_is_looked_up_while_the_panel_is_hidden(qtbot, window):
    lists = window.info.lineage
    qtbot.waitUntil(lambda: lists.result is not None)  # the first document's, shown with the dock
    window.info_dock.hide()
    window.open_document(CHENGDU, 0)
    qtbot.waitUntil(lambda: window.reader.current is not None and window.reader.current.key == CHENGDU)
    assert lists.result is None and not lists._background.busy()
    window.info_dock.show()
    lineage_of(qtbot, window, CHENGDU)
    assert outside(lists) == ["《成都市农民养老保险办法》（市政府令第152号）"]
