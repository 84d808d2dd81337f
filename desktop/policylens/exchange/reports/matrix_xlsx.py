"""A matrix as an XLSX workbook (openpyxl): the matrix with coloured cells, then its records.

Sheet "Matrix": row labels × columns, each cell filled with its band's colour. Sheet "Legend":
what each colour means, and the notes. Sheet "Records": one row per value, where scores,
figures and source offsets are numbers, for sorting and pivoting.
Text cells are stored as text, never as formulas (see exchange.xlsx).
"""
from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill

from ...store.atomic import write_bytes_atomic
from .matrix_table import MatrixTable
from .xlsx import _sheet

MAX_SHEET_TITLE = 31  # Excel's limit


def workbook(table: MatrixTable) -> Workbook:
    book = Workbook()
    sheet = book.active
    sheet.title = "Matrix"
    _text(sheet.cell(1, 1), table.corner).font = Font(bold=True)
    for c, name in enumerate(table.columns, 2):
        _text(sheet.cell(1, c), name).font = Font(bold=True)
    fills = {band: PatternFill("solid", fgColor=table.colour(band).lstrip("#"))
             for band in table.legend if table.colour(band)}
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, (label, line) in enumerate(zip(table.row_labels, table.cells), 2):
        _text(sheet.cell(r, 1), label).alignment = wrap
        for c, cell in enumerate(line, 2):
            target = _text(sheet.cell(r, c), cell.text)
            target.alignment = wrap
            if cell.band in fills:
                target.fill = fills[cell.band]
    sheet.column_dimensions["A"].width = 40
    sheet.freeze_panes = "B2"
    legend = book.create_sheet("Legend")
    for row, (band, meaning) in enumerate(table.legend.items(), 1):
        _text(legend.cell(row, 1), band)
        _text(legend.cell(row, 2), meaning)
        if band in fills:
            legend.cell(row, 1).fill = fills[band]
    for row, note in enumerate(table.notes, len(table.legend) + 2):
        _text(legend.cell(row, 2), note)
    legend.column_dimensions["B"].width = 60
    _sheet(book, "Records", table.record_columns, table.records)
    book.properties.title = ILLEGAL_CHARACTERS_RE.sub("", table.title)
    return book


def write_xlsx(table: MatrixTable, path: Path) -> None:
    out = io.BytesIO()
    workbook(table).save(out)
    write_bytes_atomic(Path(path), out.getvalue())


def _text(cell, value: str):
    cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
    cell.data_type = "s"  # openpyxl would take "=…" for a formula
    return cell
