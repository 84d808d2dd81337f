"""The scope bar's scope kept in the window's settings, for the next start on the same data folder.

Kept as written conditions (core/scope.py), the chosen set and the in-force date, as one JSON
value with the folder it is of: a settings file used with another data folder (or one copied
with its folder) never narrows a corpus it was not made on. Reading it back never fails: what
is not there, or not readable, is no scope.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QSettings

SETTING = "scope/last"


@dataclass(frozen=True)
class SavedScope:
    conditions: list[str] = field(default_factory=list)  # written, as Condition.text() gives them
    set_name: str | None = None
    in_force: str | None = None  # ISO day, month or year

    def __bool__(self) -> bool:
        return bool(self.conditions or self.set_name or self.in_force)


def _folder(data_dir: Path) -> str:
    return str(Path(data_dir).resolve())


def save_scope(settings: QSettings, data_dir: Path, scope: SavedScope) -> None:
    settings.setValue(SETTING, json.dumps({"folder": _folder(data_dir), "conditions": scope.conditions,
                                           "set": scope.set_name, "in_force": scope.in_force}, ensure_ascii=False))
    settings.sync()  # a window that does not close cleanly still starts with it


def saved_scope(settings: QSettings, data_dir: Path) -> SavedScope:
    try:
        data = json.loads(settings.value(SETTING, "") or "{}")
    except (TypeError, ValueError):
        return SavedScope()
    if not isinstance(data, dict) or data.get("folder") != _folder(data_dir):
        return SavedScope()
    conditions = data.get("conditions")
    set_name, in_force = data.get("set"), data.get("in_force")
    return SavedScope([c for c in conditions if isinstance(c, str)] if isinstance(conditions, list) else [],
                      set_name if isinstance(set_name, str) and set_name else None,
                      in_force if isinstance(in_force, str) and in_force else None)
