"""Which language the window speaks now: "zh" or "en", for what is written outside Qt (reports).

The installed translator answers: the English translation turns this marker into "en", and
with no translator (the Chinese source) it stays "zh". So a feature need not reach into the
shell's session to know the language, and a switch in Preferences is followed at once.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def ui_language() -> str:
    return "en" if QCoreApplication.translate("UiLanguage", "zh") == "en" else "zh"
