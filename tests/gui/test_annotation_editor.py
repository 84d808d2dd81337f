"""The annotation editor dialog, driven by keys and clicks as a user would."""
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from policylens.app.annotating.annotation_editor import PRESETS, AnnotationEditor
from policylens.app.annotating.annotation_session import AnnotationValues


def _editor(qtbot, values=AnnotationValues()):
    dialog = AnnotationEditor(values, ["落户条件", "落户条件/租赁住所"], "城镇落户")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_colour_only_edit_is_kept_when_ok_is_pressed(qtbot):
    dialog = _editor(qtbot, AnnotationValues(color=PRESETS[0]))
    combo = dialog.color_combo
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # the next preset, chosen as a user does (activated)
    assert combo.currentData() == PRESETS[1]
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.values().color == PRESETS[1]


def test_enter_in_the_codes_field_adds_a_code_and_keeps_the_dialog_open(qtbot):
    dialog = _editor(qtbot)
    for path in ("alpha", "beta/gamma"):  # QTest types ASCII only
        dialog.code_edit.setFocus()
        qtbot.keyClicks(dialog.code_edit, path)
        dialog.code_edit.completer().popup().hide()
        qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
        assert dialog.isVisible()
    assert dialog.values().code_paths == ("alpha", "beta/gamma")
    assert dialog.code_edit.text() == ""
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # no-op in the note
    assert dialog.isVisible()


def test_no_highlight_preset_is_a_near_twin_of_a_role_colour():
    from policylens.app.common import styles

    def rgb(color):
        return tuple(int(color[i:i + 2], 16) for i in (1, 3, 5))

    roles = [background for background, _text in styles.LIGHT.roles.values()]
    for preset in PRESETS:
        for role in roles:
            distance = sum((a - b) ** 2 for a, b in zip(rgb(preset), rgb(role))) ** 0.5
            assert distance >= 30, (preset, role)
