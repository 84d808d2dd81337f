"""The lineage graph drawn in layers: one row per level (国家 at the top, then 省, 市, 县/区, 乡镇,
documents of no known level, and cited documents outside the corpus), each node placed left to
right by its adoption date. Cited edges are solid, inferred ones dashed, each with an arrow at
the document that cites or copies. A click on a corpus document opens it. A source the filters
left out (in_scope false: context) is drawn grey.

Nodes of one row that would overlap are pushed right just enough to keep them apart, so the
order in time is kept though the spacing then is not exact; a label is drawn when it fits
before the next node of its row, and every node has its full description as a tooltip.
"""
from __future__ import annotations

import datetime
import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from ...core.diffusion.dates import first_day
from ...core.diffusion.lineage import Lineage
from .painted import PaintedView

ROW_OF = {"国家": 0, "省": 1, "市": 2, "县": 3, "区": 3, "乡镇": 4}
RADIUS = 6
GAP = 2 * RADIUS + 4
LEFT, RIGHT, TOP, BOTTOM = 96, 96, 32, 24  # LEFT: at least; the widest row name decides
CITED, INFERRED = "#1a5fb4", "#c26a00"
CONTEXT = "#b0b0b0"  # a corpus document outside the filters, shown as a source


@dataclass
class Placed:
    id: str
    x: float
    y: float
    attrs: dict


class LineageDrawing(PaintedView):
    node_clicked = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.graph: Lineage | None = None
        self.setMinimumSize(600, 360)

    def set_graph(self, graph: Lineage | None) -> None:
        self.graph = graph
        self.update()

    def row_names(self) -> list[str]:
        return [self.tr("国家"), self.tr("省"), self.tr("市"), self.tr("县/区"), self.tr("乡镇"), self.tr("层级不明"),
                self.tr("库外文件")]

    # -- layout --------------------------------------------------------------------------------
    def layout_nodes(self, rect: QRect) -> dict[str, Placed]:
        if not self.graph or not self.graph.nodes:
            return {}
        used = sorted({_row(a) for a in self.graph.nodes.values()})
        height = (rect.height() - TOP - BOTTOM) / max(len(used), 1)
        row_y = {row: rect.top() + TOP + height * (i + 0.5) for i, row in enumerate(used)}
        days = [_day(a["date"]) for a in self.graph.nodes.values() if a.get("date")]
        first, last = (min(days), max(days)) if days else (0, 1)
        left = self.left_margin()
        width = rect.width() - left - RIGHT
        placed: dict[str, Placed] = {}
        by_row: dict[int, list[tuple[float, str]]] = {}
        citers: dict[str, list[int]] = {}  # a document outside the corpus stands below its first citer
        for edge in self.graph.edges:
            target = self.graph.nodes.get(edge.target, {})
            if target.get("date"):
                citers.setdefault(edge.source, []).append(_day(target["date"]))
        for node_id, attrs in self.graph.nodes.items():
            row = _row(attrs)
            if row == 6:
                x = (min(citers[node_id]) - first) / max(last - first, 1) if node_id in citers else 0.0
            elif attrs.get("date"):
                x = (_day(attrs["date"]) - first) / max(last - first, 1)
            else:
                x = 0.0
            by_row.setdefault(row, []).append((x, node_id))
        for row, nodes in by_row.items():
            nodes.sort()
            previous = -math.inf
            for x, node_id in nodes:
                px = max(rect.left() + left + x * width, previous + GAP)
                previous = px
                placed[node_id] = Placed(node_id, px, row_y[row], self.graph.nodes[node_id])
        return placed

    def left_margin(self) -> int:
        return max(LEFT, max(self.fontMetrics().horizontalAdvance(n) for n in self.row_names()) + 20)

    def item_at(self, x: float, y: float):
        for node in self.layout_nodes(self.rect()).values():
            if (node.x - x) ** 2 + (node.y - y) ** 2 <= (RADIUS + 2) ** 2:
                return node
        return None

    def tooltip_of(self, node: Placed) -> str:
        a = node.attrs
        lines = [a.get("title") or a.get("label") or node.id]
        lines.append(" ".join(v for v in (a.get("place", ""), a.get("level", ""), a.get("doc_number", ""),
                                          a.get("date", "")) if v))
        if not a.get("in_corpus", True):
            lines.append(self.tr("不在语料库中（按引用命名）"))
        elif not a.get("in_scope", True):
            lines.append(self.tr("不在筛选范围内（作为来源显示）"))
        return "\n".join(line for line in lines if line)

    def clicked(self, node: Placed) -> None:
        if node.attrs.get("in_corpus", True):
            self.node_clicked.emit(node.id)

    # -- drawing -------------------------------------------------------------------------------
    def draw(self, painter: QPainter, rect: QRect) -> None:
        ink = self.palette().text().color()
        painter.setFont(self.font())
        if not self.graph or not self.graph.nodes:
            painter.setPen(ink)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.tr("没有可显示的文件"))
            return
        placed = self.layout_nodes(rect)
        names, left = self.row_names(), self.left_margin()
        painter.setPen(QPen(ink, 1))
        for row in sorted({_row(n.attrs) for n in placed.values()}):
            y = next(n.y for n in placed.values() if _row(n.attrs) == row)
            painter.drawText(QRectF(rect.left() + 4, y - 10, left - 12, 20),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, names[row])
            painter.setPen(QPen(QColor(ink.red(), ink.green(), ink.blue(), 40), 1))
            painter.drawLine(QPointF(rect.left() + left - 4, y), QPointF(rect.right() - RIGHT, y))
            painter.setPen(QPen(ink, 1))
        for edge in self.graph.edges:
            a, b = placed.get(edge.source), placed.get(edge.target)
            if a and b:
                self._arrow(painter, a, b, edge.kind)
        metrics = painter.fontMetrics()
        rows: dict[float, list[Placed]] = {}
        for node in placed.values():
            rows.setdefault(node.y, []).append(node)
        for nodes in rows.values():
            nodes.sort(key=lambda n: n.x)
            for i, node in enumerate(nodes):
                inside, context = node.attrs.get("in_corpus", True), not node.attrs.get("in_scope", True)
                painter.setPen(QPen(QColor(CONTEXT) if inside and context else ink, 1))
                painter.setBrush(QColor("#ffffff") if not inside else QColor(CONTEXT if context else CITED).lighter(
                    120 if context else 170))
                painter.drawEllipse(QPointF(node.x, node.y), RADIUS, RADIUS)
                label = _label(node.attrs)
                room = (nodes[i + 1].x - node.x - 6) if i + 1 < len(nodes) else rect.right() - node.x - 6
                if metrics.horizontalAdvance(label) <= room:
                    painter.drawText(QPointF(node.x - RADIUS, node.y + RADIUS + metrics.ascent() + 1), label)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        self._legend(painter, rect, ink)

    def _arrow(self, painter: QPainter, a: Placed, b: Placed, kind: str) -> None:
        """A cited edge straight; an inferred one bowed to its side, so a pair with both shows both."""
        colour = QColor(CITED if kind == "cited" else INFERRED)
        pen = QPen(colour, 1.4 if kind == "cited" else 2.0)
        if kind != "cited":
            pen.setDashPattern([4, 3])
        painter.setPen(pen)
        dx, dy = b.x - a.x, b.y - a.y
        length = math.hypot(dx, dy) or 1.0
        ux, uy = dx / length, dy / length
        bow = 0.0 if kind == "cited" else min(24.0, length / 4)
        control = QPointF((a.x + b.x) / 2 - uy * bow, (a.y + b.y) / 2 + ux * bow)
        tx, ty = b.x - control.x(), b.y - control.y()  # the direction the edge arrives in
        t_len = math.hypot(tx, ty) or 1.0
        tx, ty = tx / t_len, ty / t_len
        tip = QPointF(b.x - tx * RADIUS, b.y - ty * RADIUS)
        path = QPainterPath(QPointF(a.x + ux * RADIUS, a.y + uy * RADIUS))
        path.quadTo(control, tip)
        painter.drawPath(path)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(colour)
        back = QPointF(tip.x() - tx * 8, tip.y() - ty * 8)
        painter.drawPolygon(QPolygonF([tip, QPointF(back.x() - ty * 4, back.y() + tx * 4),
                                       QPointF(back.x() + ty * 4, back.y() - tx * 4)]))
        painter.setBrush(Qt.BrushStyle.NoBrush)

    def _legend(self, painter: QPainter, rect: QRect, ink: QColor) -> None:
        metrics = painter.fontMetrics()
        x, y = rect.right() - RIGHT, rect.top() + 4 + metrics.ascent()
        for text, colour, style in ((self.tr("推断（文本复用）"), INFERRED, Qt.PenStyle.DashLine),
                                    (self.tr("引用"), CITED, Qt.PenStyle.SolidLine)):
            x -= metrics.horizontalAdvance(text) + 36
            painter.setPen(QPen(QColor(colour), 1.6, style))
            painter.drawLine(QPointF(x, y - metrics.ascent() / 3), QPointF(x + 24, y - metrics.ascent() / 3))
            painter.setPen(QPen(ink, 1))
            painter.drawText(QPointF(x + 28, y), text)


def _row(attrs: dict) -> int:
    if not attrs.get("in_corpus", True):
        return 6
    return ROW_OF.get(attrs.get("level", ""), 5)


def _day(value: str) -> int:
    return datetime.date.fromisoformat(first_day(value)).toordinal()


def _label(attrs: dict) -> str:
    place = attrs.get("place", "")
    year = (attrs.get("date") or "")[:4]
    if place:
        return f"{place}{year}"
    return (attrs.get("label") or "")[:10]
