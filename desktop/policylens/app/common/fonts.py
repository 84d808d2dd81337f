"""CJK typography: a font fallback list that reads well on each platform, and a check that
some installed font can show Chinese at all."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

# Preferred first; Qt falls back along the list per character.
CJK_FAMILIES = [
    "Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC",  # Linux packages, Adobe/Google
    "PingFang SC", "Hiragino Sans GB",                          # macOS
    "Microsoft YaHei UI", "Microsoft YaHei", "DengXian",       # Windows
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
]


def cjk_families() -> list[str]:
    """Installed families that declare Simplified or Traditional Chinese support."""
    found: list[str] = []
    for system in (QFontDatabase.WritingSystem.SimplifiedChinese,
                   QFontDatabase.WritingSystem.TraditionalChinese):
        found += [f for f in QFontDatabase.families(system) if f not in found]
    return found


def apply_cjk_font(app) -> bool:
    """Give the application font the fallback list; False if no Chinese font is installed."""
    installed = cjk_families()
    font = QFont(app.font())
    preferred = [f for f in CJK_FAMILIES if f in installed]
    font.setFamilies(preferred + [f for f in installed if f not in preferred][:2] + font.families())
    app.setFont(font)
    return bool(installed)
