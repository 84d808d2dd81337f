"""Localized values in a text: the figures, years, durations and places each city sets.

When two cities rewrite one clause, what they change most is what they localize: 满2年 or
1年以上, 到2020年, 60%, 4.6万人, a place name, the agency in charge. These are pulled out
with their spans so a comparison can call them out apart from the word diff.

Patterns run on the folded text (simplified, half-width), which has the clean text's offsets;
values are reported as written. Kinds, in the order they win when two overlap:

  percent   45%, 2个百分点以上            date     2018年9月10日, 2017年3月
  year      到2020年, 2020年底, 2014(—)   duration 满2年以上, 1年以上, 3个月, 满一年以上, 三年
  number    4.6万人以上, 60周岁, 13项, 50万
  place     a jieba token naming a province, city or county (三门峡市, 彝良县, 辽宁省), and
            any of the place names the caller knows (丹东 in 抓住丹东新一轮…)

Agencies are values too, but they come from a clause's AgencyRefs (see agency_values), not
from the text. Numbers in document numbers (〔2016〕13号, 第132号) are not values.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import zip_longest
from typing import Iterable, Sequence

from .agencies import AgencyRef
from .aliases import PREFIXES
from .numerals import chinese_to_int
from .script import fold

KINDS = ("percent", "date", "year", "duration", "number", "place", "agency")
_NUM = r"\d+(?:\.\d+)?"
_AFTER = r"(?P<after>及以上|以上|以下|以内|左右|之内)?"
# A Chinese numeral must not end a word: 统一年产值, 同一年, 十三个五年规划 hold no duration.
_CN_NUM = r"(?<![统同唯第上下每逐万个])[一二两三四五六七八九十半]+"
_PATTERNS = [
    ("percent", re.compile(rf"(?P<before>)(?P<num>{_NUM})(?P<unit>%|个百分点){_AFTER}")),
    ("date", re.compile(r"(?P<before>)(?P<num>(?:19|20)\d\d)年\d{1,2}月(?:\d{1,2}日)?(?P<unit>)(?P<after>)")),
    ("year", re.compile(r"(?P<before>到|至|从|于)?(?P<num>(?:19|20)\d\d)(?<!\d{5})"
                        r"(?:年(?P<after>年底前|年底|年末|底前|底|末|前)?|(?=[—-]))(?P<unit>)")),
    ("number", re.compile(rf"(?<![〔第\d.])(?P<before>)(?P<num>{_NUM})(?P<unit>(?:万|亿)?"
                          rf"(?:周岁|平方米|人|户|元|项|所|套|间|岁|名|家)?){_AFTER}(?![\d号〕])")),
    ("duration", re.compile(rf"(?P<before>满|连续|累计|不少于|不低于|超过)?(?P<num>{_NUM}|{_CN_NUM})"
                            rf"(?P<unit>个月|个工作日|年|天|日|周(?!岁))(?![度级均龄代])"
                            rf"(?P<after>(?:及以上|以上|以下|以内|左右|之内)?(?:\(含[^()]{{1,6}}\))?)")),
]
_PRIORITY = {kind: rank for rank, kind in enumerate(KINDS)}
_PLACE_SUFFIX = "省市县州"
_LAST = float("inf")
_NOT_A_NAME = "各全我本该跨经报由对在省市县区乡镇"  # 各县, 全市, 我县, 经市, 由市: no place name


@dataclass(frozen=True)
class Value:
    kind: str  # one of KINDS
    text: str  # as written in the clean text
    start: int
    end: int
    number: float | None = None  # 2 for 满2年以上, 2020 for 到2020年
    unit: str = ""  # 年, 个月, %, 个百分点, 万人 …; for agencies the canonical name
    qualifier: str = ""  # what bounds the number, folded: 满, 以上, 左右, 到 …
    role: str = ""  # agencies only: lead, cooperate, responsible

    @property
    def key(self) -> str:
        """What two values are compared by: kind, role and the folded text (unit for agencies)."""
        if self.kind == "agency":
            return f"agency:{self.role}:{self.unit}"
        return f"{self.kind}:{fold(self.text)}"

    def to_json(self) -> dict:
        data = {"kind": self.kind, "text": self.text, "start": self.start, "end": self.end}
        for name in ("number", "unit", "qualifier", "role"):
            if getattr(self, name) not in (None, ""):
                data[name] = getattr(self, name)
        return data


@dataclass(frozen=True)
class ValuePair:
    """A value of one clause and what the other clause says in its place (None: nothing)."""
    kind: str
    a: Value | None
    b: Value | None

    def to_json(self) -> dict:
        return {"kind": self.kind, "a": self.a.to_json() if self.a else None,
                "b": self.b.to_json() if self.b else None}


def extract(text: str, start: int = 0, end: int | None = None, *, folded: str | None = None,
            tokens: Iterable[tuple[int, int]] = (), places: Iterable[str] = ()) -> list[Value]:
    """The values in text[start:end], in text order, without overlaps.

    tokens are (start, end) word spans of the folded text (from worddiff.tokenize); without them
    only the given place names are found as places.
    """
    end = len(text) if end is None else end
    folded = fold(text) if folded is None else folded
    found = [v for kind, pattern in _PATTERNS for v in _matches(kind, pattern, text, folded, start, end)]
    found += _token_places(text, folded, start, end, tokens)
    found += _named_places(text, folded, start, end, places)
    return _without_overlaps(found)


def agency_values(refs: Iterable[AgencyRef], roles: Sequence[str] = ("lead", "cooperate", "responsible")
                  ) -> list[Value]:
    """One value per agency and role (its first naming), mentions left out."""
    seen, out = set(), []
    for ref in refs:
        if ref.role in roles and (ref.role, ref.canonical) not in seen:
            seen.add((ref.role, ref.canonical))
            out.append(Value("agency", ref.name, ref.start, ref.end, unit=ref.canonical, role=ref.role))
    return out


def differing(a: Sequence[Value], b: Sequence[Value]) -> list[ValuePair]:
    """Pair the values of a and b that differ, kind by kind (agencies role by role).

    Each side counts a value once (西宁市 named four times is one place). A value on both
    sides is the same value and is left out. What is left is paired by unit first (市公安局
    with 县公安局, years with years), then in text order; the side with more values pairs
    the rest with None.
    """
    pairs = []
    for group in dict.fromkeys(_group(v) for v in [*a, *b]):
        left = _once([v for v in a if _group(v) == group])
        right = _once([v for v in b if _group(v) == group])
        left, right = _drop_common(left, right)
        pairs += [ValuePair(group[0], x, y) for x, y in _match(left, right)]
    return pairs


def _group(value: Value) -> tuple[str, str]:
    return value.kind, value.role


def _once(values: list[Value]) -> list[Value]:
    return list({v.key: v for v in reversed(values)}.values())[::-1]


def _drop_common(left: list[Value], right: list[Value]) -> tuple[list[Value], list[Value]]:
    keys = {v.key for v in left} & {v.key for v in right}
    return [v for v in left if v.key not in keys], [v for v in right if v.key not in keys]


def _match(left: list[Value], right: list[Value]) -> list[tuple[Value | None, Value | None]]:
    right, rest, pairs = list(right), [], []
    for value in left:
        twin = next((v for v in right if _stem(v) == _stem(value)), None)
        if twin is None:
            rest.append(value)
        else:
            right.remove(twin)
            pairs.append((value, twin))
    pairs += zip_longest(rest, right)
    return sorted(pairs, key=lambda p: (p[0].start if p[0] else _LAST, p[1].start if p[1] else _LAST))


def _stem(value: Value) -> str:
    """The unit, and for an agency its canonical name without the level: 公安局 for 县公安局."""
    if value.kind == "agency":
        prefix = next((p for p in PREFIXES if value.unit.startswith(p)), "")
        return value.unit[len(prefix):]
    return value.unit


def _matches(kind, pattern, text, folded, start, end):
    for m in pattern.finditer(folded, start, end):
        yield Value(kind, text[m.start():m.end()], m.start(), m.end(), _number(m.group("num")),
                    m.group("unit") or "", (m.group("before") or "") + (m.group("after") or ""))


def _number(token: str) -> float | None:
    if token[0].isdigit():
        return float(token)
    if token == "半":
        return 0.5
    value = chinese_to_int(token)
    return float(value) if value is not None else None


def _token_places(text, folded, start, end, tokens):
    for a, b in tokens:
        word = folded[a:b]
        if (start <= a and b <= end and len(word) >= 3 and word[-1] in _PLACE_SUFFIX
                and word[0] not in _NOT_A_NAME and not word.endswith(("城市", "城镇"))):
            yield Value("place", text[a:b], a, b)


def _named_places(text, folded, start, end, places):
    for name in {fold(p) for p in places if p}:
        for m in re.finditer(re.escape(name), folded[start:end]):
            yield Value("place", text[start + m.start():start + m.end()], start + m.start(), start + m.end())


def _without_overlaps(found: list[Value]) -> list[Value]:
    """Earliest first; at one start the kind listed first in KINDS, then the longest."""
    found.sort(key=lambda v: (v.start, _PRIORITY[v.kind], -(v.end - v.start)))
    kept, reach = [], -1
    for value in found:
        if value.start >= reach and value.end > value.start:
            kept.append(value)
            reach = value.end
    return kept
