"""The window layout kept from one run to the next, and whether it still leaves room to read.

A layout saved by an earlier run (QMainWindow state, the splitter, the geometry) can leave the
reader a few lines high or a strip wide: a dock dragged tall on a big monitor, then the same
settings on a laptop, or panes dragged wide once. What of it cramps the reader (the docks'
heights, the panes' widths) falls back to the default. The layout names the screen it was saved on; from another
screen size it is not restored at all.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from ..common.window_geometry import available_area

GEOMETRY, STATE, SPLITTER, SCREEN = "window/geometry", "window/state", "window/splitter", "window/screen"
READER_SHARE = 0.35  # of the window's width, at least, for the reader
READER_LINES = 8  # of body text, at least, in the reader's height


def screen_text(widget: QWidget) -> str:
    """'1366x728': the available area of the widget's screen, which the layout was made for."""
    area = available_area(widget)
    return f"{area.width()}x{area.height()}"


def save(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> None:
    settings.setValue(GEOMETRY, window.saveGeometry())
    settings.setValue(STATE, window.saveState())
    settings.setValue(SPLITTER, splitter.saveState())
    settings.setValue(SCREEN, screen_text(window))


def restore(settings: QSettings, window: QMainWindow, splitter: QSplitter) -> bool:
    """Restore the saved layout if it was saved on a screen of this size (or by a version
    that did not say); True if something was restored, to be checked once laid out."""
    saved_on = settings.value(SCREEN)
    if saved_on is not None and saved_on != screen_text(window):
        return False
    restored = False
    for key, restore_one in ((GEOMETRY, window.restoreGeometry), (STATE, window.restoreState),
                             (SPLITTER, splitter.restoreState)):
        value = settings.value(key)
        if value is not None:
            restored = restore_one(value) or restored
    return restored


def cramped(window: QWidget, reader: QWidget, text_view: QWidget) -> set[str]:
    """What leaves the reader, as laid out, no room to read: {"width"} (the panes beside it),
    {"height"} (the docks under it), both, or nothing."""
    if not reader.isVisible():
        return {"width", "height"}
    lines = text_view.fontMetrics().lineSpacing() * READER_LINES
    return {part for part, short in (("width", reader.width() < window.width() * READER_SHARE),
                                     ("height", text_view.height() < lines)) if short}
