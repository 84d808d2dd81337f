"""The code manager on real seed passages: the tree with counts, the code × document matrix,
merging by clicks, nesting by drop and by "move under", renaming, recolouring, deleting, undo."""
import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QColorDialog, QInputDialog

from policylens.app.annotating.annotation_session import AnnotationSession, AnnotationValues
from policylens.app.annotating.code_manager import CodeManager
from policylens.app.annotating.code_matrix_model import CodeMatrixModel
from policylens.core.anchoring import make_anchor
from policylens.store.annotations import AnnotationStore

pytestmark = pytest.mark.gui

# (place, passage, code paths): rent rules of two cities, housing in two, a target, a lead agency
SEGMENTS = [
    ("丹东", "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求", ("落户条件/租赁住所",)),
    ("西宁", "有合法穩定住所(含租賃)的允許本人、配偶及其未婚子女落戶", ("落户条件/租赁住所", "住房/租赁住所")),
    ("丹东", "将进城落户农民完全纳入城镇住房保障体系", ("配套政策/住房保障", "住房/租赁住所")),
    ("始兴", "将进城落户农民完全纳入城镇住房保障体系", ("配套政策/住房保障",)),
    ("三门峡", "户籍人口城镇化率年均提高2个百分点以上", ("落户条件",)),
    ("丹东", "市公安局牵头", ("落户条件/居住年限",)),
]


@pytest.fixture
def docs(corpus):
    return {d.meta.place: d for d in corpus}


@pytest.fixture
def session(tmp_path, docs):
    session = AnnotationSession(AnnotationStore(tmp_path))
    for place, text, paths in SEGMENTS:
        start = docs[place].text.index(text)
        session.add(make_anchor(docs[place], start, start + len(text)), AnnotationValues(code_paths=paths))
    yield session
    session.close()


@pytest.fixture
def manager(qtbot, session, corpus):
    manager = CodeManager(session)
    qtbot.addWidget(manager)
    manager.set_documents({d.key: d.meta.place for d in corpus})
    manager.resize(800, 600)
    manager.show()
    qtbot.waitExposed(manager)
    return manager


def code(session, path):
    return session.project.code_by_path(path).id


def settled(manager):
    """The manager, once it shows the last change (it counts on the next turn of the event loop)."""
    for _ in range(100):
        if not manager.refresh_pending():
            return manager
        QApplication.processEvents()
    raise AssertionError("the code manager did not catch up with the changes")


def tree_rows(manager, parent=QModelIndex(), prefix=""):
    """(path, own count, count with sub-codes) of every row, in the tree's order."""
    model, found = settled(manager).tree_model, []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        path = prefix + index.data()
        found.append((path, model.index(row, 1, parent).data(), model.index(row, 2, parent).data()))
        found += tree_rows(manager, index, path + "/")
    return found


def matrix(manager, wait=True):
    """{code path: {place: count}} of the non-zero cells the view shows."""
    model, cells = (settled(manager) if wait else manager).matrix_model, {}
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            count = model.index(row, column).data()
            if count:
                path = model.headerData(row, Qt.Orientation.Vertical)
                cells.setdefault(path, {})[model.headerData(column, Qt.Orientation.Horizontal)] = count
    return cells


def click(qtbot, view, index, modifier=Qt.KeyboardModifier.NoModifier):
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, view.visualRect(index).center())


def test_models_are_valid(manager, qtmodeltester):
    qtmodeltester.check(manager.tree_model)
    qtmodeltester.check(manager.matrix_model)


def test_tree_counts_own_segments_and_those_below(manager):
    assert tree_rows(manager) == [
        ("住房", 0, 2), ("住房/租赁住所", 2, 2),
        ("落户条件", 1, 4), ("落户条件/居住年限", 1, 1), ("落户条件/租赁住所", 2, 2),
        ("配套政策", 0, 2), ("配套政策/住房保障", 2, 2)]


def test_matrix_counts_match_the_project(manager, session, corpus):
    assert matrix(manager) == {
        "住房/租赁住所": {"丹东": 1, "西宁": 1}, "落户条件": {"三门峡": 1},
        "落户条件/居住年限": {"丹东": 1}, "落户条件/租赁住所": {"丹东": 1, "西宁": 1},
        "配套政策/住房保障": {"丹东": 1, "始兴": 1}}
    model, place = manager.matrix_model, {d.key: d.meta.place for d in corpus}
    assert model.columnCount() == 5  # every document, annotated or not
    expected = session.project.code_matrix()
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            index = model.index(row, column)
            code_id, doc_key = index.data(CodeMatrixModel.CodeIdRole), index.data(CodeMatrixModel.DocKeyRole)
            assert index.data() == expected.get(code_id, {}).get(doc_key, 0)
            assert model.headerData(column, Qt.Orientation.Horizontal) == place[doc_key]


def test_double_clicking_a_cell_opens_its_segments(qtbot, manager, session, docs):
    manager.tabs.setCurrentIndex(1)
    view, model = manager.matrix, manager.matrix_model
    row = next(r for r in range(model.rowCount())
               if model.headerData(r, Qt.Orientation.Vertical) == "配套政策/住房保障")
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "始兴")
    cell = model.index(row, column)
    with qtbot.waitSignal(manager.cellActivated, timeout=1000) as blocker:
        click(qtbot, view, cell)  # a real double click starts with a click
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(cell).center())
    assert blocker.args == [code(session, "配套政策/住房保障"), docs["始兴"].key]


def test_merging_two_codes_by_clicks_recodes_and_is_undoable(qtbot, manager, session):
    source, target = code(session, "住房/租赁住所"), code(session, "落户条件/租赁住所")
    click(qtbot, manager.tree, manager.tree_model.index_of(source))
    click(qtbot, manager.tree, manager.tree_model.index_of(target), Qt.KeyboardModifier.ControlModifier)
    assert manager.selected_codes() == [source, target]
    qtbot.mouseClick(manager.buttons["merge"], Qt.MouseButton.LeftButton)
    assert source not in session.project.codes
    assert matrix(manager)["落户条件/租赁住所"] == {"丹东": 2, "西宁": 1}  # 西宁 had both: counted once
    assert ("住房", 0, 0) in tree_rows(manager) and "住房/租赁住所" not in matrix(manager)
    assert session.undo_stack.undoText() == "合并编码"
    session.undo_stack.undo()
    assert matrix(manager)["住房/租赁住所"] == {"丹东": 1, "西宁": 1}
    assert matrix(manager)["落户条件/租赁住所"] == {"丹东": 1, "西宁": 1}


def test_merge_needs_two_codes(qtbot, manager, session, monkeypatch):
    told = []
    monkeypatch.setattr("policylens.app.annotating.code_manager.QMessageBox.information", lambda *a: told.append(a[2]))
    click(qtbot, manager.tree, manager.tree_model.index_of(code(session, "落户条件")))
    qtbot.mouseClick(manager.buttons["merge"], Qt.MouseButton.LeftButton)
    assert told == ["请选中两个编码：先选的并入后选的。"] and session.undo_stack.count() == len(SEGMENTS)


def test_dropping_a_code_on_another_nests_it(qtbot, manager, session):
    model, years = manager.tree_model, code(session, "落户条件/居住年限")
    data = model.mimeData([model.index_of(years)])
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(code(session, "配套政策")))
    qtbot.waitUntil(lambda: session.project.code_path(years) == "配套政策/居住年限", timeout=1000)
    assert ("配套政策/居住年限", 1, 1) in tree_rows(manager)
    model.dropMimeData(model.mimeData([model.index_of(years)]), Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    qtbot.waitUntil(lambda: session.project.code_path(years) == "居住年限", timeout=1000)


def test_move_under_rename_recolour_and_delete(qtbot, manager, session, monkeypatch):
    rent = code(session, "住房/租赁住所")
    offered = []

    def get_item(parent, title, label, items, current, editable):
        offered.extend(items)
        return "配套政策/住房保障", True

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    click(qtbot, manager.tree, manager.tree_model.index_of(rent))
    qtbot.mouseClick(manager.buttons["move"], Qt.MouseButton.LeftButton)
    assert "住房/租赁住所" not in offered and offered[0] == "（顶层）"
    assert session.project.code_path(rent) == "配套政策/住房保障/租赁住所"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("租房", True))
    qtbot.mouseClick(manager.buttons["rename"], Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *a: QColor("#e03131"))
    qtbot.mouseClick(manager.buttons["recolour"], Qt.MouseButton.LeftButton)
    assert session.project.codes[rent].color == "#e03131"
    assert matrix(manager)["配套政策/住房保障/租房"] == {"丹东": 1, "西宁": 1}
    click(qtbot, manager.tree, manager.tree_model.index_of(code(session, "配套政策")))
    qtbot.mouseClick(manager.buttons["delete"], Qt.MouseButton.LeftButton)
    assert [p for p, _own, _all in tree_rows(manager)] == ["住房", "落户条件", "落户条件/居住年限", "落户条件/租赁住所"]
    for _ in range(4):
        session.undo_stack.undo()
    assert session.project.code_path(rent) == "住房/租赁住所"


def test_create_a_code_by_path_and_rename_in_place(qtbot, manager, session, monkeypatch):
    click(qtbot, manager.tree, manager.tree_model.index_of(code(session, "落户条件")))
    defaults = []

    def get_text(parent, title, label, text=""):
        defaults.append(text)
        return "落户条件 / 社保年限 / 城镇职工", True

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    qtbot.mouseClick(manager.buttons["create"], Qt.MouseButton.LeftButton)
    assert defaults == ["落户条件/"]
    assert session.project.code_by_path("落户条件/社保年限/城镇职工") is not None
    assert session.undo_stack.undoText() == "新建编码"
    model, years = manager.tree_model, code(session, "落户条件/居住年限")
    model.setData(model.index_of(years), "居住年限要求")
    qtbot.waitUntil(lambda: session.project.codes[years].name == "居住年限要求", timeout=1000)
    assert settled(manager).tree_model.index_of(years).data() == "居住年限要求"


def test_a_hidden_manager_counts_nothing_until_shown(qtbot, manager, session, docs):
    manager.hide()
    start = docs["昭通"].text.index("戶")
    session.add(make_anchor(docs["昭通"], start, start + 2), AnnotationValues(code_paths=("落户条件",)))
    QApplication.processEvents()
    assert manager.refresh_pending() and "昭通" not in matrix(manager, wait=False).get("落户条件", {})
    manager.show()
    assert matrix(manager)["落户条件"] == {"三门峡": 1, "昭通": 1}


def test_matrix_columns_are_named_by_place_with_the_title_as_tooltip(make_window, qtbot):
    window = make_window()
    window.annotating.show_code_manager()
    model = window.annotating.code_manager.matrix_model
    qtbot.waitUntil(lambda: model.columnCount() == 5)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)]
    assert sorted(headers) == sorted(["三门峡市", "昭通市", "丹东市", "西宁市", "始兴县"])
    tips = [model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) for c in range(5)]
    assert any(t.startswith("三门峡市 三门峡市人民政府办公室关于印发推动非户籍人口在城市落户实施方案") for t in tips)


def test_a_place_with_several_documents_is_told_apart_by_date_then_number():
    from policylens.app.common.document_names import column_headers

    def record(key, place, issued=""):
        return {"key": key, "place": place, "level": "市", "title": "", "dates": {"issued": issued}}

    headers = column_headers([record("a", "丹东", "2016-05-01"), record("b", "丹东", "2017-03-02"),
                              record("c", "西宁"), record("d", "昭通", "2016-01-01"),
                              record("e", "昭通", "2016-01-01"), record("f", "", "")])
    assert headers == {"a": "丹东市 2016-05-01", "b": "丹东市 2017-03-02", "c": "西宁市",
                       "d": "昭通市 2016-01-01 (1)", "e": "昭通市 2016-01-01 (2)", "f": "f"}
