"""The side-by-side view of one clause family as a file: self-contained HTML or XLSX.

The view hands over its columns already worded, as core.compared's rows (segments cut by the word
diff against the reference); this module only lays them out. Every text is escaped in HTML and
stored as plain text (never a formula) in XLSX.
"""
from __future__ import annotations

import html
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ...core.compared import Colours, ComparedColumn, Segment
from ..context import write_bytes_atomic

OPS = ("insert", "delete", "replace")


@dataclass(frozen=True)
class XlsxLabels:
    """The header row, in the interface language."""
    document: str = "Document"
    clause: str = "Clause"
    title: str = "Title"
    note: str = "Note"
    similarity: str = "Similarity"
    values: str = "Values that differ"
    text: str = "Text"


# -- HTML ---------------------------------------------------------------------------------------

def comparison_html(columns: Sequence[ComparedColumn], heading: str, colours: Colours) -> str:
    """One self-contained page (no external file), one table column per document."""
    cells = []
    for column in columns:
        title = "<br>".join(html.escape(line) for line in column.title.split("\n"))
        values = "".join(f"<li>{html.escape(line)}</li>" for line in column.values)
        body = "".join(_html_segment(s) for s in column.segments)
        cells.append(f"<td><h2>{title}</h2><p class=note>{html.escape(column.note)}</p>"
                     f"<ul>{values}</ul><div class=text>{body}</div></td>")
    style = "".join(f".{op}{{background:{getattr(colours, op)[0]};color:{getattr(colours, op)[1]}}}"
                    for op in OPS)
    return ("<!DOCTYPE html>\n<html lang=zh><head><meta charset=utf-8>"
            f"<title>{html.escape(heading)}</title><style>table{{border-collapse:collapse}}"
            "td{vertical-align:top;border:1px solid #999;padding:6px;min-width:16em}"
            f"h2{{font-size:1em}}.text{{white-space:pre-wrap}}.delete{{text-decoration:line-through}}{style}"
            f"</style></head><body><h1>{html.escape(heading)}</h1>"
            f"<table><tr>{''.join(cells)}</tr></table></body></html>\n")


def _html_segment(segment: Segment) -> str:
    text = html.escape(segment.text)
    if segment.op == "equal":
        return text
    title = f' title="{html.escape(segment.reference_text)}"' if segment.op == "replace" else ""
    return f"<span class={segment.op}{title}>{text}</span>"


def write_html(path: Path, columns: Sequence[ComparedColumn], heading: str, colours: Colours) -> None:
    write_bytes_atomic(Path(path), comparison_html(columns, heading, colours).encode("utf-8"))


# -- XLSX ---------------------------------------------------------------------------------------

def comparison_workbook(columns: Sequence[ComparedColumn], heading: str, colours: Colours,
                        labels: XlsxLabels = XlsxLabels()):
    """One row per document; the text cell is rich text coloured as in the view."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Comparison"
    sheet.append([_cell(heading)])
    sheet["A1"].font = Font(bold=True)
    header = (labels.document, labels.clause, labels.title, labels.note, labels.similarity,
              labels.values, labels.text)
    sheet.append([_cell(h) for h in header])
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for number, column in enumerate(columns, 3):
        place, _, title = column.title.partition("\n")
        row = [place.split(" · ")[0], column.clause, title, column.note, column.similarity,
               "\n".join(column.values)]
        for index, value in enumerate(row, 1):
            cell = sheet.cell(number, index)
            cell.value = _cell(value) if isinstance(value, str) else value
            if isinstance(value, str):
                cell.data_type = "s"  # openpyxl would take "=…" for a formula
        text = sheet.cell(number, len(row) + 1)
        text.value = _rich_text(column.segments, colours)
        text.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.cell(number, len(row)).alignment = Alignment(wrap_text=True, vertical="top")
        if column.similarity is not None:
            sheet.cell(number, 5).number_format = "0.00"
    for letter, width in zip("ABCDEFG", (14, 14, 30, 16, 10, 30, 80)):
        sheet.column_dimensions[letter].width = width
    sheet.freeze_panes = "A3"
    return book


def _cell(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)


def _rich_text(segments: Sequence[Segment], colours: Colours):
    from openpyxl.cell.rich_text import CellRichText, TextBlock
    from openpyxl.cell.text import InlineFont

    runs = []
    for segment in segments:
        text = _cell(segment.text)
        if not text:
            continue
        if segment.op == "equal":
            runs.append(text)
            continue
        colour = getattr(colours, segment.op)[1].lstrip("#").upper()
        runs.append(TextBlock(InlineFont(color="FF" + colour, strike=segment.op == "delete",
                                         u="single" if segment.op == "insert" else None), text))
    return CellRichText(runs) if runs else ""


def write_xlsx(path: Path, columns: Sequence[ComparedColumn], heading: str, colours: Colours,
               labels: XlsxLabels = XlsxLabels()) -> None:
    out = io.BytesIO()
    comparison_workbook(columns, heading, colours, labels).save(out)
    write_bytes_atomic(Path(path), out.getvalue())
