"""The two-document window on the real seeds: 三门峡 (left) against 丹东 (right)."""
from __future__ import annotations

from html import escape
from html.parser import HTMLParser

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from policylens.app.comparing.two_doc_model import CLAUSE_ROLE, GAP_ROLE, VALUES_ROLE
from policylens.app.comparing.two_doc_view import TwoDocView

pytestmark = pytest.mark.gui

SANMENXIA, DANDONG, XINING = "000_475fe52b6475e2b2", "002_0b082def2c4c3406", "003_75f870b2b59b37d0"
# Read from the pairing (tests/test_document_pairing.py): 31 rows, 四 ↔ 四 (row 25) the only equal one.
ROWS, EQUAL_ROW = 31, 25


def by_key(docs, key):
    return next(d for d in docs if d.key == key)


@pytest.fixture
def view(qtbot, records, corpus):
    widget = TwoDocView(records, lambda key: by_key(corpus, key), SANMENXIA, DANDONG)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    with qtbot.waitSignal(widget.computed, timeout=30_000):
        widget.show()
    qtbot.waitExposed(widget)
    return widget


def cell(view, row, column, role=Qt.ItemDataRole.DisplayRole):
    return view.model.index(row, column).data(role)


def clauses(view, row):
    return cell(view, row, 0, CLAUSE_ROLE), cell(view, row, 1, CLAUSE_ROLE)


def test_rows_gaps_and_call_outs(view):
    assert view.model.rowCount() == ROWS and view.current_row() == 0
    assert clauses(view, 19) == ("三/(五)", "三/(九)")  # the "三权" clause
    assert clauses(view, 1) == (None, "一") and cell(view, 1, 0, GAP_ROLE) == "此处无对应条款"
    assert cell(view, 1, 0) == "" and cell(view, 1, 1).startswith("总体要求")
    # 丹东 asks 满2年以上 of residence where 三门峡 names none; the value is called out per side.
    assert "期限：—" in cell(view, 10, 0, VALUES_ROLE) and "期限：满2年以上" in cell(view, 10, 1, VALUES_ROLE)
    assert view.model.headerData(EQUAL_ROW, Qt.Orientation.Vertical) == "="
    assert view.status_label.text() == "18 对条款，其中 17 对有改动；只在左侧 4 条，只在右侧 9 条"


def exact_height(view, row):
    """The row's height as the delegate measures its two cells, each a grid line narrower than
    its column, and the grid line below."""
    option = QStyleOptionViewItem()
    option.font = view.table.font()
    heights = []
    for column in (0, 1):
        option.rect = QRect(0, 0, view.table.columnWidth(column) - 1, 1)
        heights.append(view.delegate.sizeHint(option, view.model.index(row, column)).height())
    return max(heights) + 1


def rows_in_view(view):
    table = view.table
    last = table.rowAt(table.viewport().height() - 1)
    return range(table.rowAt(0), (last if last >= 0 else view.model.rowCount() - 1) + 1)


def assert_exact_in_view(view):
    rows = rows_in_view(view)
    assert len(rows) >= 2
    assert [view.table.rowHeight(r) for r in rows] == [exact_height(view, r) for r in rows]


def test_rows_in_view_have_their_exact_height(qtbot, view):
    assert_exact_in_view(view)
    assert not view.heights.is_exact(ROWS - 1)  # far rows have an estimate until they come into view
    view.table.setFocus()
    for width in (1300, 1100):  # at 1100 the estimate of row 21 is a line short
        view.resize(width, 700)
        qtbot.waitUntil(lambda: view.heights.is_exact(rows_in_view(view)[0]))
        qtbot.keyClick(view.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
        assert_exact_in_view(view)
        while ROWS - 1 not in rows_in_view(view):
            qtbot.keyClick(view.table, Qt.Key.Key_PageDown)
            assert_exact_in_view(view)
    view.resize(1300, 700)  # wider again: what is in view is measured again, not what is not
    qtbot.waitUntil(lambda: view.heights.is_exact(ROWS - 1))
    assert_exact_in_view(view)
    assert not view.heights.is_exact(0)


def test_f7_and_shift_f7_walk_the_differences(qtbot, view):
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_F7)
    assert view.current_row() == 1
    view.go_to_row(24)
    qtbot.keyClick(view.table, Qt.Key.Key_F7)
    assert view.current_row() == 26  # 四 ↔ 四 says the same: skipped
    qtbot.keyClick(view.table, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.current_row() == 24
    view.go_to_row(ROWS - 1)
    qtbot.keyClick(view.table, Qt.Key.Key_F7)
    assert view.current_row() == ROWS - 1 and view.status_label.text() == "没有更多差异了"
    qtbot.mouseClick(view.toolbar.widgetForAction(view.previous_action), Qt.MouseButton.LeftButton)
    assert view.current_row() == 29


def test_change_map_marks_and_jumps(qtbot, view):
    marks = view.change_map.marks()
    assert [row for row, _, _ in marks] == [r for r in range(ROWS) if r != EQUAL_ROW]
    row, top, height = next(m for m in marks if m[0] == 19)
    qtbot.mouseClick(view.change_map, Qt.MouseButton.LeftButton, pos=QPoint(7, int(top + height / 2)))
    assert view.current_row() == 19
    visible = view.table.viewport().rect()
    assert view.table.visualRect(view.model.index(19, 0)).intersects(visible)


def test_swap_sides(qtbot, view):
    qtbot.mouseClick(view.toolbar.widgetForAction(view.swap_action), Qt.MouseButton.LeftButton)
    assert view.keys() == (DANDONG, SANMENXIA)
    assert clauses(view, 1) == ("一", None) and clauses(view, 19) == ("三/(九)", "三/(五)")
    assert "期限：满2年以上" in cell(view, 10, 0, VALUES_ROLE)
    assert view.model.headerData(0, Qt.Orientation.Horizontal).startswith("丹东市")
    assert view.status_label.text() == "18 对条款，其中 17 对有改动；只在左侧 9 条，只在右侧 4 条"


def test_only_differences(qtbot, view):
    view.go_to_row(24)
    qtbot.mouseClick(view.toolbar.widgetForAction(view.only_action), Qt.MouseButton.LeftButton)
    assert view.model.rowCount() == ROWS - 1 and "equal" not in view.model.statuses()
    assert clauses(view, view.current_row()) == ("三/(十)", "三/(十四)")  # still on the same row
    assert clauses(view, 25) == ("四/(一)", "四/(十五)")
    view.only_action.trigger()
    assert view.model.rowCount() == ROWS


def test_choosing_documents_compares_again(qtbot, view):
    with qtbot.waitSignal(view.computed, timeout=30_000):
        view.combo_b.setCurrentIndex(view.combo_b.findData(XINING))
        view.combo_b.activated.emit(view.combo_b.currentIndex())
    assert view.keys() == (SANMENXIA, XINING)
    rows = [clauses(view, r) for r in range(view.model.rowCount())]
    assert ("三/(四)", None) in rows and ("三/(五)", "三/(十一)") in rows
    moved = next(r for r in range(len(rows)) if rows[r] == ("三/(四)", None))
    assert cell(view, moved, 1, GAP_ROLE) == "此处无对应条款；相应条款在 三/(十二)"


def test_activating_a_side_names_its_clause(qtbot, view):
    view.go_to_row(19)
    view.table.setCurrentIndex(view.model.index(19, 1))
    with qtbot.waitSignal(view.clauseActivated) as signal:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert signal.args == [DANDONG, "三/(九)"]


class _Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.classes, self.text = [], []

    def handle_starttag(self, tag, attrs):
        self.classes += [v for k, v in attrs if k == "class"]

    def handle_data(self, data):
        self.text.append(data)


def test_export_html_and_xlsx(view, tmp_path):
    view.set_only_differences(True)  # the export holds every row all the same
    view.export_html(tmp_path / "diff.html")
    page = (tmp_path / "diff.html").read_text("utf-8")
    parser = _Cells()
    parser.feed(page)
    assert parser.classes.count("side gap") == 13 and "equal" in parser.classes
    text = "".join(parser.text)
    assert "三门峡市 · 三门峡市人民政府办公室关于印发推动非户籍人口在城市落户实施方案的通知 ↔ 丹东市" in text
    assert "期限：满2年以上" in text and "<script" not in page
    view.export_xlsx(tmp_path / "diff.xlsx")
    sheet = load_workbook(tmp_path / "diff.xlsx")["Comparison"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:3] == ("row", "status", "a_clause") and len(rows) == ROWS + 1
    three_rights = rows[20]
    assert three_rights[1:3] == ("changed", "三/(五)") and three_rights[5] == "三/(九)"
    assert rows[2][1:3] == ("only_b", None) and rows[2][5] == "一"  # an empty cell reads as None


def test_opened_from_the_menu(qtbot, make_window):
    window = make_window()
    window.open_document(SANMENXIA, 0)
    window.actions_by_name["compare_two_documents"].trigger()
    view = window.tool_windows[-1]
    assert isinstance(view, TwoDocView)
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=30_000)
    assert view.keys() == (SANMENXIA, "001_cb987e057fa661f0")  # the next document of the corpus
    with qtbot.waitSignal(view.clauseActivated):
        view.table.setCurrentIndex(view.model.index(0, 1))
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert window.reader.current.key == "001_cb987e057fa661f0"  # the clause opens in the main window
    view.close()
    window.close()


def test_the_document_pickers_show_both_ends_of_a_title(view, qtbot):
    combo = view.combo_b
    full = combo.currentText()
    assert combo.toolTip() == full or combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex((combo.currentIndex() + 1) % combo.count())
    full = combo.currentText()
    assert combo.toolTip() == full
    shown = combo.shown_text()
    assert combo.fontMetrics().horizontalAdvance(full) > combo.width()  # the title does not fit
    assert shown.startswith(full[:3]) and shown.endswith(full[-4:]) and "…" in shown  # its end stays
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # the list opens wide enough for whole titles
    qtbot.waitUntil(lambda: combo.view().isVisible())
    widest = max(combo.view().fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
    assert combo.view().width() >= min(widest, combo.screen().availableGeometry().width() - 80)
    combo.hidePopup()


def test_the_printed_report_holds_both_documents_the_counts_each_pair_and_the_notes(qtbot, make_window, tmp_path):
    from policylens.app.annotating.annotation_session import AnnotationValues
    from policylens.app.common.printing import pdf_printer
    from policylens.core.anchoring import make_anchor
    from policylens.exchange.reports.document_diff import pieces
    from pdf_text import pdf_pages

    window = make_window()
    window.open_document(SANMENXIA, 0)
    left = window.corpus_source.document(SANMENXIA)
    three_rights = next(c for c in left.clauses if c.id == "三/(五)")
    window.annotations.add(make_anchor(left, three_rights.start, three_rights.start + 4),
                           AnnotationValues("三权的退出办法各地不同"))
    window.actions_by_name["compare_two_documents"].trigger()
    view = window.tool_windows[-1]
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=30_000)
    view.combo_b.setCurrentIndex(view.combo_b.findData(DANDONG))
    with qtbot.waitSignal(view.computed, timeout=30_000):
        view.combo_b.activated.emit(view.combo_b.currentIndex())
    assert view.print_action.isEnabled() and view.pdf_action.isEnabled()
    assert view.print_report(pdf_printer(tmp_path / "comparison.pdf"))
    pages = pdf_pages(tmp_path / "comparison.pdf")
    assert len(pages) > 1
    # Qt numbers each page at its foot; without the numbers, the pages read as one text
    # (whitespace dropped: lines wrap where the page is full).
    for number, page in enumerate(pages, 1):
        assert page.rstrip().endswith(str(number))
    text = "".join("".join(page.rstrip()[:-len(str(n))] for n, page in enumerate(pages, 1)).split())
    assert "三门峡市·三门峡市人民政府办公室关于印发推动非户籍人口在城市落户实施方案的通知" in text
    assert "相同1对，改动17对，删去4条（只在左侧），新增9条（只在右侧）" in text
    comparison = view.model.comparison
    expected = []  # every clause's text, left then right, pair by pair
    for row in comparison.rows:
        for doc, side in ((comparison.doc_a, "a"), (comparison.doc_b, "b")):
            expected.append("".join("".join(p.text for p in pieces(doc, row, side)).split()))
    at = 0
    for clause_text in filter(None, expected):
        found = text.find(clause_text, at)
        assert found >= at, clause_text[:40]
        at = found + len(clause_text)
    for clause_text in filter(lambda t: len(t) >= 20, expected):  # and each as often as the documents have it
        assert text.count(clause_text) == sum(e.count(clause_text) for e in expected), clause_text[:40]
    assert "文号：三政办〔2019〕24号成文日期：2019-11-28发布日期：2020-01-20" in text
    page = view.report_html()  # deletions struck through, insertions underlined, as the window marks them
    deleted = [p.text for row in comparison.rows for p in pieces(comparison.doc_a, row, "a") if p.op == "delete"]
    inserted = [p.text for row in comparison.rows for p in pieces(comparison.doc_b, row, "b") if p.op == "insert"]
    assert deleted and inserted
    for deleted, inserted in zip(deleted, inserted):
        assert f'text-decoration:line-through;">{escape(deleted)}</span>' in page
        assert f'text-decoration:underline;">{escape(inserted)}</span>' in page
    assert text.count("批注：三权的退出办法各地不同") == 1
    assert text.index("三/(五)↔三/(九)") < text.index("批注：三权的退出办法各地不同")
    assert text.count("此处无对应条款") == 13
    view.close()
    window.close()
