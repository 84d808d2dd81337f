"""The numbering that opens a line: legal divisions (第X编/章/节/条) and the styles plans use.

Each style has a rank; a document's levels come from the ranks it uses (see levels_for), so
the legal divisions sit above the plan styles and numbering nests by position. Ordinal words
(一是, 第一，, 首先) are relative: one level below the heading they follow.
All patterns run on the folded text (half-width brackets and digits, 　 as a space).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .numerals import chinese_to_int, int_to_chinese

_CN = "一二三四五六七八九十百零〇两"
LEGAL_RANKS = {"编": 1, "部分": 1, "章": 2, "节": 3, "条": 4}
PLAN_BASE = 10  # ranks of the plan styles: 一、=10, (一)=11, 1.=12, (1)=13, ①=14
ITEM_DEPTH = 13  # unnumbered items nest no deeper than (1)
RELATIVE = -1  # the rank of ordinal words, placed by the heading before them
LAST = 99  # the number of 最后: whatever comes next in its run

_DIVISION = re.compile(rf"第\s?([{_CN}\d]{{1,5}})\s?(编|部分|章|节)")
_ARTICLE = re.compile(rf"第\s?([{_CN}\d]{{1,5}})\s?条")
_PLAN = [  # (rank, pattern, label format)
    (10, re.compile(rf"([{_CN}]+)\s?[、.,](?!\d)"), "{cn}"),
    (11, re.compile(rf"\(\s?([{_CN}]+)\s?\)"), "({cn})"),
    (11, re.compile(rf"([{_CN}]+)\)(?![{_CN}])"), "({cn})"),
    (12, re.compile(r"(\d{1,3})\s?[.、](?!\d)"), "{n}"),
    (13, re.compile(r"\(\s?(\d{1,3})\s?\)"), "({n})"),
    (13, re.compile(r"(\d{1,3})\)"), "({n})"),
    (14, re.compile(r"([①-⑳])"), "{c}"),
]
_ORDINAL = re.compile(rf"(([{_CN}]{{1,3}})是|第([{_CN}]{{1,3}})(?=[,、:])|(首先|其次|再次|最后)(?=[,、:]))")
_ORDER_WORDS = {"首先": 1, "其次": 2, "再次": 3, "最后": LAST}
_REFERENCE = re.compile(r"规定|所[称列]|第|之|[、,，。;；的和或及至中款项]|\s*[第、和或及至]")
_CROSS_REFERENCE = re.compile(r"\s?([和或及至、]\s?\(|项)")  # （4）和（5）项… cites items
_HEADING_ONLY = 40  # a division line longer than this, or with a full stop, is prose


@dataclass(frozen=True)
class Marker:
    rank: int
    number: int
    label: str
    end: int  # offset in the line just past the marker


def _marker_start(line: str) -> int:
    """Where numbering may start: past leading blanks and Markdown heading marks (## 一、)."""
    return len(line) - len(line.lstrip().lstrip("#").lstrip())


def number_of(token: str) -> int | None:
    if token.isdecimal():  # '①'.isdigit() is True, but it is not an int literal
        return int(token)
    if "①" <= token <= "⑳":
        return ord(token) - ord("①") + 1
    return chinese_to_int(token)


def legal(line: str, last_article: int | None) -> Marker | None:
    """A division or article marker at the start of the folded line (leading blanks skipped)."""
    at = _marker_start(line)
    match = _DIVISION.match(line, at)
    if match:
        number = number_of(match.group(1))
        rest = line[match.end():]
        if number and len(rest.strip()) <= _HEADING_ONLY and "。" not in rest and not rest.startswith("第"):
            unit = match.group(2)
            return Marker(LEGAL_RANKS[unit], number, f"第{int_to_chinese(number)}{unit}", match.end())
        return None
    match = _ARTICLE.match(line, at)
    if not match:
        return None
    number = number_of(match.group(1))
    if not number:
        return None
    follow = line[match.end():match.end() + 2]
    in_turn = number == 1 or (last_article is not None and number == last_article + 1)
    # 第五条规定… at a line start is a cross-reference unless it is the next article in turn.
    if _REFERENCE.match(follow) and not in_turn:
        return None
    return Marker(LEGAL_RANKS["条"], number, f"第{int_to_chinese(number)}条", match.end())


def plan(line: str) -> Marker | None:
    at = _marker_start(line)
    for rank, pattern, fmt in _PLAN:
        match = pattern.match(line, at)
        if not match:
            continue
        number = number_of(match.group(1))
        if number is None or _CROSS_REFERENCE.match(line, match.end()):
            continue
        label = fmt.format(cn=int_to_chinese(number), n=number, c=match.group(1))
        return Marker(rank, number, label, match.end())
    return None


def ordinal(line: str) -> Marker | None:
    at = _marker_start(line)
    match = _ORDINAL.match(line, at)
    if not match:
        return None
    token = match.group(2) or match.group(3)
    number = number_of(token) if token else _ORDER_WORDS[match.group(4)]
    if not number:
        return None
    end = match.end()
    if line[end:end + 1] in ",、:":
        end += 1
    return Marker(RELATIVE, number, match.group(1), end)


def levels_for(ranks: set[int]) -> dict[int, int]:
    """Level of each fixed rank in a text that uses these ranks: legal divisions compressed to
    1…L from the top, plan styles at their usual depth below them (一、 is L+1, (1) L+4)."""
    legal_ranks = sorted(r for r in ranks if 0 < r < PLAN_BASE)
    levels = {r: i + 1 for i, r in enumerate(legal_ranks)}
    for r in range(PLAN_BASE, PLAN_BASE + 4):
        levels[r] = len(legal_ranks) + r - PLAN_BASE + 1
    # ① is (1)'s level, and one deeper only where (1) is used too.
    levels[ITEM_DEPTH + 1] = levels[ITEM_DEPTH] + (ITEM_DEPTH in ranks)
    return levels
