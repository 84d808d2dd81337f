"""A research window's list as a report: one titled table, written as HTML, DOCX or XLSX.

The coded-segment and keyword-in-context windows (and the word frequencies) hand over a
ResearchReport: a title, a few lines saying what it holds (the codes or query, the filters,
when), the column names and the rows. One column may be marked (the quote, the keyword): it
is bold in HTML and DOCX. The HTML page is self-contained and is also what the window prints
(through Qt's QTextDocument, which reads this subset of HTML and CSS). Every text from a
document or the user is escaped; files are written atomically.
"""
from __future__ import annotations

import io
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from ..context import ExchangeError, write_bytes_atomic
from ..xml_text import xml_safe
from .xlsx_stream import Table, xlsx_bytes

FORMATS = ("html", "docx", "xlsx")
CSS = """
body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", sans-serif; color: #1a1a1a; }
h1 { font-size: 14pt; }
p.about { color: #555; margin: 0; }
table { border-collapse: collapse; font-size: 9pt; margin-top: 8px; }
th, td { border: 1px solid #b0b0b0; padding: 3px 5px; vertical-align: top; }
th { background: #eeeeee; text-align: left; }
td.mark { font-weight: bold; }
td.number { text-align: right; }
"""


@dataclass
class ResearchReport:
    title: str
    about: list[str]  # lines under the title: what was asked, the filters, when
    columns: tuple[str, ...]
    rows: list[list]  # text or numbers, one list per row
    marked: int | None = None  # the column shown in bold
    widths: dict[str, float] = field(default_factory=dict)  # XLSX column widths by name
    sheet: str = "Report"  # the XLSX sheet's name (31 characters at most)
    # Columns the XLSX sheet alone carries after the others (the documents' attributes, too many
    # for a page): their headers and a list of values per row.
    more: tuple[tuple[str, ...], list[list]] = ((), [])


def html_page(report: ResearchReport) -> str:
    about = "".join(f'<p class="about">{escape(line)}</p>' for line in report.about)
    header = "".join(f"<th>{escape(str(c))}</th>" for c in report.columns)
    body = "\n".join("<tr>" + "".join(_cell(value, column == report.marked) for column, value in enumerate(row))
                     + "</tr>" for row in report.rows)
    return (f'<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(report.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
            f"<h1>{escape(report.title)}</h1>\n{about}\n"
            f'<table width="100%" cellspacing="0">\n<thead><tr>{header}</tr></thead>\n<tbody>\n{body}\n'
            "</tbody>\n</table>\n</body>\n</html>\n")


def _cell(value, marked: bool) -> str:
    if isinstance(value, (int, float)):
        return f'<td class="number">{value}</td>'
    text = escape(str(value)).replace("\n", "<br>")
    return f'<td class="mark">{text}</td>' if marked else f"<td>{text}</td>"


def docx_bytes(report: ResearchReport) -> bytes:
    """The report as a Word document: title, the lines about it, one table (landscape A4)."""
    from docx import Document  # python-docx: loaded when a DOCX is first written
    from docx.enum.section import WD_ORIENT
    from docx.oxml.ns import qn
    from docx.shared import Mm, Pt

    document = Document()
    normal = document.styles["Normal"]
    normal.font.size = Pt(9)
    normal.element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), "SimSun")  # CJK text face
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(15))
    document.add_heading(_safe(report.title), level=1)
    for line in report.about:
        document.add_paragraph(_safe(line))
    table = document.add_table(rows=1, cols=len(report.columns))
    table.style = "Table Grid"
    for cell, name in zip(table.rows[0].cells, report.columns):
        cell.paragraphs[0].add_run(_safe(name)).bold = True
    for row in report.rows:
        cells = table.add_row().cells
        for column, (cell, value) in enumerate(zip(cells, row)):
            run = cell.paragraphs[0].add_run(_safe(value))
            run.bold = column == report.marked
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _safe(text) -> str:
    return xml_safe(str(text))[0]  # characters XML cannot hold become a marker


def write_report(report: ResearchReport, fmt: str, path: Path) -> list[str]:
    """Write the report in fmt (html, docx, xlsx); the problems met (XLSX cells cut)."""
    problems: list[str] = []
    if fmt == "html":
        data = html_page(report).encode("utf-8")
    elif fmt == "docx":
        data = docx_bytes(report)
    elif fmt == "xlsx":
        columns, rows = report.columns, report.rows
        if report.more[0]:
            columns = (*columns, *report.more[0])
            rows = [[*row, *more] for row, more in zip(rows, report.more[1])]
        data = xlsx_bytes([Table(report.sheet[:31], tuple(columns), rows, report.widths)], problems)
    else:
        raise ExchangeError(f"unknown report format '{fmt}' (one of {', '.join(FORMATS)})")
    write_bytes_atomic(Path(path), data)
    return problems
