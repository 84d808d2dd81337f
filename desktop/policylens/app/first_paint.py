"""Run something once, right after a widget first paints."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer


class FirstPaint(QObject):
    """Runs a callback once, on the event loop's next turn after the watched widget paints."""

    def __init__(self, widget, callback):
        super().__init__(widget)
        self._callback = callback
        self._done = False
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False
