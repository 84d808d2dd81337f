"""The formats of a researcher's folder, read from real files of the development corpus.

tests/data/corpus and tests/data/formats hold the files, copied byte for byte (SOURCES.tsv).
"""
from __future__ import annotations

import email.charset
import os
import shutil
import zipfile
from email.mime.image import MIMEImage
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from io import BytesIO
from pathlib import Path

import pytest

from policylens.core import read_docx
from policylens.core.document import analyze_bytes, analyze_file
from policylens.core.errors import DecodeError, SourceError
from policylens.core.formats import read_bytes, read_source

DATA = Path(__file__).parent / "data"
CORPUS = DATA / "corpus"
FORMATS = DATA / "formats"


def _raw(doc, start: int, end: int) -> str:
    """The raw text behind a clean span."""
    return doc.source.text[doc.clean.offsets.to_raw(start):doc.clean.offsets.to_raw(end)]


# -- PDF ---------------------------------------------------------------------------------------

def test_pdf_page_numbers_are_noise_and_lines_join_into_paragraphs():
    doc = analyze_file(CORPUS / "39_东莞市积分制人才入户实施细则2015.pdf")
    assert doc.source.format == "pdf"
    assert doc.source.text.count("\f") == 15  # 16 pages
    numbers = [r.text for r in doc.clean.removed if r.reason == "page-number"]
    assert numbers[:3] == ["—2—", "—3—", "—4—"] and "—15—" in numbers
    assert not any(n in doc.text for n in numbers)
    # A paragraph broken at the right margin is whole again, without a space between characters.
    sentence = "为统一和规范全市人才积分制入户工作，加快人才入户办理，根据《东莞市人才入户管理办法》，制定本实施细则。"
    assert sentence + "\n" in doc.text
    start = doc.text.index(sentence)
    assert _raw(doc, start, start + len(sentence)).replace("\n", "") == sentence
    # Headings and short lines stay lines; a line ending in ；ends its paragraph.
    assert "\n一、申请对象\n（一）基本条件。申请入户我市，须同时符合以下五项条件：\n" in doc.text
    assert "2．无违反人口和计划生育法律、法规和有关政策的规定；\n超生的，" in doc.text


def test_pdf_running_footers_are_noise_with_their_reason():
    doc = analyze_file(FORMATS / "武汉卫计委-违规诊断的行政处罚.pdf")
    footers = [r.text for r in doc.clean.removed if r.reason == "running-footer"]
    site = "武汉市卫生和计划生育委员会 http://www.whwsjs.gov.cn/front/web/showDe..."
    assert footers == [site, "1 of 4 07/10/2016 11:29 AM", site, "2 of 4 07/10/2016 11:29 AM",
                       site, "3 of 4 07/10/2016 11:29 AM", site, "4 of 4 07/10/2016 11:29 AM"]
    assert "of 4" not in doc.text and "whwsjs" not in doc.text
    assert doc.text.startswith("行政职权办事指南表（基本信息表）（行政处罚类）\n")


def test_kangxi_radicals_of_a_pdf_text_layer_fold_one_for_one():
    # The text layer of page 1 of the PDF of the 精神卫生法 as PDFium gives it: ⼈⺠ for 人民.
    doc = analyze_file(FORMATS / "Mental-Health-Law-page1-text-layer.txt")
    assert "\u2f08\u2ea0" in doc.source.text  # ⼈⺠ in the raw text
    assert doc.text.startswith("中华人民共和国精神卫生法\n中华人民共和国主席令　第六十二号\n")
    at = doc.text.index("人民")
    assert _raw(doc, at, at + 2) == "\u2f08\u2ea0"  # offsets did not move
    assert "\u2f08" not in doc.text and "\u2ea0" not in doc.text


# The 20-page PDF's reading time (target 0.5 s) is measured by tests/benchmarks/bench_corpus_read.py.


def test_scanned_pdf_without_text_layer_says_so(tmp_path, monkeypatch):
    import pypdfium2 as pdfium

    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract: OCR is optional
    blank = pdfium.PdfDocument.new()
    blank.new_page(595, 842)
    blank.new_page(595, 842)
    out = BytesIO()
    blank.save(out)
    with pytest.raises(SourceError) as info:
        read_bytes(out.getvalue(), "scan.pdf")
    assert info.value.message.startswith("is a scanned PDF: its 2 pages are images without a text layer.")


def test_pdf_whose_text_layer_does_not_decode_is_refused_with_its_reason(tmp_path, monkeypatch):
    # A table exported by Numbers through Quartz: its fonts have no Unicode map, so PDFium gives
    # code points of Hebrew, Arabic, Canadian syllabics … for the Chinese it shows.
    monkeypatch.setenv("PATH", str(tmp_path))  # no tesseract: OCR is optional
    with pytest.raises(SourceError) as info:
        read_source(FORMATS / "27城市-入户政策比较.pdf")
    assert (info.value.code, info.value.params["share"]) == ("pdf.garbled", "70%")
    # The text layers of the other PDFs read as before.
    for path in [*FORMATS.glob("*.pdf"), *CORPUS.glob("*.pdf")]:
        if path.name != "27城市-入户政策比较.pdf" and "非本市户籍" not in path.name:  # that one is a scan
            assert read_source(path).encoding == "pdf text layer"


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("tesseract"), reason="Tesseract is not installed (OCR is optional)")
def test_scanned_pdf_is_read_by_ocr_when_tesseract_is_installed():
    source = read_source(FORMATS / "非本市户籍职工在东莞就读子女参加社会基本医疗保险有关问题的通知2016.pdf")
    assert (source.format, source.encoding) == ("pdf", "ocr (tesseract)")
    assert source.notes == ("read by OCR: 2 scanned pages; check the text against the scan",)
    assert source.text.count("\f") == 1
    assert "参加社会基本医疗保险" in source.text.replace("\n", "")


# -- Word 97-2003 ------------------------------------------------------------------------------

def test_word_97_doc_is_read_through_its_piece_table():
    doc = analyze_file(CORPUS / "37_湖南省规范性文件管理办法.doc")
    assert (doc.source.format, doc.source.encoding) == ("doc", "utf-16 (word 97)")
    assert "\u3000\u3000湖南省人民政府令第242号\n" in doc.source.text
    assert "第一章  总则\n" in doc.source.text
    assert "第一条 为了加强规范性文件管理，确保依法行政，维护社会主义法制统一和政令畅通" in doc.text


def test_wps_written_doc_is_read():
    doc = analyze_file(CORPUS / "34_长春市规范性文件监督办法.doc")  # written by WPS Office
    assert doc.source.text.startswith("长春市规范性文件监督办法\n\n分类名称 \t政府法制 \t公布机关 \t长春市人民政府")
    assert "第一条 为加强规范性文件的监督和管理，维护法制统一和政令畅通" in doc.text


def test_doc_table_rows_are_lines_of_cells():
    source = read_source(FORMATS / "惠州市异地务工人员积分指标及分值表.doc")
    lines = source.text.split("\n")
    assert "指标分类\t一级指标\t二级指标①\t三级指标\t指导分值\t方向\t说明" in lines
    # Rows end where the paragraph formatting says: cells merged into the row above stay empty.
    assert "\t\t\t大专\t60分\t正" in lines
    assert "\t社会贡献\t社会服务（近五年内）\t参加无偿献血\t每次2分，每年最高积2分，累积不超过10分。\t正" in lines
    assert "\t\t违法犯罪（近五年内）\t曾受过劳动教养\t扣50分\t负" in lines


def test_word_field_codes_are_dropped_and_their_results_kept():
    from policylens.core.read_doc import _drop_field_codes

    assert _drop_field_codes("见\x13 HYPERLINK \"http://x\" \x14附件一\x15。") == "见附件一。"
    assert _drop_field_codes("\x13 PAGE \x15页") == "页"


@pytest.mark.slow
@pytest.mark.skipif(not shutil.which("soffice"), reason="LibreOffice is not installed (it is optional)")
def test_rtf_saved_as_doc_is_read_through_libreoffice(tmp_path):
    import subprocess

    profile = (tmp_path / "profile").as_uri()
    subprocess.run(["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "rtf",
                    "--outdir", str(tmp_path), str(CORPUS / "37_湖南省规范性文件管理办法.doc")],
                   capture_output=True, timeout=120, check=True)
    rtf = (tmp_path / "37_湖南省规范性文件管理办法.rtf").read_bytes()
    assert rtf.startswith(b"{\\rtf")
    source = read_bytes(rtf, "湖南省规范性文件管理办法.doc")  # portals serve RTF under .doc names
    assert (source.format, source.encoding) == ("rtf", "converted by LibreOffice")
    assert "\u3000\u3000湖南省人民政府令第242号\n" in source.text
    assert "第一条 为了加强规范性文件管理，确保依法行政" in source.text


def test_rtf_without_libreoffice_is_refused_with_what_to_do(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(SourceError) as info:
        read_bytes(b"{\\rtf1\\ansi " + "第一条".encode("gbk") + b"}", "x.doc")
    assert info.value.message == ("is an RTF document; PolicyLens reads RTF through LibreOffice, which is "
                                  "not installed: install it, or save the file as .docx")


# -- Markdown ----------------------------------------------------------------------------------

def test_markdown_saved_as_txt_loses_its_markup_with_offsets_kept():
    doc = analyze_file(CORPUS / "28_深圳市关于加强和完善人口管理工作的若干意见及五个配套文件的通知.txt")
    assert doc.source.format == "markdown"
    reasons = [(r.reason, r.text) for r in doc.clean.removed if r.reason.startswith("markdown")]
    assert reasons[:3] == [("markdown-emphasis", "**"), ("markdown-emphasis", "**"),
                           ("markdown-heading", "##\u3000")]
    assert doc.text.startswith("深圳市关于加强和完善人口管理工作的若干意见及五个配套文件的通知\n")
    assert "\n深圳市关于加强和完善人口管理工作的若干意见\n" in doc.text  # the ## heading, a line
    assert "**" not in doc.text and "##" not in doc.text
    at = doc.text.index("深圳市户籍迁入若干规定（试行）\n")
    assert doc.source.text[doc.clean.offsets.to_raw(at) - 4:doc.clean.offsets.to_raw(at)] == "###\u3000"


def test_markdown_links_front_matter_and_html_islands_go():
    text = ("---\ntitle: 关于印发实施方案的通知\nsource: crawler\n---\n# 关于印发实施方案的通知\n"
            "详见[附件一](http://example.gov.cn/a.doc)和*重点任务*。\n<div align=\"center\">\n"
            "![图](img.png)一、总体要求\n报送《_____省_____年情况表》。\n")
    doc = analyze_bytes(text.encode("utf-8"), "plan.md")
    # The blanks of a form are not emphasis.
    assert doc.text == "关于印发实施方案的通知\n详见附件一和重点任务。\n一、总体要求\n报送《_____省_____年情况表》。\n"
    assert {r.reason for r in doc.clean.removed} == {"front-matter", "markdown-heading", "markdown-link",
                                                     "markdown-emphasis", "html-island", "markdown-image"}


# -- saved web pages ---------------------------------------------------------------------------

def _mht(html: str, charset: str) -> bytes:
    archive = MIMEMultipart("related", type="text/html")
    archive["Subject"] = "saved page"
    email.charset.add_charset(charset, email.charset.QP, email.charset.QP)
    archive.attach(MIMEText(html.replace("utf-8", charset), "html", charset))
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "png"))
    return archive.as_bytes()


def test_mht_is_read_like_the_page_it_holds():
    page = CORPUS / "11_广东省职工生育保险规定2014.html"
    html = page.read_text("utf-8")
    data = _mht(html, "gb18030")
    assert b"Content-Transfer-Encoding: quoted-printable" in data
    source = read_bytes(data, "生育保险规定.mht")
    assert source.format == "mht"
    assert source.encoding == "gb18030 (declared, quoted-printable)"
    assert source.text == read_source(page).text


def test_mime_archive_without_a_page_is_refused():
    archive = MIMEMultipart("related")
    archive.attach(MIMEImage(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "png"))
    with pytest.raises(SourceError, match="holds no page, only image/png"):
        read_bytes(archive.as_bytes(), "picture.mht")


# -- HTML --------------------------------------------------------------------------------------

def test_rowspan_and_colspan_tables_are_rebuilt_into_rows():
    page = ("<html><body><p>附件</p><table>"
            "<tr><th>序号</th><th>任务</th><th colspan='2'>责任单位</th></tr>"
            "<tr><td rowspan='2'>1</td><td>建设公租房</td><td>市住建局</td><td>各区政府</td></tr>"
            "<tr><td>分配公租房</td><td>市住建局</td><td>市民政局</td></tr></table></body></html>")
    lines = read_bytes(page.encode("utf-8"), "plan.html").text.split("\n")
    assert lines == ["附件", "序号\t任务\t责任单位", "1\t建设公租房\t市住建局\t各区政府",
                     "1\t分配公租房\t市住建局\t市民政局"]


def test_bold_numbered_heading_is_a_line_of_its_own():
    page = ("<html><body><p><strong>一、总体要求</strong>坚持以人为本。</p>"
            "<p><b>第一条</b>　为了规范管理，制定本办法。</p></body></html>")
    assert read_bytes(page.encode("utf-8"), "p.html").text == \
        "一、总体要求\n坚持以人为本。\n第一条　为了规范管理，制定本办法。"


def test_deeply_nested_page_is_read_whole():
    for depth in (20_000, 100_000):
        page = "<html><body>" + "<div><span>" * depth + "第一条 正文" + "</span></div>" * depth
        # Finishing at all is the point (a recursive reader overflows its stack); the time is a benchmark's.
        assert read_bytes(page.encode("utf-8"), "deep.html").text == "第一条 正文"


def test_asp_net_page_wrapped_in_a_form_keeps_its_text():
    page = ("<html><body><form id='form1'><div class='content'><p>第一条 为了规范居住证管理。</p>"
            "</div></form></body></html>")
    assert read_bytes(page.encode("utf-8"), "x.html").text == "第一条 为了规范居住证管理。"


# -- encodings ---------------------------------------------------------------------------------

def test_gbk_page_with_a_stray_byte_is_decoded_and_the_byte_marked_damaged():
    page = CORPUS / "04_2015年中山市西区公办初中招生通告.html"
    data = page.read_bytes()
    at = data.index("招生对象".encode("gb18030"))
    doc = analyze_bytes(data[:at] + b"\xff" + data[at:], page.name)
    assert doc.source.encoding == "gb18030"
    assert doc.source.notes == ("1 byte did not fit gb18030 (marked as damaged in the text)",)
    assert len(doc.clean.damaged) == 1
    start, end = doc.clean.damaged[0]
    assert doc.text[start - 2:end + 4] == "一、\ufffd招生对象"


def test_utf8_page_with_a_gbk_attribute_is_read_whole():
    doc = analyze_file(FORMATS / "2017深圳小升初入学攻略.html")  # title="关闭" in GBK, in UTF-8 page
    assert doc.source.encoding == "utf-8"
    assert doc.source.notes == ("2 bytes did not fit utf-8 (all in markup, the text is whole)",)
    assert doc.clean.damaged == []
    assert "\ufffd" not in doc.text


def test_text_of_no_dominant_encoding_is_still_refused():
    noise = bytes(range(128, 256)) * 40
    with pytest.raises(DecodeError, match="no encoding fits all but a few bytes"):
        read_bytes(noise, "noise.txt")


# -- files that are not documents --------------------------------------------------------------

def test_mac_resource_fork_is_refused_as_such():
    with pytest.raises(SourceError) as info:
        read_source(FORMATS / "._电信和互联网用户个人信息保护规定.txt")
    assert info.value.message == ("is a Mac resource fork (a '._' file that macOS leaves beside a copied "
                                  "file): Finder metadata, not a document")


def test_image_only_page_is_refused_as_such():
    with pytest.raises(SourceError) as info:
        read_source(FORMATS / "深圳市居住登记和居住证办理规定2016-html.html")
    assert info.value.message == ("is an image-only page: it shows 12 images (a scan or a picture of the "
                                  "document) and no text")


def test_empty_frame_page_is_refused_as_such():
    page = ("<html><head><title>信息公开</title></head><frameset rows='80,*'>"
            "<frame src='top.htm'><frame src='content.htm'></frameset></html>")
    with pytest.raises(SourceError) as info:
        read_bytes(page.encode("utf-8"), "index.html")
    assert info.value.message == ("is an empty frame page: it only frames other pages (top.htm, content.htm) "
                                  "and holds no text of its own; import the framed pages instead")


def test_viewer_page_saved_in_place_of_a_pdf_is_refused():
    page = ("<!DOCTYPE html><html><head><title>mirror/2015东莞民办学校招生工作.pdf at master</title></head>"
            "<body><p>Sorry, we cannot display this file.</p></body></html>")
    with pytest.raises(SourceError, match=r"is a web page saved in place of the \.pdf file"):
        read_bytes(page.encode("utf-8"), "2015东莞民办学校招生工作.pdf")


def test_viewer_page_saved_in_place_of_a_text_document_is_refused():
    # The corpus holds a code host's page of the file, sign-in chrome and no document, as .txt.
    with pytest.raises(SourceError, match=r"is a web page saved in place of the \.txt file .*'mirror-CN/深圳市"):
        read_source(FORMATS / "深圳市义务教育就近入学管理办法.txt")


def test_a_short_chinese_page_is_still_a_document():
    page = ("<html><head><title>停水通知.txt</title></head><body><p>因管道检修，明日本区停水一天，"
            "请居民提前做好储水准备。</p></body></html>")
    assert read_bytes(page.encode("utf-8"), "停水通知.html").text.startswith("因管道检修")


# -- bounded work ------------------------------------------------------------------------------

@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_is_not_read(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(SourceError, match="is a FIFO"):
        read_source(fifo)  # returns at once: a read would block for ever


def test_device_is_not_read():
    with pytest.raises(SourceError, match="is a device"):
        read_source("/dev/zero")


def test_file_over_the_size_limit_is_refused(tmp_path):
    from policylens.core.formats import MAX_BYTES

    big = tmp_path / "big.txt"
    with open(big, "wb") as stream:
        stream.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(SourceError, match="PolicyLens reads documents of up to 64 MB"):
        read_source(big)


def test_docx_zip_bomb_is_refused(monkeypatch):
    monkeypatch.setattr(read_docx, "MAX_XML_BYTES", 1024 * 1024)
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (4 * 1024 * 1024))
    assert len(out.getvalue()) < 20_000
    with pytest.raises(SourceError, match="refused as a zip bomb"):
        read_bytes(out.getvalue(), "bomb.docx")


def test_mime_tail_left_inside_a_text_file_is_set_aside_whole():
    seed = (Path(__file__).parents[1] / "seeds").glob("002_*.txt")
    text = next(seed).read_text("utf-8")
    tail = ("\n------=_NextPart_01D1A2B3.4C5D6E70\nContent-Location: file:///C:/image001.png\n"
            "Content-Transfer-Encoding: base64\nContent-Type: image/png\n\n"
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk\nAAAADUlEQVR42mNk==\n"
            "------=_NextPart_01D1A2B3.4C5D6E70--\n")
    plain = analyze_bytes(text.encode("utf-8"), "plan.txt")
    doc = analyze_bytes((text + tail).encode("utf-8"), "plan.txt")
    assert doc.text.rstrip("\n") == plain.text.rstrip("\n")
    assert doc.clean.removed[-1].reason == "mime-tail"
    assert doc.clean.removed[-1].text == tail.strip()
    assert [c.title for c in doc.clauses] == [c.title for c in plain.clauses]


def test_wps_file_of_the_word_97_format_is_read():
    data = (CORPUS / "34_长春市规范性文件监督办法.doc").read_bytes()
    source = read_bytes(data, "长春市规范性文件监督办法.wps")
    assert source.format == "doc"
    assert source.text.startswith("长春市规范性文件监督办法\n")
