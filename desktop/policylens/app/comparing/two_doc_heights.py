"""Row heights of the two-document table: estimated for every row, exact where the user looks.

Measuring a row means laying out both its word-wrapped cells; on two documents of a thousand
clauses each, measuring every row (what ResizeToContents does) froze the window for seconds.
Instead each row first gets a height estimated from its text length and the column width (a
few microseconds a row), and only the rows on screen, and a margin around them, are measured
exactly: at once when the view scrolls, the rest in slices on a zero timer. When a row above the
top one changes height, the view is shifted by as much, so what is on screen does not jump.
A column resize re-estimates the rows and measures again what is on screen, on the next turn of
the event loop, so dragging the window's edge does not lay out anything twice.
"""
from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import QHeaderView, QTableView

from .two_doc_delegate import GAP_HEIGHT, CellDelegate, frame_height, text_width
from .two_doc_model import Extent, TwoDocModel

SLICE_SECONDS = 0.03  # the longest one pass of exact measuring keeps the event loop waiting
BELOW, ABOVE = 1.0, 0.5  # margins measured beyond the viewport, in viewport heights
_SAMPLE = 20


class RowHeights(QObject):
    def __init__(self, table: QTableView, model: TwoDocModel, delegate: CellDelegate):
        super().__init__(table)
        self._table, self._model, self._delegate = table, model, delegate
        self._header = table.verticalHeader()
        self._header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self._cells: list[tuple[Extent, Extent]] = []  # per row, per side: (value lines, paragraphs) or None
        self._exact: dict[int, tuple[int, int]] = {}  # measured row -> the column widths it was measured at
        self._widths: tuple[int, int] | None = None  # the column widths the estimates are for
        self._settling = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._settle_more)
        model.modelAboutToBeReset.connect(lambda: self._cells.clear())  # no measuring of rows about to go
        model.modelReset.connect(self._reset)
        table.verticalScrollBar().valueChanged.connect(lambda _value: self.settle())
        table.horizontalHeader().sectionResized.connect(lambda *_args: self._timer.start())

    def is_exact(self, row: int) -> bool:
        return self._exact.get(row) == self._column_widths()

    # -- estimates -----------------------------------------------------------------------------

    def _reset(self) -> None:
        self._delegate.forget()
        self._cells = [self._model.extents(row) for row in range(self._model.rowCount())]
        self._exact.clear()
        self._widths = None
        self._estimate()

    def _estimate(self) -> None:
        """Every row not measured at the present column widths gets its estimated height."""
        widths = self._column_widths()
        if widths == self._widths:
            return
        self._widths = widths
        font = self._table.font()
        wide, narrow, line = _char_metrics(font)
        frame = [frame_height(font, values) for values in range(_most_values(self._cells) + 1)]
        texts = [text_width(width - 1) for width in widths]  # a grid line off each cell, as the table does
        for row, sides in enumerate(self._cells):
            if self._exact.get(row) == widths:
                continue
            self._exact.pop(row, None)
            height = GAP_HEIGHT
            for side, text in zip(sides, texts):
                if side is not None:
                    values, paragraphs = side
                    lines = sum(max(1, math.ceil((w * wide + n * narrow) / text)) for w, n in paragraphs)
                    height = max(height, frame[values] + lines * line)
            self._header.resizeSection(row, int(height) + 2)  # as the delegate rounds, and the grid line

    # -- exact heights where the user looks ----------------------------------------------------

    def settle(self) -> None:
        """Measure the rows on screen now, before they are painted; the margins around them on the
        next turn of the event loop."""
        self._pass(margins=False)
        self._timer.start()

    def _settle_more(self) -> None:
        if not self._pass(margins=True):
            self._timer.start()  # out of time: the rest on the next turn

    def _pass(self, margins: bool) -> bool:
        """One slice of measuring; True when nothing it should measure is left."""
        if self._settling or not self._cells:
            return True
        self._settling = True  # resizing rows and scrolling call back here
        header = self._header
        top = max(header.logicalIndexAt(0), 0)
        shift = header.sectionViewportPosition(top)  # where the top row starts: kept there
        try:
            self._estimate()
            return self._measure_around(top, shift, time.perf_counter() + SLICE_SECONDS, margins)
        finally:
            self._keep_in_place(top, shift)
            self._settling = False

    def _measure_around(self, top: int, shift: int, deadline: float, margins: bool) -> bool:
        height, count = self._table.viewport().height(), len(self._cells)
        below, above = (height * (1 + BELOW), height * ABOVE) if margins else (height, 0)
        row, y = top, shift
        while row < count and y < below:
            if not self._measure(row, deadline):
                return False
            y += self._header.sectionSize(row)
            row += 1
        row, y = top - 1, 0
        while row >= 0 and y < above:
            if not self._measure(row, deadline):
                break
            y += self._header.sectionSize(row)
            row -= 1
        return row < 0 or y >= above

    def _measure(self, row: int, deadline: float) -> bool:
        widths = self._column_widths()
        if self._exact.get(row) == widths:
            return True
        if time.perf_counter() > deadline:
            return False
        size = max(self._table.sizeHintForRow(row), self._header.sectionSizeHint(row))
        if size != self._header.sectionSize(row):
            self._header.resizeSection(row, size)
        self._exact[row] = widths
        return True

    def _keep_in_place(self, top: int, shift: int) -> None:
        """Rows above the top one changed height (measured, or estimated for new column widths):
        scroll by as much, so the screen stays put."""
        wanted = self._header.sectionPosition(top) - shift
        bar = self._table.verticalScrollBar()
        if wanted != bar.value():
            self._table.updateGeometries()  # the scroll range, for the new heights
            bar.setValue(wanted)

    def _column_widths(self) -> tuple[int, int]:
        return self._table.columnWidth(0), self._table.columnWidth(1)


def _most_values(cells: list[tuple[Extent, Extent]]) -> int:
    return max((side[0] for sides in cells for side in sides if side is not None), default=0)


def _char_metrics(font: QFont) -> tuple[float, float, float]:
    """Advance of a CJK and of an ASCII character, and the height of a line, as QTextLayout lays
    them out (a CJK fallback font may be taller than the font's own metrics)."""
    wide, height = _one_line("中" * _SAMPLE, font)
    narrow, _height = _one_line("0a" * (_SAMPLE // 2), font)
    return wide / _SAMPLE, narrow / _SAMPLE, height


def _one_line(text: str, font: QFont) -> tuple[float, float]:
    """Width and height of text laid out on one line."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(1e6)
    layout.endLayout()
    return line.naturalTextWidth(), line.height()
