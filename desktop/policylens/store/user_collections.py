"""The researcher's document sets and saved searches: DATA_DIR/user/collections.json, atomic.

    {"sets": {name: [doc_key, …]}, "searches": {name: {"query", "places", "levels", "set", "where"}}}

A set is a named group of documents that filters and matrices can use (a document may be in
several); a saved search is a query with its scope, re-run on demand. Both are the user's
data, kept apart from the rebuildable corpus cache; a damaged file is a StoreError naming it.
"""
from __future__ import annotations

from pathlib import Path

from ..core.errors import DETAIL, PolicyLensError
from .layout import Layout
from .atomic import StoreError, read_json, write_json_atomic



class UnknownName(PolicyLensError, ValueError):
    """A set or saved search that is not there."""
    code = "collections"
    messages = {"collections": DETAIL, "collections.no_set": "no set '{name}'{known}",
                "collections.no_search": "no saved search '{name}'{known}",
                "collections.no_name": "a set or saved search needs a name"}


class UserCollections:
    def __init__(self, data_dir: str | Path):
        self.path = Layout(data_dir).collections
        data = read_json(self.path) if self.path.exists() else {}
        try:
            self.sets: dict[str, list[str]] = {str(k): list(dict.fromkeys(map(str, v)))
                                               for k, v in data.get("sets", {}).items()}
            self.searches: dict[str, dict] = {str(k): dict(v) for k, v in data.get("searches", {}).items()}
        except (TypeError, AttributeError, ValueError) as exc:
            raise StoreError(f"{self.path} is damaged ({exc}); nothing was changed") from None

    def save(self) -> None:
        write_json_atomic(self.path, {"sets": self.sets, "searches": self.searches})

    # -- sets --------------------------------------------------------------------------------

    def add_to_set(self, name: str, keys: list[str]) -> int:
        """Add documents to a set (made when new); returns how many were not in it yet."""
        name = _name(name)
        members = self.sets.setdefault(name, [])
        new = [k for k in dict.fromkeys(keys) if k not in members]
        members.extend(new)
        return len(new)

    def remove_from_set(self, name: str, keys: list[str]) -> int:
        members = self._set(name)
        kept = [k for k in members if k not in set(keys)]
        self.sets[name] = kept
        return len(members) - len(kept)

    def delete_set(self, name: str) -> None:
        self._set(name)
        del self.sets[name]

    def members(self, name: str) -> set[str]:
        return set(self._set(name))

    def sets_of(self, key: str) -> list[str]:
        return sorted(name for name, members in self.sets.items() if key in members)

    def _set(self, name: str) -> list[str]:
        if name not in self.sets:
            raise UnknownName("collections.no_set", name=name, known=_known(self.sets))
        return self.sets[name]

    # -- saved searches --------------------------------------------------------------------------

    def save_search(self, name: str, query: str, places: list[str] | None = None,
                    levels: list[int] | None = None, set_name: str | None = None,
                    where: list[str] | None = None) -> None:
        """where: the attribute conditions of the scope, as written (core/scope.py)."""
        self.searches[_name(name)] = {"query": query, "places": list(places or []),
                                      "levels": list(levels or []), "set": set_name or "",
                                      "where": list(where or [])}

    def search(self, name: str) -> dict:
        if name not in self.searches:
            raise UnknownName("collections.no_search", name=name, known=_known(self.searches))
        return self.searches[name]

    def delete_search(self, name: str) -> None:
        self.search(name)
        del self.searches[name]


def _known(names) -> str:
    return f" ({', '.join(sorted(names))})" if names else ""


def _name(name: str) -> str:
    name = " ".join(str(name).split())
    if not name:
        raise UnknownName("collections.no_name")
    return name
