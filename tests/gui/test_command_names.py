"""Undo steps are named by their commands through translation, and renamed on a language switch."""
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from policylens.app.annotating.command_names import NAMES, command_name
from policylens.app.corpus.corpus_source import Corpus
from policylens.app.shell import i18n
from policylens.app.shell.main import settings_for
from policylens.app.shell.preferences import Preferences
from policylens.app.shell.session import Session
from policylens.core import annotation_commands, code_commands
from policylens.core.annotation_commands import Batch, Command
from policylens.core.annotations import Code
from policylens.core.code_commands import AddCode, RenameCode


def command_classes() -> list[type]:
    found, todo = [], [Command]
    while todo:
        for cls in todo.pop().__subclasses__():
            todo.append(cls)
            found.append(cls)
    return found


def test_every_command_and_batch_has_a_translated_name(qapp):
    assert {annotation_commands.__name__, code_commands.__name__} <= {c.__module__ for c in command_classes()}
    names = {cls.text for cls in command_classes() if cls.text} | set(Batch.NAMES)
    named = {cls for cls in command_classes() if cls.text}
    # every command a caller makes (a leaf of the class tree; Batch names itself per instance)
    leaves = {cls for cls in command_classes() if not cls.__subclasses__()}
    assert leaves - {Batch} <= named
    assert names == set(NAMES)
    i18n.install(QApplication.instance(), "en")
    try:
        for code, chinese in NAMES.items():
            assert QCoreApplication.translate("CommandNames", chinese) != chinese, code
    finally:
        i18n.install(QApplication.instance(), "zh_CN")


def test_a_batch_is_named_by_a_known_name_with_its_params():
    assert command_name(Batch("merge file", [], {"file": "乙.json"})) == "合并 乙.json"
    with pytest.raises(ValueError):
        Batch("something unnamed", [])


@pytest.fixture
def session(qtbot, tmp_path):
    settings = settings_for(tmp_path)
    Preferences(language="zh_CN").save(settings)
    made = Session(QApplication.instance(), Corpus(tmp_path), settings)
    made.window.show()
    qtbot.waitUntil(lambda: made.window.corpus_ready, timeout=20000)
    yield made
    i18n.install(QApplication.instance(), "zh_CN")
    made.close()
    made.window.close()


def test_undo_names_follow_the_language_including_steps_already_done(session):
    annotations = session.annotations
    annotations.run(AddCode(Code("c-1", "落户条件")))
    annotations.run(RenameCode("c-1", "落户"))
    stack = annotations.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == ["新建编码", "重命名编码"]
    assert session.window.actions_by_name["undo"].text() == "撤销 重命名编码"

    session.switch_language("en")
    assert [stack.text(i) for i in range(stack.count())] == ["New code", "Rename code"]
    undo = session.window.actions_by_name["undo"]
    assert undo.text() == "Undo Rename code"
    undo.trigger()
    assert session.window.actions_by_name["redo"].text() == "Redo Rename code"
    assert session.window.actions_by_name["undo"].text() == "Undo New code"
