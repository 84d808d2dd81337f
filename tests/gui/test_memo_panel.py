"""Memos on the open document and on the project: typed, saved on a pause, on leaving the
editor, on a change of document and on closing, undoable, plain or Markdown, and there again
in the next window."""
from PySide6.QtCore import Qt

from policylens.app.annotating import memo_panel
from test_window_annotations import CTRL_SHIFT, type_text


def memos(window):
    return sorted((m.document or "", m.title, m.text, m.text_format) for m in window.annotations.project.memos.values())


def test_typing_saves_after_a_pause_and_closing_saves_the_rest_for_the_next_window(make_window, qtbot):
    window = make_window()
    doc = window.reader.current
    qtbot.keyClick(window, Qt.Key.Key_J, CTRL_SHIFT)  # Annotate > Write Memo…
    panel = window.annotating.memo_panel
    editor = panel.document_editor
    assert window.annotating.memo_dock.isVisible() and panel.currentWidget() is editor
    assert editor.heading.text() == "三门峡市 三门峡市人民政府办公室关于印发推动非户籍人口在城市落户实施方案的通知"
    qtbot.waitUntil(lambda: editor.edit.hasFocus())
    type_text(editor.edit, "三门峡：落户年限要求最宽。")
    assert editor.dirty() and editor.state.text() == "未保存…" and memos(window) == []
    qtbot.waitUntil(lambda: not editor.dirty(), timeout=memo_panel.IDLE_MS * 4)
    assert editor.state.text() == "已保存"
    title = editor.heading.text()
    assert memos(window) == [(doc.key, title, "三门峡：落户年限要求最宽。", "plain")]
    type_text(editor.edit, "待与丹东比较。")  # closed before the pause: saved by the close
    assert editor.dirty()
    window.close()
    again = make_window()
    assert memos(again) == [(doc.key, title, "三门峡：落户年限要求最宽。待与丹东比较。", "plain")]
    assert again.annotating.memo_panel.document_editor.edit.toPlainText() == "三门峡：落户年限要求最宽。待与丹东比较。"


def test_project_memo_in_markdown_with_preview_and_undo(make_window, qtbot):
    window = make_window()
    window.annotating.memo_dock.show()
    panel = window.annotating.memo_panel
    panel.setCurrentWidget(panel.project_editor)
    editor = panel.project_editor
    assert not editor.preview.isVisible()
    editor.format_combo.setCurrentIndex(editor.format_combo.findData("markdown"))
    assert editor.preview.isVisible()
    editor.edit.setFocus()
    type_text(editor.edit, "**比较**各市的租赁落户")
    assert "比较" in editor.preview.toPlainText() and "**" not in editor.preview.toPlainText()
    window.reader.view.setFocus()  # leaving the editor saves at once
    qtbot.waitUntil(lambda: not editor.dirty(), timeout=1000)
    assert memos(window) == [("", "项目备忘", "**比较**各市的租赁落户", "markdown")]
    assert window.actions_by_name["undo"].text() == "撤销 添加备忘"
    editor.edit.setFocus()
    type_text(editor.edit, "条件")
    editor.flush()
    assert memos(window)[0][2] == "**比较**各市的租赁落户条件"
    window.actions_by_name["undo"].trigger()  # the edit: the editor shows the text as it was
    assert editor.edit.toPlainText() == "**比较**各市的租赁落户"
    window.actions_by_name["undo"].trigger()  # the memo itself
    assert memos(window) == [] and editor.edit.toPlainText() == ""
    window.actions_by_name["redo"].trigger()
    assert editor.edit.toPlainText() == "**比较**各市的租赁落户"


def test_each_document_has_its_own_memo_and_switching_saves_the_last(make_window, qtbot):
    window = make_window()
    first = window.reader.current
    window.annotating.show_memos()
    editor = window.annotating.memo_panel.document_editor
    type_text(editor.edit, "第一份")
    dandong = next(r["key"] for r in window.records if r["place"] == "丹东")
    window.open_document(dandong, 0)  # before the pause: the switch saves it
    assert editor.document == dandong and editor.edit.toPlainText() == ""
    assert [(m.document, m.text) for m in window.annotations.project.memos_on(first.key)] == [(first.key, "第一份")]
    type_text(editor.edit, "丹东")
    editor.flush()
    window.reading.go_back()
    assert editor.edit.toPlainText() == "第一份"
    editor.edit.selectAll()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Delete)
    editor.flush()  # emptied: the memo goes (undo brings it back)
    assert window.annotations.project.memos_on(first.key) == []
    assert [m.text for m in window.annotations.project.memos_on(dandong)] == ["丹东"]
    window.actions_by_name["undo"].trigger()
    assert editor.edit.toPlainText() == "第一份"


def test_undo_and_redo_typed_in_the_memo_walk_one_history(make_window, qtbot):
    window = make_window()
    window.annotating.memo_dock.show()
    panel = window.annotating.memo_panel
    panel.setCurrentWidget(panel.project_editor)
    editor = panel.project_editor
    editor.edit.setFocus()
    type_text(editor.edit, "比较")
    editor.flush()
    type_text(editor.edit, "租赁")  # not saved yet: Undo saves it first, then takes it back
    stack = window.annotations.undo_stack
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.edit.toPlainText() == "比较" and memos(window)[0][2] == "比较"
    assert [stack.text(i) for i in range(stack.count())] == ["添加备忘", "编辑备忘"]
    assert stack.index() == 1 and not editor.dirty()
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, CTRL_SHIFT)  # Redo: the history was kept
    assert editor.edit.toPlainText() == "比较租赁" and memos(window)[0][2] == "比较租赁"
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.edit.toPlainText() == "" and memos(window) == []
    assert stack.count() == 2  # no "Delete memo" or "Add memo" of the editor's own
