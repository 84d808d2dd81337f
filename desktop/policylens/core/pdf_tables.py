"""Ruled tables on a PDF page, as rows of cells.

A ruled table is drawn: its rules are line segments of the page's paths. PDFium gives those
segments and the text inside each cell; pdfplumber's table finder turns the segments into
cells and tables (snapping rules that nearly meet, joining broken ones, finding crossings), the
part that is hard to get right by hand. pdfplumber is not asked to parse the page itself: its
parser (pdfminer) costs a tenth of a second a page, PDFium's segments a millisecond.

A cell's text is made of the characters whose centres fall inside it, in the text layer's
order; a rotated character is a watermark across the page, not the cell's. A vertically merged
cell gives its text to every row it spans, a horizontally merged one to its first column only,
as the HTML reader does. A frame drawn round a text (one column, one row, or cells holding whole
paragraphs) is not a table.
"""
from __future__ import annotations

import ctypes
import math
import re
from collections import defaultdict
from dataclasses import dataclass

import pypdfium2.raw as pdfium_c

_MIN_EDGES = 6  # fewer rules than this draw no table of two rows and two columns
# More segments than this make a drawing (a map, a chart), not a table; the finder's crossings
# grow with the product of level and plumb rules. The corpus's busiest page has 8,688 (0.4 s).
_MAX_EDGES = 10_000
_STRAIGHT = 0.5  # a segment this close to level or plumb is a rule
_LONG_CELL = 300  # a cell with more text holds paragraphs: the table lays the page out
_SETTINGS = {"vertical_strategy": "explicit", "horizontal_strategy": "explicit"}
_BUCKET = 20.0  # points: cells are looked up by the band of the page a character is in
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]")


@dataclass
class RuledTable:
    box: tuple[float, float, float, float]  # x0, top, x1, bottom; top measured down from the page top
    rows: list[list[str]]


class _Area:
    """What pdfplumber's table finder asks of a page when it is given the rules: the page's box."""

    def __init__(self, width: float, height: float):
        self.bbox = (0.0, 0.0, width, height)


def ruled_tables(page, textpage) -> list[RuledTable]:
    """The ruled tables of a PDFium page, top to bottom; none on a rotated page."""
    if page.get_rotation():
        return []
    width, height = page.get_size()
    edges = _rules(page, height)
    if not _MIN_EDGES <= len(edges) <= _MAX_EDGES:
        return []
    from pdfplumber.table import TableFinder  # a tenth of a second to import: only for ruled pages

    finder = TableFinder(_Area(width, height), {**_SETTINGS, "explicit_vertical_lines": edges,
                                                "explicit_horizontal_lines": edges})
    tables = []
    found_tables = [found for found in finder.tables if _on_page(found.bbox, width, height)]
    if not found_tables:
        return []
    chars = _upright_chars(textpage, height)
    for found in found_tables:
        rows = _rows(found, chars)
        if _is_data_table(rows):
            tables.append(RuledTable(found.bbox, rows))
    return sorted(tables, key=lambda t: t.box[1])


def _on_page(box, width: float, height: float) -> bool:
    x0, top, x1, bottom = box  # a drawing that strays off the page is no table
    return top >= -1 and bottom <= height + 1 and x0 >= -1 and x1 <= width + 1


def _upright_chars(textpage, height: float) -> list[tuple[float, float, float, str]]:
    """(centre x, centre y from the top, bottom from the top, character) of each upright character."""
    count, handle = textpage.count_chars(), textpage.raw
    text = textpage.get_text_range()  # one call for all; a character beyond U+FFFF takes two
    if len(text) != count:
        text = "".join(chr(pdfium_c.FPDFText_GetUnicode(handle, i)) for i in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    box, angle_of = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetCharAngle
    chars = []
    for index in range(count):
        angle = angle_of(handle, index)
        if min(angle, 2 * math.pi - angle) > 0.01:
            continue  # set at a slant: a watermark
        box(handle, index, left, right, bottom, top)
        chars.append(((left.value + right.value) / 2, height - (top.value + bottom.value) / 2,
                      height - bottom.value, text[index]))
    return chars


def bounded_text(textpage, height: float, x0: float, top: float, x1: float, bottom: float) -> str:
    """The text layer inside a box given in top-down coordinates, its lines split by \\n."""
    if x1 <= x0 or bottom <= top:
        return ""
    text = textpage.get_text_bounded(left=x0, bottom=height - bottom, right=x1, top=height - top)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _rules(page, height: float) -> list[dict]:
    """Level and plumb segments of the page's paths, as pdfplumber's edges."""
    edges: list[dict] = []
    x, y = ctypes.c_float(), ctypes.c_float()
    for path in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_PATH,), max_depth=1):
        matrix = path.get_matrix()
        start = previous = None
        for i in range(pdfium_c.FPDFPath_CountSegments(path.raw)):
            segment = pdfium_c.FPDFPath_GetPathSegment(path.raw, i)
            pdfium_c.FPDFPathSegment_GetPoint(segment, x, y)
            point = matrix.on_point(x.value, y.value)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                start = point
            elif kind == pdfium_c.FPDF_SEGMENT_LINETO and previous is not None:
                _add_rule(edges, previous, point, height)
            previous = point  # a curve's end point too: curves draw no rules
            if pdfium_c.FPDFPathSegment_GetClose(segment) and start is not None:
                _add_rule(edges, point, start, height)
                previous = start
    return edges


def _add_rule(edges: list[dict], a, b, height: float) -> None:
    (xa, ya), (xb, yb) = a, b
    if abs(xa - xb) < _STRAIGHT and abs(ya - yb) >= _STRAIGHT:
        top, bottom = height - max(ya, yb), height - min(ya, yb)
        edges.append({"object_type": "line", "orientation": "v", "x0": xa, "x1": xa,
                      "top": top, "bottom": bottom, "width": 0.0, "height": bottom - top})
    elif abs(ya - yb) < _STRAIGHT and abs(xa - xb) >= _STRAIGHT:
        left, right = min(xa, xb), max(xa, xb)
        edges.append({"object_type": "line", "orientation": "h", "x0": left, "x1": right,
                      "top": height - ya, "bottom": height - ya, "width": right - left, "height": 0.0})


def _rows(found, chars) -> list[list[str]]:
    """Cell texts row by row; a position that no cell starts at is covered by a merged cell."""
    grid = [row.cells for row in found.rows]
    inside = _chars_by_cell([cell for row in grid for cell in row if cell], chars)
    texts: list[list[str]] = []
    above: dict[int, tuple[float, str]] = {}  # column -> (bottom, text) of the last cell begun in it
    for row in grid:
        row_top = min(cell[1] for cell in row if cell)
        line = []
        for col, cell in enumerate(row):
            if cell:
                text = _cell_text(inside.get(cell, []))
                above[col] = (cell[3], text)
                line.append(text)
            elif col in above and above[col][0] > row_top + 1:
                line.append(above[col][1])  # merged down from the row above
            else:
                line.append("")  # merged across from the cell on its left
        texts.append(line)
    return texts


def _chars_by_cell(cells, chars) -> dict[tuple, list]:
    bands: dict[int, list] = defaultdict(list)
    for cell in cells:
        for band in range(int(cell[1] // _BUCKET), int(cell[3] // _BUCKET) + 1):
            bands[band].append(cell)
    inside: dict[tuple, list] = defaultdict(list)
    for char in chars:
        x, y = char[0], char[1]
        for cell in bands.get(int(y // _BUCKET), ()):
            if cell[0] <= x <= cell[2] and cell[1] <= y <= cell[3]:
                inside[cell].append(char)
                break
    return inside


def _cell_text(chars) -> str:
    """A cell's characters as one line: a wrapped Chinese line runs on without a space."""
    lines: list[str] = []
    line_bottom = None
    for _, centre, bottom, char in chars:
        if char in "\r\n":
            continue
        if line_bottom is None or centre > line_bottom:  # below the line so far: a new line
            lines.append("")
        lines[-1] += char
        line_bottom = bottom if line_bottom is None or centre > line_bottom else max(line_bottom, bottom)
    joined = ""
    for line in (line.strip() for line in lines):
        if line:
            cjk = joined and (_CJK.match(joined[-1]) or _CJK.match(line[0]))
            joined += ("" if cjk or not joined else " ") + line
    return joined.replace("\t", " ")


def _is_data_table(rows: list[list[str]]) -> bool:
    filled = [row for row in rows if sum(1 for cell in row if cell) >= 2]
    width = max((len(row) for row in rows), default=0)
    long_cell = any(len(cell) > _LONG_CELL for row in rows for cell in row)
    return len(filled) >= 2 and width >= 2 and not long_cell
