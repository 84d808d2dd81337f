"""A user's annotations in the reader: painted on their words in every script, previewed on
hover (quote, Markdown note, codes, colour, and the agency under them), selection to span."""
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from policylens.app.common import styles
from policylens.app.common.marks import Mark
from policylens.core.document import analyze_bytes

from textformats import formats_at


def doc_by_place(corpus, place):
    return next(d for d in corpus if d.meta.place == place)


def test_marks_paint_their_span_and_survive_a_script_switch(pane, corpus):
    xining = doc_by_place(corpus, "西宁")
    quote = "戶籍人口城鎮化率"
    start = xining.text.index(quote)
    pane.show_document(xining, [Mark("a1", start, start + len(quote), "#ffe066", "note: 目标")])
    for mode in ("original", "simplified"):
        pane.set_script(mode)
        inside = formats_at(pane.view, start, start + len(quote))
        assert {f.property(styles.ANNOTATION_PROPERTY) for f in inside} == {"a1"}
        assert formats_at(pane.view, start - 1, start)[0].property(styles.ANNOTATION_PROPERTY) is None
    assert pane.view.shown[start:start + len(quote)] == "户籍人口城镇化率"  # simplified view


def test_set_marks_repaints_without_moving_the_reader(pane, corpus):
    doc = doc_by_place(corpus, "昭通")
    pane.show_document(doc)
    pane.scroll_to_offset(5000)
    top = pane.current_offset()
    pane.set_marks([Mark("b", 5000, 5010, "#a0d8ff", "")])
    assert abs(pane.current_offset() - top) <= 40
    assert formats_at(pane.view, 5000, 5001)[0].property(styles.ANNOTATION_PROPERTY) == "b"
    pane.set_marks([])
    assert formats_at(pane.view, 5000, 5001)[0].property(styles.ANNOTATION_PROPERTY) is None


def test_selection_by_keyboard_gives_code_point_offsets_past_astral_characters(pane, qtbot):
    # 𠮷 takes two UTF-16 units: the selected span must still be in code points.
    text = "一、总体要求\n𠮷𠮷市公安局负责户籍登记。(市公安局牵头)\n"
    doc = analyze_bytes(text.encode("utf-8"), "astral.txt")
    pane.show_document(doc)
    view = pane.view
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(view.position_of(doc.text.index("市公安局")))
    view.setTextCursor(cursor)
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    start, end = pane.selected_span()
    assert doc.text[start:end] == "市公安局"
    assert view.textCursor().selectionStart() == view.position_of(start) == start + 2


def test_selection_by_mouse_drag(pane, qtbot, corpus):
    doc = doc_by_place(corpus, "三门峡")
    pane.show_document(doc)
    view = pane.view
    first = view.cursorRect(QTextCursor(view.document().findBlockByNumber(0))).center()
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseMove(view.viewport(), pos=first + type(first)(120, 0))
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=first + type(first)(120, 0))
    span = pane.selected_span()
    assert span is not None and span[0] == 0 and span[1] > 3
    assert doc.text[span[0]:span[1]] == view.textCursor().selectedText()


def point_in(view, offset: int) -> QPoint:
    """The viewport point in the middle of the character at offset."""
    left = view.cursorRect(view.span_cursor(offset, offset))
    right = view.cursorRect(view.span_cursor(offset + 1, offset + 1))
    return QPoint((left.x() + right.x()) // 2, left.center().y())


def hover(view, point: QPoint) -> str:
    """Rest the mouse at a viewport point as Qt does (a tooltip event); the tooltip's text."""
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text() if QToolTip.isVisible() else ""


def tip_label():
    return next(w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label")


def test_hover_previews_quote_markdown_note_codes_colour_and_the_agency_beneath(pane, corpus, qtbot):
    dandong = doc_by_place(corpus, "丹东")
    lead = 1113  # 市公安局, lead of 二/(四)
    assert dandong.text[lead:lead + 4] == "市公安局"
    quote_start = lead - 12
    mark = Mark("m1", quote_start, lead + 2, "#8ce99a", "tip", "**必须** 先看 `租赁`", "markdown",
                ("落户条件/租赁住所", "部门/公安"))
    pane.show_document(dandong, [mark])
    pane.view.scroll_to(quote_start)
    tip = hover(pane.view, point_in(pane.view, lead + 1))
    assert f"「{dandong.text[quote_start:lead + 2]}」" in tip
    assert "必须" in tip and "**" not in tip and "font-weight" in tip  # Markdown rendered, not shown raw
    assert "落户条件/租赁住所；部门/公安" in tip and "#8ce99a" in tip
    assert "市公安局（牵头）" in tip  # the agency's own tooltip is kept under the mark
    label = tip_label()
    assert hover(pane.view, point_in(pane.view, lead)) == tip  # same mark: the same tip …
    assert tip_label() is label and label.isVisible()  # … left up, not hidden and shown again
    QToolTip.hideText()
    outside = hover(pane.view, point_in(pane.view, lead + 3))  # past the mark: the agency alone
    assert outside == "市公安局（牵头）"


def test_hover_names_every_overlapping_mark_innermost_first_and_plain_notes_stay_plain(pane, corpus):
    doc = doc_by_place(corpus, "三门峡")
    quote = "户籍人口城镇化率年均提高2个百分点以上"
    start = doc.text.index(quote)
    outer = Mark("outer", start, start + len(quote), "#ffe066", "", "<b>不是标签</b> *照原样*", "plain")
    inner = Mark("inner", start + 12, start + 17, "#ffa8a8", "", "", "plain")
    pane.show_document(doc, [outer, inner])
    pane.view.scroll_to(start)
    tip = hover(pane.view, point_in(pane.view, start + 13))
    assert tip.index("「2个百分点」") < tip.index(f"「{quote}」")
    assert "高亮（无笔记）" in tip  # the inner mark has neither note nor codes
    assert "&lt;b&gt;不是标签&lt;/b&gt; *照原样*" in tip  # a plain note is text, not markup
    QToolTip.hideText()
    only_outer = hover(pane.view, point_in(pane.view, start + 2))
    assert "「2个百分点」" not in only_outer and f"「{quote}」" in only_outer


def test_a_few_changed_marks_repaint_exactly_as_a_full_render(pane, corpus):
    doc = doc_by_place(corpus, "丹东")
    lead = 1113  # 市公安局 (lead) inside 二/(四), a heading above it
    heading = next(c for c in doc.clauses if c.id == "二/(四)")
    keep = Mark("keep", heading.start + 2, lead + 2, "#ffe066", "")
    added = Mark("added", heading.start, lead + 3, "#74c0fc", "")  # over the heading, the agency and keep
    pane.show_document(doc, [keep])
    pane.set_marks([keep, added])
    span = (heading.start - 2, lead + 6)

    def shown():
        return [(f.property(styles.ANNOTATION_PROPERTY), f.property(styles.ROLE_PROPERTY), f.background().color().name(),
                 f.fontPointSize(), f.toolTip()) for f in formats_at(pane.view, *span)]

    incremental = shown()
    pane.view.refresh()  # the full render
    assert incremental == shown()
    pane.set_marks([keep])  # taken away: the agency's colour and tooltip come back beneath
    removed = shown()
    pane.view.refresh()
    assert removed == shown()
    agency = formats_at(pane.view, lead + 3, lead + 4)[0]
    assert agency.property(styles.ROLE_PROPERTY) == "lead" and agency.property(styles.ANNOTATION_PROPERTY) is None


def test_change_marks_adds_replaces_and_takes_away_in_text_order_like_set_marks(pane, corpus, qtbot):
    doc = doc_by_place(corpus, "丹东")
    lead = 1113  # 市公安局 (lead) inside 二/(四)
    first, last = Mark("first", 100, 120, "#ffe066", "", created="1"), Mark("last", 2000, 2010, "#ffe066", "")
    pane.show_document(doc, [first, last])
    same_span = Mark("same", 100, 120, "#74c0fc", "", created="2")  # made later: after first
    middle = Mark("middle", lead, lead + 4, "#74c0fc", "")
    with qtbot.waitSignal(pane.view.marksEdited) as edited:
        pane.change_marks({"middle": middle, "same": same_span, "last": None, "gone": None})
    assert [m.id for m in pane.view.marks] == ["first", "same", "middle"]
    assert edited.args == [[last], [middle, same_span]]
    span = (lead - 2, lead + 6)

    def shown():
        return [(f.property(styles.ANNOTATION_PROPERTY), f.property(styles.ROLE_PROPERTY), f.background().color().name())
                for f in formats_at(pane.view, *span)]

    incremental = shown()
    assert "middle" in {f[0] for f in incremental}
    pane.view.refresh()  # the full render paints the same
    assert incremental == shown()
    recoloured = middle._replace(color="#ffa8a8")
    pane.change_marks({"middle": recoloured})
    assert pane.view.marks[-1] == recoloured and shown() != incremental
    incremental = shown()
    pane.view.refresh()
    assert incremental == shown()
    assert formats_at(pane.view, 2000, 2001)[0].property(styles.ANNOTATION_PROPERTY) is None  # last, taken away
