"""Where bundled files and user data live."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "PolicyLens"


def resources_dir() -> Path:
    return Path(str(resources.files("policylens.resources")))


def seeds_dir() -> Path:
    """The bundled corpus: inside the installed package, or beside desktop/ in a source tree.

    seeds/ holds only the corpus files (no __init__.py), so it is found by path rather than
    through importlib.resources, which would see a namespace package.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parents[1] / "seeds"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled corpus is missing (looked in {here / 'seeds'})")


def seed_files() -> list[Path]:
    return sorted(p for p in seeds_dir().iterdir() if p.suffix.lower() in (".txt", ".html", ".htm", ".docx"))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
