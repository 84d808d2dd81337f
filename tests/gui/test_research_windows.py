"""Research ▸ Coded segments and Keyword in context, through the real window: each passage once,
filters, sorting, jumping to the reader, and the exports (DOCX, HTML, XLSX) and PDF read back."""
import pytest
from docx import Document as WordDocument
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from policylens.app.annotating.annotation_session import AnnotationValues
from policylens.core.anchoring import make_anchor
from policylens.core.query import kwic, parse, run, sort_rows
from pdf_text import pdf_pages

pytestmark = pytest.mark.gui

DANDONG_RENT = "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求"  # 丹东 二/(五)
DANDONG_HOUSING = "将进城落户农民完全纳入城镇住房保障体系"  # 丹东 三/(十)
SANMENXIA_TARGET = "户籍人口城镇化率年均提高2个百分点以上"  # 三门峡 一
XINING_RENT = "有合法穩定住所(含租賃)的允許本人、配偶及其未婚子女落戶"  # 西宁 二/(四)/1, traditional


@pytest.fixture
def window(make_window):
    window = make_window()
    session = window.annotations
    docs = {d.meta.place: d for d in window.documents}

    def add(place, text, values, coder):
        doc = window.corpus_source.document(next(d.key for d in docs.values() if d.meta.place == place))
        start = doc.text.index(text)
        session.coder = coder
        return session.add(make_anchor(doc, start, start + len(text)), values)

    # 丹东's rent rule carries both 落户条件 and its sub-code: one passage, listed once.
    add("丹东", DANDONG_RENT, AnnotationValues("取消连续承租时限", code_paths=("落户条件", "落户条件/租赁住所")), "甲")
    add("丹东", DANDONG_HOUSING, AnnotationValues(code_paths=("配套政策/住房保障",)), "乙")
    add("三门峡", SANMENXIA_TARGET, AnnotationValues("**2个百分点**", "markdown", code_paths=("落户条件",)), "乙")
    add("西宁", XINING_RENT, AnnotationValues(code_paths=("落户条件/租赁住所",)), "甲")
    return window


def _segments(window, qtbot):
    window.actions_by_name["segments"].trigger()
    segments = window.research.segments_window
    qtbot.waitExposed(segments)
    return segments


def test_a_code_with_its_subcodes_lists_each_passage_once(qtbot, window, qtmodeltester):
    segments = _segments(window, qtbot)
    assert segments.check_code("落户条件")
    qtmodeltester.check(segments.model)
    quotes = [s.quote for s in segments.shown_segments()]
    assert sorted(quotes) == sorted([DANDONG_RENT, SANMENXIA_TARGET, XINING_RENT])
    rent = next(s for s in segments.shown_segments() if s.quote == DANDONG_RENT)
    assert rent.codes == ("落户条件", "落户条件/租赁住所")
    segments.subcodes_box.setChecked(False)
    assert sorted(s.quote for s in segments.shown_segments()) == sorted([DANDONG_RENT, SANMENXIA_TARGET])
    segments.check_code("配套政策/住房保障")  # a second code: its passage joins the list
    assert len(segments.shown_segments()) == 3 and segments.count_label.text() == "3 个片段"


def test_segments_filter_by_coder_and_document_and_open_in_the_reader(qtbot, window):
    segments = _segments(window, qtbot)
    segments.subcodes_box.setChecked(True)
    segments.check_code("落户条件")
    segments.coder_combo.setCurrentIndex(segments.coder_combo.findData("甲"))
    assert sorted(s.quote for s in segments.shown_segments()) == sorted([DANDONG_RENT, XINING_RENT])
    xining = next(s.doc_key for s in segments.shown_segments() if s.quote == XINING_RENT)
    segments.document_combo.setCurrentIndex(segments.document_combo.findData(xining))
    assert [s.quote for s in segments.shown_segments()] == [XINING_RENT]
    index = segments.model.index(0, 3)
    segments.table.setCurrentIndex(index)
    qtbot.keyClick(segments.table, Qt.Key.Key_Return)
    assert window.reader.current.key == xining
    cursor = window.reader.view.textCursor()
    assert cursor.selectedText() == XINING_RENT


def test_segments_sort_by_a_column_header(qtbot, window):
    segments = _segments(window, qtbot)
    segments.check_code("落户条件")
    segments.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
    quotes = [s.quote for s in segments.shown_segments()]
    assert quotes == sorted(quotes, reverse=True)


def test_segments_show_and_sort_by_an_attribute_and_the_sheet_carries_them_all(qtbot, window, tmp_path):
    segments = _segments(window, qtbot)
    segments.check_code("落户条件")
    assert segments.model.headerData(8, Qt.Orientation.Horizontal) == "省份"  # the first choice
    combo = segments.attribute_combo
    combo.setCurrentIndex(combo.findData("year"))
    header = segments.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 8))
    shown = segments.shown_segments()
    assert [s.quote for s in shown] == [XINING_RENT, SANMENXIA_TARGET, DANDONG_RENT]  # 2017, 2019, 丹东 none
    assert [segments.model.index(n, 8).data() for n in range(3)] == ["2017", "2019", ""]
    segments.tools.export.ask_path = lambda fmt: str(tmp_path / f"segments.{fmt}")
    qtbot.mouseClick(segments.tools.export.buttons["xlsx"], Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "segments.xlsx").active
    assert [c.value for c in sheet[1]][8:] == ["年份", "地区", "省份", "层级", "日期", "发文机关", "文号", "文种"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(row[3], row[8], row[9], row[10]) for row in rows] == [
        (XINING_RENT, "2017", "西宁", "青海"), (SANMENXIA_TARGET, "2019", "三门峡", "河南"), (DANDONG_RENT, None, "丹东", "辽宁")]
    word_header = [cell.text for cell in _docx_header(segments, tmp_path, qtbot)]
    assert word_header[-1] == "年份"  # a page carries the column shown alone


def _docx_header(segments, tmp_path, qtbot):
    qtbot.mouseClick(segments.tools.export.buttons["docx"], Qt.MouseButton.LeftButton)
    return WordDocument(str(tmp_path / "segments.docx")).tables[0].rows[0].cells


def test_segment_report_exports_and_prints_each_passage_once(qtbot, window, tmp_path):
    segments = _segments(window, qtbot)
    segments.check_code("落户条件")
    tools = segments.tools
    for fmt in ("docx", "html", "xlsx"):
        tools.export.ask_path = lambda fmt, tmp_path=tmp_path: str(tmp_path / f"segments.{fmt}")
        qtbot.mouseClick(tools.export.buttons[fmt], Qt.MouseButton.LeftButton)
        assert (tmp_path / f"segments.{fmt}").exists(), tools.export.message.text()
    word = WordDocument(str(tmp_path / "segments.docx"))
    table_text = [[cell.text for cell in row.cells] for row in word.tables[0].rows]
    assert table_text[0][3] == "引文" and len(table_text) == 4
    assert sorted(row[3] for row in table_text[1:]) == sorted([DANDONG_RENT, SANMENXIA_TARGET, XINING_RENT])
    html = (tmp_path / "segments.html").read_text("utf-8")
    assert all(html.count(quote) == 1 for quote in (DANDONG_RENT, SANMENXIA_TARGET, XINING_RENT))
    sheet = load_workbook(tmp_path / "segments.xlsx").active
    assert [c.value for c in sheet[1]][3] == "引文" and sheet.max_row == 4
    assert tools.print_pdf(tmp_path / "segments.pdf")
    pages = pdf_pages(tmp_path / "segments.pdf")
    text = "".join(pages).replace("\r", "").replace("\n", "")
    assert len(pages) >= 1 and "编码片段" in text
    for quote in (DANDONG_RENT, SANMENXIA_TARGET):
        assert text.count(quote[:12]) == 1


def _kwic(window, qtbot, query):
    window.actions_by_name["kwic"].trigger()
    view = window.research.kwic_window
    qtbot.waitExposed(view)
    view.query_edit.setText(query)
    qtbot.mouseClick(view.run_button, Qt.MouseButton.LeftButton)
    return view


def test_kwic_sorts_by_either_side_and_opens_the_hit(qtbot, window, qtmodeltester):
    view = _kwic(window, qtbot, "居住证 NEAR/5 户籍")
    qtmodeltester.check(view.model)
    docs = window.documents
    rows = kwic(run(parse("居住证 NEAR/5 户籍"), docs), docs)
    assert view.shown_rows() == rows and view.count_label.text().startswith(f"{len(rows)} 处")
    header = view.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=header.rect().topLeft() + _section_centre(header, 2))
    assert [r.left[::-1] for r in view.shown_rows()] == [r.left[::-1] for r in sort_rows(rows, "left")]
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert view.shown_rows() == sort_rows(rows, "right")
    view.table.setCurrentIndex(view.model.index(0, 3))
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    first = view.shown_rows()[0]
    assert window.reader.current.key == first.doc_key
    assert window.reader.view.textCursor().selectedText() == first.keyword


def _section_centre(header, section):
    from PySide6.QtCore import QPoint

    return QPoint(header.sectionViewportPosition(section) + header.sectionSize(section) // 2, header.height() // 2)


def test_kwic_sorts_by_an_attribute_chosen_for_its_last_column(qtbot, window, tmp_path):
    from policylens.core.attributes import Definition
    from policylens.store.user_attributes import UserAttributes

    keys = sorted(d.key for d in window.documents)  # 三门峡 昭通 丹东 西宁 始兴
    attributes = UserAttributes(window.data_dir)
    attributes.define(Definition("人口", "number"))
    for key, value in zip(keys, ["227", "9", "240", "", "30"]):  # 西宁 without a value
        attributes.set(key, "人口", value)
    attributes.set(keys[2], "province", "吉林")  # a correction: it is what the column shows and sorts by
    attributes.save()
    view = _kwic(window, qtbot, "居住证")  # in every seed
    combo = view.attribute_combo
    assert [combo.itemData(i) for i in range(combo.count())][-1] == "人口"  # one's own, offered after the extracted
    combo.setCurrentIndex(combo.findData("人口"))
    header = view.table.horizontalHeader()
    assert view.model.headerData(5, Qt.Orientation.Horizontal) == "人口"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 5))
    shown = list(dict.fromkeys(r.doc_key for r in view.shown_rows()))
    assert [k[:3] for k in shown] == ["001", "004", "000", "002", "003"]  # 9 < 30 < 227 < 240, no value last
    assert view.model.index(0, 5).data() == "9"
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=_section_centre(header, 5))
    assert [k[:3] for k in dict.fromkeys(r.doc_key for r in view.shown_rows())] == ["003", "002", "000", "004", "001"]
    combo.setCurrentIndex(combo.findData("province"))  # the rows follow the new column at once
    provinces = [view.model.index(n, 5).data() for n in range(view.model.rowCount())]
    assert "吉林" in provinces and "辽宁" not in provinces
    assert provinces == sorted(provinces, reverse=True)
    view.tools.export.ask_path = lambda fmt: str(tmp_path / f"kwic.{fmt}")
    qtbot.mouseClick(view.tools.export.buttons["xlsx"], Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "kwic.xlsx").active
    header = [c.value for c in sheet[1]]
    assert header[5] == "省份" and header[6:] == ["地区", "层级", "年份", "日期", "发文机关", "文号", "文种", "人口"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [row[5] for row in rows] == provinces  # the column shown, then every other attribute
    dandong = next(row for row in rows if row[0].startswith("丹东"))
    assert (dandong[5], dandong[6], dandong[-1]) == ("吉林", "丹东", "240")


def test_kwic_says_a_malformed_query_and_exports_what_is_shown(qtbot, window, tmp_path):
    view = _kwic(window, qtbot, "户籍 NEAR/5")
    assert view.error_label.isVisible() and "位置" in view.error_label.text()
    assert view.shown_rows() == [] and not view.tools.print_button.isEnabled()
    view.query_edit.setText("落户 OR 居住证")
    qtbot.keyClick(view.query_edit, Qt.Key.Key_Return)
    assert not view.error_label.isVisible()
    view.table.sortByColumn(3, Qt.SortOrder.AscendingOrder)
    view.tools.export.ask_path = lambda fmt: str(tmp_path / f"kwic.{fmt}")
    qtbot.mouseClick(view.tools.export.buttons["xlsx"], Qt.MouseButton.LeftButton)
    sheet = load_workbook(tmp_path / "kwic.xlsx").active
    keywords = [row[3] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert keywords == [r.keyword for r in view.shown_rows()] and len(keywords) == len(view.shown_rows()) > 10
    assert view.tools.print_pdf(tmp_path / "kwic.pdf")
    pages = pdf_pages(tmp_path / "kwic.pdf")
    assert len(pages) > 1 and "落户 OR 居住证" in pages[0]  # a long concordance runs on over pages


def test_kwic_lists_the_first_hits_up_to_its_limit_and_says_so(qtbot, window):
    view = _kwic(window, qtbot, "户籍")
    everything = view.shown_rows()
    view.LIMIT = 5
    qtbot.keyClick(view.query_edit, Qt.Key.Key_Return)
    assert view.shown_rows() == everything[:5] and len(everything) > 5
    assert view.count_label.text().endswith("（仅列出前 5 处）")
