"""The window tells the user about a damaged journal and about text it cannot save, through its
usual message boxes, and never loses or half-keeps a change."""
import pytest
from PySide6.QtWidgets import QMessageBox

from policylens.app.annotating.annotation_editor import AnnotationEditor
from policylens.app.annotating.annotation_session import AnnotationValues
from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation
from policylens.core.annotations import Annotation
from policylens.store.annotations import AnnotationStore

pytestmark = pytest.mark.gui


def flip_a_journal_line(doc, folder, line: int):
    """A snapshot with one annotation, then three journalled ones, one bit flipped in the
    journal's line (0-based) after the process died; (journal path, its lines as written)."""
    with AnnotationStore(folder) as store:  # a snapshot, and its backup
        store.do(AddAnnotation(Annotation("first", make_anchor(doc, 200, 205))))
    store = AnnotationStore(folder)
    for n in range(3):
        store.do(AddAnnotation(Annotation(f"a{n}", make_anchor(doc, 10 * n, 10 * n + 5))))
    store._journal.close()
    store._lock.release()  # the process died
    journal = folder / "user" / "annotations.journal"
    lines = journal.read_bytes().split(b"\n")
    lines[line] = lines[line][:20] + bytes([lines[line][20] ^ 1]) + lines[line][21:]
    journal.write_bytes(b"\n".join(lines))
    return journal, lines


def test_a_flipped_byte_in_the_journal_is_named_when_the_window_opens(make_window, corpus, tmp_path, monkeypatch):
    journal, lines = flip_a_journal_line(corpus[0], tmp_path, 2)
    asked = []
    monkeypatch.setattr("policylens.app.annotating.feature.QMessageBox.question",
                        lambda parent, title, text: asked.append(text) or QMessageBox.StandardButton.No)
    monkeypatch.setattr("policylens.app.annotating.feature.QMessageBox.critical",
                        lambda parent, title, text: asked.append(text))
    window = make_window()
    [message] = asked
    assert "line 3" in message and "fails its checksum" in message and "damaged" in message
    assert window.annotations is None
    assert journal.read_bytes() == b"\n".join(lines)  # kept as it is


def test_a_note_with_half_an_emoji_is_refused_in_a_message(make_window, monkeypatch):
    window = make_window()
    doc = window.reader.current
    window.select_clause(1)
    monkeypatch.setattr(AnnotationEditor, "ask", classmethod(
        lambda cls, *args, **kwargs: AnnotationValues(note="好\ud83d", code_paths=("新编码",))))
    told = []
    monkeypatch.setattr("policylens.app.annotating.annotation_session.QMessageBox.warning", lambda *a: told.append(a[2]))
    assert window.actions_by_name["annotate_clause"].trigger() is None
    [message] = told
    assert message.startswith("the note of annotation") and "U+D83D" in message
    assert window.annotations.project.for_document(doc.key) == [] and window.annotations.project.codes == {}
    window.close()
    AnnotationStore(window.data_dir).close()  # released


def test_restoring_from_the_window_says_what_could_not_be_brought_back(make_window, corpus, tmp_path, monkeypatch):
    flip_a_journal_line(corpus[0], tmp_path, 1)  # the middle entry
    warned = []
    monkeypatch.setattr("policylens.app.annotating.feature.QMessageBox.question",
                        lambda parent, title, text: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr("policylens.app.annotating.feature.QMessageBox.warning",
                        lambda parent, title, text: warned.append(text))
    window = make_window()
    assert sorted(window.annotations.project.annotations) == ["a0", "a2", "first"]
    [message] = warned
    assert "重放了 2 条日志记录" in message and "line 2" in message and "checksum" in message
