"""Annotating in the main window as a user does: select with the mouse or the keyboard, annotate
by shortcut, context menu or toolbar, see it, undo, redo, filter and jump from the panel, merge
codes and read the code × document matrix in the code manager, reopen."""
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMenu

from policylens.app.common import styles
from policylens.app.annotating.annotation_editor import AnnotationEditor
from policylens.app.annotating.annotation_session import AnnotationValues
from policylens.core.anchoring import make_anchor
from textformats import formats_at


def select_by_keyboard(qtbot, window, start: int, length: int) -> None:
    view = window.reader.view
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(view.position_of(start))
    view.setTextCursor(cursor)
    for _ in range(length):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)


def test_highlight_by_keyboard_undo_redo_and_reopen(make_window, qtbot):
    window = make_window()
    doc = window.reader.current
    quote = "全面放开放宽重点群体落户限制"
    start = doc.text.index(quote)
    select_by_keyboard(qtbot, window, start, len(quote))
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.reader.view, Qt.Key.Key_H, shortcut)  # Annotate > Highlight Selection
    annotations = window.annotations.project.for_document(doc.key)
    assert [(a.anchor.exact, a.anchor.clause) for a in annotations] == [(quote, "二/(一)")]
    mark = annotations[0].id
    assert {f.property(styles.ANNOTATION_PROPERTY) for f in formats_at(window.reader.view, start, start + len(quote))} == {mark}
    panel = window.annotating.annotation_panel.model
    assert panel.rowCount() == 1 and quote in panel.index(0, 0).data()
    window.actions_by_name["undo"].trigger()
    assert window.annotations.project.for_document(doc.key) == []
    assert formats_at(window.reader.view, start, start + 1)[0].property(styles.ANNOTATION_PROPERTY) is None
    window.actions_by_name["redo"].trigger()
    assert [a.id for a in window.annotations.project.for_document(doc.key)] == [mark]
    window.close()  # writes the annotations and releases them
    again = make_window()
    assert [a.anchor.exact for a in again.annotations.project.for_document(doc.key)] == [quote]
    assert formats_at(again.reader.view, start, start + 1)[0].property(styles.ANNOTATION_PROPERTY) == mark


def test_annotate_a_clause_with_note_and_codes(make_window, monkeypatch):
    window = make_window()
    doc = window.reader.current
    clause = next(c for c in doc.clauses if c.id == "三/(五)")
    window.select_clause(doc.clauses.index(clause))
    values = AnnotationValues(note="三权 <保留>", code_paths=("落户条件/三权",))
    monkeypatch.setattr(AnnotationEditor, "ask", classmethod(lambda cls, *args, **kwargs: values))
    window.actions_by_name["annotate_clause"].trigger()
    (annotation,) = window.annotations.project.for_document(doc.key)
    assert annotation.note == "三权 <保留>" and annotation.anchor.clause == "三/(五)"
    assert [window.annotations.project.code_path(c) for c in annotation.codes] == ["落户条件/三权"]
    assert doc.text[annotation.anchor.start:annotation.anchor.end].startswith("(五)")


def test_nothing_selected_says_so(make_window):
    window = make_window()
    window.actions_by_name["highlight"].trigger()
    assert "选中" in window.statusBar().currentMessage()
    assert window.annotations.project.annotations == {}


def test_export_then_import_into_an_empty_project_brings_everything_back(make_window, qtbot, tmp_path):
    window = make_window()
    doc = window.reader.current
    quote = "全面放开市域城镇落户限制"
    start = doc.text.index(quote)
    window.annotations.add(make_anchor(doc, start, start + len(quote)),
                           AnnotationValues(note="放开 *全部* | 城镇", code_paths=("落户条件/城镇",)))
    out = tmp_path / "exported.json"
    report = window.annotating.files.export_annotations_to(out, "json")
    assert report is not None and out.exists()
    markdown = window.annotating.files.export_annotations_to(tmp_path / "report.md", "md")
    assert markdown is not None and quote in (tmp_path / "report.md").read_text("utf-8")
    (only,) = window.annotations.project.annotations.values()
    window.annotations.delete(only.id)
    assert window.annotations.project.annotations == {}
    other = "全面放开放宽重点群体落户限制"  # an annotation the import leaves alone
    window.annotations.add(make_anchor(doc, doc.text.index(other), doc.text.index(other) + len(other)))
    with qtbot.waitSignal(window.annotations.changed) as changed:  # one write path: the session's
        report = window.annotating.files.import_annotations_from(out)
    assert report is not None and report.annotations == 1
    assert changed.args[0].annotations == {only.id}  # the change names what the import added, no more
    window.annotations.delete(next(a.id for a in window.annotations.project.annotations.values()
                                   if a.anchor.exact == other))
    (back,) = window.annotations.project.annotations.values()
    assert (back.id, back.anchor.exact, back.anchor.start, back.note) == (only.id, quote, start, "放开 *全部* | 城镇")
    assert [window.annotations.project.code_path(c) for c in back.codes] == ["落户条件/城镇"]
    assert formats_at(window.reader.view, start, start + 1)[0].property(styles.ANNOTATION_PROPERTY) == back.id
    window.actions_by_name["undo"].trigger()  # the deletion
    window.actions_by_name["undo"].trigger()  # the whole import is one step
    assert [a.anchor.exact for a in window.annotations.project.annotations.values()] == [other]


# --- driven as a user drives it: mouse, keys, menus, docks ----------------------------------------

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def select_by_mouse(qtbot, view, start: int, end: int) -> None:
    """Press on the first character, drag, release past the last one (one line of text)."""
    view.scroll_to(start, 40)
    left = view.cursorRect(view.span_cursor(start, start)).center() + QPoint(1, 0)
    right = view.cursorRect(view.span_cursor(end, end)).center() - QPoint(1, 0)
    assert left.y() == right.y(), "the passage must sit on one line"
    qtbot.mousePress(view.viewport(), Qt.MouseButton.LeftButton, pos=left)
    qtbot.mouseMove(view.viewport(), pos=right)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=right)


def type_text(widget, text: str) -> None:
    """Type Chinese as an input method does: the composed text is committed to the widget."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def reactivate(qtbot, window) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.view.setFocus()


def when_shown(find, act) -> None:
    """Once find() returns a widget (a modal dialog, a popup menu, shown by a call that blocks
    until it closes), act on it."""
    def poll():
        widget = find()
        if widget is None:
            QTimer.singleShot(20, poll)
        else:
            act(widget)

    QTimer.singleShot(0, poll)


def answer_dialog(qtbot, note: str, codes: list[str]) -> list:
    """When the annotation dialog opens: type the note and codes and press OK, as a user does."""
    seen = []

    def fill(dialog):
        seen.append(dialog.quote_label.text())
        type_text(dialog.note_edit, note)
        for path in codes:
            type_text(dialog.code_edit, path)
            qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_shown(lambda: _of_type(QApplication.activeModalWidget(), AnnotationEditor), fill)
    return seen


def pick_from_menu(qtbot, text: str) -> list:
    """When a context menu pops up: click its entry named text; returns the entries it offered."""
    picked = []

    def pick(menu):
        action = next(a for a in menu.actions() if a.text() == text)
        picked.append([a.text() for a in menu.actions() if a.text()])
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    when_shown(lambda: _of_type(QApplication.activePopupWidget(), QMenu), pick)
    return picked


def _of_type(widget, kind):
    return widget if isinstance(widget, kind) else None


def right_click(widget, pos: QPoint) -> None:
    """What the platform sends on a right click: a context menu event."""
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, widget.mapToGlobal(pos))
    QApplication.sendEvent(widget, event)


def test_mouse_selection_and_shortcut_open_the_dialog_note_and_codes_are_kept(make_window, qtbot):
    window = make_window()
    view, doc = window.reader.view, window.reader.current
    quote = "全面放开市域城镇落户限制"
    start = doc.text.index(quote)
    select_by_mouse(qtbot, view, start, start + len(quote))
    assert window.reader.selected_span() == (start, start + len(quote))
    seen = answer_dialog(qtbot, "城镇 *全部* 放开", ["落户条件/城镇"])
    qtbot.keyClick(view, Qt.Key.Key_M, CTRL_SHIFT)  # Annotate > Annotate Selection…
    assert seen == [quote]
    (annotation,) = window.annotations.project.for_document(doc.key)
    assert (annotation.anchor.exact, annotation.anchor.clause, annotation.note) == (quote, "二/(二)", "城镇 *全部* 放开")
    assert [window.annotations.project.code_path(c) for c in annotation.codes] == ["落户条件/城镇"]
    reactivate(qtbot, window)  # the offscreen platform leaves no window active after a dialog
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.annotations.project.annotations == {} and window.annotations.project.codes == {}
    qtbot.keyClick(view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert list(window.annotations.project.annotations) == [annotation.id]
    assert window.actions_by_name["undo"].text() == "撤销 添加批注"


def test_reader_context_menu_highlights_the_keyboard_selection(make_window, qtbot):
    window = make_window()
    view, doc = window.reader.view, window.reader.current
    quote = "实行设立社区集体户口制度"
    start = doc.text.index(quote)
    select_by_keyboard(qtbot, window, start, len(quote))
    inside = view.cursorRect(view.span_cursor(start + 3, start + 3)).center()
    picked = pick_from_menu(qtbot, "高亮所选文字")
    right_click(view.viewport(), inside)
    assert "批注所选文字…" in picked[0] and "批注当前条款…" in picked[0]
    (annotation,) = window.annotations.project.for_document(doc.key)
    assert (annotation.anchor.exact, annotation.color, annotation.note) == (quote, "#ffe066", "")
    assert {f.property(styles.ANNOTATION_PROPERTY) for f in formats_at(view, start, start + len(quote))} == {annotation.id}


def test_toolbar_colour_highlights_the_selection_in_that_colour(make_window, qtbot):
    window = make_window()
    doc = window.reader.current
    quote = "全面放开放宽重点群体落户限制"
    start = doc.text.rindex(quote)
    select_by_keyboard(qtbot, window, start, len(quote))
    toolbar = window.annotating.annotation_toolbar
    assert toolbar.isVisible()
    button = toolbar.widgetForAction(toolbar.color_actions["#74c0fc"])
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    (annotation,) = window.annotations.project.for_document(doc.key)
    assert (annotation.anchor.start, annotation.color) == (start, "#74c0fc")
    toggle = toolbar.toggleViewAction()
    assert toggle in window.view_menu.actions()
    toggle.trigger()
    assert not toolbar.isVisible()


def test_panel_filter_then_activate_jumps_to_the_clause_in_its_document(make_window, qtbot):
    window = make_window()
    sanmenxia = window.reader.current
    quote = "全面放开市域城镇落户限制"
    start = sanmenxia.text.index(quote)
    window.annotations.add(make_anchor(sanmenxia, start, start + len(quote)), AnnotationValues(note="城镇"))
    dandong = window.corpus_source.document(next(r["key"] for r in window.records if r["place"] == "丹东"))
    rent = "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求"
    at = dandong.text.index(rent)
    window.annotations.add(make_anchor(dandong, at, at + len(rent)), AnnotationValues(note="租赁时限"))
    panel = window.annotating.annotation_panel
    window.annotating.annotation_dock.show()
    window.annotating.annotation_dock.raise_()
    assert panel.model.rowCount() == 2
    type_text(panel.text_edit, "租賃")  # traditional finds simplified
    assert panel.model.rowCount() == 1 and panel.model.index(0, 0).data() == rent
    assert window.reader.current is sanmenxia
    row = panel.view.visualRect(panel.model.index(0, 0)).center()
    qtbot.mouseClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    qtbot.mouseDClick(panel.view.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert window.reader.current.key == dandong.key
    assert window.reader.selected_span() == (at, at + len(rent))
    assert window.outline.clause(window.outline_view.currentIndex()).id == "二/(五)"
    top = window.reader.current_offset()
    assert top <= at < top + 400  # the passage is in view, near the top
    panel.text_edit.clear()
    assert panel.model.rowCount() == 2


def test_code_merge_in_the_manager_then_undo_from_the_edit_menu(make_window, qtbot):
    window = make_window()
    doc = window.reader.current
    for quote, path in (("全面放开市域城镇落户限制", "落户/城镇"), ("实行设立社区集体户口制度", "户口/集体户"),
                        ("全面放开放宽重点群体落户限制", "落户/城镇")):
        start = doc.text.index(quote)
        window.annotations.add(make_anchor(doc, start, start + len(quote)), AnnotationValues(code_paths=(path,)))
    qtbot.keyClick(window, Qt.Key.Key_K, CTRL_SHIFT)  # Annotate > Code Manager
    manager = window.annotating.code_manager
    assert window.annotating.code_dock.isVisible()
    qtbot.waitUntil(lambda: not manager.refresh_pending())
    project = window.annotations.project
    source, target = project.code_by_path("户口/集体户").id, project.code_by_path("落户/城镇").id
    for code_id, modifier in ((source, Qt.KeyboardModifier.NoModifier), (target, Qt.KeyboardModifier.ControlModifier)):
        index = manager.tree_model.index_of(code_id)
        manager.tree.scrollTo(index)
        qtbot.mouseClick(manager.tree.viewport(), Qt.MouseButton.LeftButton, modifier, manager.tree.visualRect(index).center())
    qtbot.mouseClick(manager.buttons["merge"], Qt.MouseButton.LeftButton)
    assert source not in project.codes and project.code_counts()[target] == 3
    qtbot.waitUntil(lambda: not manager.refresh_pending())
    assert manager.tree_model.index_of(target).siblingAtColumn(1).data() == 3
    assert window.actions_by_name["undo"].text() == "撤销 合并编码"
    window.actions_by_name["undo"].trigger()
    assert project.code_counts()[source] == 1 and project.code_counts()[target] == 2
    qtbot.waitUntil(lambda: not manager.refresh_pending())
    assert manager.tree_model.index_of(source).siblingAtColumn(1).data() == 1


def test_matrix_counts_per_city_and_a_cell_lists_its_segments(make_window, qtbot):
    window = make_window()
    keys = {r["place"]: r["key"] for r in window.records}
    passages = [("丹东", "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求"),
                ("丹东", "将进城落户农民完全纳入城镇住房保障体系"),
                ("始兴", "将进城落户农民完全纳入城镇住房保障体系"),
                ("西宁", "有合法穩定住所(含租賃)的允許本人、配偶及其未婚子女落戶")]
    for place, text in passages:
        doc = window.corpus_source.document(keys[place])
        start = doc.text.index(text)
        window.annotations.add(make_anchor(doc, start, start + len(text)), AnnotationValues(code_paths=("住房",)))
    window.annotating.show_code_manager()
    manager = window.annotating.code_manager
    manager.tabs.setCurrentWidget(manager.matrix)
    qtbot.waitUntil(lambda: not manager.refresh_pending())
    model = manager.matrix_model
    columns = {model.headerData(c, Qt.Orientation.Horizontal): c for c in range(model.columnCount())}
    counts = {label.split()[0]: model.index(0, c).data() for label, c in columns.items()}
    assert counts == {"三门峡市": 0, "昭通市": 0, "丹东市": 2, "西宁市": 1, "始兴县": 1}
    cell = model.index(0, columns[next(label for label in columns if label.startswith("丹东"))])
    point = manager.matrix.visualRect(cell).center()
    qtbot.mouseClick(manager.matrix.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.mouseDClick(manager.matrix.viewport(), Qt.MouseButton.LeftButton, pos=point)
    panel = window.annotating.annotation_panel
    assert window.annotating.annotation_dock.isVisible()
    assert sorted(panel.model.index(r, 0).data() for r in range(panel.model.rowCount())) == sorted(
        text for place, text in passages if place == "丹东")


def test_the_markdown_report_speaks_the_window_s_language(make_window, qtbot, tmp_path):
    from PySide6.QtWidgets import QApplication

    from policylens.app.shell import i18n

    window = make_window()
    doc = window.reader.current
    quote = "全面放开市域城镇落户限制"
    start = doc.text.index(quote)
    window.annotations.add(make_anchor(doc, start, start + len(quote)), AnnotationValues(note="*宽*"))
    i18n.install(QApplication.instance(), "zh_CN")
    window.annotating.files.export_annotations_to(tmp_path / "zh.md", "md")
    i18n.install(QApplication.instance(), "en")
    try:
        window.annotating.files.export_annotations_to(tmp_path / "en.md", "md")
    finally:
        i18n.install(QApplication.instance(), "zh_CN")
    zh, en = ((tmp_path / f"{n}.md").read_text("utf-8").splitlines() for n in ("zh", "en"))
    assert zh[0] == "# PolicyLens 批注" and "| 引文 | 批注 | 编码 | 颜色 |" in zh
    assert en[0] == "# PolicyLens annotations" and "| Quote | Note | Codes | Colour |" in en
    assert f"| {quote} | \\*宽\\* |   | #ffe066 |" in zh  # a plain note: its asterisks stay asterisks
