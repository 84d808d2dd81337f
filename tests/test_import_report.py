"""The documents of an import that need a look, each with its reasons, on real files."""
from pathlib import Path

from policylens.core.document import analyze_bytes, analyze_file
from policylens.core.import_report import look_reasons, needs_look, report_lines, summarize
from policylens.store.corpus import ImportResult

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "corpus"


def test_a_regulation_with_title_place_and_dates_reads_well():
    assert look_reasons(analyze_file(CORPUS / "59_武汉市行政规范性文件管理规定.doc")) == ()


def test_a_hospital_notice_has_no_title_place_or_date():
    doc = analyze_file(CORPUS / "27_武汉武东医院住院须知.txt")
    assert look_reasons(doc) == ("no title", "no place", "no date")


def test_a_stray_byte_is_a_damaged_span_to_look_at():
    page = CORPUS / "04_2015年中山市西区公办初中招生通告.html"
    data = page.read_bytes()
    at = data.index("招生对象".encode("gb18030"))
    assert "damaged spans" in look_reasons(analyze_bytes(data[:at] + b"\xff" + data[at:], page.name))


def test_a_text_without_numbered_parts_has_no_structure():
    text = "关于暂停办理业务的公告\n因系统升级，本中心暂停办理业务。\n".encode("utf-8")
    assert "no structure" in look_reasons(analyze_bytes(text, "公告.txt"))


def test_the_report_lists_each_document_with_its_reasons():
    results = [ImportResult("a/27.txt", "imported", "27", look=("no title", "no place")),
               ImportResult("a/59.doc", "imported", "59"),
               ImportResult("a/x.pdf", "failed", message="is a scanned PDF: 4 pages"),
               ImportResult("a/04.html", "unchanged", "04", look=("damaged spans",))]
    assert needs_look(results) == [{"path": "a/27.txt", "key": "27", "reasons": ["no title", "no place"]},
                                   {"path": "a/04.html", "key": "04", "reasons": ["damaged spans"]}]
    report = summarize(results)
    assert report["needs_look"] == needs_look(results)
    assert report_lines(report)[-3:] == ["need a look 2: no title 1, no place 1, damaged spans 1",
                                         "look: 27.txt: no title, no place", "look: 04.html: damaged spans"]
