"""Annotations, codes and memos as an XLSX workbook, one sheet each.

Every text cell is stored as text, never as a formula, whatever it starts with. A text longer
than a cell holds (32,767 characters) is cut with a marker, characters XML cannot hold become
U+FFFD, and the export's report has a line for each such cell (the json export keeps all). The
export is written straight as SpreadsheetML (xlsx_stream.py); _sheet() fills an openpyxl
sheet the same way, for the exports that style their cells further.
"""
from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from ..context import ExportContext, write_bytes_atomic
from .rows import CODE_COLUMNS, MEMO_COLUMNS, annotation_columns, annotation_rows, code_rows, memo_rows
from .xlsx_stream import Table, fit_cell, xlsx_bytes

WIDTHS = {"quote": 60, "note": 40, "text": 60, "title": 30, "clause_title": 30, "codes": 30, "path": 30}


def write_xlsx(context: ExportContext, path: Path) -> list[str]:
    tables = [Table("Annotations", annotation_columns(context), annotation_rows(context), WIDTHS),
              Table("Codes", CODE_COLUMNS, code_rows(context), WIDTHS),
              Table("Memos", MEMO_COLUMNS, memo_rows(context), WIDTHS)]
    problems: list[str] = []
    write_bytes_atomic(path, xlsx_bytes(tables, problems))
    return problems


def _sheet(book: Workbook, title: str, columns: tuple[str, ...], rows: list[list]) -> None:
    sheet = book.create_sheet(title)
    sheet.append(columns)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for number, row in enumerate(rows, 2):
        for column, value in enumerate(row, 1):
            cell = sheet.cell(number, column)
            if isinstance(value, str):
                cell.value = fit_cell(value)[0]  # the cut says so in the cell itself
                cell.data_type = "s"  # openpyxl would take "=…" for a formula
            else:
                cell.value = value
    for column, name in enumerate(columns, 1):
        sheet.column_dimensions[sheet.cell(1, column).column_letter].width = WIDTHS.get(name, 14)
    sheet.freeze_panes = "A2"
