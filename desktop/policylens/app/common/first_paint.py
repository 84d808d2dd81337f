"""Run something once, right after a widget first paints.

With POLICYLENS_MODULES_AT_PAINT=FILE in the environment, the first paint any FirstPaint sees
writes the names of the modules imported so far to FILE (a JSON list), before any callback
runs: tests/test_startup_imports.py checks with it that start-up leaves the heavy libraries
(word cutting, alignment, exchange formats) for later.
"""
from __future__ import annotations

import json
import os
import sys

from PySide6.QtCore import QEvent, QObject, QTimer

MODULES_AT_PAINT = "POLICYLENS_MODULES_AT_PAINT"
_modules_written = False


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
            _write_modules()
            QTimer.singleShot(0, self._callback)
        return False


def _write_modules() -> None:
    global _modules_written
    path = os.environ.get(MODULES_AT_PAINT)
    if path and not _modules_written:
        _modules_written = True
        with open(path, "w", encoding="utf-8") as out:
            json.dump(sorted(sys.modules), out)
