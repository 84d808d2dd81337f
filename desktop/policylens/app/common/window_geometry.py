"""Window sizes that fit the screen, and tool windows that close as windows do.

A size asked for is a preference: on a 1366×768 laptop a 1340×840 window would put its status
bar and dock tabs off-screen, so every window takes at most the screen's available area less a
margin for the frame and the panel.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

FRAME_MARGIN = 48  # title bar and frame, which availableGeometry() does not subtract
SCREEN_SHARE = 0.92  # of a small screen: the window's edges stay reachable


def fitted(width: int, height: int, available: QRect) -> QSize:
    """(width, height), no larger than what the available area allows."""
    most_w = min(available.width() - FRAME_MARGIN, int(available.width() * SCREEN_SHARE))
    most_h = min(available.height() - FRAME_MARGIN, int(available.height() * SCREEN_SHARE))
    return QSize(max(320, min(width, most_w)), max(240, min(height, most_h)))


def available_area(widget: QWidget | None = None) -> QRect:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def resize_to_fit(widget: QWidget, width: int, height: int) -> None:
    widget.resize(fitted(width, height, available_area(widget)))


def show_tool_window(view: QWidget, title: str, width: int, height: int) -> QWidget:
    """Show view as a window of its own, deleted when closed, sized to the screen; Escape,
    Ctrl+W and the platform's Close keys (Ctrl+F4 as well on some) close it."""
    view.setWindowFlag(Qt.WindowType.Window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.setWindowTitle(title)
    keys = {QKeySequence(Qt.Key.Key_Escape).toString(), "Ctrl+W"}
    keys.update(k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Close))
    for key in sorted(keys):
        QShortcut(QKeySequence(key), view, view.close, context=Qt.ShortcutContext.WindowShortcut)
    resize_to_fit(view, width, height)
    view.show()
    return view
