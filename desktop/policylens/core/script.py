"""Script detection and the simplified, width-folded form used for search and comparison.

Folding is one character to one character, so an offset in the folded text is the same offset
in the clean text. The table comes from OpenCC's own TSCharacters dictionary (first choice of
each traditional character); applied with str.translate it is about 15 times faster than
OpenCC's phrase-aware conversion and gave identical output on the bundled corpus.
"""
from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path


def _package_folder(name: str) -> Path:
    """A package's folder without importing it. A frozen bundle's importer gives no origin
    file, only the package's search location."""
    spec = importlib.util.find_spec(name)
    return Path(spec.origin).parent if spec.origin else Path(next(iter(spec.submodule_search_locations)))


# The character tables are read as files: find OpenCC's folder without importing the package,
# whose import the first window need not wait for.
_DICT = _package_folder("opencc") / "dictionary"


def _load_single_char_table(name: str) -> dict[str, str]:
    table = {}
    for line in (_DICT / name).read_text("utf-8").splitlines():
        if "\t" not in line:
            continue
        src, targets = line.split("\t", 1)
        first = targets.split()[0] if targets.split() else ""
        if len(src) == 1 and len(first) == 1 and first != src:
            table[src] = first
    return table


@lru_cache(maxsize=1)
def _t2s() -> dict[str, str]:
    return _load_single_char_table("TSCharacters.txt")


@lru_cache(maxsize=1)
def _s2t() -> dict[str, str]:
    return _load_single_char_table("STCharacters.txt")


def _width_table() -> dict[int, int]:
    table = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
    table[0x3000] = 0x20
    return table


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, int]:
    table = {ord(t): ord(s) for t, s in _t2s().items()}
    table.update(_width_table())
    return table


@lru_cache(maxsize=1)
def _to_traditional_table() -> dict[int, int]:
    return {ord(s): ord(t) for s, t in _s2t().items()}


@lru_cache(maxsize=1)
def _to_simplified_table() -> dict[int, int]:
    return {ord(t): ord(s) for t, s in _t2s().items()}


def fold(text: str) -> str:
    """Simplified script and half-width ASCII; same length as the input."""
    return text.translate(_fold_table())


def to_simplified(text: str) -> str:
    return text.translate(_to_simplified_table())


def to_traditional(text: str) -> str:
    return text.translate(_to_traditional_table())


@lru_cache(maxsize=1)
def _distinctive() -> tuple[dict[int, None], dict[int, None]]:
    """Deletion tables for characters found only in one script (counted by str.translate)."""
    t2s, s2t = _t2s(), _s2t()
    traditional_only = {ord(ch): None for ch in t2s if ch not in s2t}
    simplified_only = {ord(ch): None for ch in s2t if ch not in t2s}
    return traditional_only, simplified_only


def detect_script(text: str) -> str:
    """'traditional' or 'simplified', by which script's distinctive characters dominate."""
    traditional_only, simplified_only = _distinctive()
    traditional = len(text) - len(text.translate(traditional_only))
    simplified = len(text) - len(text.translate(simplified_only))
    return "traditional" if traditional > simplified else "simplified"
