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


def _docx_of(paragraphs, rows) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    para = lambda t: f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
    body = "".join(map(para, paragraphs))
    body += "<w:tbl>" + "".join("<w:tr>" + "".join(f"<w:tc>{para(c)}</w:tc>" for c in row) + "</w:tr>"
                                for row in rows) + "</w:tbl>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
    return buffer.getvalue()


def test_role_columns_are_read_from_any_header_wording():
    """Bare row numbers, headers worded 主要责任部门 / 协同单位 / 完成时限: each row is a clause
    titled by its task, and each role column gives its role."""
    rows = [("序号", "重点任务", "主要责任部门", "协同单位", "完成时限"),
            ("1", "建立居住证制度。全面实施", "市公安局", "市发展改革委", "2017年底"),
            ("2", "扩大教育覆盖", "市教育局", "市财政局、市人社局", "长期")]
    doc = analyze_bytes(_docx_of(["某市实施方案", "一、重点任务"], rows), "plan.docx")
    assert [(c.id, c.title) for c in doc.clauses[1:]] == [
        ("一", "重点任务"), ("一/1", "建立居住证制度"), ("一/2", "扩大教育覆盖")]
    assert [(a.role, a.canonical) for a in doc.clauses[3].agencies] == [
        ("responsible", "市教育局"), ("cooperate", "市财政局"), ("cooperate", "市人力资源社会保障局")]
    assert [doc.text[slice(*c.deadline)] for c in doc.clauses[2:]] == ["2017年底", "长期"]
    assert doc.clauses[2].to_json()["deadline"] == list(doc.clauses[2].deadline)


def test_a_table_flattened_to_one_cell_a_line_still_gives_rows():
    """Pages saved as text put each cell on its own line; a cell left empty leaves no line."""
    lines = ["某市实施方案", "一、主要任务", "附件", "重点任务分工表", "序号", "工作任务", "负责部门",
             "1", "完善城市规划", "2", "加快棚户区改造", "市住建局、市财政局", "3", "保护工业遗产", "市文物局"]
    doc = analyze_bytes("\n".join(lines).encode("utf-8"), "plan.txt")
    rows = [c for c in doc.clauses if c.id.startswith("附件/")]
    assert [(c.id, c.title) for c in rows] == [("附件/1", "完善城市规划"), ("附件/2", "加快棚户区改造"),
                                               ("附件/3", "保护工业遗产")]
    assert [[(a.role, a.name) for a in c.agencies] for c in rows] == [
        [], [("responsible", "市住建局"), ("responsible", "市财政局")], [("responsible", "市文物局")]]


def test_a_merged_number_cell_continues_its_row():
    """A 序号 cell merged down (vMerge) leaves the rows below it empty there: they belong to
    the row above, with their roles."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    para = lambda t: f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>"
    cell = lambda t: f"<w:tc>{para(t)}</w:tc>"
    merged = '<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>'
    rows = ["<w:tr>" + "".join(map(cell, ("序号", "任务", "牵头单位"))) + "</w:tr>",
            "<w:tr>" + '<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>' + para("1") + "</w:tc>"
            + cell("完善落户政策") + cell("市公安局") + "</w:tr>",
            "<w:tr>" + merged + cell("落实居住证制度") + cell("市人社局") + "</w:tr>",
            "<w:tr>" + "".join(map(cell, ("2", "扩大教育覆盖", "市教育局"))) + "</w:tr>"]
    body = para("某市实施方案") + para("一、重点任务") + "<w:tbl>" + "".join(rows) + "</w:tbl>"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
    doc = analyze_bytes(buffer.getvalue(), "plan.docx")
    assert [(c.id, c.title, [(a.role, a.canonical) for a in c.agencies]) for c in doc.clauses[2:]] == [
        ("一/1", "完善落户政策", [("lead", "市公安局"), ("lead", "市人力资源社会保障局")]),
        ("一/2", "扩大教育覆盖", [("lead", "市教育局")])]
