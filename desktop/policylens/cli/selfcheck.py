"""`policylens self-check`: prove that an installation or a bundle has everything it needs.

It opens the store in the data folder (importing the bundled seeds when the store is empty),
opens every document, loads the English translation, converts between scripts with OpenCC's
data and cuts words with jieba's dictionary, then prints one line of counts:

    documents: 5, clauses: 353, translations: ok, fonts: Noto Sans CJK SC

A missing part (translation, seeds, a data file) exits with status 2 and names what is missing,
so a broken bundle fails its smoke test instead of starting with an empty window. A missing
Chinese font is only reported: fonts belong to the system, not to the bundle.
"""
from __future__ import annotations

import os
import sys
from dataclasses import dataclass

from ..core.errors import DETAIL, PolicyLensError
from ..paths import resources_dir, seed_files
from .common import data_dir

# What the application reads from resources/ at run time.
REQUIRED_RESOURCES = ("agency_aliases.json", "common_hanzi.txt", "i18n/policylens_en.qm")


class MissingPart(PolicyLensError):
    """Something the application needs is not installed or not bundled."""
    code = "selfcheck"
    messages = {"selfcheck": DETAIL}


@dataclass(frozen=True)
class Report:
    documents: int
    clauses: int
    font: str  # the Chinese font the interface will use, or "" when there is none

    def line(self) -> str:
        fonts = self.font or "none (Chinese text will show as boxes; install e.g. Noto Sans CJK)"
        return f"documents: {self.documents}, clauses: {self.clauses}, translations: ok, fonts: {fonts}"


def register(sub) -> None:
    sub.add_parser("self-check", help="check that the installation has its data, translations and fonts"
                   ).set_defaults(run=cmd_self_check)


def cmd_self_check(args) -> int:
    try:
        report = check(data_dir(args))
    except MissingPart as exc:
        print(f"policylens self-check: {exc}", file=sys.stderr)
        return 2
    print(report.line())
    return 0


def check(data_dir) -> Report:
    check_resources()
    check_script_data()
    check_word_data()
    documents, clauses = open_corpus(data_dir)
    app = _gui_application()
    check_translation(app)
    return Report(documents, clauses, chinese_font())


def check_resources() -> None:
    folder = resources_dir()
    missing = [name for name in REQUIRED_RESOURCES if not (folder / name).is_file()]
    if missing:
        raise MissingPart(f"missing from {folder}: {', '.join(missing)}")


def check_script_data() -> None:
    """OpenCC's dictionaries drive the simplified/traditional fold used by search and diff."""
    from ..core import script
    try:
        converted = script.to_simplified("戶籍制度"), script.to_traditional("户籍制度")
    except OSError as exc:
        raise MissingPart(f"OpenCC's dictionaries cannot be read: {exc}") from exc
    if converted != ("户籍制度", "戶籍制度"):
        raise MissingPart(f"OpenCC's dictionaries are incomplete: 戶籍制度 became {converted}")


def check_word_data() -> None:
    """jieba's dictionary cuts words for the clause diff; without it every diff fails."""
    from ..core import worddiff
    try:
        worddiff.warm_up()
    except (OSError, ImportError) as exc:
        raise MissingPart(f"jieba's dictionary cannot be loaded: {exc}") from exc


def open_corpus(data_dir) -> tuple[int, int]:
    """(documents, clauses) after opening every document in the store."""
    from ..store import StoreError
    from ..workspace import Workspace
    try:
        store = Workspace(data_dir).corpus
        if not len(store):
            _import_seeds(store)
        keys = [record["key"] for record in store.documents()]
        return len(keys), sum(len(store.open_document(key).clauses) for key in keys)
    except StoreError as exc:
        raise MissingPart(f"the store in {data_dir} cannot be read: {exc}") from exc


def _import_seeds(store) -> None:
    try:
        seeds = seed_files()
    except FileNotFoundError as exc:
        raise MissingPart(str(exc)) from exc
    if not seeds:
        raise MissingPart("the bundled corpus folder holds no documents")
    failed = [r for r in store.import_files(seeds) if r.status == "failed"]
    if failed:
        raise MissingPart("bundled documents could not be imported: "
                          + "; ".join(f"{r.path}: {r.message}" for r in failed))


def _gui_application():
    """A QGuiApplication for the font and translation checks; offscreen when there is no display."""
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication
    return QGuiApplication.instance() or QGuiApplication(sys.argv[:1])


def check_translation(app) -> None:
    from PySide6.QtCore import QTranslator

    from ..app.shell.i18n import translations_dir
    translator = QTranslator(app)
    if not translator.load("policylens_en", str(translations_dir())) or translator.isEmpty():
        raise MissingPart(f"the English translation cannot be loaded from {translations_dir()}")


def chinese_font() -> str:
    from ..app.common.fonts import CJK_FAMILIES, cjk_families
    installed = cjk_families()
    preferred = [family for family in CJK_FAMILIES if family in installed]
    return (preferred or installed or [""])[0]
