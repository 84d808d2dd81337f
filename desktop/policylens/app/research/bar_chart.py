"""A horizontal bar chart drawn with QPainter: one labelled bar per (label, count), longest first.

QtCharts ships in PySide6-Addons, not in the Essentials the application depends on; a bar per
word is a few rectangles and texts. The widget is as tall as its bars need (inside a scroll
area when there are many) and is painted in the palette's colours, so it follows the theme.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

MARGIN = 8
GAP = 6  # between label, bar and count


class BarChart(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[tuple[str, int]] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(self, bars: list[tuple[str, int]]) -> None:
        self.bars = list(bars)
        self.updateGeometry()
        self.update()

    def row_height(self) -> int:
        return self.fontMetrics().height() + 6

    def sizeHint(self) -> QSize:
        return QSize(480, 2 * MARGIN + max(len(self.bars), 1) * self.row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def bar_rects(self) -> list[QRect]:
        """Where each bar is drawn (the longest count fills the room left by labels and counts)."""
        if not self.bars:
            return []
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(label) for label, _ in self.bars)
        count_width = max(metrics.horizontalAdvance(str(count)) for _, count in self.bars)
        left = MARGIN + label_width + GAP
        room = max(self.width() - left - GAP - count_width - MARGIN, 1)
        most = max(count for _, count in self.bars) or 1
        height = self.row_height()
        return [QRect(left, MARGIN + i * height + 2, max(round(room * count / most), 1), height - 4)
                for i, (_, count) in enumerate(self.bars)]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        bar_colour = QColor(palette.color(QPalette.ColorRole.Highlight))
        bar_colour.setAlpha(190)
        text = palette.color(QPalette.ColorRole.Text)
        middle = int(Qt.AlignmentFlag.AlignVCenter)
        for (label, count), rect in zip(self.bars, self.bar_rects()):
            painter.setPen(text)
            painter.drawText(QRect(MARGIN, rect.top(), rect.left() - GAP - MARGIN, rect.height()),
                             middle | int(Qt.AlignmentFlag.AlignRight), label)
            painter.fillRect(rect, bar_colour)
            painter.drawText(QRect(rect.right() + GAP, rect.top(), self.width(), rect.height()),
                             middle | int(Qt.AlignmentFlag.AlignLeft), str(count))
        painter.end()
