"""The annotations panel on real seed passages: rows, filters, undo/redo, Delete, editing, review list."""
import pytest
from PySide6.QtCore import Qt

from policylens.app.annotating.annotation_editor import AnnotationEditor
from policylens.app.annotating.annotation_panel import AnnotationPanel
from policylens.app.annotating.annotation_session import AnnotationSession, AnnotationValues
from policylens.core.anchoring import Placement, make_anchor
from policylens.core.annotation_commands import SetAnchors
from policylens.store.annotations import AnnotationStore

pytestmark = pytest.mark.gui

DANDONG_RENT = "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求"  # 丹东 二/(五)
DANDONG_HOUSING = "将进城落户农民完全纳入城镇住房保障体系"  # 丹东 三/(十)
SANMENXIA_TARGET = "户籍人口城镇化率年均提高2个百分点以上"  # 三门峡 一
XINING_RENT = "有合法穩定住所(含租賃)的允許本人、配偶及其未婚子女落戶"  # 西宁 二/(四)/1, traditional


def passage(doc, text):
    start = doc.text.index(text)
    return make_anchor(doc, start, start + len(text))


@pytest.fixture
def docs(corpus):
    return {d.meta.place: d for d in corpus}


@pytest.fixture
def session(tmp_path):
    session = AnnotationSession(AnnotationStore(tmp_path))
    yield session
    session.close()


@pytest.fixture
def annotated(session, docs):
    """Four annotations: 落户条件 and its sub-code 落户条件/租赁住所 on two cities' rent rules."""
    add = session.add
    return {
        "rent": add(passage(docs["丹东"], DANDONG_RENT),
                    AnnotationValues("取消连续承租时限", code_paths=("落户条件/租赁住所",))),
        "housing": add(passage(docs["丹东"], DANDONG_HOUSING), AnnotationValues(code_paths=("配套政策/住房保障",))),
        "target": add(passage(docs["三门峡"], SANMENXIA_TARGET),
                      AnnotationValues("**2个百分点**", "markdown", "#74c0fc", ("落户条件",))),
        "xining": add(passage(docs["西宁"], XINING_RENT), AnnotationValues(code_paths=("落户条件/租赁住所",))),
    }


@pytest.fixture
def panel(qtbot, session, annotated, corpus):
    panel = AnnotationPanel(session)
    qtbot.addWidget(panel)
    panel.set_documents({d.key: d.meta.place for d in corpus})
    panel.resize(900, 600)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def rows(model):
    return [tuple(model.index(r, c).data() for c in (0, 1, 2, 3, 4)) for r in range(model.rowCount())]


def quotes(panel):
    return [row[0] for row in rows(panel.model)]


def choose(combo, text):
    index = combo.findText(text)
    assert index >= 0, f"{text} is not offered"
    combo.setCurrentIndex(index)


def test_models_are_valid(panel, qtmodeltester):
    qtmodeltester.check(panel.model)
    qtmodeltester.check(panel.review_model)


def test_rows_show_quote_note_codes_document_and_clause(panel):
    assert rows(panel.model) == [
        (SANMENXIA_TARGET, "**2个百分点**", "落户条件", "三门峡", "一"),
        (DANDONG_RENT, "取消连续承租时限", "落户条件/租赁住所", "丹东", "二/(五)"),
        (DANDONG_HOUSING, "", "配套政策/住房保障", "丹东", "三/(十)"),
        (XINING_RENT, "", "落户条件/租赁住所", "西宁", "二/(四)/1"),
    ]
    assert panel.summary_label.text() == "4 条批注"


def test_filter_by_code_keeps_its_sub_codes(panel):
    choose(panel.code_combo, "落户条件")
    assert quotes(panel) == [SANMENXIA_TARGET, DANDONG_RENT, XINING_RENT]
    choose(panel.code_combo, "落户条件/租赁住所")
    assert quotes(panel) == [DANDONG_RENT, XINING_RENT]
    choose(panel.document_combo, "西宁")
    assert quotes(panel) == [XINING_RENT]


def test_filter_by_colour_and_text_in_either_script(qtbot, panel):
    choose(panel.color_combo, "#74c0fc")
    assert quotes(panel) == [SANMENXIA_TARGET]
    choose(panel.color_combo, "全部颜色")
    panel.text_edit.setText("合法稳定住所")  # simplified text finds the traditional quote
    assert quotes(panel) == [XINING_RENT]
    panel.text_edit.setText("承租时限")  # found in the note
    assert quotes(panel) == [DANDONG_RENT]


def test_activating_a_row_jumps_to_the_passage(qtbot, panel, docs):
    view, index = panel.view, panel.model.index(1, 0)
    with qtbot.waitSignal(panel.annotationActivated, timeout=1000) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())
    assert blocker.args == [docs["丹东"].key, 1137, 1137 + len(DANDONG_RENT)]


def test_undo_and_redo_refresh_the_panel(panel, session, docs):
    session.add(passage(docs["始兴"], DANDONG_HOUSING))
    assert "始兴" in [row[3] for row in rows(panel.model)]
    session.undo_stack.undo()
    assert len(quotes(panel)) == 4 and "始兴" not in [row[3] for row in rows(panel.model)]
    session.undo_stack.redo()
    assert ("始兴", "三/(四)") in [row[3:] for row in rows(panel.model)]


def test_delete_key_removes_the_selected_annotation_undoably(qtbot, panel, session, annotated):
    view = panel.view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(panel.model.index(2, 0)).center())
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Delete)
    assert quotes(panel) == [SANMENXIA_TARGET, DANDONG_RENT, XINING_RENT]
    assert annotated["housing"].id not in session.project.annotations
    assert session.undo_stack.undoText() == "删除批注"
    session.undo_stack.undo()
    assert quotes(panel)[2] == DANDONG_HOUSING


def test_edit_action_applies_the_dialog_values(qtbot, panel, session, annotated, monkeypatch):
    asked = {}

    def ask(parent, values, code_paths, quote):
        asked.update(values=values, paths=sorted(code_paths), quote=quote)
        return AnnotationValues("连续承租1年以上", "plain", "#8ce99a", ("住房/租赁住所",))

    monkeypatch.setattr(AnnotationEditor, "ask", ask)
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    panel.edit_action.trigger()
    assert asked["quote"] == DANDONG_RENT
    assert asked["values"] == AnnotationValues("取消连续承租时限", code_paths=("落户条件/租赁住所",))
    assert asked["paths"] == ["落户条件", "落户条件/租赁住所", "配套政策", "配套政策/住房保障"]
    assert rows(panel.model)[1][1:3] == ("连续承租1年以上", "住房/租赁住所")
    assert session.project.annotations[annotated["rent"].id].color == "#8ce99a"
    session.undo_stack.undo()
    assert rows(panel.model)[1][1:3] == ("取消连续承租时限", "落户条件/租赁住所")


def test_needs_review_annotations_have_their_own_list(panel, session, annotated):
    rent = annotated["rent"]
    assert not panel.review_section.isVisible()  # empty: the main list has the room
    session.run(SetAnchors({rent.id: Placement("orphaned", rent.anchor, 0.2)}))
    assert panel.review_section.isVisible()
    assert DANDONG_RENT not in quotes(panel)
    assert rows(panel.review_model) == [(DANDONG_RENT, "取消连续承租时限", "落户条件/租赁住所", "丹东", "二/(五)")]
    assert panel.review_label.text().startswith("需要复核：1 条")
    session.undo_stack.undo()
    assert panel.review_model.rowCount() == 0 and DANDONG_RENT in quotes(panel)
    assert not panel.review_section.isVisible()


def test_editor_dialog_reads_and_returns_values(qtbot):
    values = AnnotationValues("*重点*", "markdown", "#123456", ("落户条件/租赁住所",))
    dialog = AnnotationEditor(values, ["落户条件", "落户条件/租赁住所"], DANDONG_RENT)
    qtbot.addWidget(dialog)
    assert dialog.values() == values  # a colour that is not a preset is kept
    assert dialog.preview.toPlainText() == "重点"  # rendered Markdown, not the asterisks
    dialog.code_edit.setText(" 配套政策 / 住房保障 ")  # QTest types ASCII only
    qtbot.keyClick(dialog.code_edit, Qt.Key.Key_Return)
    dialog.code_list.setCurrentRow(0)
    dialog.remove_selected_codes()
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("plain"))
    assert dialog.preview.toPlainText() == "*重点*"
    assert dialog.values().code_paths == ("配套政策/住房保障",)


def test_show_segments_lists_one_code_in_one_document(panel, session, docs):
    panel.text_edit.setText("时限")
    panel.show_segments(session.project.code_by_path("落户条件/租赁住所").id, docs["西宁"].key)
    assert quotes(panel) == [XINING_RENT] and panel.text_edit.text() == ""
    panel.show_segments(session.project.code_by_path("落户条件").id, None)
    assert quotes(panel) == [SANMENXIA_TARGET, DANDONG_RENT, XINING_RENT]


def test_changes_under_a_filter_update_only_their_rows(panel, session, docs, annotated):
    choose(panel.code_combo, "落户条件/租赁住所")
    added = session.add(passage(docs["始兴"], DANDONG_HOUSING), AnnotationValues(code_paths=("落户条件/租赁住所",)))
    session.add(passage(docs["三门峡"], "市公安局牵头"), AnnotationValues(code_paths=("配套政策",)))
    assert quotes(panel) == [DANDONG_RENT, DANDONG_HOUSING, XINING_RENT]  # 丹东, 始兴, 西宁 by place
    assert panel.summary_label.text() == "3 条批注"
    session.edit(added.id, AnnotationValues(code_paths=("配套政策/住房保障",)))  # recoded away from the filter
    assert quotes(panel) == [DANDONG_RENT, XINING_RENT]
    session.undo_stack.undo()
    assert rows(panel.model)[1] == (DANDONG_HOUSING, "", "落户条件/租赁住所", "始兴", "三/(四)")
