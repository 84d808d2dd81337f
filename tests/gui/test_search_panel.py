"""The search panel on the real seeds: cross-script queries, filters, activation."""
import pytest
from PySide6.QtCore import Qt

from policylens.app.corpus.search_model import SearchResultsModel
from policylens.app.corpus.search_panel import SearchPanel
from policylens.core.search import CorpusSearch

pytestmark = pytest.mark.gui
ALL_PLACES = {"三门峡", "丹东", "始兴", "昭通", "西宁"}


@pytest.fixture
def panel(qtbot, corpus):
    panel = SearchPanel()
    qtbot.addWidget(panel)
    panel.set_documents(corpus)
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
