"""The user's preferences: plain values, kept in the settings file (QSettings, INI)."""
from __future__ import annotations

from dataclasses import dataclass, fields

from PySide6.QtCore import QSettings

from ..common.scripts import SCRIPTS
from .appearance import THEMES
from .i18n import LANGUAGES

FONT_SIZES = (0, *range(8, 33))  # reader font size in points; 0: the system's own


@dataclass
class Preferences:
    language: str = "system"  # system, zh_CN, en
    theme: str = "system"  # system, light, dark
    font_size: int = 0
    script: str = "original"  # the script documents open in: original, simplified, traditional
    coder: str = ""  # the user's name, carried by every annotation and memo (saved_settings.CODER_KEY)

    @classmethod
    def load(cls, settings: QSettings) -> "Preferences":
        """Read the preferences; a value that is not one of the choices falls back to the default."""
        default = cls()
        values = {}
        for field in fields(cls):
            value = settings.value(f"preferences/{field.name}", getattr(default, field.name))
            values[field.name] = _valid(field.name, value, getattr(default, field.name))
        return cls(**values)

    def save(self, settings: QSettings) -> None:
        for field in fields(self):
            settings.setValue(f"preferences/{field.name}", getattr(self, field.name))
        settings.sync()


def _valid(name: str, value, default):
    if name == "coder":  # free text: one line, no surrounding blanks
        return " ".join(str(value).split()) if isinstance(value, str) else default
    choices = {"language": LANGUAGES, "theme": THEMES, "script": tuple(SCRIPTS)}
    if name == "font_size":
        try:
            value = int(value)
        except (TypeError, ValueError):
            return default
        return value if value in FONT_SIZES else default
    return value if value in choices[name] else default
