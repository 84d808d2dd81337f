"""Save and open dialogs that start where the user saves things, with a name to accept.

Dialogs opened with an empty directory start in the process's working directory, which for a
desktop launcher is the home folder or /, and leave the extension to the user. These start in
the folder used last (else Documents), suggest a name, and add the chosen format's extension
when the user typed a name without one.
"""
from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: Path | None = None  # for this run: where the user saved or opened last
_UNSAFE = re.compile(r'[\\/:*?"<>|\n\r\t]+')


def start_folder() -> Path:
    if _last_folder is not None and _last_folder.is_dir():
        return _last_folder
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def remember(path: Path) -> None:
    global _last_folder
    _last_folder = path.parent


def file_name(text: str, most: int = 80) -> str:
    """text as a file name: no path separators or characters Windows refuses, not too long."""
    name = _UNSAFE.sub(" ", text).strip(" .")
    return name[:most].rstrip(" .") or "PolicyLens"


def extension_of(file_filter: str) -> str:
    """'Excel 工作簿 (*.xlsx)' -> 'xlsx' (the first pattern of the filter)."""
    found = re.search(r"\*\.([A-Za-z0-9]+)", file_filter)
    return found.group(1) if found else ""


def with_extension(path: str, file_filter: str) -> Path:
    chosen, extension = Path(path), extension_of(file_filter)
    if extension and chosen.suffix.lower() != f".{extension.lower()}":
        chosen = chosen.with_name(f"{chosen.name}.{extension}")
    return chosen


def ask_save_path(parent: QWidget | None, title: str, name: str, filters: list[str],
                  chosen: str | None = None) -> tuple[Path, str] | None:
    """(path, the filter chosen), or None if the user cancelled; name is suggested without an
    extension and gets that of the filter chosen (the first, unless chosen names another)."""
    selected = chosen or filters[0]
    suggestion = start_folder() / f"{file_name(name)}.{extension_of(selected)}"
    path, picked = QFileDialog.getSaveFileName(parent, title, str(suggestion), ";;".join(filters), selected)
    if not path:
        return None
    picked = picked or selected
    result = with_extension(path, picked)
    remember(result)
    return result, picked


def ask_open_paths(parent: QWidget | None, title: str, filters: str) -> list[Path]:
    paths, _picked = QFileDialog.getOpenFileNames(parent, title, str(start_folder()), filters)
    if paths:
        remember(Path(paths[0]))
    return [Path(p) for p in paths]


def ask_open_path(parent: QWidget | None, title: str, filters: str) -> Path | None:
    path, _picked = QFileDialog.getOpenFileName(parent, title, str(start_folder()), filters)
    if path:
        remember(Path(path))
    return Path(path) if path else None
