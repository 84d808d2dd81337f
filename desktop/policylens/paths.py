"""Where bundled files and user data live.

The data folder is, in order: --data-dir on the command line, the folder chosen in Preferences
(kept in a small pointer file in the user's config folder, so it can name a folder anywhere),
or the platform's user data folder. The pointer lives outside any data folder on purpose:
it says which data folder to open.
"""
from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "PolicyLens"
CONFIG_DIR_ENV = "POLICYLENS_CONFIG_DIR"  # tests and portable installs point this elsewhere
LOCATION_FILE = "location.json"


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


def platform_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    override = os.environ.get(CONFIG_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def location_file() -> Path:
    """The pointer to the data folder chosen in Preferences."""
    return config_dir() / LOCATION_FILE


def chosen_data_dir(location: Path | None = None) -> Path | None:
    """The data folder chosen in Preferences, or None if none was chosen.

    An unreadable pointer counts as no choice: the data itself is never in it, and the
    Preferences dialog shows which folder is in use.
    """
    location = location or location_file()
    try:
        folder = json.loads(location.read_text("utf-8"))["data_dir"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return Path(folder) if isinstance(folder, str) and folder else None


def choose_data_dir(folder: Path | None, location: Path | None = None) -> None:
    """Keep folder as the data folder of the next start (None: back to the platform's own).

    Only the pointer changes: no data is moved or deleted.
    """
    from .store.atomic import write_json_atomic  # the store is not needed to find resources

    location = location or location_file()
    if folder is None:
        location.unlink(missing_ok=True)
    else:
        write_json_atomic(location, {"data_dir": str(Path(folder).expanduser().resolve())})


def default_data_dir() -> Path:
    """The data folder when none is given on the command line."""
    return chosen_data_dir() or platform_data_dir()


def describe_data_folder(folder: Path) -> str:
    """What a folder offered as the data folder holds: 'data' (a PolicyLens data folder),
    'empty' (missing or empty: the bundled documents are imported there on first start),
    'other' (other files: PolicyLens would add its own beside them) or 'unwritable'."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        return "unwritable"
    from .store.layout import Layout  # the store is not needed to find resources

    if Layout(folder).is_used():
        return "data"
    existing = folder if folder.exists() else next((p for p in folder.parents if p.exists()), None)
    if existing is None or not os.access(existing, os.W_OK):
        return "unwritable"
    return "empty" if not folder.exists() or not any(folder.iterdir()) else "other"
