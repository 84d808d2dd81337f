"""The side-by-side view on the real seeds, its columns taken from the clause families.

三权 (三门峡 三/(五)) has a clause in all five documents; 居住证 (三门峡 三/(十)) in four: 昭通
has none (tests/test_families.py says why). Corrections made in the view go to the user's
alignment file and are seen by a new window and after a re-import.
"""
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from policylens import cli
from policylens.app.comparing import compare_view
from policylens.app.comparing.alignment_loader import AlignmentLoader
from policylens.app.comparing.compare_source import ComparisonSource
from policylens.app.comparing.compare_view import DIFF_PROPERTY, CompareView, open_compare
from policylens.core import worddiff
from policylens.core.align import ClauseRef
from policylens.store import CorpusStore
from policylens.store.alignment import AlignmentStore

pytestmark = pytest.mark.gui

SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING = (
    "000_475fe52b6475e2b2", "001_cb987e057fa661f0", "002_0b082def2c4c3406", "003_75f870b2b59b37d0",
    "004_cfcbd90ad6d31fda")
SEED_DIR = Path(__file__).resolve().parents[2] / "seeds"
THREE_RIGHTS = {SANMENXIA: "三/(五)", ZHAOTONG: "四/(四)/14/(5)", DANDONG: "三/(九)", XINING: "三/(十一)",
                SHIXING: "三/(三)"}  # as in tests/test_families.py
RESIDENCE = {SANMENXIA: "三/(十)", DANDONG: "三/(十四)", XINING: "三/(十八)", SHIXING: "三/(八)"}


@pytest.fixture(scope="module")
def aligned_dir(tmp_path_factory):
    """A data folder with the seeds imported and aligned, as `policylens import` leaves it."""
    folder = tmp_path_factory.mktemp("aligned")
    corpus = CorpusStore(folder)
    corpus.import_files(sorted(SEED_DIR.glob("*.txt")))
    AlignmentStore(corpus).update()
    return folder


@pytest.fixture
def data_dir(aligned_dir, tmp_path):
    """A copy of it for one test (corrections are written into it)."""
    return Path(shutil.copytree(aligned_dir, tmp_path / "data"))


def loaded_source(qtbot, data_dir) -> ComparisonSource:
    loader = AlignmentLoader(data_dir)
    loader.start()
    qtbot.waitUntil(lambda: loader.ready, timeout=30_000)
    return ComparisonSource(loader)


def open_view(qtbot, source, key, clause_id, reference_key=None) -> CompareView:
    doc = source.document(key)
    view = CompareView(source, doc, next(c for c in doc.clauses if c.id == clause_id), reference_key)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.computed, timeout=30_000):
        view.resize(1500, 480)
        view.show()
        qtbot.waitExposed(view)
    return view


@pytest.fixture
def source(qtbot, data_dir):
    return loaded_source(qtbot, data_dir)


@pytest.fixture
def view(qtbot, source):
    return open_view(qtbot, source, SANMENXIA, "三/(十)")


def shown_clauses(view) -> dict[str, str | None]:
    return {key: column.clause.id if column.clause else None for key, column in
            ((c.doc.key, c) for c in view.columns())}


def highlighted(pane) -> list[tuple[str, str]]:
    """(op, text) of every highlighted run in the column's text, read from its QTextDocument."""
    runs: list[tuple[str | None, str]] = []

    def add(op, text):
        if runs and runs[-1][0] == op:
            runs[-1] = (op, runs[-1][1] + text)
        else:
            runs.append((op, text))

    block = pane.text.document().begin()
    while block.isValid():
        if block != pane.text.document().begin():  # the paragraph break before it, in its format
            add(block.charFormat().property(DIFF_PROPERTY), "\n")
        it = block.begin()
        while not it.atEnd():
            add(it.fragment().charFormat().property(DIFF_PROPERTY), it.fragment().text())
            it += 1
        block = block.next()
    return [(op, text) for op, text in runs if op is not None]


def expected_runs(source, ref_a, ref_b, with_children=True) -> list[tuple[str, str]]:
    """The non-equal ops of worddiff's diff, in B's characters (deleted words in A's)."""
    (doc_a, clause_a), (doc_b, clause_b) = source.clause(ref_a), source.clause(ref_b)
    diff = worddiff.diff_clauses(doc_a, clause_a, doc_b, clause_b, with_children=with_children)
    return [(op.op, doc_a.text[op.a_start:op.a_end] if op.op == "delete" else doc_b.text[op.b_start:op.b_end])
            for op in diff.ops if op.op != "equal"]


def choose_from_menu(qtbot, pane, action) -> None:
    """Click the column's 更正 button, then the item in the menu it pops up."""
    def click_item():
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())

    with qtbot.waitSignal(action.triggered, timeout=5000):  # a push button pops its menu up after the click
        QTimer.singleShot(100, click_item)
        qtbot.mouseClick(pane.correct_button, Qt.MouseButton.LeftButton)


# -- columns from the family ---------------------------------------------------------------------

def test_the_three_rights_family_is_one_column_per_city(qtbot, source):
    view = open_view(qtbot, source, SANMENXIA, "三/(五)")
    assert shown_clauses(view) == THREE_RIGHTS
    keys = list(view.panes)
    assert keys[0] == SANMENXIA  # the reference first, then by similarity to it
    scores = [view.column(k).score for k in keys[1:]]
    assert scores == sorted(scores, reverse=True) and all(s >= 0.2 for s in scores)
    assert view.panes[SANMENXIA].note.text() == "参照"
    assert view.panes[ZHAOTONG].header.text() == "昭通市 · 四/(四)/14/(5)"
    assert view.panes[ZHAOTONG].title.text().startswith("進城落戶農民是否有償退出“三權”")
    assert view.status_label.text() == "5/5 份文件"
    assert not view.more_button.isVisible()


def test_a_document_without_a_member_is_not_a_column(view):
    assert shown_clauses(view) == RESIDENCE  # 昭通 has no 居住证 clause
    assert view.panes[DANDONG].header.text() == "丹东市 · 三/(十四)"
    assert view.panes[SHIXING].title.text() == "推进居住证制度覆盖全部未落户城镇常住人口"
    assert highlighted(view.panes[SANMENXIA]) == []


def test_highlighted_spans_are_the_word_diff(view, source):
    expected = expected_runs(source, ClauseRef(SANMENXIA, "三/(十)"), ClauseRef(SHIXING, "三/(八)"))
    assert len(expected) == 3
    assert highlighted(view.panes[SHIXING]) == expected
    assert ("replace", "根据") in expected  # 鼓励各级政府根据本地 became 根据
    values = view.panes[SHIXING].values.text().split("\n")
    assert "牵头：市公安局 → 县公安局" in values
    assert "配合：— → 县财政局" in values


def test_traditional_document_keeps_its_characters(view):
    text = view.panes[XINING].text.toPlainText()
    assert text.startswith("推進居住證制度覆蓋全部未落戶城鎮常住人口")
    assert "24.全面推行居住證制度" in text  # its numbered item, shown with the heading
    assert "推进居住证" not in text


def test_header_click_changes_the_reference(qtbot, view, source):
    with qtbot.waitSignal(view.computed, timeout=30_000):
        qtbot.mouseClick(view.panes[DANDONG].header, Qt.MouseButton.LeftButton)
    assert view.reference_key == DANDONG
    assert view.column(DANDONG).is_reference and highlighted(view.panes[DANDONG]) == []
    assert view.panes[DANDONG].note.text() == "参照"
    assert view.reference_combo.currentData() == DANDONG
    expected = expected_runs(source, ClauseRef(DANDONG, "三/(十四)"), ClauseRef(SANMENXIA, "三/(十)"))
    assert highlighted(view.panes[SANMENXIA]) == expected
    assert ("replace", "\n加快推进《三门峡市居住证实施办法》实施,") in expected
    assert list(view.panes)[0] == SANMENXIA  # the columns keep their places


def test_scrolling_one_column_scrolls_the_others(qtbot, view):
    view.resize(1200, 360)
    bars = {key: pane.text.verticalScrollBar() for key, pane in view.panes.items()}
    qtbot.waitUntil(lambda: bars[SHIXING].maximum() > 0 and bars[XINING].maximum() > 0)  # laid out
    bars[SHIXING].setValue(bars[SHIXING].maximum())
    assert bars[XINING].value() == bars[XINING].maximum()
    bars[XINING].setValue(0)
    assert bars[SHIXING].value() == 0


def test_sub_clauses_box_recomputes_without_them(qtbot, view, source):
    with qtbot.waitSignal(view.computed, timeout=30_000):
        qtbot.mouseClick(view.children_box, Qt.MouseButton.LeftButton)
    assert not view.children_box.isChecked()
    expected = expected_runs(source, ClauseRef(SANMENXIA, "三/(十)"), ClauseRef(XINING, "三/(十八)"),
                             with_children=False)
    assert highlighted(view.panes[XINING]) == expected
    assert expected[0][0] == "delete"  # the heading alone: all of 三门峡's body is missing from it
    text = view.panes[XINING].text.toPlainText()
    assert text.startswith("推進居住證制度覆蓋全部未落戶城鎮常住人口\n加快推进") and "24." not in text


def test_a_large_family_opens_a_page_at_a_time(qtbot, source, monkeypatch):
    monkeypatch.setattr(compare_view, "PAGE", 2)
    view = open_view(qtbot, source, SANMENXIA, "三/(五)")
    assert len(view.panes) == 2 and view.status_label.text() == "2/5 份文件"
    assert view.more_button.isVisible() and view.more_button.text() == "再显示 2 份"
    with qtbot.waitSignal(view.computed, timeout=30_000):
        qtbot.mouseClick(view.more_button, Qt.MouseButton.LeftButton)
    assert len(view.panes) == 4
    view.resize(900, 480)  # narrower than four columns
    bar = view.scroll.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    with qtbot.waitSignal(view.computed, timeout=30_000):
        bar.setValue(bar.maximum())  # scrolling to the right end adds the rest
    assert shown_clauses(view) == THREE_RIGHTS and not view.more_button.isVisible()


def test_reference_key_picks_the_reference_column(qtbot, source):
    view = open_view(qtbot, source, SANMENXIA, "三/(五)", reference_key=XINING)
    assert view.reference == ClauseRef(XINING, "三/(十一)")
    assert view.column(XINING).is_reference and view.column(SANMENXIA).score is not None


def test_until_the_alignment_is_ready_the_view_says_so(qtbot, data_dir):
    loader = AlignmentLoader(data_dir)
    source = ComparisonSource(loader)
    view = open_view(qtbot, source, SANMENXIA, "三/(五)")
    assert list(view.panes) == [SANMENXIA]
    assert view.status_label.text() == "条款族仍在计算中，完成后自动显示各地对应条款"
    assert not view.add_button.isEnabled()
    with qtbot.waitSignal(view.computed, timeout=30_000):
        loader.start()  # the view fills in by itself
    assert shown_clauses(view) == THREE_RIGHTS


# -- corrections -----------------------------------------------------------------------------------

def test_unlink_from_the_view_persists_and_survives_reimport(qtbot, source, data_dir, tmp_path):
    view = open_view(qtbot, source, SANMENXIA, "三/(五)")
    pane = view.panes[ZHAOTONG]
    with qtbot.waitSignal(view.computed, timeout=30_000):
        choose_from_menu(qtbot, pane, pane.unlink_action)
    assert view.column(ZHAOTONG).clause is None  # kept in place, now without a clause
    assert view.panes[ZHAOTONG].absent.text() == "本文件没有与之对应的条款（已更正）"
    assert view.panes[ZHAOTONG].withdraw_action.isEnabled()
    # A new window (its own loader) sees the correction.
    again = open_view(qtbot, loaded_source(qtbot, data_dir), SANMENXIA, "三/(五)")
    assert shown_clauses(again) == {k: v for k, v in THREE_RIGHTS.items() if k != ZHAOTONG}
    # Re-import 昭通 renumbered (the 三权 item becomes 14/(6)) with the import command.
    text = (SEED_DIR / f"{ZHAOTONG}.txt").read_text("utf-8")
    changed = tmp_path / "v2" / f"{ZHAOTONG}.txt"
    changed.parent.mkdir()
    changed.write_text(text.replace("(5)進城落戶農民是否有償退出",
                                    "(5)穩步推進農村集體資產股份合作制改革試點。\n(6)進城落戶農民是否有償退出"), "utf-8")
    assert cli.main(["--data-dir", str(data_dir), "import", str(changed)]) == 0
    after = open_view(qtbot, loaded_source(qtbot, data_dir), SANMENXIA, "三/(五)")
    assert ZHAOTONG not in after.panes
    # The first window learns of the import when its families are updated (as after an import
    # in the application); withdrawn there, 昭通's renumbered item is back.
    with qtbot.waitSignal(view.computed, timeout=30_000):
        view.source.loader.start()
    assert ZHAOTONG in view.panes and view.column(ZHAOTONG).clause is None
    with qtbot.waitSignal(view.computed, timeout=30_000):
        choose_from_menu(qtbot, view.panes[ZHAOTONG], view.panes[ZHAOTONG].withdraw_action)
    assert shown_clauses(view) == {**THREE_RIGHTS, ZHAOTONG: "四/(四)/14/(6)"}
    assert AlignmentStore(CorpusStore(data_dir)).corrections() == []


def test_link_a_document_without_a_member(qtbot, view, data_dir):
    qtbot.mouseClick(view.add_button, Qt.MouseButton.LeftButton)
    picker = view.picker
    qtbot.waitExposed(picker)
    assert [picker.documents.item(i).data(Qt.ItemDataRole.UserRole + 1)
            for i in range(picker.documents.count())] == [ZHAOTONG]  # only documents not shown
    assert not picker.ok_button.isEnabled()
    picker.select(ZHAOTONG, "四/(三)/11/(2)")
    assert picker.ok_button.isEnabled()
    with qtbot.waitSignal(view.computed, timeout=30_000):
        qtbot.mouseClick(picker.ok_button, Qt.MouseButton.LeftButton)
    assert shown_clauses(view) == {**RESIDENCE, ZHAOTONG: "四/(三)/11/(2)"}
    assert view.panes[ZHAOTONG].note.text().endswith("（已更正）")
    saved = AlignmentStore(CorpusStore(data_dir)).corrections()
    assert [(c.action, c.a, c.b) for c in saved] == [
        ("link", ClauseRef(SANMENXIA, "三/(十)"), ClauseRef(ZHAOTONG, "四/(三)/11/(2)"))]


def test_choose_another_clause_of_a_column(qtbot, source):
    view = open_view(qtbot, source, SANMENXIA, "三/(五)")
    pane = view.panes[DANDONG]
    choose_from_menu(qtbot, pane, pane.pick_action)
    picker = view.picker
    qtbot.waitExposed(picker)
    assert not picker.documents.isVisible()  # that document's clauses only
    picker.select(DANDONG, "三/(十)")
    index = picker.tree.currentIndex()
    where = picker.tree.visualRect(index).center()
    qtbot.mouseClick(picker.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    with qtbot.waitSignal(view.computed, timeout=30_000):
        qtbot.mouseDClick(picker.tree.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert shown_clauses(view) == {**THREE_RIGHTS, DANDONG: "三/(十)"}
    assert view.panes[DANDONG].title.text() == "将进城落户农民完全纳入城镇住房保障体系"


def test_a_damaged_corrections_file_is_reported(qtbot, source, data_dir):
    (data_dir / "user").mkdir(exist_ok=True)
    (data_dir / "user" / "alignment.json").write_text('{"schema": 1, "corrections": [', "utf-8")
    doc = source.document(SANMENXIA)
    view = CompareView(source, doc, next(c for c in doc.clauses if c.id == "三/(五)"))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.status_label.text().startswith("比较失败："), timeout=30_000)
    assert "alignment.json is damaged" in view.status_label.text()
    assert not view.export_button.isEnabled()
    with pytest.raises(RuntimeError):
        view.export_html("/nonexistent/compare.html")


# -- export ------------------------------------------------------------------------------------------

@pytest.fixture
def escaped_view(qtbot, data_dir, tmp_path):
    """The 居住证 family with a sixth document: 始兴 with markup typed into its 居住证 clause."""
    seed = (SEED_DIR / f"{SHIXING}.txt").read_text(encoding="utf-8")
    marked = seed.replace("根据实际不断", "根据实际不断<script>alert(1)</script><b>&amp;", 1)
    assert marked != seed
    (tmp_path / "005_escaped.txt").write_text(marked, encoding="utf-8")
    assert cli.main(["--data-dir", str(data_dir), "import", str(tmp_path / "005_escaped.txt")]) == 0
    return open_view(qtbot, loaded_source(qtbot, data_dir), SANMENXIA, "三/(十)")


def test_html_export_is_escaped_and_complete(escaped_view, tmp_path):
    view = escaped_view
    assert "<script>alert(1)</script><b>&amp;" in view.panes["005_escaped"].text.toPlainText()
    out = tmp_path / "compare.html"
    view.export_html(str(out))
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;&amp;amp;" in page
    text = _page_text(page)
    assert text.count("<script>alert(1)</script><b>&amp;") == 1  # nothing lost
    assert text.count("推进居住证制度覆盖全部未落户城镇常住人口") >= 4 and "推進居住證制度" in text
    assert page.count("<td>") == 5


def test_xlsx_export_rows_and_coloured_text(escaped_view, source, tmp_path):
    view = escaped_view
    out = tmp_path / "compare.xlsx"
    view.export_xlsx(str(out))
    sheet = load_workbook(out, rich_text=True).active
    assert sheet["A1"].value == "三门峡市 · 三/(十) 推进居住证制度覆盖全部未落户城镇常住人口"
    assert [c.value for c in sheet[2]] == ["文件", "条款", "标题", "说明", "相似度", "不同的数值", "文本"]
    rows = dict(zip((c.doc.key for c in view.columns()), sheet.iter_rows(min_row=3)))
    assert [row[0].value for row in rows.values()] == [column_place(c) for c in view.columns()]
    assert rows[SANMENXIA][3].value == "参照" and rows[SANMENXIA][4].value is None
    shixing = rows[SHIXING]
    assert shixing[1].value == "三/(八)"
    assert shixing[4].value == pytest.approx(view.column(SHIXING).score)
    assert "牵头：市公安局 → 县公安局" in shixing[5].value.split("\n")
    runs = [(block.font.strike, block.font.color.rgb, block.text) for block in shixing[6].value
            if not isinstance(block, str)]
    expected = expected_runs(source, ClauseRef(SANMENXIA, "三/(十)"), ClauseRef(SHIXING, "三/(八)"))
    colour = {"insert": "FF0F4A14", "delete": "FF7A1010", "replace": "FF5A4500"}
    assert runs == [(op == "delete", colour[op], text) for op, text in expected]
    cell_text = "".join(b if isinstance(b, str) else b.text for b in rows["005_escaped"][6].value)
    assert "<script>alert(1)</script><b>&amp;" in cell_text  # text stays text


def column_place(column) -> str:
    return f"{column.doc.meta.place}{column.doc.meta.level}"


def _page_text(page: str) -> str:
    parts: list[str] = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(page)
    return "".join(parts)


def test_open_compare_shows_a_window(qtbot, source):
    doc = source.document(SANMENXIA)
    view = open_compare(None, source, doc, next(c for c in doc.clauses if c.id == "三/(十)"))
    qtbot.addWidget(view)
    assert view.isWindow() and view.isVisible()
    assert view.windowTitle() == "条款对照：三门峡市 · 三/(十) 推进居住证制度覆盖全部未落户城镇常住人口"
    qtbot.waitUntil(lambda: len(view.panes) == 4, timeout=30_000)
    assert [view.reference_combo.itemData(i) for i in range(view.reference_combo.count())] == list(view.panes)


def test_compare_clause_at_from_the_main_window(qtbot, make_window):
    window = make_window()
    qtbot.waitUntil(lambda: window.comparing.alignment.ready, timeout=30_000)
    view = window.comparing.compare_clause_at(DANDONG, "三/(九)", reference_key=SHIXING)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.reference_key == SHIXING and len(view.panes) == 5, timeout=30_000)
    assert view.reference == ClauseRef(SHIXING, "三/(三)") and view in window.tool_windows
    assert window.comparing.compare_clause_at(DANDONG, "九/(九)") is None
    assert window.statusBar().currentMessage() == f"找不到条款 {DANDONG} 九/(九)"


def test_the_printed_family_holds_each_document_its_marked_clause_and_the_notes(qtbot, make_window, tmp_path):
    from policylens.app.annotating.annotation_session import AnnotationValues
    from policylens.app.common.printing import pdf_printer
    from policylens.core.anchoring import make_anchor
    from pdf_text import pdf_pages

    window = make_window()
    qtbot.waitUntil(lambda: window.comparing.alignment.ready, timeout=30_000)
    dandong = window.corpus_source.document(DANDONG)
    clause = next(c for c in dandong.clauses if c.id == RESIDENCE[DANDONG])
    window.annotations.add(make_anchor(dandong, clause.start, clause.start + 5), AnnotationValues("丹东的居住证条款"))
    view = window.comparing.compare_clause_at(SANMENXIA, RESIDENCE[SANMENXIA])
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: len(view.panes) == 4 and view.print_button.isEnabled(), timeout=30_000)
    assert view.print_report(pdf_printer(tmp_path / "family.pdf"))
    pages = pdf_pages(tmp_path / "family.pdf")
    text = "".join("".join(page.rstrip()[:-len(str(n))] for n, page in enumerate(pages, 1)).split())
    assert "4份文件：与参照相同1份，有改动3份，没有对应条款0份" in text
    columns, _heading = view._export_columns()
    at = 0
    for column in columns:  # each document's clause whole, in the order of the columns
        clause_text = "".join("".join(s.text for s in column.segments).split())
        assert text.count(clause_text) == 1
        assert at <= text.index(f"·{column.clause}", at) < text.index(clause_text)
        at = text.index(clause_text)
    assert text.count("批注：丹东的居住证条款") == 1
    assert text.index(RESIDENCE[DANDONG]) < text.index("批注：丹东的居住证条款")


def _room(button) -> int:
    """The width a push button's label has: its width less the margins and, with a menu, the arrow."""
    from PySide6.QtWidgets import QStyle, QStyleOptionButton

    option = QStyleOptionButton()
    button.initStyleOption(option)
    style = button.style()
    arrow = style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button) if button.menu() else 0
    return button.width() - 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, option, button) - arrow


@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("size", [(1366, 768), (1024, 700)])
def test_the_buttons_labels_read_whole_on_a_small_screen(qtbot, source, language, size):
    from policylens.app.shell import i18n

    i18n.install(QApplication.instance(), language)
    try:
        doc = source.document(SANMENXIA)
        view = CompareView(source, doc, next(c for c in doc.clauses if c.id == "三/(五)"))
        qtbot.addWidget(view)
        with qtbot.waitSignal(view.computed, timeout=30_000):
            view.resize(*size)
            view.show()
            qtbot.waitExposed(view)
        assert len(view.panes) == 5 and view.width() == size[0]
        buttons = [pane.correct_button for pane in view.panes.values()]
        buttons += [view.add_button, *view._output_buttons()]
        assert buttons[0].text() == ("更正" if language == "zh_CN" else "Correct")
        for button in buttons:
            assert button.fontMetrics().horizontalAdvance(button.text()) <= _room(button), button.text()
    finally:
        i18n.install(QApplication.instance(), "zh_CN")
