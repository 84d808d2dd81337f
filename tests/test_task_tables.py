"""Task tables (序号 | 任务 | 牵头单位 | 配合单位) in HTML and DOCX give roles by column."""
import io
import zipfile

from policylens.core.document import analyze_bytes

ROWS = [
    ("序号", "工作任务", "牵头单位", "配合单位"),
    ("1.", "全面放开落户限制", "市公安局", "市人社局、市教育局"),
    ("2.", "完善住房保障", "市住建局", "市财政局"),
]
TEXT_BEFORE = ["某市推动非户籍人口落户实施方案", "一、主要任务", "各部门按下表分工落实。"]


def _html() -> bytes:
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    paras = "".join(f"<p>{t}</p>" for t in TEXT_BEFORE)
    return f"<html><body>{paras}<table>{rows}</table></body></html>".encode("utf-8")


def _docx() -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    para = lambda t: f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
    rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>" for row in ROWS)
    xml = f'<w:document {w}><w:body>{"".join(map(para, TEXT_BEFORE))}<w:tbl>{rows}</w:tbl></w:body></w:document>'
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", xml)
    return buffer.getvalue()


def _roles(doc):
    return [(c.id, [(a.role, a.canonical) for a in c.agencies]) for c in doc.clauses if c.kind != "preamble"]


EXPECTED = [
    ("一", []),
    ("一/1", [("lead", "市公安局"), ("cooperate", "市人力资源社会保障局"), ("cooperate", "市教育局")]),
    ("一/2", [("lead", "市住房城乡建设局"), ("cooperate", "市财政局")]),
]


def test_html_task_table():
    doc = analyze_bytes(_html(), "plan.html")
    assert _roles(doc) == EXPECTED
    assert [c.title for c in doc.clauses[2:]] == ["全面放开落户限制", "完善住房保障"]


def test_docx_task_table():
    doc = analyze_bytes(_docx(), "plan.docx")
    assert _roles(doc) == EXPECTED
