"""Hostile and broken input: every file either analyses sanely or is refused with an error that
names the file and says what is wrong. Never a traceback, never garbage text."""
from __future__ import annotations

import html
import io
import random
import struct
import zipfile
import zlib

import pytest

from policylens.core.document import analyze_bytes, analyze_file
from policylens.core.errors import DecodeError, SourceError, UnsupportedFormat
from policylens.core.formats import read_bytes


def assert_partition(doc):
    text = doc.text
    clauses = doc.clauses
    assert clauses, "a document always has at least one clause"
    assert clauses[0].start == 0
    assert clauses[-1].end == len(text)
    for a, b in zip(clauses, clauses[1:]):
        assert a.end == b.start
    assert "".join(text[c.start:c.end] for c in clauses) == text


# -- empty and binary --------------------------------------------------------------------------

def test_empty_file_is_refused_as_empty(tmp_path):
    path = tmp_path / "空文件.txt"
    path.write_bytes(b"")
    with pytest.raises(DecodeError) as info:
        analyze_file(path)
    assert "empty" in str(info.value).lower()
    assert "空文件.txt" in str(info.value)
    with pytest.raises(DecodeError, match="empty"):
        analyze_bytes(b"", "x.txt")


def test_png_header_and_nuls_is_refused_as_binary():
    data = b"\x89PNG\r\n\x1a\n" + b"\x00" * 512
    with pytest.raises(DecodeError) as info:
        analyze_bytes(data, "picture.txt")
    message = str(info.value)
    assert "picture.txt" in message
    assert "binary" in message.lower()


def _real_png(width=32, height=32, seed=7) -> bytes:
    rng = random.Random(seed)
    rows = b"".join(b"\x00" + bytes(rng.randrange(256) for _ in range(width * 3))
                    for _ in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (struct.pack(">I", len(body)) + kind + body
                + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


def test_real_png_renamed_to_txt_is_refused_clearly():
    with pytest.raises(DecodeError) as info:
        analyze_bytes(_real_png(), "scan.txt")
    message = str(info.value)
    assert "scan.txt" in message
    assert "binary" in message.lower() or "cannot tell" in message.lower()


# -- a 20 MB single line -----------------------------------------------------------------------

@pytest.mark.slow
def test_twenty_megabyte_single_line_analyses_sanely(seed):
    lines = seed("002").read_text("utf-8").split("\n")
    sentence = next(l.strip() for l in lines if l.strip().startswith("为贯彻落实"))
    assert sentence.endswith("。")
    unit = sentence.encode("utf-8")
    data = unit * (20 * 1024 * 1024 // len(unit) + 1)
    assert len(data) >= 20 * 1024 * 1024
    assert b"\n" not in data

    doc = analyze_bytes(data, "huge.txt")  # how long it takes is for a benchmark, never asserted here
    same_text = doc.text.rstrip("\n") == data.decode("utf-8")
    assert same_text, "the clean text of a plain line must be the line itself"
    assert 1 <= len(doc.clauses) <= 3
    assert doc.clauses[0].kind == "preamble"
    assert_partition(doc)
    # A sane document: its title is a title, not the whole 20 MB line.
    title_lengths = [len(doc.meta.title)] + [len(c.title) for c in doc.clauses]
    assert max(title_lengths) <= 500, f"title lengths (document, clauses…): {title_lengths}"


# -- HTML --------------------------------------------------------------------------------------

SCRIPT_HEAVY_PAGE = """<!DOCTYPE html>
<HTML><head><meta charset="utf-8"><title>标题栏文字</title>
<style>body { font: 12px 宋体; } p::after { content: "一、样式里的标题"; }</style>
<script>var html = "<p>一、脚本中的段落</p>"; function f(){ return "</div>"; }</script>
<script type="text/template"><div>(一)模板内容</div></script>
</head><body>
<SCRIPT LANGUAGE="javascript">document.write("二、大写脚本");</SCRIPT>
<style>.a{color:red} /* 三、样式注释 */</style>
<!-- 一、注释里的内容 -->
<p>关于做好落户工作的通知</p>
<p>一、总体要求<script>track("三、内联脚本")</script></p>
<p>（一）基本原则。坚持<b>以人为本</b>，统筹推进。</p>
<script>
  window.dataLayer = [{"四、": "数据层"}];
  if (a < b && c > d) { console.log("<p>五、比较</p>"); }
</script>
<style>
  #x { display: none }
</style>
</body></HTML>"""


def test_html_page_full_of_scripts_keeps_only_visible_text():
    source = read_bytes(SCRIPT_HEAVY_PAGE.encode("utf-8"), "page.html")
    assert source.format == "html"
    assert source.text == "关于做好落户工作的通知\n一、总体要求\n（一）基本原则。坚持以人为本，统筹推进。"
    for fragment in ("脚本", "样式", "模板", "注释", "数据层", "function", "window", "var ",
                     "color", "display", "console", "比较"):
        assert fragment not in source.text, fragment

    doc = analyze_bytes(SCRIPT_HEAVY_PAGE.encode("utf-8"), "page.html")
    assert [(c.kind, c.level, c.number, c.title) for c in doc.clauses] == [
        ("preamble", 0, None, "关于做好落户工作的通知"),
        ("heading", 1, 1, "总体要求"),
        ("heading", 2, 1, "基本原则"),
    ]
    assert_partition(doc)


def test_html_page_with_only_scripts_is_refused():
    page = ("<html><head><script>var a = '一、脚本';</script><style>p{}</style></head>"
            "<body><script>document.write('二、更多脚本')</script>\n  \n</body></html>")
    with pytest.raises(SourceError) as info:
        analyze_bytes(page.encode("utf-8"), "scripts.html")
    message = str(info.value)
    assert "scripts.html" in message
    assert "visible text" in message or "no text" in message


def _seed_as_html(text: str) -> str:
    body = "\n".join(f"<p>{html.escape(line)}</p>" for line in text.split("\n"))
    return f"""<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>某市人民政府门户网站</title>
<script src="/js/jquery.js"></script>
<script>var _hmt = _hmt || []; document.write("一、统计脚本");</script>
</head>
<body>
<nav><a href="/">网站首页</a> | <a href="/zwgk">政务公开</a> | <a href="/x">一、导航链接</a></nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zc">政策文件</a></div>
<div class="content">
{body}
</div>
<script>window.onload = function () {{ share("二、分享脚本"); }};</script>
</body></html>"""


def test_html_version_of_seed_gives_same_clause_titles(seed_path, seed_docs):
    txt_doc = seed_docs[seed_path.name]
    page = _seed_as_html(seed_path.read_text("utf-8"))
    doc = analyze_bytes(page.encode("utf-8"), seed_path.stem + ".html")
    assert doc.source.format == "html"
    for fragment in ("网站首页", "政务公开", "导航链接", "政策文件", "统计脚本", "分享脚本", "门户网站"):
        assert fragment not in doc.source.text, fragment
    assert [c.title for c in doc.clauses] == [c.title for c in txt_doc.clauses]
    assert [(c.kind, c.level, c.number) for c in doc.clauses] == \
        [(c.kind, c.level, c.number) for c in txt_doc.clauses]
    assert_partition(doc)


def test_html_declared_gbk_charset_is_honoured(seed):
    path = seed("002")
    page = _seed_as_html(path.read_text("utf-8")).replace("charset=utf-8", "charset=gbk")
    doc = analyze_bytes(page.encode("gb18030"), "002.html")
    assert doc.source.encoding.startswith("gb18030")
    assert "丹东市推动非户籍人口在城市落户实施方案" in doc.text


# -- text without numbering --------------------------------------------------------------------

def test_document_without_numbering_is_one_preamble(seed):
    lines = [l.strip() for l in seed("002").read_text("utf-8").split("\n")]
    # Real unnumbered paragraphs of a seed: its title and opening paragraph, plus a plain one.
    text = "\n".join([lines[0], lines[1], "请各地结合实际，认真抓好贯彻落实。"])
    doc = analyze_bytes(text.encode("utf-8"), "plain.txt")
    assert len(doc.clauses) == 1
    clause = doc.clauses[0]
    assert clause.kind == "preamble"
    assert clause.level == 0
    assert (clause.start, clause.end) == (0, len(doc.text))
    assert doc.text.splitlines() == text.split("\n")


# -- truncated UTF-8 ---------------------------------------------------------------------------

@pytest.mark.parametrize("keep", [1, 2])
def test_seed_cut_inside_a_multibyte_character_says_truncated(seed_path, keep):
    data = seed_path.read_bytes()
    lead = len(data) // 2
    while data[lead] < 0xE0:  # find the lead byte of a three-byte (Han) character
        lead += 1
    cut = data[:lead + keep]
    with pytest.raises(DecodeError) as info:
        analyze_bytes(cut, seed_path.name)
    message = str(info.value)
    assert "truncated" in message.lower()
    assert seed_path.name in message


# -- formats -----------------------------------------------------------------------------------

@pytest.mark.parametrize("name", ["policy.pdf", "POLICY.PDF"])
def test_text_behind_a_pdf_header_is_refused_as_a_broken_pdf(tmp_path, seed, name):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.4\n" + seed("000").read_bytes())
    with pytest.raises(SourceError) as info:
        analyze_file(path)
    assert str(info.value).startswith(f"{name}: is not a readable PDF")


@pytest.mark.parametrize("name", ["table.xls", "scan.jpg", "README"])
def test_unknown_format_is_unsupported_and_named(tmp_path, seed, name):
    path = tmp_path / name
    path.write_bytes(seed("000").read_bytes())
    with pytest.raises(UnsupportedFormat) as info:
        analyze_file(path)
    message = str(info.value)
    assert "unsupported format" in message and name in message


def test_corrupt_docx_is_refused(tmp_path):
    path = tmp_path / "x.docx"
    path.write_bytes(bytes(random.Random(3).randrange(256) for _ in range(4096)))
    with pytest.raises(SourceError) as info:
        analyze_file(path)
    assert "x.docx" in str(info.value)
    assert ".docx" in str(info.value)


def test_docx_without_body_is_refused():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
    with pytest.raises(SourceError, match="document.xml"):
        analyze_bytes(buf.getvalue(), "empty.docx")


def test_docx_with_damaged_xml_is_refused():
    with pytest.raises(SourceError) as info:
        analyze_bytes(_docx("<w:document><w:body><w:p>一、未闭合"), "broken.docx")
    assert "broken.docx" in str(info.value)


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _para(*runs: str) -> str:
    return ('<w:p><w:pPr><w:jc w:val="both"/></w:pPr>'
            + "".join(f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{r}</w:t></w:r>'
                      for r in runs)
            + "</w:p>")


def _docx(document_xml: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
            'package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/>'
            "</Types>")
        archive.writestr("word/document.xml", document_xml)
    return buf.getvalue()


def test_valid_docx_gives_correct_outline(tmp_path):
    paragraphs = [
        _para("始兴县推动非户籍人口在城镇落户实施方案"),
        _para("为推动非户籍人口落户，", "制定本方案。"),
        _para("一、", "总体要求"),  # numbering and title in separate runs
        _para("（一）", "指导思想。", "坚持以人为本。"),
        _para("（二）基本原则。统筹推进。"),
        _para("二、进一步拓宽落户渠道"),
        _para("（一）放宽条件。"),
        _para("三、保障措施"),
        _para("本方案自印发之日起施行。"),
    ]
    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}">'
           f'<w:body>{"".join(paragraphs)}<w:sectPr/></w:body></w:document>')
    path = tmp_path / "方案.docx"
    path.write_bytes(_docx(xml))
    doc = analyze_file(path)
    assert doc.source.format == "docx"
    assert doc.text.splitlines() == [
        "始兴县推动非户籍人口在城镇落户实施方案", "为推动非户籍人口落户，制定本方案。", "一、总体要求",
        "（一）指导思想。坚持以人为本。", "（二）基本原则。统筹推进。", "二、进一步拓宽落户渠道",
        "（一）放宽条件。", "三、保障措施", "本方案自印发之日起施行。"]
    assert [(c.kind, c.level, c.number, c.title, c.id) for c in doc.clauses] == [
        ("preamble", 0, None, "始兴县推动非户籍人口在城镇落户实施方案", "preamble"),
        ("heading", 1, 1, "总体要求", "一"),
        ("heading", 2, 1, "指导思想", "一/(一)"),
        ("heading", 2, 2, "基本原则", "一/(二)"),
        ("heading", 1, 2, "进一步拓宽落户渠道", "二"),
        ("heading", 2, 1, "放宽条件", "二/(一)"),
        ("heading", 1, 3, "保障措施", "三"),
        ("closing", 0, None, "本方案自印发之日起施行", "closing"),
    ]
    assert_partition(doc)
