"""The scope bar over the corpus list: conditions on attributes and a set narrow the corpus
list, the agency view and the annotation list together, with counts."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolButton

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation, Batch
from policylens.core.annotations import Annotation, new_id
from policylens.store.user_attributes import UserAttributes
from policylens.store.user_collections import UserCollections

SHIXING, ZHAOTONG, XINING, DANDONG = ("004_cfcbd90ad6d31fda", "001_cb987e057fa661f0", "003_75f870b2b59b37d0",
                                      "002_0b082def2c4c3406")


def shown_keys(window) -> list[str]:
    proxy, keys = window.corpus_filter, []
    for group in range(proxy.rowCount()):
        parent = proxy.index(group, 0)
        keys += [window.corpus.key_at(proxy.mapToSource(proxy.index(row, 0, parent))) for row in range(proxy.rowCount(parent))]
    return sorted(keys)


def choose(bar, attribute: str, op: str, value_text: str | None = None, typed: str | None = None) -> None:
    bar.attribute_combo.setCurrentIndex(bar.attribute_combo.findData(attribute))
    bar.operator_combo.setCurrentIndex(bar.operator_combo.findData(op))
    if value_text is not None:  # a value offered in the list (filled when it opens), by its text and count
        bar.value_combo.showPopup()
        bar.value_combo.hidePopup()
        bar.value_combo.setCurrentIndex(bar.value_combo.findText(value_text))
    else:
        bar.value_combo.setEditText(typed)


def test_conditions_narrow_the_list_and_the_agency_view_and_chips_remove_them(make_window, qtbot):
    window = make_window()
    bar = window.scope_bar
    assert bar.count_label.text() == "全部 5 份文件" and not bar.chips.isVisible()
    bar.attribute_combo.setCurrentIndex(bar.attribute_combo.findData("province"))
    assert bar.value_combo.count() == 0  # nothing counted before the list is opened
    bar.value_combo.showPopup()
    offered = [bar.value_combo.itemText(i) for i in range(bar.value_combo.count())]
    assert "广东 (1)" in offered and "云南 (1)" in offered
    choose(bar, "year", "=", typed="2017..2018")
    with qtbot.waitSignal(bar.scopeChanged):
        qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    assert shown_keys(window) == [ZHAOTONG, XINING, SHIXING]
    assert bar.count_label.text() == "范围内 3 / 5 份文件"
    assert {d.key for d in window.agencies.index.documents()} == {ZHAOTONG, XINING, SHIXING}
    choose(bar, "province", "!=", value_text="广东 (1)")
    qtbot.keyClick(bar.value_combo.lineEdit(), Qt.Key.Key_Return)
    assert shown_keys(window) == [ZHAOTONG, XINING]
    chips = bar.chips.findChildren(QToolButton, "scopeCondition")
    assert [c.text() for c in chips] == ["年份 2017…2018  ✕", "省份 ≠ 广东  ✕"]
    qtbot.mouseClick(chips[0], Qt.MouseButton.LeftButton)  # takes the year condition away
    assert shown_keys(window) == ["000_475fe52b6475e2b2", ZHAOTONG, DANDONG, XINING]
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert len(shown_keys(window)) == 5 and len(window.agencies.index.documents()) == 5


def test_a_typo_is_said_and_nothing_changes(make_window, qtbot):
    window = make_window()
    bar = window.scope_bar
    choose(bar, "year", ">=", typed="2016..2018")
    assert not bar.add_typed()
    assert "范围写成" in bar.message.text() and bar.keys() is None and len(shown_keys(window)) == 5


def test_user_attributes_sets_and_the_annotation_list_follow(make_window, qtbot, tmp_path):
    window = make_window()
    session = window.annotations
    doc = window.corpus_source.document(SHIXING)
    other = window.corpus_source.document(ZHAOTONG)
    session.run(Batch("add annotation", [AddAnnotation(Annotation(new_id(), make_anchor(d, 10, 20)))
                                         for d in (doc, other)]))
    panel = window.annotating.annotation_panel
    assert panel.model.rowCount() == 2
    attributes = UserAttributes(tmp_path)  # edited elsewhere (the attributes table, the command line)
    from policylens.core.attributes import Definition
    attributes.define(Definition("试点", "choice", ("是", "否")))
    attributes.set(SHIXING, "试点", "是")
    attributes.save()
    collections = UserCollections(tmp_path)
    collections.add_to_set("南方", [SHIXING, ZHAOTONG, XINING])
    collections.save()
    bar = window.scope_bar  # it sees the files change and reads them again
    qtbot.waitUntil(lambda: bar.attribute_combo.findData("试点") >= 0 and bar.set_combo.isVisibleTo(bar), timeout=5000)
    bar.set_combo.setCurrentIndex(bar.set_combo.findData("南方"))
    assert shown_keys(window) == [ZHAOTONG, XINING, SHIXING]
    assert panel.model.rowCount() == 2 and "在筛选范围的文件中" in panel.summary_label.text()
    choose(bar, "试点", "=", value_text="是 (1)")
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    assert shown_keys(window) == [SHIXING] and bar.count_label.text() == "范围内 1 / 5 份文件"
    assert [panel.model.rows[r].document for r in range(panel.model.rowCount())] == [SHIXING]
    session.run(Batch("add annotation", [AddAnnotation(Annotation(new_id(), make_anchor(other, 30, 40)))]))
    assert panel.model.rowCount() == 1  # a new annotation outside the scope is not listed


def test_the_search_follows_the_scope_and_a_saved_search_brings_its_scope_back(make_window, qtbot):
    window = make_window()
    bar, search = window.scope_bar, window.search
    qtbot.waitUntil(lambda: bool(search._documents), timeout=10000)
    with qtbot.waitSignal(search.resultsChanged, timeout=5000):
        search.query_edit.setText("居住证")
        qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    everywhere = {h.doc_key for h in search.hits()}
    assert len(everywhere) == 5
    choose(bar, "year", "=", typed="2017..2018")
    with qtbot.waitSignal(bar.scopeChanged):
        qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    assert {h.doc_key for h in search.hits()} == {ZHAOTONG, XINING, SHIXING}
    search.ask_name = lambda: "两年内的居住证"
    assert search.save_search(search.ask_name())
    assert UserCollections(window.data_dir).search("两年内的居住证")["where"] == ["year=2017..2018"]
    qtbot.mouseClick(bar.clear_button, Qt.MouseButton.LeftButton)
    assert {h.doc_key for h in search.hits()} == everywhere
    assert search.run_saved("两年内的居住证")
    assert bar.keys() == {ZHAOTONG, XINING, SHIXING}
    assert {h.doc_key for h in search.hits()} == {ZHAOTONG, XINING, SHIXING}


def in_force_on(bar, qtbot, typed: str) -> None:
    """Choose "in force on" in the attribute box, type the date and add it, as a user does."""
    bar.attribute_combo.setCurrentIndex(bar.attribute_combo.findData("in-force"))
    assert not bar.operator_combo.isEnabled()
    bar.value_combo.setEditText(typed)
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)


def test_in_force_on_a_date_narrows_the_list_the_agencies_the_annotations_and_the_search(make_window, qtbot):
    window = make_window()
    bar, search, panel = window.scope_bar, window.search, window.annotating.annotation_panel
    session = window.annotations
    session.run(Batch("add annotation", [AddAnnotation(Annotation(new_id(), make_anchor(
        window.corpus_source.document(key), 10, 20))) for key in (SHIXING, XINING)]))
    with qtbot.waitSignal(search.resultsChanged, timeout=5000):
        search.query_edit.setText("居住证")
        qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    # 始兴: "本实施方案自印发之日起试行，有效期三年" and 2018年9月13日印发, so in force until 2021-09-12;
    # 三门峡's plan is of 2019-11-28; 昭通 (2017-03-10) and 西宁 (2017-11-02) state no end; 丹东's
    # states no date at all, so no date puts it out of force.
    with qtbot.waitSignal(bar.scopeChanged, timeout=10000):
        in_force_on(bar, qtbot, "2018-06-01")
    assert shown_keys(window) == [ZHAOTONG, DANDONG, XINING]
    assert bar.count_label.text() == "范围内 3 / 5 份文件"
    assert [c.text() for c in bar.chips.findChildren(QToolButton, "scopeCondition")] == ["有效于 2018-06-01  ✕"]
    assert {d.key for d in window.agencies.index.documents()} == {ZHAOTONG, DANDONG, XINING}
    assert {h.doc_key for h in search.hits()} == {ZHAOTONG, DANDONG, XINING}
    assert [panel.model.rows[r].document for r in range(panel.model.rowCount())] == [XINING]
    assert bar.written() == ["in-force=2018-06-01"]
    with qtbot.waitSignal(bar.scopeChanged, timeout=10000):  # a later date replaces it; a month is a date
        in_force_on(bar, qtbot, "2021-10")
    assert shown_keys(window) == ["000_475fe52b6475e2b2", ZHAOTONG, DANDONG, XINING]
    choose(bar, "province", "!=", typed="河南")
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    assert shown_keys(window) == [ZHAOTONG, DANDONG, XINING]
    chips = bar.chips.findChildren(QToolButton, "scopeCondition")
    assert [c.text() for c in chips] == ["省份 ≠ 河南  ✕", "有效于 2021-10  ✕"]
    qtbot.mouseClick(chips[1], Qt.MouseButton.LeftButton)  # takes "in force" away
    assert bar.in_force is None and shown_keys(window) == [ZHAOTONG, DANDONG, XINING, SHIXING]
    in_force_on(bar, qtbot, "去年")
    assert "in-force=YYYY-MM-DD" in bar.message.text() and bar.in_force is None
    bar.value_combo.showPopup()  # the years of the documents are offered, latest first
    bar.value_combo.hidePopup()
    assert [bar.value_combo.itemText(i) for i in range(bar.value_combo.count())] == ["2019", "2018", "2017"]
    bar.value_combo.setCurrentIndex(1)
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [c.text() for c in bar.chips.findChildren(QToolButton, "scopeCondition")] == [
        "省份 ≠ 河南  ✕", "有效于 2018  ✕"], timeout=10000)  # "（计算中）" until it is known
    assert shown_keys(window) == [ZHAOTONG, DANDONG, XINING, SHIXING]  # 始兴 from 2018-09-13
    assert bar.written() == ["province!=河南", "in-force=2018"]


def test_the_scope_comes_back_after_a_restart_and_what_no_longer_applies_is_dropped(make_window, qtbot, tmp_path):
    collections = UserCollections(tmp_path)
    collections.add_to_set("南方", [SHIXING, ZHAOTONG, XINING])
    collections.add_to_set("北方", [DANDONG, XINING])
    collections.save()
    window = make_window()
    bar = window.scope_bar
    choose(bar, "year", ">=", typed="2017")
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    bar.set_combo.setCurrentIndex(bar.set_combo.findData("南方"))
    with qtbot.waitSignal(bar.scopeChanged, timeout=10000):
        in_force_on(bar, qtbot, "2021-10-01")
    assert shown_keys(window) == [ZHAOTONG, XINING]
    window.close()

    again = make_window()  # a new window on the same data folder
    bar = again.scope_bar
    assert bar.set_combo.currentData() == "南方" and bar.in_force == "2021-10-01"
    qtbot.waitUntil(lambda: shown_keys(again) == [ZHAOTONG, XINING], timeout=10000)
    assert [c.text() for c in bar.chips.findChildren(QToolButton, "scopeCondition")] == [
        "年份 ≥ 2017  ✕", "有效于 2021-10-01  ✕"]
    assert {d.key for d in again.agencies.index.documents()} == {ZHAOTONG, XINING}
    assert not bar.message.isVisible()
    # the set is deleted and the attribute a condition was on too, before the next start
    attributes = UserAttributes(tmp_path)
    from policylens.core.attributes import Definition
    attributes.define(Definition("试点", "choice", ("是", "否")))
    attributes.set(XINING, "试点", "是")
    attributes.save()
    qtbot.waitUntil(lambda: bar.attribute_combo.findData("试点") >= 0, timeout=5000)
    choose(bar, "试点", "=", typed="是")
    qtbot.mouseClick(bar.add_button, Qt.MouseButton.LeftButton)
    assert shown_keys(again) == [XINING]
    again.close()
    UserAttributes(tmp_path).path.unlink()
    collections = UserCollections(tmp_path)
    collections.delete_set("南方")
    collections.save()

    third = make_window()
    bar = third.scope_bar
    assert "没有名为“南方”的文件集" in bar.message.text() and "没有属性“试点”" in bar.message.text()
    assert bar.set_name is None and [c.text() for c in bar.scope.conditions] == ["year>=2017"]
    qtbot.waitUntil(lambda: shown_keys(third) == ["000_475fe52b6475e2b2", ZHAOTONG, XINING], timeout=10000)
    third.close()
    assert make_window().scope_bar.written() == ["year>=2017", "in-force=2021-10-01"]  # kept as it is now


def test_a_scope_kept_for_another_data_folder_or_unreadable_is_no_scope(make_window, qtbot, tmp_path):
    from policylens.app.corpus.saved_scope import SETTING
    from policylens.app.shell.main import settings_for

    settings = settings_for(tmp_path)
    settings.setValue(SETTING, '{"folder": "/elsewhere", "conditions": ["year>=2019"], "set": null, "in_force": null}')
    settings.sync()
    window = make_window()
    assert window.scope_bar.keys() is None and len(shown_keys(window)) == 5
    window.close()
    settings.setValue(SETTING, "{not json")
    settings.sync()
    window = make_window()
    assert window.scope_bar.keys() is None and not window.scope_bar.message.isVisible()
