"""Light and dark: follow the system's colour scheme, or the user's choice in preferences.

Where the platform gives a dark palette itself (macOS, Windows 11, GNOME with a dark theme)
that palette is kept; where it does not (plain X11, the offscreen platform), the Fusion style
gets a dark palette of ours. The reader's marks take their colours from styles.colours(),
which reads the palette, and re-render on the palette-change event.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")
_R = QPalette.ColorRole
_DARK = {  # role -> colour, after KDE Breeze Dark and Fusion's own dark scheme
    _R.Window: "#2b2b2b", _R.WindowText: "#e6e6e6", _R.Base: "#1e1e1e", _R.AlternateBase: "#262626",
    _R.ToolTipBase: "#3a3a3a", _R.ToolTipText: "#f0f0f0", _R.PlaceholderText: "#8c8c8c",
    _R.Text: "#e6e6e6", _R.Button: "#333333", _R.ButtonText: "#e6e6e6", _R.BrightText: "#ff6b6b",
    _R.Highlight: "#2f65ca", _R.HighlightedText: "#ffffff", _R.Link: "#7fb2ff", _R.LinkVisited: "#b48cff",
    _R.Light: "#474747", _R.Midlight: "#3c3c3c", _R.Mid: "#2f2f2f", _R.Dark: "#1a1a1a", _R.Shadow: "#0f0f0f",
}
_DISABLED_TEXT = "#7a7a7a"


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK.items():
        palette.setColor(role, QColor(colour))
    for role in (_R.WindowText, _R.Text, _R.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED_TEXT))
    return palette


def _light_palette(fusion) -> QPalette:
    palette = fusion.standardPalette()
    if palette.color(_R.Base).lightness() < 128:  # a Fusion that follows a dark system
        palette = QPalette(QColor("#efefef"), QColor("#ffffff"))
    return palette


def system_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Appearance:
    """Applies a theme choice to the application and keeps following the system on 'system'."""

    def __init__(self, app: QApplication):
        self.app = app
        self.theme = "system"
        self._system_palette = QPalette(app.palette())
        self._system_style = app.style().name()
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self._apply())

    def set_theme(self, theme: str) -> None:
        if theme not in THEMES:
            raise ValueError(f"unknown theme {theme!r}; expected one of {', '.join(THEMES)}")
        self.theme = theme
        self._apply()

    def dark(self) -> bool:
        return self.theme == "dark" or (self.theme == "system" and system_is_dark())

    def _apply(self) -> None:
        system_dark_palette = self._system_palette.color(_R.Base).lightness() < 128
        if self.dark() == system_dark_palette:  # the platform's own palette already fits
            self._set(self._system_style, self._system_palette)
            return
        palette = dark_palette() if self.dark() else _light_palette(QStyleFactory.create("Fusion"))
        self._set("fusion", palette)

    def _set(self, style: str, palette: QPalette) -> None:
        # Setting a style re-polishes every widget: only when it changes (start-up pays otherwise).
        if self.app.style().name().lower() != style.lower():
            self.app.setStyle(QStyleFactory.create(style) or QStyleFactory.create("Fusion"))
        if self.app.palette() != palette:
            self.app.setPalette(palette)


def for_app(app: QApplication) -> Appearance:
    """The application's one Appearance: it must see the platform's palette before any change."""
    appearance = getattr(app, "_policylens_appearance", None)
    if appearance is None:
        appearance = app._policylens_appearance = Appearance(app)
    return appearance
