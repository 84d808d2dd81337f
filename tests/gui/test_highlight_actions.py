"""A highlight is edited where it is: right-click it for Edit, Recolour and Delete; double-click it
for its editor. Driven with real clicks on the reader over the seeds."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu

from policylens.app.annotating.annotation_editor import PRESETS
from policylens.app.annotating.annotation_session import AnnotationValues
from policylens.core.anchoring import make_anchor
from test_window_annotations import _of_type, answer_dialog, pick_from_menu, right_click, when_shown

pytestmark = pytest.mark.gui
QUOTE = "全面放开市域城镇落户限制"


@pytest.fixture
def annotated(make_window):
    window = make_window()
    doc = window.reader.current
    start = doc.text.index(QUOTE)
    annotation = window.annotations.add(make_anchor(doc, start, start + len(QUOTE)), AnnotationValues(note="初稿"))
    view = window.reader.view
    view.scroll_to(start, 40)
    inside = view.cursorRect(view.span_cursor(start + 3, start + 3)).center()
    return window, annotation, inside


def test_right_click_on_a_highlight_deletes_it_in_one_undo_step(qtbot, annotated):
    window, annotation, inside = annotated
    picked = pick_from_menu(qtbot, "删除批注")
    right_click(window.reader.view.viewport(), inside)
    assert {"编辑批注…", "更改颜色", "删除批注", "高亮所选文字"} <= set(picked[0])
    assert window.annotations.project.annotations == {}
    window.actions_by_name["undo"].trigger()
    assert list(window.annotations.project.annotations) == [annotation.id]


def test_right_click_recolours_the_highlight_from_its_submenu(qtbot, annotated):
    window, annotation, inside = annotated
    chosen = PRESETS[2]

    def pick_colour(menu):
        action = next(a for a in menu.actions() if a.text() == chosen)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    def open_colours(menu):
        colours = next(a for a in menu.actions() if a.text() == "更改颜色")
        when_shown(lambda: _of_type(colours.menu(), QMenu) if colours.menu().isVisible() else None, pick_colour)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(colours).center())

    when_shown(lambda: _of_type(QApplication.activePopupWidget(), QMenu), open_colours)
    right_click(window.reader.view.viewport(), inside)
    qtbot.waitUntil(lambda: window.annotations.project.annotations[annotation.id].color == chosen)
    assert window.annotations.project.annotations[annotation.id].note == "初稿"
    assert window.actions_by_name["undo"].text() == "撤销 编辑批注"


def test_double_click_on_a_highlight_opens_its_editor(qtbot, annotated):
    window, annotation, inside = annotated
    seen = answer_dialog(qtbot, "，再议", [])
    qtbot.mouseDClick(window.reader.view.viewport(), Qt.MouseButton.LeftButton, pos=inside)
    qtbot.waitUntil(lambda: window.annotations.project.annotations[annotation.id].note != "初稿")
    assert seen == [QUOTE]
    assert window.annotations.project.annotations[annotation.id].note == "初稿，再议"


def test_a_right_click_outside_highlights_offers_no_highlight_entries(qtbot, annotated):
    window, _annotation, _inside = annotated
    view, doc = window.reader.view, window.reader.current
    elsewhere = doc.text.index("户籍制度改革")
    view.scroll_to(elsewhere, 40)
    point = view.cursorRect(view.span_cursor(elsewhere + 2, elsewhere + 2)).center()
    picked = pick_from_menu(qtbot, "高亮所选文字")
    right_click(view.viewport(), point)
    assert "删除批注" not in picked[0] and "编辑批注…" not in picked[0]
