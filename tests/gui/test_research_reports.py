"""Research ▸ Word frequencies (bar chart, table, export), the printed annotation report, and
attribute edits as steps of the window's one Edit ▸ Undo history; through the real window."""
import csv

import pytest
from PySide6.QtCore import Qt

from policylens.app.annotating.annotation_session import AnnotationValues
from policylens.core.anchoring import make_anchor
from policylens.core.frequencies import frequencies, stopwords
from pdf_text import pdf_pages

pytestmark = pytest.mark.gui


def _frequencies(window, qtbot, by):
    window.actions_by_name["frequencies"].trigger()
    view = window.research.frequency_window
    qtbot.waitExposed(view)
    view.by_combo.setCurrentIndex(view.by_combo.findData(by))
    with qtbot.waitSignal(view.computed, timeout=60000):
        qtbot.mouseClick(view.count_button, Qt.MouseButton.LeftButton)
    return view


def test_word_frequencies_by_place_as_chart_and_table(make_window, qtbot, tmp_path):
    window = make_window()
    (tmp_path / "user").mkdir(exist_ok=True)
    (tmp_path / "user" / "stopwords.txt").write_text("城镇\n", "utf-8")  # the user's own list counts
    view = _frequencies(window, qtbot, "place")
    places = {r["key"]: r["place"] + r["level"] for r in window.records}
    want = frequencies(window.documents, lambda d: places[d.key], stopwords(tmp_path / "user" / "stopwords.txt"))
    assert list(view.counts) == ["三门峡市", "昭通市", "丹东市", "西宁市", "始兴县"]  # as the corpus list groups
    assert view.counts == want
    view.group_combo.setCurrentIndex(view.group_combo.findData("西宁市"))
    view.top_spin.setValue(10)
    top = want["西宁市"].most_common(10)
    assert view.chart.bars == top and "城镇" not in dict(top)
    shown = [(view.model.index(r, 1).data(), int(view.model.index(r, 2).data())) for r in range(view.model.rowCount())]
    assert shown == top
    rects = view.chart.bar_rects()  # bars are drawn longest first, in proportion to the counts
    assert [r.width() for r in rects] == sorted((r.width() for r in rects), reverse=True)
    assert abs(rects[-1].width() / rects[0].width() - top[-1][1] / top[0][1]) < 0.02
    view.export.ask_path = lambda fmt: str(tmp_path / f"words.{fmt}")
    qtbot.mouseClick(view.export.buttons["csv"], Qt.MouseButton.LeftButton)
    with open(tmp_path / "words.csv", encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["组", "序号", "词", "次数"] and len(rows) == 1 + 10 * len(want)
    assert [(w, int(c)) for g, _, w, c in rows[1:] if g == "西宁市"] == top


def test_word_frequencies_by_set_and_attribute_within_the_scope(make_window, qtbot, tmp_path):
    from policylens.app.common.document_grouping import SETS
    from policylens.core.scope import parse_condition
    from policylens.store.user_collections import UserCollections

    window = make_window()
    keys = sorted(d.key for d in window.documents)  # 三门峡 昭通 丹东 西宁 始兴
    collections = UserCollections(tmp_path)
    collections.add_to_set("西部", [keys[1], keys[3]])
    collections.add_to_set("试点", [keys[3], keys[4]])  # 西宁 in both
    collections.save()
    qtbot.waitUntil(lambda: bool(window.corpus_source.sets()), timeout=5000)
    view = _frequencies(window, qtbot, SETS)
    left_out = stopwords(tmp_path / "user" / "stopwords.txt")
    by_key = {d.key: d for d in window.documents}
    members = {"试点": [keys[3], keys[4]], "西部": [keys[1], keys[3]], "（无）": [keys[0], keys[2]]}
    assert list(view.counts) == ["试点", "西部", "（无）"]
    for name, in_set in members.items():  # 西宁's words count in both of its sets
        assert view.counts[name] == frequencies([by_key[k] for k in in_set], lambda d: name, left_out)[name]
    window.scope_bar.add_condition(parse_condition("year=2017"))  # 昭通 and 西宁
    view.by_combo.setCurrentIndex(view.by_combo.findData("year"))
    with qtbot.waitSignal(view.computed, timeout=60000):
        qtbot.mouseClick(view.count_button, Qt.MouseButton.LeftButton)
    assert list(view.counts) == ["2017"]
    assert view.counts["2017"] == frequencies([by_key[keys[1]], by_key[keys[3]]], lambda d: "2017", left_out)["2017"]


def test_the_annotation_report_prints_to_pdf(make_window, qtbot, tmp_path):
    from policylens.app.common.printing import pdf_printer

    window = make_window()
    doc = window.corpus_source.document(window.records[0]["key"])
    start = doc.text.index("居住证")
    window.annotations.add(make_anchor(doc, start, start + 3), AnnotationValues("持证人享有的公共服务",
                                                                                code_paths=("居住证制度",)))
    assert window.research.print_annotation_report(pdf_printer(tmp_path / "annotations.pdf"))
    pages = pdf_pages(tmp_path / "annotations.pdf")
    text = "".join(pages)
    assert pages and "PolicyLens 批注" in text and "持证人享有的公共服务" in text and "居住证制度" in text


def test_attribute_edits_are_steps_of_the_one_undo_history(make_window, qtbot, tmp_path):
    window = make_window()
    window.actions_by_name["attributes"].trigger()
    dialog = window.research.attributes_dialog
    qtbot.waitExposed(dialog)
    assert dialog.undo_stack is window.annotations.undo_stack
    model = dialog.model
    row = next(i for i, r in enumerate(model.records) if r["key"].startswith("002"))
    dialog.table.setCurrentIndex(dialog.proxy.mapFromSource(model.index(row, model.names.index("place"))))
    dialog.value_edit.setText("丹东市区")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert model.index(row, model.names.index("place")).data() == "丹东市区"
    undo = window.actions_by_name["undo"]
    assert undo.text() == "撤销 设置属性 地区"
    undo.trigger()  # Edit ▸ Undo of the main window
    assert model.index(row, model.names.index("place")).data() == "丹东"
    assert "丹东市区" not in (tmp_path / "user" / "attributes.json").read_text("utf-8")
    window.actions_by_name["redo"].trigger()
    assert model.index(row, model.names.index("place")).data() == "丹东市区"


def test_with_annotations_read_only_the_research_windows_that_need_them_are_off(make_window, corpus, tmp_path,
                                                                              monkeypatch, qtbot):
    from PySide6.QtWidgets import QMessageBox

    from test_window_store_damage import flip_a_journal_line

    flip_a_journal_line(corpus[0], tmp_path, 2)
    monkeypatch.setattr("policylens.app.annotating.feature.QMessageBox.question",
                        lambda *args: QMessageBox.StandardButton.No)
    monkeypatch.setattr("policylens.app.annotating.feature.QMessageBox.critical", lambda *args: None)
    window = make_window()
    assert window.annotations is None
    assert not window.actions_by_name["segments"].isEnabled()
    assert not window.actions_by_name["print_annotations"].isEnabled()
    assert window.actions_by_name["kwic"].isEnabled() and window.actions_by_name["frequencies"].isEnabled()
    assert window.search.code_button.isHidden()
    window.actions_by_name["attributes"].trigger()  # attribute edits keep a history of their own
    dialog = window.research.attributes_dialog
    assert dialog.undo_stack.parent() is dialog
