"""A user's annotations in the reader: painted on their words in every script, selection to span."""
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from policylens.app import styles
from policylens.app.reader import Mark
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
        assert all(f.toolTip() == "note: 目标" for f in inside)
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
