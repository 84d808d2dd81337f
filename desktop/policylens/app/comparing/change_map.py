"""A thin strip beside a scroll bar marking where the differences are, as diff tools have.

Each changed row is a mark at the height its row has in the whole table, so the marks line up
with the scroll bar beside it; the part of the table on screen is drawn as a frame. A click
(or a drag) jumps to the row under the pointer.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QTableView, QWidget

from ..common import styles

COLOURS = {"changed": ("#e0a800", "#c99a10"), "only_a": ("#d9534f", "#ff7b72"), "only_b": ("#3c9a3c", "#6fcf6f")}
WIDTH = 14


class ChangeMap(QWidget):
    rowClicked = Signal(int)

    def __init__(self, view: QTableView, parent=None):
        super().__init__(parent)
        self._view = view
        self._statuses: list[str] = []
        self.setFixedWidth(WIDTH)
        self.setMouseTracking(False)
        self.setToolTip(self.tr("差异分布：黄色为改动，红色为只在左侧，绿色为只在右侧；点击跳转"))
        view.verticalScrollBar().valueChanged.connect(self.update)
        view.verticalHeader().sectionResized.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 200)

    def set_statuses(self, statuses: list[str]) -> None:
        """One status per row (equal, changed, only_a, only_b)."""
        self._statuses = list(statuses)
        self.update()

    def marks(self) -> list[tuple[int, float, float]]:
        """(row, top, height) of each mark in widget coordinates."""
        header = self._view.verticalHeader()
        total = header.length() or 1
        scale = self.height() / total
        return [(row, header.sectionPosition(row) * scale, max(header.sectionSize(row) * scale, 2.0))
                for row, kind in enumerate(self._statuses) if kind != "equal"]

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        dark = int(styles.is_dark())
        for row, top, height in self.marks():
            painter.fillRect(QRectF(2, top, self.width() - 4, height), QColor(COLOURS[self._statuses[row]][dark]))
        header = self._view.verticalHeader()
        if header.length():
            scale = self.height() / header.length()
            shown = QRectF(0.5, header.offset() * scale, self.width() - 1,
                           self._view.viewport().height() * scale)
            painter.setPen(QPen(self.palette().text().color(), 1))
            painter.drawRect(shown)
        painter.end()

    def row_at(self, y: float) -> int | None:
        header = self._view.verticalHeader()
        if not self._statuses or not self.height():
            return None
        row = header.logicalIndexAt(int(y / self.height() * header.length()) - header.offset())
        return row if row >= 0 else len(self._statuses) - 1

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._jump(event.position().y())

    def _jump(self, y: float) -> None:
        row = self.row_at(y)
        if row is not None:
            self.rowClicked.emit(row)
