"""The annotation session: the store does a command first, the QUndoStack then undoes and redoes it.

Annotations are anchored on real passages of the seeds; every step is checked in the project
and, after closing, in the store reopened from disk.
"""
import pytest

from policylens.app.annotating.annotation_session import AnnotationSession, AnnotationValues
from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import EditAnnotation
from policylens.core.annotations import AnnotationError
from policylens.store.annotations import AnnotationStore

pytestmark = pytest.mark.gui

DANDONG_RENT = "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求"


def passage(doc, text):
    start = doc.text.index(text)
    return make_anchor(doc, start, start + len(text))


@pytest.fixture
def dandong(corpus):
    return next(d for d in corpus if d.meta.place == "丹东")


@pytest.fixture
def session(qtbot, tmp_path):
    session = AnnotationSession(AnnotationStore(tmp_path))
    yield session
    session.close()


def test_add_pushes_one_undo_step_and_signals_the_change(qtbot, session, dandong):
    with qtbot.waitSignal(session.changed, timeout=1000) as blocker:
        added = session.add(passage(dandong, DANDONG_RENT),
                            AnnotationValues("取消连续承租时限", code_paths=("落户条件/租赁住所",)))
    change = blocker.args[0]
    assert added.id in change.annotations and change.documents == {dandong.key}
    assert len(change.codes) == 2  # 落户条件 and 租赁住所 were new
    assert added.anchor.start == 1137 and added.anchor.clause == "二/(五)"
    assert [session.project.code_path(c) for c in added.codes] == ["落户条件/租赁住所"]
    assert session.undo_stack.count() == 1 and session.undo_stack.undoText() == "添加批注"


def test_undo_and_redo_go_through_the_store(qtbot, session, dandong, tmp_path):
    added = session.add(passage(dandong, DANDONG_RENT), AnnotationValues(code_paths=("落户条件",)))
    with qtbot.waitSignal(session.changed, timeout=1000) as blocker:
        session.undo_stack.undo()
    assert blocker.args[0].annotations == {added.id}
    assert session.project.annotations == {} and session.project.codes == {}
    session.undo_stack.redo()
    assert session.project.annotations[added.id].anchor.exact == DANDONG_RENT
    session.store.close()
    with AnnotationStore(tmp_path) as reopened:  # the redo was saved, not only done in memory
        assert reopened.project.annotations[added.id].anchor.start == 1137
        assert reopened.project.code_path(reopened.project.annotations[added.id].codes[0]) == "落户条件"


def test_a_refused_command_changes_nothing_and_is_not_pushed(qtbot, session, dandong):
    session.add(passage(dandong, DANDONG_RENT))
    before = dict(session.project.annotations)
    with qtbot.assertNotEmitted(session.changed):
        with pytest.raises(AnnotationError, match="not of the form"):
            session.run(EditAnnotation(next(iter(before)), color="yellow"))
    assert session.project.annotations == before
    assert session.undo_stack.count() == 1


def test_edit_is_one_undo_step_for_note_colour_and_new_codes(qtbot, session, dandong):
    added = session.add(passage(dandong, DANDONG_RENT), AnnotationValues("旧笔记"))
    values = AnnotationValues("**取消**时限", "markdown", "#74c0fc", ("配套政策/住房保障", "落户条件"))
    session.edit(added.id, values)
    assert session.values_of(session.project.annotations[added.id]) == values
    assert session.edit(added.id, values) is None  # nothing differs: no empty undo step
    assert session.undo_stack.count() == 2 and session.undo_stack.undoText() == "编辑批注"
    session.undo_stack.undo()
    assert session.values_of(session.project.annotations[added.id]) == AnnotationValues("旧笔记")
    assert session.project.codes == {}


def test_a_redo_the_store_cannot_save_leaves_the_history(qtbot, session, dandong, monkeypatch):
    added = session.add(passage(dandong, DANDONG_RENT))
    session.undo_stack.undo()

    def disk_full(entry):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session.store._journal, "append", disk_full)
    with qtbot.waitSignal(session.failed, timeout=1000) as blocker:
        session.undo_stack.redo()
    assert "No space left" in blocker.args[0]
    assert added.id not in session.project.annotations  # the store took the redo back
    assert session.undo_stack.count() == 0


def test_half_an_emoji_is_refused_and_the_store_lets_go_on_close(qtbot, tmp_path, dandong):
    session = AnnotationSession(AnnotationStore(tmp_path))
    with qtbot.assertNotEmitted(session.changed):
        with pytest.raises(AnnotationError, match=r"the note of annotation .*U\+D83D"):
            session.add(passage(dandong, DANDONG_RENT), AnnotationValues("好\ud83d", code_paths=("住房",)))
    assert session.project.annotations == {} and session.project.codes == {}
    assert session.undo_stack.count() == 0
    session.add(passage(dandong, DANDONG_RENT), AnnotationValues("好😀"))
    session.close()
    with AnnotationStore(tmp_path) as reopened:  # in this very process: the lock was released
        assert [a.note for a in reopened.project.annotations.values()] == ["好😀"]
