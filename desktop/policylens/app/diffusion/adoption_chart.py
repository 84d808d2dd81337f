"""The cumulative adoption curve of a clause family, drawn with QPainter.

x is time (each member at the first day of its date's period), y the number of adopters. The
curve steps up at each date of adoption; each member is a point at its rank, filled for the
central and provincial members, whose dates are also drawn as dashed reference lines with
their place. A click on a point opens its clause.
"""
from __future__ import annotations

import datetime

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from ...core.diffusion.dates import first_day
from ...core.diffusion.timeline import Point, Timeline
from .painted import PaintedView

MARGINS = (56, 28, 24, 40)  # left, top, right, bottom
RADIUS = 5
REFERENCE_COLOUR = "#c0392b"
CURVE_COLOUR = "#1a5fb4"


def _day(iso: str) -> int:
    return datetime.date.fromisoformat(iso).toordinal()


class AdoptionChart(PaintedView):
    point_clicked = Signal(str, str)  # document key, clause id

    def __init__(self, parent=None):
        super().__init__(parent)
        self.timeline: Timeline | None = None
        self._placed: list[tuple[QPointF, Point]] = []

    def set_timeline(self, timeline: Timeline | None) -> None:
        self.timeline = timeline
        self.update()

    # -- geometry ----------------------------------------------------------------------------
    def _frame(self, rect: QRect) -> QRectF:
        left, top, right, bottom = MARGINS
        return QRectF(rect.left() + left, rect.top() + top, rect.width() - left - right,
                      rect.height() - top - bottom)

    def _span(self) -> tuple[int, int]:
        days = [_day(p.facts.date.first_day) for p in self.timeline.points]
        first, last = min(days), max(days)
        pad = max(30, (last - first) // 20)
        return first - pad, last + pad

    def positions(self, rect: QRect) -> list[tuple[QPointF, Point]]:
        """Where each dated member is drawn in rect."""
        if not self.timeline or not self.timeline.points:
            return []
        frame, (first, last) = self._frame(rect), self._span()
        n = len(self.timeline.points)
        x = lambda day: frame.left() + (day - first) / max(last - first, 1) * frame.width()  # noqa: E731
        y = lambda count: frame.bottom() - count / n * frame.height()  # noqa: E731
        return [(QPointF(x(_day(p.facts.date.first_day)), y(rank)), p)
                for rank, p in enumerate(self.timeline.points, 1)]

    def item_at(self, x: float, y: float):
        for centre, point in self.positions(self.rect()):
            if (centre.x() - x) ** 2 + (centre.y() - y) ** 2 <= (RADIUS + 3) ** 2:
                return point
        return None

    def tooltip_of(self, point: Point) -> str:
        return f"{point.facts.place_label or point.key}  {point.facts.date.value}\n{point.title or point.clause}"

    def clicked(self, point: Point) -> None:
        self.point_clicked.emit(point.key, point.clause)

    # -- drawing -----------------------------------------------------------------------------
    def draw(self, painter: QPainter, rect: QRect) -> None:
        ink = self.palette().text().color()
        painter.setPen(QPen(ink, 1))
        painter.setFont(self.font())
        if not self.timeline or not self.timeline.points:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("没有带日期的成员"))
            return
        frame, (first, last) = self._frame(rect), self._span()
        placed = self.positions(rect)
        self._draw_axes(painter, frame, first, last, len(placed), ink)
        x_of = {p.key + p.clause: c.x() for c, p in placed}
        for point in self.timeline.references:
            xr = x_of[point.key + point.clause]
            painter.setPen(QPen(QColor(REFERENCE_COLOUR), 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(xr, frame.top()), QPointF(xr, frame.bottom()))
            painter.drawText(QPointF(xr + 3, frame.top() + painter.fontMetrics().ascent()),
                             f"{point.facts.place_label} {point.facts.date.value}")
        path, n = QPainterPath(QPointF(frame.left(), frame.bottom())), len(placed)
        for date, adopters in self.timeline.curve():
            xd = frame.left() + (_day(first_day(date)) - first) / max(last - first, 1) * frame.width()
            path.lineTo(xd, path.currentPosition().y())
            path.lineTo(xd, frame.bottom() - adopters / n * frame.height())
        path.lineTo(frame.right(), path.currentPosition().y())
        painter.setPen(QPen(QColor(CURVE_COLOUR), 2))
        painter.drawPath(path)
        for centre, point in placed:
            colour = QColor(REFERENCE_COLOUR if point.reference else CURVE_COLOUR)
            painter.setPen(QPen(colour, 1.5))
            painter.setBrush(colour if point.reference else self.palette().base().color())
            painter.drawEllipse(centre, RADIUS, RADIUS)
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _draw_axes(self, painter: QPainter, frame: QRectF, first: int, last: int, n: int, ink: QColor) -> None:
        metrics = painter.fontMetrics()
        painter.setPen(QPen(ink, 1))
        painter.drawLine(frame.bottomLeft(), frame.bottomRight())
        painter.drawLine(frame.bottomLeft(), frame.topLeft())
        start, end = datetime.date.fromordinal(first).year, datetime.date.fromordinal(last).year
        step = max(1, (end - start + 1) // 10)
        for year in range(start, end + 2, step):
            day = datetime.date(year, 1, 1).toordinal()
            if first <= day <= last:
                x = frame.left() + (day - first) / max(last - first, 1) * frame.width()
                painter.drawLine(QPointF(x, frame.bottom()), QPointF(x, frame.bottom() + 4))
                label = str(year)
                painter.drawText(QPointF(x - metrics.horizontalAdvance(label) / 2,
                                         frame.bottom() + 6 + metrics.ascent()), label)
        for count in sorted({0, n, *range(0, n + 1, max(1, n // 5))}):
            y = frame.bottom() - count / max(n, 1) * frame.height()
            painter.drawLine(QPointF(frame.left() - 4, y), QPointF(frame.left(), y))
            label = str(count)
            painter.drawText(QPointF(frame.left() - 8 - metrics.horizontalAdvance(label), y + metrics.ascent() / 2 - 1),
                             label)
        title = self.tr("累计采纳数")
        painter.drawText(QPointF(frame.left() + 6, frame.top() - 8), title)

