"""Ruled tables of a PDF come out as rows, one line a row and cells split by tabs, as the
HTML and DOCX readers give them, so that task tables give their roles from a PDF too."""
from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium

from policylens.core.document import analyze_file
from policylens.core.formats import read_source
from policylens.core.pdf_tables import ruled_tables

FORMATS = Path(__file__).parent / "data" / "formats"
PETITIONS = FORMATS / "深圳市通过法定途径分类处理信访投诉请求清单汇编（上册）-第8-9页.pdf"
TASKS_PDF = FORMATS / "始兴县落户任务分工表-Qt.pdf"
TASKS_HTML = FORMATS / "始兴县落户任务分工表-Qt.html"


def test_ruled_table_rows_are_lines_of_tab_separated_cells():
    lines = read_source(PETITIONS).text.split("\n")
    assert "序号\t行政许可事项名称\t审批对象\t办理部门\t备注" in lines
    # A cell's wrapped lines run on without a break.
    assert ("2\t国家重点建设水电站项目和国家核准（审批）水电站项目竣工验收\t符合条件的法人单位\t"
            "深圳市发展改革委能源与循环经济处") in lines
    # The rows of the second page, under the header the table repeats there.
    assert "13\t对市场交易主体、核查机构阻挠、妨碍主管部门监督检查的处罚\t管控单位\t深圳市发展改革委碳排放权交易办公室" in lines


def test_text_around_a_table_stays_in_order_and_a_slanted_watermark_stays_out_of_cells():
    text = read_source(PETITIONS).text
    lead_in = text.index("不服发展改革部门作出的以下行政许可行为（见下表）：")
    header = text.index("序号\t行政许可事项名称")
    after = text.index("（2）法定途径：对实施主体作出的该行为不服")
    assert lead_in < header < after
    assert text.count("（2）法定途径：对实施主体作出的该行为不服") == 1  # not given twice
    pdf = pdfium.PdfDocument(PETITIONS)
    page = pdf[0]
    cells = [cell for table in ruled_tables(page, page.get_textpage()) for row in table.rows for cell in row]
    assert "行政处罚事项名称" in cells  # the page's 深 圳 信 访 watermark crosses this cell


def test_rows_of_a_pdf_table_are_neither_joined_nor_page_furniture():
    doc = analyze_file(PETITIONS)
    lines = doc.text.split("\n")
    # The header the table repeats at the top of page 2 is a row, not a running header.
    assert lines.count("序号\t行政处罚事项名称\t处罚对象\t办理部门\t备注") == 2
    assert {r.reason for r in doc.clean.removed} == {"page-number", "running-header"}
    assert "1\t社会投资项目核准\t符合条件的法人单位\t深圳市发展改革委负责社会投资项目核准的相关处室" in lines


def _roles(doc):
    return [(c.id, [(a.role, a.canonical) for a in c.agencies]) for c in doc.clauses if c.kind != "preamble"]


def test_a_task_table_printed_to_pdf_gives_the_roles_of_its_html():
    from_pdf, from_html = analyze_file(TASKS_PDF), analyze_file(TASKS_HTML)
    assert _roles(from_pdf) == _roles(from_html)
    assert _roles(from_pdf) == [
        ("1", [("lead", "县公安局"), ("cooperate", "县发展改革委"), ("cooperate", "县教育局"),
               ("cooperate", "县民政局"), ("cooperate", "县财政局")]),
        ("2", [("lead", "县统计局"), ("cooperate", "县发展改革委"), ("cooperate", "县住房城乡建设局"),
               ("cooperate", "县公安局")]),
        ("3", [("lead", "县审计局"), ("cooperate", "县政府督查室")]),
        # The 牵头单位 cell spans rows 3 and 4: each row has it.
        ("4", [("lead", "县审计局"), ("cooperate", "县财政局")]),
    ]
