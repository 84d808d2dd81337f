"""How one cell of the two-document table is drawn: clause id, value call-outs, then the text.

The text is laid out with QTextLayout and coloured by word operation (format ranges, so the
colours never move the line breaks); a gap is an empty hatched block with a short note. Heights
come from the same layout, cached per row, column and width; the table asks only for the rows
in view (two_doc_heights estimates the others).
"""
from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from ..common import styles
from ..common.clause_names import clause_name
from .two_doc_model import CLAUSE_ROLE, GAP_ROLE, PIECES_ROLE, VALUES_ROLE

PAD = 6
WIDTH_STEP = 16
GAP_HEIGHT = 28  # a gap is as tall as its row; alone (both sides gaps cannot happen) at least this
LAYOUTS = 256  # cells whose layout is kept: a few screens, so a row measured is painted without a second layout


@dataclass(frozen=True)
class Palette:
    ops: dict  # op -> (background, text)
    value: str  # value call-outs
    gap: tuple[str, str]  # hatch background, hatch lines
    current: str  # frame of the current row


LIGHT = Palette(ops={"insert": ("#c8f0c8", "#0f4a14"), "delete": ("#ffd6d6", "#7a1010"),
                     "replace": ("#fff0a8", "#5a4500"), "only": ("#eef4ff", "#10306b")},
                value="#6a3d9a", gap=("#f0f0f0", "#cfcfcf"), current="#1a5fb4")
DARK = Palette(ops={"insert": ("#1f5126", "#d6f5da"), "delete": ("#5e2222", "#ffd9d9"),
                    "replace": ("#5a4a10", "#fff1bf"), "only": ("#22324d", "#dce7ff")},
               value="#c9a3f0", gap=("#2b2b2b", "#454545"), current="#7fb2ff")


def palette() -> Palette:
    return DARK if styles.is_dark() else LIGHT


class CellDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._heights: dict[tuple[int, int, int], float] = {}
        self._layouts: OrderedDict[tuple, QTextLayout] = OrderedDict()  # the latest used last

    def forget(self) -> None:
        """Drop cached heights and layouts (new rows, a new font)."""
        self._heights.clear()
        self._layouts.clear()

    def sizeHint(self, option, index) -> QSize:
        width = text_width(option.rect.width())
        key = (index.row(), index.column(), width)
        if key not in self._heights:
            self._heights[key] = self._measure(option.font, index, width)
        return QSize(width, int(self._heights[key]) + 1)

    def _measure(self, font: QFont, index, width: int) -> float:
        if index.data(CLAUSE_ROLE) is None:
            return GAP_HEIGHT
        text = self._layout(index, font, width).boundingRect().height()
        return frame_height(font, len(index.data(VALUES_ROLE))) + text

    def _layout(self, index, font: QFont, width: int) -> QTextLayout:
        key = (index.row(), index.column(), width, font.key(), styles.is_dark())
        layout = self._layouts.pop(key, None)
        if layout is None:
            layout = _layout(index, font, width)
        self._layouts[key] = layout
        if len(self._layouts) > LAYOUTS:
            self._layouts.popitem(last=False)
        return layout

    def paint(self, painter: QPainter, option, index) -> None:
        painter.save()
        colours, rect = palette(), QRectF(option.rect)
        painter.fillRect(rect, option.palette.base())  # the diff colours, not the selection's, fill the row
        if index.data(CLAUSE_ROLE) is None:
            self._paint_gap(painter, rect, index, option.font, colours)
        else:
            self._paint_clause(painter, rect, index, option, colours)
        if option.state & QStyle.StateFlag.State_HasFocus or option.state & QStyle.StateFlag.State_Selected:
            painter.setPen(QPen(QColor(colours.current), 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def _paint_gap(self, painter, rect: QRectF, index, font: QFont, colours: Palette) -> None:
        painter.fillRect(rect, QColor(colours.gap[0]))
        painter.fillRect(rect, QBrush(QColor(colours.gap[1]), Qt.BrushStyle.BDiagPattern))
        painter.setFont(_small(font))
        painter.setPen(option_text(colours, muted=True))
        painter.drawText(rect.adjusted(PAD, PAD, -PAD, -PAD), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         index.data(GAP_ROLE))

    def _paint_clause(self, painter, rect: QRectF, index, option, colours: Palette) -> None:
        small = _small(option.font)
        line = QFontMetricsF(small).lineSpacing()
        y = rect.top() + PAD
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(option_text(colours, muted=True))
        painter.drawText(QPointF(rect.left() + PAD, y + QFontMetricsF(bold).ascent()),
                         clause_name(index.data(CLAUSE_ROLE)))
        painter.setFont(small)
        painter.setPen(QColor(colours.value))
        for value in index.data(VALUES_ROLE):
            y += line
            painter.drawText(QPointF(rect.left() + PAD, y + QFontMetricsF(small).ascent()), value)
        painter.setPen(option.palette.text().color())
        layout = self._layout(index, option.font, text_width(option.rect.width()))
        layout.draw(painter, QPointF(rect.left() + PAD, y + line))


def text_width(cell_width: int) -> int:
    """Text is wrapped to the cell's width in steps of WIDTH_STEP: the two columns of a row, a
    pixel apart, and a cell one pixel narrower are measured once, not each again."""
    return max(cell_width - 2 * PAD, 120) // WIDTH_STEP * WIDTH_STEP


def frame_height(font: QFont, values: int) -> float:
    """A clause cell's height without its text: padding, the clause id and one line per value."""
    return 2 * PAD + QFontMetricsF(_small(font)).lineSpacing() * (1 + values)


def option_text(colours: Palette, muted: bool) -> QColor:
    return QColor("#8a8a8a" if muted else colours.current)


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(max(font.pointSizeF() * 0.85, 7.0))
    return small


def _layout(index, font: QFont, width: int) -> QTextLayout:
    """The cell's text wrapped to width, each changed piece in its colours."""
    colours = palette()
    text_pieces = index.data(PIECES_ROLE)
    layout = QTextLayout("".join(p.text for p in text_pieces).replace("\n", "\u2028"), font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    ranges, at = [], 0
    for piece in text_pieces:
        if piece.op != "equal":
            fmt = QTextCharFormat()
            background, foreground = colours.ops[piece.op]
            fmt.setBackground(QColor(background))
            fmt.setForeground(QColor(foreground))
            fmt.setFontStrikeOut(piece.op == "delete")
            span = QTextLayout.FormatRange()
            span.start, span.length, span.format = at, _units(piece.text), fmt
            ranges.append(span)
        at += _units(piece.text)
    layout.setFormats(ranges)
    layout.beginLayout()
    y = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(max(width, 40))
        line.setPosition(QPointF(0, y))
        y += line.height()
    layout.endLayout()
    return layout


def _units(text: str) -> int:
    """Length in UTF-16 code units, as Qt counts (a rare character beyond the BMP counts two)."""
    return len(text.encode("utf-16-le")) // 2
