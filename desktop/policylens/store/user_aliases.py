"""The user's own agency aliases: DATA_DIR/agency_aliases.json, checked, then written atomically.

The file has the bundled table's format ({"agencies": [{"canonical", "aliases", "local"}]});
AliasTable.load reads it, and a user's entry replaces the bundled entry it shares a name with.
The stored documents keep the analysis made with the old table until they are re-analysed
(CorpusStore.reanalyze).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from ..core.aliases import entry_names
from ..core.script import fold
from .layout import Layout
from .atomic import StoreError, read_json, write_json_atomic

_SEPARATORS = re.compile(r"[,，、;；\s]+")
ABOUT = ("Your agency aliases, added to the bundled table: an entry here replaces the bundled "
         "entry it shares a name with. Re-analyse the corpus after changing it.")


@dataclass(frozen=True)
class AliasEntry:
    canonical: str
    aliases: tuple[str, ...] = ()
    local: bool = True  # a local government department: takes the prefix of the name before it

    def to_json(self) -> dict:
        return {"canonical": self.canonical, "aliases": list(self.aliases), "local": self.local}

    @classmethod
    def from_json(cls, data: dict) -> "AliasEntry":
        return cls(str(data["canonical"]).strip(), tuple(split_aliases("、".join(data.get("aliases", ())))),
                   bool(data.get("local", True)))


@dataclass(frozen=True)
class Problem:
    """Why a table cannot be saved: which row, which name, and the row it clashes with."""
    kind: str  # empty-name, duplicate-name, alias-claimed
    row: int
    name: str = ""
    other_row: int = -1


class InvalidAliases(StoreError, ValueError):
    """Rows of the alias table that cannot be saved; `problems` names each one."""
    code = "aliases.invalid"
    messages = {"aliases.invalid": "{rows}"}

    def __init__(self, problems: list[Problem]):
        super().__init__(rows="; ".join(f"row {p.row + 1}: {p.kind} {p.name}".strip() for p in problems))
        self.problems = problems


def user_aliases_path(data_dir: Path | str) -> Path:
    return Layout(data_dir).aliases


def split_aliases(text: str) -> list[str]:
    """Names separated by commas, 、, semicolons or spaces; each once, in order."""
    return list(dict.fromkeys(name for name in _SEPARATORS.split(text) if name))


def read_user_aliases(data_dir: Path | str) -> list[AliasEntry]:
    """The user's entries ([] if there is no file); a damaged file is reported, never replaced."""
    path = user_aliases_path(data_dir)
    if not path.exists():
        return []
    data = read_json(path)
    try:
        return [AliasEntry.from_json(entry) for entry in data["agencies"]]
    except (KeyError, TypeError, AttributeError) as exc:
        raise StoreError(f"{path} is not an alias table ({exc.__class__.__name__}: {exc}); "
                         "fix or remove it") from None


def problems(entries: list[AliasEntry]) -> list[Problem]:
    """Empty names, a name given twice, an alias two canonical names claim (compared as matched:
    folded to simplified script)."""
    found: list[Problem] = []
    canonical_row: dict[str, int] = {}
    claimed_by: dict[str, int] = {}
    for row, entry in enumerate(entries):
        if not entry.canonical:
            found.append(Problem("empty-name", row))
            continue
        folded = fold(entry.canonical)
        if folded in canonical_row:
            found.append(Problem("duplicate-name", row, entry.canonical, canonical_row[folded]))
            continue
        canonical_row[folded] = row
        for name in sorted(entry_names(entry.to_json())):
            other = claimed_by.setdefault(name, row)
            if other != row:
                found.append(Problem("alias-claimed", row, name, other))
    return found


def write_user_aliases(data_dir: Path | str, entries: list[AliasEntry]) -> Path:
    """Check the entries and replace the user's table with them in one step."""
    found = problems(entries)
    if found:
        raise InvalidAliases(found)
    path = user_aliases_path(data_dir)
    write_json_atomic(path, {"about": ABOUT, "agencies": [e.to_json() for e in entries]})
    return path
