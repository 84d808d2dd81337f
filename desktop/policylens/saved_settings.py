"""The window's saved settings, read by the command line: the coder's name from Preferences.

The settings are an INI file in the data folder (app/main.settings_for), written by QSettings;
QtCore reads it back exactly as the window wrote it, without a display.
"""
from __future__ import annotations

from pathlib import Path

SETTINGS_FILE = "policylens.ini"
CODER_KEY = "preferences/coder"


def saved_coder(data_dir: Path) -> str:
    """The coder's name set in Preferences for this data folder, or "" if none was set."""
    path = Path(data_dir) / SETTINGS_FILE
    if not path.is_file():
        return ""
    from PySide6.QtCore import QSettings  # only when there is something to read

    value = QSettings(str(path), QSettings.Format.IniFormat).value(CODER_KEY, "")
    return " ".join(value.split()) if isinstance(value, str) else ""
