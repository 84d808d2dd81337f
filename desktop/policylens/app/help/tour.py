"""The first-run tour: a few hints, each beside the part of the window it explains.

The hints are plain child widgets of the window, not dialogs: everything around them keeps
working, so a user can try what a hint says before going on (Next), or stop (Skip, Esc).
A ring marks the part explained; both follow the window and the part as they move or resize.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

GAP = 10  # between the part explained and its hint
BUBBLE_WIDTH = 330
NARROWEST = 200  # a hint squeezed beside its part: narrower, it wraps into a column of words


@dataclass(frozen=True)
class Step:
    anchor: Callable[[], QWidget | None]  # the widget explained (asked when the step is shown)
    text: str
    prepare: Callable[[], None] | None = None  # e.g. bring a tabbed dock to the front


class Ring(QWidget):
    """A highlight-coloured outline around the widget explained; clicks pass through it."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor(self.palette().highlight().color())
        painter.setPen(QPen(colour, 3))
        painter.drawRoundedRect(self.rect().adjusted(2, 2, -2, -2), 6, 6)


class Bubble(QFrame):
    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.setObjectName("tourBubble")
        self.setStyleSheet("QFrame#tourBubble { background: palette(tooltip-base); color: palette(tooltip-text);"
                           " border: 2px solid palette(highlight); border-radius: 8px; }"
                           " QFrame#tourBubble QLabel { background: transparent; border: none; }")
        self.counter = QLabel(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.skip_button = QPushButton(self)
        self.next_button = QPushButton(self)
        self.next_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.counter)
        buttons.addStretch(1)
        buttons.addWidget(self.skip_button)
        buttons.addWidget(self.next_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 12, 14, 10)
        column.addWidget(self.text)
        column.addLayout(buttons)
        self.setFixedWidth(BUBBLE_WIDTH)

    def fit(self, width: int = BUBBLE_WIDTH) -> None:
        """width wide, as tall as the wrapped text needs at it. adjustSize() would take the
        text's size hint, measured at another width, and clip a long hint."""
        self.setFixedWidth(width)
        self.resize(width, self.heightForWidth(width))


class Tour(QObject):
    """Shows steps one after another over window; finished when done, skipped or Esc'd."""

    finished = Signal()

    def __init__(self, window: QWidget, steps: list[Step]):
        super().__init__(window)
        self.window, self.steps = window, steps
        self.index = -1
        self._anchor: QWidget | None = None
        self.ring = Ring(window)
        self.bubble = Bubble(window)
        self.bubble.skip_button.setText(self.tr("跳过"))
        self.bubble.skip_button.clicked.connect(self.stop)
        self.bubble.next_button.clicked.connect(self.next)
        for widget in (self.ring, self.bubble):
            widget.hide()

    def start(self) -> None:
        window = self.window
        window.installEventFilter(self)
        QApplication.instance().installEventFilter(self)  # Esc, wherever the focus is
        self.index = -1
        self.next()

    def running(self) -> bool:
        return self.bubble.isVisible()

    def next(self) -> None:
        """The next step whose part can be shown; past the last one the tour ends."""
        while self.index + 1 < len(self.steps):
            self.index += 1
            if self._show(self.steps[self.index]):
                return
        self.stop()

    def stop(self) -> None:
        if self.index < 0:
            return
        self.index = -1
        self._watch(None)
        self.window.removeEventFilter(self)
        QApplication.instance().removeEventFilter(self)
        self.ring.hide()
        self.bubble.hide()
        self.finished.emit()

    def _show(self, step: Step) -> bool:
        if step.prepare:
            step.prepare()
        anchor = step.anchor()
        if anchor is None or not anchor.isVisible():
            return False
        self._watch(anchor)
        last = not any(self._available(s) for s in self.steps[self.index + 1:])
        self.bubble.counter.setText(f"{self.index + 1}/{len(self.steps)}")
        self.bubble.text.setText(step.text)
        self.bubble.next_button.setText(self.tr("完成") if last else self.tr("下一步"))
        self.bubble.skip_button.setVisible(not last)
        self.ring.show()
        self.bubble.show()
        self.place()
        self.ring.raise_()
        self.bubble.raise_()
        return True

    @staticmethod
    def _available(step: Step) -> bool:
        return step.anchor() is not None

    def _watch(self, anchor: QWidget | None) -> None:
        if self._anchor is not None:
            self._anchor.removeEventFilter(self)
        self._anchor = anchor
        if anchor is not None:
            anchor.installEventFilter(self)

    def place(self) -> None:
        """Put the ring on the part explained and the hint beside it, inside the window."""
        if self._anchor is None:
            return
        area = QRect(self._anchor.mapTo(self.window, QPoint(0, 0)), self._anchor.size())
        self.ring.setGeometry(area.adjusted(-3, -3, 3, 3))
        spot = beside(area, self.window.rect(), self.bubble.heightForWidth)
        self.bubble.fit(spot.width())
        self.bubble.move(spot.topLeft())

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape and self.running() \
                and isinstance(watched, QWidget) and watched.window() is self.window:
            self.stop()
            return True
        if watched is self.window or watched is self._anchor:
            if kind in (QEvent.Type.Resize, QEvent.Type.Move, QEvent.Type.Show):
                self.place()
            elif kind == QEvent.Type.Hide and watched is self._anchor and not event.spontaneous() \
                    and self.window.isVisible():
                self.next()  # the user closed the part explained: go on with the next one
        return False


def beside(area: QRect, room: QRect, height_for: Callable[[int], int]) -> QRect:
    """Where a hint goes: right of, below, left of or above area, the first side where it fits
    inside room without covering area; a side too narrow for BUBBLE_WIDTH gets a narrower hint
    (down to NARROWEST). If no side has room (a part filling the window), the place inside room
    that covers the least of area, low and right, away from the headings at its top."""
    def within(start: int, length: int, low: int, high: int) -> int:
        return max(low, min(start, high + 1 - length))

    def spot(side: str) -> QRect | None:
        if side in ("right", "left"):
            space = room.right() - area.right() - GAP if side == "right" else area.left() - GAP - room.left()
            width = min(BUBBLE_WIDTH, space)
            if width < NARROWEST:
                return None
            height = height_for(width)
            x = area.right() + 1 + GAP if side == "right" else area.left() - GAP - width
            return QRect(x, within(area.top(), height, room.top(), room.bottom()), width, height)
        width = min(BUBBLE_WIDTH, room.width())
        height = height_for(width)
        y = area.bottom() + 1 + GAP if side == "below" else area.top() - GAP - height
        return QRect(within(area.left(), width, room.left(), room.right()), y, width, height)

    for side in ("right", "below", "left", "above"):
        place = spot(side)
        if place is not None and room.contains(place) and not place.intersects(area):
            return place
    width = min(BUBBLE_WIDTH, room.width())
    height = height_for(width)
    corners = [QRect(within(x, width, room.left(), room.right()), within(y, height, room.top(), room.bottom()),
                     width, height)
               for x, y in ((area.right() + 1 - width, area.bottom() + 1 - height),
                            (area.left(), area.bottom() + 1 - height), (area.right() + 1 - width, area.top()))]
    return min(corners, key=lambda place: _covered(place, area))


def _covered(place: QRect, area: QRect) -> int:
    common = place.intersected(area)
    return 0 if common.isEmpty() else common.width() * common.height()


def shortcut(action) -> str:
    """An action's first shortcut as the platform writes it, for a hint's text."""
    keys = action.shortcut()
    return keys.toString(QKeySequence.SequenceFormat.NativeText) if not keys.isEmpty() else ""
