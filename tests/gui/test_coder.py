"""The coder's name: typed once in Preferences, kept in the settings, carried by every new
annotation and memo made in the window, shown in the annotation list and the reader's preview."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from policylens.app.annotating.annotation_list_model import AnnotationListModel
from policylens.app.reading.annotation_preview import preview_html
from policylens.app.shell.preferences import Preferences
from policylens.app.shell.preferences_dialog import PreferencesDialog
from test_window_annotations import select_by_keyboard, type_text


def _type_name_and_accept(qtbot, monkeypatch, name: str):
    """Preferences… opens the real dialog; the name is typed in it and OK clicked."""
    def ask(cls, prefs, data_dir, parent=None):
        dialog = cls(prefs, data_dir, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        field = dialog.findChild(QLineEdit, "coderName")
        field.setFocus()
        field.selectAll()
        type_text(field, name)  # as an input method commits Chinese
        with qtbot.waitSignal(dialog.accepted):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        return dialog.preferences()
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(ask))


def test_coder_set_in_preferences_is_saved_and_carried_by_new_annotations(make_window, qtbot, monkeypatch):
    window = make_window()
    _type_name_and_accept(qtbot, monkeypatch, "  王 小明 ")
    window.actions_by_name["preferences"].trigger()
    assert window.prefs.coder == "王 小明"
    assert Preferences.load(window.settings).coder == "王 小明"  # kept with the other settings
    doc = window.reader.current
    quote = "全面放开放宽重点群体落户限制"
    start = doc.text.index(quote)
    select_by_keyboard(qtbot, window, start, len(quote))
    shortcut = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.reader.view, Qt.Key.Key_H, shortcut)
    (annotation,) = window.annotations.project.for_document(doc.key)
    assert annotation.coder == "王 小明"
    model = window.annotating.annotation_panel.model
    assert model.index(0, AnnotationListModel.CODER).data() == "王 小明"
    assert model.headerData(AnnotationListModel.CODER, Qt.Orientation.Horizontal) == "编码者"
    marks = window.reader.view.marks_at(start)
    assert [m.coder for m in marks] == ["王 小明"]
    assert "编码者：王 小明" in preview_html(marks, [quote])
    window.close()
    again = make_window()  # a new start reads the saved name
    assert again.annotations.coder == "王 小明"


def test_a_memo_written_in_the_window_carries_the_coder(make_window, qtbot, monkeypatch):
    window = make_window()
    _type_name_and_accept(qtbot, monkeypatch, "李四")
    window.actions_by_name["preferences"].trigger()
    window.actions_by_name["memo"].trigger()
    editor = window.annotating.memo_panel.document_editor
    qtbot.waitUntil(lambda: editor.edit.hasFocus())
    type_text(editor.edit, "对比三地的落户条件")
    editor.flush()
    (memo,) = window.annotations.project.memos.values()
    assert memo.coder == "李四" and memo.text == "对比三地的落户条件"
