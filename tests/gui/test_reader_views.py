"""Script view, raw view, find bar and info panel, on real seeds and real widgets."""
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from policylens.app.common import styles
from policylens.app.reading.info_panel import KEY_ROLE, InfoPanel
from policylens.core.document import analyze_file
from policylens.core.script import fold, to_simplified, to_traditional
from policylens.store.codec import index_record


def doc_by_place(corpus, place):
    return next(d for d in corpus if d.meta.place == place)


def clause_by_id(doc, clause_id):
    return next(c for c in doc.clauses if c.id == clause_id)



def text_at(view, start, end):
    return view.span_cursor(start, end).selectedText()


def formats_at(view, start, end):
    """The char format of each code point of view.shown[start:end]."""
    out, cursor = [], QTextCursor(view.document())
    for offset in range(start, end):
        cursor.setPosition(view.position_of(offset) + 1)  # a position's format is the char before it
        out.append(cursor.charFormat())
    return out


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


# --- script view ----------------------------------------------------------------------------
def test_simplified_view_keeps_responsible_highlight_xining(pane, corpus, qtbot):
    doc = doc_by_place(corpus, "西宁")
    assert doc.script == "traditional"
    clause = clause_by_id(doc, "二/(四)/1")
    ref = next(a for a in clause.agencies if a.canonical == "市公安局")
    assert ref.role == "responsible"
    pane.show_document(doc)
    pane.scroll_to_offset(clause.start)
    assert pane.current_offset() == clause.start
    click(qtbot, pane.script_buttons["simplified"])
    view = pane.view
    assert pane.script == "simplified" and pane.script_buttons["simplified"].isChecked()
    assert view.shown == to_simplified(doc.text) != doc.text
    assert text_at(view, ref.start, ref.end) == "市公安局"
    for fmt in formats_at(view, ref.start, ref.end):
        assert fmt.property(styles.ROLE_PROPERTY) == "responsible"
        assert fmt.background().color().name() == styles.LIGHT.roles["responsible"][0]
    # The heading is now simplified and still styled as a heading, on the same offsets.
    title_start = clause.title_end - len(clause.title)
    assert doc.text[title_start:title_start + 4] == "全面放寬"
    assert text_at(view, title_start, title_start + 4) == "全面放宽"
    assert formats_at(view, title_start, title_start + 1)[0].fontWeight() > 400
    assert pane.current_offset() == clause.start  # the reader did not jump


def test_traditional_view_keeps_lead_highlight_sanmenxia(pane, corpus, qtbot):
    doc = doc_by_place(corpus, "三门峡")
    clause = clause_by_id(doc, "二/(一)")
    ref = next(a for a in clause.agencies if a.canonical == "市公安局" and a.role == "lead")
    pane.show_document(doc)
    click(qtbot, pane.script_buttons["traditional"])
    view = pane.view
    assert view.shown == to_traditional(doc.text) != doc.text
    assert text_at(view, ref.start, ref.end) == "市公安局"
    for fmt in formats_at(view, ref.start, ref.end):
        assert fmt.property(styles.ROLE_PROPERTY) == "lead"
        assert fmt.property(styles.CANONICAL_PROPERTY) == "市公安局"
    before = formats_at(view, ref.start - 1, ref.start)[0]
    assert before.property(styles.ROLE_PROPERTY) is None
    click(qtbot, pane.script_buttons["original"])
    assert view.shown == doc.text


# --- find -----------------------------------------------------------------------------------
def test_find_is_cross_script_and_steps(pane, corpus, qtbot):
    doc = doc_by_place(corpus, "西宁")
    pane.show_document(doc)
    pane.show_find()
    bar = pane.find_bar
    assert bar.isVisible()
    bar.edit.setText("户籍")  # simplified query in a traditional text
    expected = fold(doc.text).count(fold("户籍"))
    assert expected > 5 and "户籍" not in doc.text
    selections = pane.view.extraSelections()
    assert len(bar.matches) == len(selections) == expected and bar.count.text() == f"1/{expected}"
    assert {s.cursor.selectedText() for s in selections} == {"戶籍"}
    current = [s for s in selections if s.format.background().color().name() == styles.LIGHT.find_current]
    assert len(current) == 1 and current[0].cursor.selectionStart() == pane.view.position_of(bar.matches[0][0])

    def selected():
        cursor = pane.view.textCursor()
        return pane.view.offset_of(cursor.selectionStart()), pane.view.offset_of(cursor.selectionEnd())

    assert selected() == bar.matches[0]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    assert bar.count.text() == f"2/{expected}" and selected() == bar.matches[1]
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert selected() == bar.matches[1]
    bar.find_previous()
    bar.find_previous()  # wraps round to the last match
    assert bar.count.text() == f"{expected}/{expected}" and selected() == bar.matches[-1]
    assert pane.view.viewport().rect().contains(pane.view.cursorRect())  # the match was scrolled to


def test_find_survives_script_switch_and_escape_hides(pane, corpus, qtbot):
    doc = doc_by_place(corpus, "西宁")
    pane.show_document(doc)
    pane.show_find()
    pane.find_bar.edit.setText("戶籍")
    count = len(pane.find_bar.matches)
    pane.find_bar.find_next()
    pane.set_script("simplified")
    assert len(pane.find_bar.matches) == count and pane.find_bar.count.text() == f"2/{count}"
    assert {s.cursor.selectedText() for s in pane.view.extraSelections()} == {"户籍"}
    pane.find_bar.edit.setFocus()
    qtbot.keyClick(pane.find_bar.edit, Qt.Key.Key_Escape)
    assert not pane.find_bar.isVisible()
    assert pane.view.extraSelections() == []


def test_f3_steps_from_the_text_and_opens_the_bar(pane, corpus, qtbot):
    pane.show_document(doc_by_place(corpus, "三门峡"))
    pane.activateWindow()
    qtbot.waitActive(pane)
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F3)  # hidden bar: F3 opens it
    bar = pane.find_bar
    assert bar.isVisible() and bar.edit.hasFocus()
    bar.edit.setText("落户")
    n = fold(pane.view.shown).count("落户")
    assert bar.count.text() == f"1/{n}"
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_F3)
    qtbot.keyClick(pane.view, Qt.Key.Key_F3)
    assert bar.count.text() == f"3/{n}"
    qtbot.keyClick(pane.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert bar.count.text() == f"2/{n}"
    qtbot.keyClick(pane.view, Qt.Key.Key_Escape)  # Esc from the text closes the bar too
    assert not bar.isVisible() and pane.view.hasFocus()


def test_find_follows_a_new_document_and_reports_no_match(pane, corpus):
    pane.show_document(doc_by_place(corpus, "三门峡"))
    pane.show_find()
    pane.find_bar.edit.setText("户籍")
    pane.find_bar.find_next()
    xining = doc_by_place(corpus, "西宁")
    pane.show_document(xining)
    assert pane.find_bar.matches[0][0] == fold(xining.text).index("户籍")
    assert pane.find_bar.count.text() == f"1/{fold(xining.text).count('户籍')}"
    assert pane.current_offset() == 0  # the new document opens at its top
    pane.find_bar.edit.setText("没有这个词")
    assert pane.find_bar.count.text() == "0/0" and pane.view.extraSelections() == []
    pane.find_bar.find_next()  # nothing to step to, and no error


# --- raw view -------------------------------------------------------------------------------
def test_raw_view_marks_breadcrumb_and_keeps_place(pane, corpus, qtbot):
    doc = doc_by_place(corpus, "三门峡")
    crumb = next(r for r in doc.clean.removed if r.reason == "breadcrumb")
    clause = clause_by_id(doc, "二/(一)")
    pane.show_document(doc)
    pane.scroll_to_offset(clause.start)
    click(qtbot, pane.raw_button)
    raw = pane.raw_view
    assert pane.raw and pane.stack.currentWidget() is raw
    assert raw.shown == doc.source.text
    assert text_at(raw, crumb.start, crumb.end) == crumb.text
    for fmt in formats_at(raw, crumb.start, crumb.end):
        assert fmt.property(styles.REMOVED_PROPERTY) == "breadcrumb"
        assert fmt.fontStrikeOut() and "breadcrumb" in fmt.toolTip()
    after = formats_at(raw, crumb.end + 1, crumb.end + 2)[0]  # past the line break: kept text
    assert after.property(styles.REMOVED_PROPERTY) is None
    # The raw view opened at the same place, and reports clean offsets.
    raw_start = doc.clean.offsets.to_raw(clause.start)
    assert raw.top_offset() <= raw_start and "\n" not in doc.source.text[raw.top_offset():raw_start]
    assert pane.current_offset() == clause.start
    click(qtbot, pane.raw_button)
    assert not pane.raw and pane.current_offset() == clause.start


def test_raw_view_marks_every_removed_piece_xining(pane, corpus):
    doc = doc_by_place(corpus, "西宁")
    pane.set_raw(True)
    pane.show_document(doc)  # a document shown while raw is rendered raw at once
    reasons = {r.reason for r in doc.clean.removed}
    assert reasons == {"pinyin", "qr-code"}
    for piece in doc.clean.removed:
        fmt = formats_at(pane.raw_view, piece.start, piece.start + 1)[0]
        assert fmt.property(styles.REMOVED_PROPERTY) == piece.reason
    clause = clause_by_id(doc, "二/(四)/1")
    pane.highlight_span(clause.title_start, clause.title_end)
    cursor = pane.raw_view.textCursor()
    assert fold(cursor.selectedText()).startswith("全面放宽")


# --- info panel -----------------------------------------------------------------------------
@pytest.fixture
def panel(qtbot):
    widget = InfoPanel()
    qtbot.addWidget(widget)
    widget.resize(420, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def click_row(qtbot, tree, row):
    rect = tree.visualItemRect(tree.topLevelItem(row))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def rows(tree):
    return [[tree.topLevelItem(r).text(c) for c in range(tree.columnCount())] for r in range(tree.topLevelItemCount())]


def link_keys(tree):
    return [tree.topLevelItem(r).data(0, KEY_ROLE) for r in range(tree.topLevelItemCount())]


def test_info_panel_xining(panel, corpus, qtbot):
    doc = doc_by_place(corpus, "西宁")
    panel.set_corpus([index_record(d, "", "", "") for d in corpus])
    panel.set_document(doc)
    assert panel.fields["number"].text() == "寧政辦〔2017〕243號"
    assert panel.fields["issuer"].text() == "西寧市人民政府辦公廳"
    assert panel.fields["written"].text() == "2017-11-02"
    assert panel.fields["script"].text() == "繁体"
    assert doc.source.name in panel.fields["file"].text() and "utf-8" in panel.fields["file"].text()
    row = rows(panel.targets).index(["户籍人口城镇化率", "65%", "", "2020"])  # value+unit, no qualifier
    target = next(t for t in doc.meta.targets if t.value == 65)
    with qtbot.waitSignal(panel.spanActivated) as blocker:
        click_row(qtbot, panel.targets, row)
    assert blocker.args == [target.start, target.end]


SYNTHETIC = """广东省人民政府办公厅关于印发广东省推动非户籍人口在城市落户实施方案的通知
粤府办〔2017〕24号
各地级以上市人民政府：
一、总体要求
各地要落实政策。(省公安厅牵头,省财政厅配合)
"""


def test_citation_of_corpus_document_is_a_link(panel, corpus, qtbot, tmp_path):
    (tmp_path / "粤府办2017-24.txt").write_text(SYNTHETIC, encoding="utf-8")
    cited = analyze_file(tmp_path / "粤府办2017-24.txt")
    assert cited.meta.doc_number == "粤府办〔2017〕24号"
    shixing = doc_by_place(corpus, "始兴")
    panel.set_document(shixing)
    assert not any(link_keys(panel.citations))
    records = [index_record(d, "", "", "") for d in list(corpus) + [cited]]
    panel.set_corpus(records)  # the shown document's links update at once
    numbers = [row[1] for row in rows(panel.citations)]
    linked = numbers.index("粤府办〔2017〕24号")
    assert link_keys(panel.citations)[linked] == cited.key
    assert panel.citations.topLevelItem(linked).font(0).underline()
    with qtbot.waitSignal(panel.documentLinkActivated) as blocker:
        click_row(qtbot, panel.citations, linked)
    assert blocker.args == [cited.key]
    plain = numbers.index("国发〔2016〕8号")  # not in the corpus: jumps to where it is cited
    citation = shixing.meta.citations[plain]
    with qtbot.waitSignal(panel.spanActivated) as blocker:
        click_row(qtbot, panel.citations, plain)
    assert blocker.args == [citation["start"], citation["end"]]


def test_citation_matches_folded_title_without_issuer(panel, corpus):
    xining = doc_by_place(corpus, "西宁")
    shixing = doc_by_place(corpus, "始兴")
    panel.set_corpus([index_record(d, "", "", "") for d in corpus])
    panel.set_document(xining)  # cites 國辦發〔2016〕72號 by a traditional, issuer-less title
    assert not any(link_keys(panel.citations))
    # A document whose folded title ends with the cited one is found even with no number.
    title = "国务院办公厅关于印发推动1亿非户籍人口在城市落户方案的通知"
    state_council = replace(shixing, key="guobanfa-2016-72", meta=replace(shixing.meta, title=title, doc_number="",
                                                                                   dates={"written": "2016-09-30"}))
    panel.set_corpus([index_record(d, "", "", "") for d in list(corpus) + [state_council]])
    assert link_keys(panel.citations) == ["guobanfa-2016-72", None]


# --- header --------------------------------------------------------------------------------
def legend_row(pane) -> str:
    return "header" if pane._header_row.indexOf(pane.legend) >= 0 else "own row"


def test_legend_moves_below_the_buttons_rather_than_clipping(pane, qtbot):
    buttons = sum(b.sizeHint().width() for b in (*pane.script_buttons.values(), pane.raw_button))
    wide = buttons + pane.legend.sizeHint().width() + 40
    pane.resize(wide, 500)
    qtbot.waitUntil(lambda: legend_row(pane) == "header")
    pane.resize(buttons + pane.legend.sizeHint().width() // 2, 500)
    qtbot.waitUntil(lambda: legend_row(pane) == "own row")
    pane.resize(pane.legend.sizeHint().width() + 20, 500)  # room for the legend alone
    qtbot.wait(50)
    buttons = [*pane.script_buttons.values(), pane.raw_button]  # still side by side, not spread out
    assert all(b.x() - a.geometry().right() <= 10 for a, b in zip(buttons, buttons[1:])), [b.x() for b in buttons]
    keys = [*pane.legend.role_keys.values(), pane.legend.damaged_key]
    assert all(key.width() >= key.sizeHint().width() for key in keys), [(k.text(), k.width()) for k in keys]
    pane.resize(wide, 500)
    qtbot.waitUntil(lambda: legend_row(pane) == "header")
    assert all(key.width() >= key.sizeHint().width() for key in keys)


def test_legend_narrower_than_its_keys_wraps_them_whole(pane, qtbot):
    keys = [*pane.legend.role_keys.values(), pane.legend.damaged_key]
    pane.resize(pane.legend.sizeHint().width() // 2, 500)  # too narrow even for a row of its own
    qtbot.waitUntil(lambda: legend_row(pane) == "own row")
    qtbot.wait(50)
    inside = pane.legend.rect()
    assert all(inside.contains(key.geometry()) for key in keys), [(k.text(), k.geometry()) for k in keys]
    assert all(key.width() >= key.sizeHint().width() for key in keys)
    assert len({key.y() for key in keys}) >= 2  # wrapped onto a second row
