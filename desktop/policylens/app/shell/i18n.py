"""The UI language: Chinese (the source strings) or English, through Qt's translation system.

Source strings are written in Chinese, the language of the documents and of most users;
resources/i18n/policylens_en.ts holds their English translations and policylens_en.qm is its
compiled form (packaging/update_translations.sh makes both). Qt's own strings (standard
buttons, context menus) come from the translations shipped with Qt.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from ...paths import resources_dir

LANGUAGES = ("system", "zh_CN", "en")


def resolve(choice: str, system: QLocale | None = None) -> str:
    """'zh_CN' or 'en' for a preference; 'system' follows the system locale (Chinese or not)."""
    if choice in ("zh_CN", "en"):
        return choice
    locale = system or QLocale.system()
    return "zh_CN" if locale.language() == QLocale.Language.Chinese else "en"


def translations_dir():
    return resources_dir() / "i18n"


def install(app, choice: str) -> str:
    """Install the translators for a language preference; returns the language used."""
    language = resolve(choice)
    for old in getattr(app, "_policylens_translators", []):
        app.removeTranslator(old)
    translators = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        translators.append(qt_own)
    if language == "en":
        ours = QTranslator(app)
        if not ours.load("policylens_en", str(translations_dir())):
            raise FileNotFoundError(f"the English translation is missing from {translations_dir()}")
        translators.append(ours)
    for translator in translators:
        app.installTranslator(translator)
    app._policylens_translators = translators
    return language
