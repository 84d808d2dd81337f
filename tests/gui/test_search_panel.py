"""The search panel on the real seeds: cross-script queries, filters, activation; the query
language (boolean clauses, inline errors), saved searches and auto-coding as one undoable step."""
import pytest
from PySide6.QtCore import Qt

from policylens.app.corpus.search_model import SearchResultsModel
from policylens.app.corpus.search_panel import SearchPanel
from policylens.core.query import run
from policylens.core.search import CorpusSearch
from policylens.store.user_collections import UserCollections

pytestmark = pytest.mark.gui
ALL_PLACES = {"三门峡", "丹东", "始兴", "昭通", "西宁"}


@pytest.fixture
def panel(qtbot, corpus, tmp_path):
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.set_documents(corpus)
    panel.set_data_dir(tmp_path)  # saved searches
    panel.resize(700, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def type_query(qtbot, panel, text):
    """Set the query as typing would (non-ASCII key clicks crash QTest) and wait for the search."""
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        panel.query_edit.setText(text)


def shown_places(panel):
    model = panel.model
    keys = {model.index(r, 0).data(SearchResultsModel.DocKeyRole) for r in range(model.rowCount())}
    return {h.place for h in panel.hits() if h.doc_key in keys}


def hit_indexes(model):
    for d in range(model.rowCount()):
        doc = model.index(d, 0)
        for c in range(model.rowCount(doc)):
            clause = model.index(c, 0, doc)
            for h in range(model.rowCount(clause)):
                yield model.index(h, 0, clause)


def test_traditional_query_finds_both_scripts(qtbot, panel, corpus):
    type_query(qtbot, panel, "戶籍")
    assert shown_places(panel) == ALL_PLACES
    hits = [i.data(SearchResultsModel.HitRole) for i in hit_indexes(panel.model)]
    assert hits == panel.hits() == CorpusSearch(corpus).search("户籍")
    assert {h.match for h in hits} == {"户籍", "戶籍"}


def test_simplified_query_by_enter_finds_the_same(qtbot, panel):
    type_query(qtbot, panel, "戶籍")
    traditional = panel.hits()
    panel.query_edit.setText("户籍")
    with qtbot.waitSignal(panel.resultsChanged, timeout=1000):
        qtbot.keyClick(panel.query_edit, Qt.Key.Key_Return)  # now, without waiting for the debounce
    assert panel.hits() == traditional
    assert shown_places(panel) == ALL_PLACES


def test_ascii_typing_is_debounced(qtbot, panel):
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000) as blocker:
        qtbot.keyClicks(panel.query_edit, "2020")
    assert blocker.args == [len(panel.hits())]
    assert panel.hits() and all(h.match == "2020" for h in panel.hits())


def test_model_is_a_valid_item_model(qtbot, panel, qtmodeltester):
    type_query(qtbot, panel, "落户")
    assert panel.model.rowCount() == 5
    qtmodeltester.check(panel.model)


def test_place_level_and_agency_filters(qtbot, panel, corpus):
    type_query(qtbot, panel, "户籍")
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        panel.place_combo.setCurrentIndex(panel.place_combo.findData("西宁"))
    assert panel.hits() and {h.place for h in panel.hits()} == {"西宁"}
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        panel.level_combo.setCurrentIndex(panel.level_combo.findData(3))
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        panel.agency_combo.setEditText("市公安局")
    want = CorpusSearch(corpus).search("户籍", places={"西宁"}, levels={3}, agencies={"市公安局"})
    assert want and panel.hits() == want
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        panel.agency_combo.setEditText("公安")  # partial text: every agency containing it
    assert panel.filters()["agencies"] == {"市公安局", "县公安局", "省公安厅"}


def test_double_click_and_enter_activate_a_hit(qtbot, panel, corpus):
    type_query(qtbot, panel, "戶籍")
    index = next(hit_indexes(panel.model))
    hit = index.data(SearchResultsModel.HitRole)
    panel.view.scrollTo(index)
    centre = panel.view.visualRect(index).center()
    with qtbot.waitSignal(panel.hitActivated, timeout=1000) as blocker:
        # QTest's double click is the dblclick event alone; a real one starts with a click.
        qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == [hit.doc_key, hit.start, hit.end]
    doc = next(d for d in corpus if d.key == hit.doc_key)
    assert doc.text[hit.start:hit.end] == "户籍"
    later = list(hit_indexes(panel.model))[-1]
    panel.view.setCurrentIndex(later)
    with qtbot.waitSignal(panel.hitActivated, timeout=1000) as blocker:
        qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    last = later.data(SearchResultsModel.HitRole)
    assert blocker.args == [last.doc_key, last.start, last.end]


def test_group_rows_do_not_activate(qtbot, panel):
    type_query(qtbot, panel, "户籍")
    fired = []
    panel.hitActivated.connect(lambda *args: fired.append(args))
    panel.view.setCurrentIndex(panel.model.index(0, 0))
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert fired == []


def test_snippets_render_with_bold_match(qtbot, panel):
    type_query(qtbot, panel, "户籍")
    index = next(hit_indexes(panel.model))
    before, match, after = index.data(SearchResultsModel.SnippetRole)
    assert index.data() == before + match + after and match == "户籍"
    assert not panel.view.grab().isNull()  # paints through the delegate without error
    assert "处匹配" in panel.status_label.text()


def test_empty_query_clears_results(qtbot, panel):
    type_query(qtbot, panel, "户籍")
    type_query(qtbot, panel, "")
    assert panel.model.rowCount() == 0 and panel.status_label.text() == ""


def test_a_hit_uses_the_width_and_keeps_to_its_clause(qtbot, panel, corpus):
    from PySide6.QtGui import QFont, QFontMetrics

    from policylens.app.corpus.search_model import fit_snippet

    type_query(qtbot, panel, "居住证")
    panel.view.expandAll()
    plain = QFontMetrics(panel.view.font())
    bold = QFont(panel.view.font())
    bold.setBold(True)
    strong = QFontMetrics(bold)
    clauses = {(d.key, c.id): c for d in corpus for c in d.clauses}
    for width in (1500, 500):
        panel.resize(width, 600)
        qtbot.waitUntil(lambda: panel.view.viewport().width() > width - 80)
        wide = 0
        for index in hit_indexes(panel.model):
            hit = index.data(SearchResultsModel.HitRole)
            clause = clauses[(hit.doc_key, hit.clause_id)]
            assert clause.start <= hit.start - len(hit.snippet_before) and hit.end + len(hit.snippet_after) <= clause.end
            room = panel.view.visualRect(index).width() - 8
            before, match, after = fit_snippet(index.data(SearchResultsModel.SnippetRole), room, plain, strong)
            used = plain.horizontalAdvance(before) + strong.horizontalAdvance(match) + plain.horizontalAdvance(after)
            assert used <= room
            assert before.endswith(hit.snippet_before[-3:]) or before == "…"  # the words next to the match stay
            wide = max(wide, used / room)
        assert wide > 0.9, width  # 20 characters a side filled half of a wide pane


# The clauses naming both 户籍 and 居住证, in either script (tests/test_query.py BOTH, read by hand).
BOTH = [("000", "三/(十)"), ("001", "四/(三)/11/(1)"), ("001", "四/(三)/11/(2)"), ("002", "三/(十四)"),
        ("003", "三/(十五)/21"), ("003", "三/(十八)/24"), ("004", "三/(八)")]


def shown_clauses(model):
    """(document key prefix, clause id) of every clause row, and the matched words under each."""
    clauses = []
    for d in range(model.rowCount()):
        doc = model.index(d, 0)
        for c in range(model.rowCount(doc)):
            clause = model.index(c, 0, doc)
            words = {model.index(h, 0, clause).data(SearchResultsModel.SnippetRole)[1]
                     for h in range(model.rowCount(clause))}
            clauses.append((doc.data(SearchResultsModel.DocKeyRole)[:3],
                            model.index(0, 0, clause).data(SearchResultsModel.HitRole).clause_id, words))
    return clauses


def test_a_boolean_query_lists_exactly_its_clauses_with_each_term_marked(qtbot, panel):
    type_query(qtbot, panel, "戶籍 与 居住證")
    shown = shown_clauses(panel.model)
    assert [(key, clause) for key, clause, _ in shown] == BOTH
    for _key, _clause, words in shown:  # both terms are hits (painted bold) in every clause
        assert words & {"户籍", "戶籍"} and words & {"居住证", "居住證"}
    type_query(qtbot, panel, '"居住证制度" NOT 户籍')
    assert [(key, clause) for key, clause, _ in shown_clauses(panel.model)] == [("003", "三/(十八)")]


def test_near_and_the_filters_work_together(qtbot, panel, corpus):
    type_query(qtbot, panel, "户籍 NEAR/5 居住证")
    assert len({(h.doc_key, h.clause_id) for h in panel.hits()}) == 5
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        panel.place_combo.setCurrentIndex(panel.place_combo.findData("西宁"))
    xining = {d.key for d in corpus if d.meta.place == "西宁"}
    assert [(h.doc_key, h.clause_id) for h in panel.clause_hits()] == [
        (h.doc_key, h.clause_id) for h in run("户籍 NEAR/5 居住证", corpus, keys=xining)]
    assert panel.clause_hits() and {h.place for h in panel.hits()} == {"西宁"}


def test_searching_within_the_results_keeps_their_clauses_and_marks_only_the_new_words(qtbot, panel, tmp_path):
    type_query(qtbot, panel, "戶籍")
    qtbot.mouseClick(panel.within_button, Qt.MouseButton.LeftButton)
    assert panel.query_edit.text() == "" and panel.within_bar.isVisible()
    clauses = len({(h.doc_key, h.clause_id) for h in run("户籍", panel._documents)})
    assert panel.within_bar.label.text() == f"在结果中搜索：戶籍（{clauses} 个条款）"
    assert panel.status_label.text() == f"输入检索式，在 {clauses} 个条款中搜索"
    type_query(qtbot, panel, "居住證")
    shown = shown_clauses(panel.model)
    assert [(key, clause) for key, clause, _ in shown] == BOTH  # what 户籍 AND 居住证 finds
    assert all(words <= {"居住证", "居住證"} for _k, _c, words in shown)  # only the new word is a hit
    assert [(h.doc_key[:3], h.clause_id) for h in panel.clause_hits()] == BOTH  # what auto-coding codes
    qtbot.mouseClick(panel.within_button, Qt.MouseButton.LeftButton)  # and narrowed again
    type_query(qtbot, panel, "NOT 居住证制度")
    assert [(h.doc_key[:3], h.clause_id) for h in panel.clause_hits()] == [("001", "四/(三)/11/(2)"),
                                                                          ("003", "三/(十五)/21")]
    assert panel.within_bar.label.text().startswith("在结果中搜索：戶籍 › 居住證（")
    panel.ask_name = lambda: "三步"
    menu = panel.saved_button.menu()
    menu.aboutToShow.emit()
    next(a for a in menu.actions() if a.text() == "保存当前搜索…").trigger()
    assert UserCollections(tmp_path).search("三步")["query"] == "(戶籍) AND (居住證) AND (NOT 居住证制度)"
    within = [(h.doc_key, h.clause_id) for h in panel.clause_hits()]
    assert within == [(h.doc_key, h.clause_id) for h in run("(戶籍) AND (居住證) AND (NOT 居住证制度)", panel._documents)]
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        qtbot.mouseClick(panel.within_bar.clear_button, Qt.MouseButton.LeftButton)
    assert not panel.within_bar.isVisible()
    assert [(h.doc_key, h.clause_id) for h in panel.clause_hits()] == [
        (h.doc_key, h.clause_id) for h in run("NOT 居住证制度", panel._documents)]


def test_a_malformed_query_says_where_inline_and_clears_when_fixed(qtbot, panel):
    type_query(qtbot, panel, "户籍 AND")
    assert panel.hits() == [] and panel.error_label.isVisible()
    assert panel.error_message() == "缺少检索词（位置 6）"
    assert "<u><b>" in panel.error_label.text()  # the place is marked in the query shown
    type_query(qtbot, panel, "(户籍 OR 落户")
    assert panel.error_message() == "缺少“)”（位置 9）"
    type_query(qtbot, panel, "(户籍 OR 落户)")
    assert not panel.error_label.isVisible() and panel.error_message() == ""
    assert panel.hits()


def test_saved_searches_keep_the_scope_and_run_again_from_the_menu(qtbot, panel, tmp_path):
    type_query(qtbot, panel, "户籍 AND 居住证")
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        panel.place_combo.setCurrentIndex(panel.place_combo.findData("三门峡"))
    wanted = [(h.doc_key, h.clause_id) for h in panel.clause_hits()]
    panel.ask_name = lambda: "户籍与居住证"
    menu = panel.saved_button.menu()
    menu.aboutToShow.emit()
    save = next(a for a in menu.actions() if a.text() == "保存当前搜索…")
    save.trigger()
    assert UserCollections(tmp_path).search("户籍与居住证") == {
        "query": "户籍 AND 居住证", "places": ["三门峡"], "levels": [], "set": "", "where": []}
    panel.place_combo.setCurrentIndex(0)
    type_query(qtbot, panel, "落户")
    menu.aboutToShow.emit()
    saved = next(a for a in menu.actions() if a.text().startswith("户籍与居住证"))
    with qtbot.waitSignal(panel.resultsChanged, timeout=3000):
        saved.trigger()
    assert panel.query_edit.text() == "户籍 AND 居住证"
    assert panel.place_combo.currentData() == "三门峡"
    assert [(h.doc_key, h.clause_id) for h in panel.clause_hits()] == wanted


def test_the_grammar_is_in_the_fields_help(panel):
    help_text = panel.query_edit.toolTip()
    for word in ("AND", "OR", "NOT", "NEAR/5", "正则表达式", "短语"):
        assert word in help_text


def test_auto_coding_from_the_window_undoes_in_one_step(make_window, qtbot):
    window = make_window()
    panel = window.search
    type_query(qtbot, panel, "户籍 AND 居住证")
    panel.ask_autocode = lambda: ("自动/户籍与居住证", "clause")
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    project = window.annotations.project
    code = project.code_by_path("自动/户籍与居住证")
    coded = sorted((a.document[:3], a.anchor.clause) for a in project.filter(code=code.id))
    assert coded == sorted(BOTH)
    undo = window.actions_by_name["undo"]
    assert undo.text() == "撤销 自动编码 自动/户籍与居住证"
    undo.trigger()
    assert not project.annotations and project.code_by_path("自动/户籍与居住证") is None
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.code_button, Qt.MouseButton.LeftButton)  # again: nothing coded twice
    assert len(project.annotations) == len(BOTH)
