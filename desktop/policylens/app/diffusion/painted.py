"""A drawing widget that paints the same picture on screen, into a PNG and into an SVG.

Charts here are drawn with QPainter (PySide6-Essentials has no QtCharts): a subclass paints
into a rectangle in draw(), and says which item is at a point in item_at() for clicks. The
exports render draw() at the widget's size (PNG at twice its pixels, for print).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QSizePolicy, QWidget



class PaintedView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.setMinimumSize(420, 260)

    def draw(self, painter: QPainter, rect: QRect) -> None:
        raise NotImplementedError

    def item_at(self, x: float, y: float):
        """What was drawn at (x, y) of the widget, or None."""
        return None

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self.draw(painter, self.rect())
        painter.end()

    def mouseMoveEvent(self, event) -> None:
        item = self.item_at(event.position().x(), event.position().y())
        self.setCursor(Qt.CursorShape.PointingHandCursor if item is not None else Qt.CursorShape.ArrowCursor)
        self.setToolTip(self.tooltip_of(item) if item is not None else "")
        super().mouseMoveEvent(event)

    def tooltip_of(self, item) -> str:
        return ""

    def mousePressEvent(self, event) -> None:
        item = self.item_at(event.position().x(), event.position().y())
        if item is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked(item)
        super().mousePressEvent(event)

    def clicked(self, item) -> None:
        """An item was clicked (subclasses emit their signal)."""

    def save(self, fmt: str, path: Path) -> None:
        """Write the picture as PNG or SVG; raises OSError when the file cannot be written."""
        size = self.size() if self.width() > 10 else QSize(900, 560)
        if fmt == "svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(self.windowTitle() or "PolicyLens")
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, size.width(), size.height()), self.palette().base().color())
            self.draw(painter, QRect(0, 0, size.width(), size.height()))
            painter.end()
            if not path.exists():
                raise OSError(f"could not write {path}")
            return
        image = QImage(size * 2, QImage.Format.Format_ARGB32)
        image.fill(self.palette().base().color())
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(2, 2)
        self.draw(painter, QRect(0, 0, size.width(), size.height()))
        painter.end()
        if not image.save(str(path), "PNG"):
            raise OSError(f"could not write {path}")
