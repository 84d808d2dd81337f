"""The agency alias table: canonical identities for the many ways an agency is written."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .script import fold

# Longest first, so 市委 wins over 市.
PREFIXES = ("市委", "县委", "区委", "省", "市", "县", "区")
_COLLECTIVE = re.compile(r"有关|相关|各|上述|所属|等部门")
_SUFFIX = re.compile(r"(局|委|办|厅|部|院|支行|分行|银行|中心|政府|单位|室|社|委员会|处|所|小组|站|队|公司|机关|部门|机构|警备区|军分区)$")


@dataclass(frozen=True)
class Identity:
    canonical: str
    prefix: str
    core: str
    local: bool
    collective: bool
    known: bool


class AliasTable:
    def __init__(self, entries: list[dict]):
        self.core_of: dict[str, str] = {}
        self.local: dict[str, bool] = {}
        for entry in entries:
            for alias in entry["aliases"] + [entry["canonical"]]:
                self.core_of[fold(alias)] = entry["canonical"]
            self.local[entry["canonical"]] = bool(entry.get("local", True))
        alternatives = sorted(self.core_of, key=len, reverse=True)
        prefixes = "|".join(PREFIXES)
        self.mention_pattern = re.compile(
            rf"(?P<prefix>{prefixes})?(?P<core>{'|'.join(map(re.escape, alternatives))})"
        )

    @classmethod
    def load(cls, user_file: Path | None = None) -> "AliasTable":
        """The bundled table with the user's entries (same format) in place of those they share a name with."""
        entries = _bundled_entries()
        if user_file is not None and user_file.exists():
            user = json.loads(user_file.read_text("utf-8"))["agencies"]
            claimed = claimed_names(user)
            entries = [e for e in entries if not entry_names(e) & claimed] + user
        return cls(entries)

    def identify(self, name: str) -> Identity:
        """Canonical identity of an agency name as written (any script)."""
        folded = fold(name).strip()
        folded = re.sub(r"[(（][^()（）]*[)）]$", "", folded) or folded
        if _COLLECTIVE.search(folded):
            return Identity(folded, "", folded, False, True, False)
        if folded in self.core_of:
            core = self.core_of[folded]
            return Identity(core, "", core, self.local[core], False, True)
        for prefix in PREFIXES:
            rest = folded[len(prefix):]
            if folded.startswith(prefix) and rest in self.core_of:
                core = self.core_of[rest]
                return Identity(prefix + core, prefix, core, self.local[core], False, True)
        return Identity(folded, "", folded, False, False, False)

    def looks_like_agency(self, name: str) -> bool:
        identity = self.identify(name)
        return identity.known or identity.collective or bool(_SUFFIX.search(fold(name)))


def entry_names(entry: dict) -> set[str]:
    """Every name an entry claims, folded to simplified script as matching sees them."""
    return {fold(name) for name in [entry["canonical"], *entry["aliases"]]}


def claimed_names(entries: list[dict]) -> set[str]:
    """The names of entries; a bundled entry sharing one with a user's entry is replaced by it."""
    return set().union(*map(entry_names, entries))


def bundled_entries() -> list[dict]:
    """The bundled table's entries (a copy: callers may change it)."""
    return [dict(e, aliases=list(e["aliases"])) for e in _bundled_entries()]


@lru_cache(maxsize=1)
def _bundled_entries() -> list[dict]:
    data = resources.files("policylens.resources").joinpath("agency_aliases.json").read_text("utf-8")
    return json.loads(data)["agencies"]


@lru_cache(maxsize=1)
def default_table() -> AliasTable:
    return AliasTable(_bundled_entries())
