"""Plain tables as an XLSX workbook, written straight as SpreadsheetML.

openpyxl builds a cell object per value and serialises each through its XML tree writer:
10,000 annotations (170,000 cells) took seconds. A table of text and numbers needs none of
that: each sheet is written as one string, a header row in bold, frozen below it, column
widths set. Text goes in as inline strings, so it is always text (never a formula); None
leaves the cell out. A spreadsheet cell holds at most 32,767 characters (UTF-16 code units):
a longer text is cut with a marker saying how much is missing, and characters XML cannot
hold become U+FFFD (xml_text); each such cell is a line in the problems given.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from xml.sax.saxutils import escape

from ..xml_text import MARKER, xml_safe

CELL_LIMIT = 32767  # characters in one cell, counted in UTF-16 code units
_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml"
_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_STYLES = (f'{_HEAD}<styleSheet xmlns="{_MAIN}">'
           '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
           '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
           '<fills count="2"><fill><patternFill patternType="none"/></fill>'
           '<fill><patternFill patternType="gray125"/></fill></fills>'
           '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
           '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
           '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
           '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
           '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
           '</styleSheet>')


@dataclass
class Table:
    title: str  # the sheet's name
    columns: tuple[str, ...]  # the header row
    rows: list[list]  # str, int, float or None in each cell
    widths: dict[str, float]  # column name -> width in characters; others DEFAULT_WIDTH


DEFAULT_WIDTH = 14


def fit_cell(text: str) -> tuple[str, list[str]]:
    """(text as a cell can hold it, what was changed: one phrase each)."""
    text, replaced = xml_safe(text)
    changes = [f"{replaced} replaced by {MARKER} (XML cannot hold them)"] if replaced else []
    units = len(text.encode("utf-16-le")) // 2
    if units > CELL_LIMIT:
        marker = f" …[cut: {{}} of {units:,} characters; the whole text is in the json export]"
        keep = CELL_LIMIT - len(marker.format(f"{CELL_LIMIT:,}"))
        while len(text[:keep].encode("utf-16-le")) // 2 > keep:
            keep -= 1
        text = text[:keep] + marker.format(f"{keep:,}")
        changes.append(f"{units:,} characters, cut to the first {keep:,} (a cell holds {CELL_LIMIT:,})")
    return text, changes


def xlsx_bytes(tables: list[Table], problems: list[str] | None = None) -> bytes:
    """The workbook; what a cell could not hold as it is goes to problems, one line a cell."""
    problems = [] if problems is None else problems
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as book:
        book.writestr("[Content_Types].xml", _content_types(len(tables)))
        book.writestr("_rels/.rels", f'{_HEAD}<Relationships xmlns="{_PKG_REL}"><Relationship Id="rId1" '
                                     f'Type="{_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        sheets = "".join(f'<sheet name="{escape(t.title, {chr(34): "&quot;"})}" sheetId="{n}" r:id="rId{n}"/>'
                         for n, t in enumerate(tables, 1))
        book.writestr("xl/workbook.xml", f'{_HEAD}<workbook xmlns="{_MAIN}" xmlns:r="{_REL}">'
                                         f'<sheets>{sheets}</sheets></workbook>')
        rels = "".join(f'<Relationship Id="rId{n}" Type="{_REL}/worksheet" Target="worksheets/sheet{n}.xml"/>'
                       for n in range(1, len(tables) + 1))
        rels += f'<Relationship Id="rId{len(tables) + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
        book.writestr("xl/_rels/workbook.xml.rels", f'{_HEAD}<Relationships xmlns="{_PKG_REL}">{rels}</Relationships>')
        book.writestr("xl/styles.xml", _STYLES)
        for n, table in enumerate(tables, 1):
            book.writestr(f"xl/worksheets/sheet{n}.xml", _sheet(table, problems))
    return out.getvalue()


def _content_types(sheets: int) -> str:
    parts = "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{_TYPE}.worksheet+xml"/>'
                    for n in range(1, sheets + 1))
    return (f'{_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            f'<Override PartName="/xl/workbook.xml" ContentType="{_TYPE}.sheet.main+xml"/>'
            f'<Override PartName="/xl/styles.xml" ContentType="{_TYPE}.styles+xml"/>{parts}</Types>')


def _sheet(table: Table, problems: list[str]) -> str:
    letters = [_letter(n) for n in range(1, len(table.columns) + 1)]
    cols = "".join(f'<col min="{n}" max="{n}" width="{table.widths.get(name, DEFAULT_WIDTH)}" customWidth="1"/>'
                   for n, name in enumerate(table.columns, 1))
    out = [f'{_HEAD}<worksheet xmlns="{_MAIN}"><sheetViews><sheetView workbookViewId="0">'
           '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
           '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
           f'<sheetFormatPr defaultRowHeight="15"/><cols>{cols}</cols><sheetData>',
           _row(1, letters, table.columns, problems, table, ' s="1"')]
    out += [_row(number, letters, row, problems, table) for number, row in enumerate(table.rows, 2)]
    out.append("</sheetData></worksheet>")
    return "".join(out)


def _row(number: int, letters: list[str], values, problems: list[str], table: Table, style: str = "") -> str:
    cells = []
    for letter, column, value in zip(letters, table.columns, values):
        if value is None:
            continue
        if value == "":
            cells.append(f'<c r="{letter}{number}"{style} t="inlineStr"/>')  # empty text, as openpyxl writes it
        elif isinstance(value, str):
            text, changes = fit_cell(value)
            problems += [f"{table.title} {letter}{number} ({column}): {change}" for change in changes]
            text = escape(text)
            cells.append(f'<c r="{letter}{number}"{style} t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>')
        elif isinstance(value, bool):
            cells.append(f'<c r="{letter}{number}"{style} t="b"><v>{int(value)}</v></c>')
        else:
            cells.append(f'<c r="{letter}{number}"{style}><v>{value!r}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'


def _letter(column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return letters
