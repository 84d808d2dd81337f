"""The corpus list grouped by what the user chooses: the exact groups and counts on the seeds,
in a sensible order with the documents without a value last, and the choice kept."""
from PySide6.QtCore import Qt

from policylens.app.corpus.corpus_grouping import NOTHING, SETS, VALIDITY
from policylens.app.corpus.corpus_model import CorpusModel
from policylens.core.attributes import Definition
from policylens.store.user_attributes import UserAttributes
from policylens.store.user_collections import UserCollections

SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING = ("000_475fe52b6475e2b2", "001_cb987e057fa661f0",
                                                 "002_0b082def2c4c3406", "003_75f870b2b59b37d0",
                                                 "004_cfcbd90ad6d31fda")


def shown_groups(window) -> list[tuple[str, str, list[str]]]:
    """(label, count as shown, keys) of each group the list shows."""
    proxy, groups = window.corpus_filter, []
    for row in range(proxy.rowCount()):
        group = proxy.index(row, 0)
        count = proxy.index(row, CorpusModel.TITLE).data()
        keys = [window.corpus.key_at(proxy.mapToSource(proxy.index(r, 0, group))) for r in range(proxy.rowCount(group))]
        groups.append((group.data(), count, keys))
    return groups


def group_by(window, qtbot, name: str) -> None:
    """Choose in the box as a user does: open it, go to the entry with the keyboard, Return."""
    box = window.grouping_box
    box.setFocus()
    box.showPopup()
    view = box.view()
    view.setCurrentIndex(box.model().index(box.findData(name), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert box.currentData() == name


def test_grouping_by_year_level_province_and_validity_shows_each_group_with_its_count(make_window, qtbot):
    window = make_window()
    assert window.grouping_box.currentText() == "按地区分组"  # as before: by place
    assert [(g[0], g[2]) for g in shown_groups(window)] == [
        ("三门峡", [SANMENXIA]), ("昭通", [ZHAOTONG]), ("丹东", [DANDONG]), ("西宁", [XINING]), ("始兴", [SHIXING])]
    group_by(window, qtbot, "year")  # as numbers; 丹东's plan carries no date
    assert shown_groups(window) == [("2017", "2 份文件", [ZHAOTONG, XINING]), ("2018", "1 份文件", [SHIXING]),
                                    ("2019", "1 份文件", [SANMENXIA]), ("（无）", "1 份文件", [DANDONG])]
    assert window.corpus_view.isExpanded(window.corpus_filter.index(0, 0))
    group_by(window, qtbot, "level")
    assert shown_groups(window) == [("市", "4 份文件", [SANMENXIA, ZHAOTONG, DANDONG, XINING]),
                                    ("县", "1 份文件", [SHIXING])]
    group_by(window, qtbot, "province")  # in Chinese collation order
    assert [g[0] for g in shown_groups(window)] == ["广东", "河南", "辽宁", "青海", "云南"]
    window.filter_edit.setText("广东")  # the group's name finds its documents
    assert shown_groups(window) == [("广东", "1 份文件", [SHIXING])]
    window.filter_edit.setText("")
    group_by(window, qtbot, VALIDITY)  # 始兴: 自印发之日起试行，有效期三年 (2018-09-13): expired in 2021
    assert shown_groups(window) == [("已过有效期", "1 份文件", [SHIXING]),
                                    ("（无）", "4 份文件", [SANMENXIA, ZHAOTONG, DANDONG, XINING])]


def test_a_flat_list_and_the_scope_and_opening_a_document(make_window, qtbot):
    window = make_window()
    group_by(window, qtbot, NOTHING)
    proxy = window.corpus_filter
    assert proxy.rowCount() == 5 and not proxy.hasChildren(proxy.index(0, 0))
    assert [window.corpus.key_at(proxy.mapToSource(proxy.index(r, 0))) for r in range(5)] == [
        SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING]
    window.scope_bar.attribute_combo.setCurrentIndex(window.scope_bar.attribute_combo.findData("year"))
    window.scope_bar.value_combo.setEditText("2017")
    qtbot.mouseClick(window.scope_bar.add_button, Qt.MouseButton.LeftButton)
    assert [window.corpus.key_at(proxy.mapToSource(proxy.index(r, 0))) for r in range(proxy.rowCount())] == [
        ZHAOTONG, XINING]
    rect = window.corpus_view.visualRect(proxy.index(1, 0))
    qtbot.mouseClick(window.corpus_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.current.key == XINING
    group_by(window, qtbot, "province")  # grouped anew, the open document is still the one selected
    current = window.corpus_view.currentIndex()
    assert window.corpus.key_at(proxy.mapToSource(current)) == XINING and current.parent().data() == "青海"


def test_own_attributes_and_sets_group_and_the_choice_comes_back(make_window, qtbot, tmp_path):
    window = make_window()
    attributes = UserAttributes(tmp_path)
    attributes.define(Definition("试点", "choice", ("是", "否")))
    attributes.define(Definition("人口", "number"))
    for key, pilot, people in ((SHIXING, "否", "25"), (XINING, "是", "238"), (ZHAOTONG, "否", "1000")):
        attributes.set(key, "试点", pilot)
        attributes.set(key, "人口", people)
    attributes.save()
    qtbot.waitUntil(lambda: window.grouping_box.findData("人口") >= 0, timeout=5000)  # read again when changed
    group_by(window, qtbot, "试点")  # in the order of the choices
    assert shown_groups(window) == [("是", "1 份文件", [XINING]), ("否", "2 份文件", [ZHAOTONG, SHIXING]),
                                    ("（无）", "2 份文件", [SANMENXIA, DANDONG])]
    group_by(window, qtbot, "人口")
    assert [g[0] for g in shown_groups(window)] == ["25", "238", "1000", "（无）"]
    attributes.set(SANMENXIA, "人口", "230")  # a value set elsewhere regroups the list
    attributes.save()
    qtbot.waitUntil(lambda: [g[0] for g in shown_groups(window)] == ["25", "230", "238", "1000", "（无）"], timeout=5000)
    collections = UserCollections(tmp_path)
    collections.add_to_set("西部", [XINING, ZHAOTONG])
    collections.add_to_set("试点城市", [XINING])
    collections.save()
    group_by(window, qtbot, SETS)  # 西宁 is in both sets
    assert shown_groups(window) == [("试点城市", "1 份文件", [XINING]), ("西部", "2 份文件", [ZHAOTONG, XINING]),
                                    ("（无）", "3 份文件", [SANMENXIA, DANDONG, SHIXING])]
    group_by(window, qtbot, "人口")
    window.close()
    again = make_window()
    assert again.grouping_box.currentData() == "人口"
    assert [g[0] for g in shown_groups(again)] == ["25", "230", "238", "1000", "（无）"]
