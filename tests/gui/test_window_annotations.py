"""Annotating in the main window as a user does: select, annotate, see it, undo, redo, reopen."""
from PySide6.QtCore import Qt

from policylens.app import styles
from policylens.app.annotation_editor import AnnotationEditor
from policylens.app.annotation_session import AnnotationValues
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
    panel = window.annotation_panel.model
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
    report = window.export_annotations_to(out, "json")
    assert report is not None and out.exists()
    markdown = window.export_annotations_to(tmp_path / "report.md", "md")
    assert markdown is not None and quote in (tmp_path / "report.md").read_text("utf-8")
    (only,) = window.annotations.project.annotations.values()
    window.annotations.delete(only.id)
    assert window.annotations.project.annotations == {}
    report = window.import_annotations_from(out)
    assert report is not None and report.annotations == 1
    (back,) = window.annotations.project.annotations.values()
    assert (back.id, back.anchor.exact, back.anchor.start, back.note) == (only.id, quote, start, "放开 *全部* | 城镇")
    assert [window.annotations.project.code_path(c) for c in back.codes] == ["落户条件/城镇"]
    assert formats_at(window.reader.view, start, start + 1)[0].property(styles.ANNOTATION_PROPERTY) == back.id
    window.actions_by_name["undo"].trigger()  # the whole import is one step
    assert window.annotations.project.annotations == {}
