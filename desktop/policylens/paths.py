"""Where bundled files and user data live."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "PolicyLens"


def resources_dir() -> Path:
    return Path(str(resources.files("policylens.resources")))


def seeds_dir() -> Path:
    """The bundled corpus: inside the installed package, or beside desktop/ in a source tree."""
    try:
        return Path(str(resources.files("policylens.seeds")))
    except ModuleNotFoundError:  # an editable install maps only real packages
        return Path(__file__).resolve().parents[2] / "seeds"


def seed_files() -> list[Path]:
    return sorted(p for p in seeds_dir().iterdir() if p.suffix.lower() in (".txt", ".html", ".htm", ".docx"))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
