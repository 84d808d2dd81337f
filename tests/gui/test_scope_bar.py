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
