"""China's administrative divisions (resources/gazetteer.tsv) and finding them in a name.

A place is matched by its full name (深圳市, 广西壮族自治区) anywhere, or by its short form
(深圳, 广西, for provinces and prefectures only) where a name begins with it. A division nested in the one just found
(广东省深圳市福田区) makes the match more specific; a short name that several divisions share is
resolved by the one before it, or else by the highest tier.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    short: str
    level: str  # 省, 市, 县, 区
    parent: str


@dataclass(frozen=True)
class PlaceMatch:
    division: Division
    start: int
    end: int


def _rank(division: Division) -> tuple[int, str]:
    """Provinces before prefectures before counties: 中山市 is the prefecture, not an old county code."""
    code = division.code
    return (0 if code.endswith("0000") else 1 if code.endswith("00") else 2), code


class Gazetteer:
    def __init__(self, divisions: list[Division]):
        self.by_code = {d.code: d for d in divisions}
        self._full: dict[str, list[Division]] = {}
        self._names = {d.name for d in divisions} | {d.short for d in divisions}
        self._parents = {d.parent for d in divisions}
        self._short: dict[str, list[Division]] = {}
        for d in divisions:
            self._full.setdefault(d.name, []).append(d)
            if d.short != d.name and d.code.endswith("00"):  # 公安部 is no 公安县: counties go by full name
                self._short.setdefault(d.short, []).append(d)
        self._lengths = sorted({len(k) for k in (*self._full, *self._short)}, reverse=True)

    def is_place(self, name: str) -> bool:
        """A division's full name or short form (深圳市, 深圳, 福田)."""
        return name in self._names

    def named(self, name: str) -> list[Division]:
        """The divisions whose full name or short form is name (北京: 北京市)."""
        return [*self._full.get(name, []), *self._short.get(name, [])]

    def has_children(self, division: Division) -> bool:
        return division.code in self._parents

    def ancestors(self, division: Division) -> list[Division]:
        out, code = [], division.parent
        while code and code in self.by_code:
            out.append(self.by_code[code])
            code = self.by_code[code].parent
        return out

    def province(self, division: Division) -> Division:
        chain = [division, *self.ancestors(division)]
        return chain[-1]

    def match_at(self, text: str, pos: int, within: Division | None = None,
                 short: bool = True) -> PlaceMatch | None:
        """The longest division named at text[pos:], full name first, then short form."""
        for size in self._lengths:
            word = text[pos:pos + size]
            if len(word) < size:
                continue
            found = self._pick(self._full.get(word, []), within)
            if found is None and short and not _continues_name(text, pos + size):
                found = self._pick(self._short.get(word, []), within)
            if found is not None:
                return PlaceMatch(found, pos, pos + size)
        return None

    def chain_at(self, text: str, pos: int, short: bool = True) -> PlaceMatch | None:
        """A place and the divisions nested after it (广东省深圳市): the most specific one."""
        match = self.match_at(text, pos, short=short)
        if match is None:
            return None
        while True:
            inner = self.match_at(text, match.end, within=match.division, short=False)
            if inner is None:
                return PlaceMatch(match.division, pos, match.end)
            match = PlaceMatch(inner.division, pos, inner.end)

    def _pick(self, candidates: list[Division], within: Division | None) -> Division | None:
        if within is not None:
            inside = [d for d in candidates if within in self.ancestors(d)]
            return inside[0] if inside else None
        if not candidates:
            return None
        if len(candidates[0].name) <= 2 and candidates[0].level in ("县", "区"):
            return None  # 城区, 郊区, 矿区: only under a named parent
        return min(candidates, key=_rank)


def _continues_name(text: str, pos: int) -> bool:
    """A short form followed by a division suffix is part of some other name (北京 in 北京路 is fine,
    but 中山 in 中山区 must be read as the 区)."""
    return text[pos:pos + 1] in ("省", "市", "县", "区", "州", "盟", "旗")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    text = resources.files("policylens.resources").joinpath("gazetteer.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return Gazetteer([Division(*row[:5]) for row in rows[1:]])
