"""The clause tree of a clean text.

Clauses partition the text: each starts at the start of its line and runs to the start of the
next clause. Levels come from the numbering style (一、=1, (一)=2, 1.=3, (1) and ①=4), so
numbering that runs on across sections nests by position. Before the first numbered clause
is the preamble; after the last clause's assignments come the closing block; both are level 0.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import agencies as agency_rules
from .agencies import AgencyRef
from .aliases import AliasTable
from .numerals import chinese_to_int, int_to_chinese
from .script import fold

_CN = "一二三四五六七八九十百零〇"
_STYLES = [  # (level, pattern on the folded line, label format)
    (1, re.compile(rf"^([{_CN}]+)[、.](?!\d)"), "{cn}"),
    (2, re.compile(rf"^\(([{_CN}]+)\)"), "({cn})"),
    (3, re.compile(r"^(\d{1,3})[.、](?!\d)"), "{n}"),
    (4, re.compile(r"^\((\d{1,3})\)"), "({n})"),
    (4, re.compile(r"^([①-⑳])"), "{c}"),
]
_BULLET = re.compile(r"^(——|—|[•●·▪■◆◇○]|\?+(?=[\u4e00-\u9fff]))\s*")
_LEAD_PHRASE = re.compile(r"^[\u4e00-\u9fff()]{2,10},[\u4e00-\u9fff()]{2,12}。")
_CLOSING = [
    re.compile(r"^本(实施)?(方案|办法|意见|规定|细则|通知|计划)[^。]{0,30}自[^。]{0,20}(起|之日)[^。]{0,12}(施行|试行|实施|执行)"),
    re.compile(r"^抄送\s*:"),
    re.compile(r"^[\u4e00-\u9fff]{2,24}(人民政府|办公室|办公厅|委员会)(\s+\d{4}年\d{1,2}月\d{1,2}日(印发)?)?$"),
    re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日(印发)?$"),
]
MAX_TITLE = 200  # a paragraph with no 。 must not become a 20 MB title
_TITLE_END = re.compile(r"[。:\t]")


@dataclass
class Clause:
    id: str
    kind: str  # preamble, heading, item, closing
    level: int
    number: int | None
    label: str  # the number as a path label: 三, (五), 14, (5), ①; "" for unnumbered
    title: str
    start: int
    end: int
    title_start: int = 0
    title_end: int = 0
    parent: int | None = None  # index of the parent clause
    agencies: list[AgencyRef] = field(default_factory=list)
    damaged: list[tuple[int, int]] = field(default_factory=list)

    def to_json(self) -> dict:
        return {
            "id": self.id, "kind": self.kind, "level": self.level, "number": self.number,
            "title": self.title, "start": self.start, "end": self.end,
            "agencies": [a.to_json() for a in self.agencies],
            "damaged": [list(span) for span in self.damaged],
        }


@dataclass
class _Line:
    start: int
    end: int  # excludes the line break
    level: int = 0
    number: int | None = None
    label: str = ""
    marker_end: int = 0  # offset just past the numbering or bullet
    kind: str = ""  # heading, item or ""


def parse(text: str, folded: str | None = None, damaged=(), table: AliasTable | None = None) -> list[Clause]:
    folded = fold(text) if folded is None else folded
    lines = [_classify(folded, a, b) for a, b in _line_spans(text)]
    numbered = [i for i, line in enumerate(lines) if line.kind == "heading"]
    if not numbered:
        clause = _make(text, "preamble", 0, None, "", 0, len(text), 0)
        return _finish([clause], text, folded, damaged, table)
    _mark_lead_phrase_items(folded, lines, numbered[0])
    closing_at = _closing_line(folded, lines, numbered[-1], table)
    clauses: list[Clause] = []
    if lines[numbered[0]].start > 0:
        clauses.append(_make(text, "preamble", 0, None, "", 0, lines[numbered[0]].start, 0))
    starts = [i for i in range(numbered[0], closing_at) if lines[i].kind]
    closing_start = lines[closing_at].start if closing_at < len(lines) else len(text)
    last_numbered_level = 1
    for k, i in enumerate(starts):
        line = lines[i]
        end = lines[starts[k + 1]].start if k + 1 < len(starts) else closing_start
        level = line.level
        if line.kind == "item":
            level = min(last_numbered_level + 1, 4)
        else:
            last_numbered_level = level
        clauses.append(_make(text, line.kind, level, line.number, line.label, line.start, end,
                             line.marker_end))
    if closing_start < len(text):
        clauses.append(_make(text, "closing", 0, None, "", closing_start, len(text), closing_start))
    return _finish(clauses, text, folded, damaged, table)


def _line_spans(text: str):
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        yield pos, end
        pos = end + 1


def _classify(folded: str, a: int, b: int) -> _Line:
    line = folded[a:b]
    for level, pattern, fmt in _STYLES:
        match = pattern.match(line)
        if not match:
            continue
        token = match.group(1)
        if token.isdecimal():  # '①'.isdigit() is True, but it is not an int literal
            number = int(token)
        elif "①" <= token <= "⑳":
            number = ord(token) - ord("①") + 1
        else:
            number = chinese_to_int(token)
        if number is None:
            continue
        label = fmt.format(cn=int_to_chinese(number), n=number, c=token)
        return _Line(a, b, level, number, label, a + match.end(), "heading")
    bullet = _BULLET.match(line)
    if bullet and b - a > bullet.end() + 1:
        return _Line(a, b, marker_end=a + bullet.end(), kind="item")
    return _Line(a, b, marker_end=a)


def _mark_lead_phrase_items(folded: str, lines: list[_Line], first: int) -> None:
    """Runs of two or more paragraphs led by a short 'X，Y。' phrase are unnumbered items."""
    run: list[_Line] = []
    for line in lines[first:] + [_Line(0, 0, kind="heading")]:
        if not line.kind and _LEAD_PHRASE.match(folded[line.start:line.end]):
            run.append(line)
            continue
        if len(run) >= 2:
            for item in run:
                item.kind = "item"
        run = []


def _closing_line(folded: str, lines: list[_Line], last: int, table) -> int:
    """Index of the first line of the closing block (len(lines) if there is none)."""
    closing = len(lines)
    for i in range(last + 1, len(lines)):
        if lines[i].kind == "heading":
            continue
        if any(p.search(folded[lines[i].start:lines[i].end]) for p in _CLOSING):
            closing = i
            break
    # After the last clause's final assignment, paragraphs that assign nothing close the text.
    assigning = [i for i in range(last, closing)
                 if agency_rules.is_assignment_line(folded[lines[i].start:lines[i].end], table)]
    if assigning and assigning[-1] + 1 < closing:
        tail = range(assigning[-1] + 1, closing)
        if not any(lines[i].kind for i in tail):
            closing = assigning[-1] + 1
    return closing


def _make(text, kind, level, number, label, start, end, title_from) -> Clause:
    while title_from < end and text[title_from] in " \t　":
        title_from += 1
    line_end = text.find("\n", title_from, end)
    line_end = end if line_end < 0 else line_end
    stop = _TITLE_END.search(fold(text[title_from:line_end]))
    title_end = title_from + stop.start() if stop else line_end
    title_end = min(title_end, title_from + MAX_TITLE)
    while title_end > title_from and text[title_end - 1] in " 　":
        title_end -= 1
    return Clause("", kind, level, number, label, text[title_from:title_end], start, end,
                  title_from, title_end)


def _finish(clauses, text, folded, damaged, table) -> list[Clause]:
    stack: list[int] = []
    seen: dict[str, int] = {}
    item_counts: dict[int | None, int] = {}
    task_cells = agency_rules.task_table_cells(folded)
    for index, clause in enumerate(clauses):
        while stack and clauses[stack[-1]].level >= clause.level:
            stack.pop()
        clause.parent = stack[-1] if stack and clause.level > 0 else None
        clause.id = _clause_id(clauses, clause, item_counts, seen)
        if clause.level > 0:
            stack.append(index)
        elif clause.kind == "preamble":
            stack = []
        clause.agencies = agency_rules.extract(text, folded, clause.start, clause.end, table, task_cells)
        clause.damaged = [(a, b) for a, b in damaged if a < clause.end and b > clause.start]
    return clauses


def _clause_id(clauses, clause, item_counts, seen) -> str:
    if clause.kind in ("preamble", "closing"):
        base = clause.kind
    else:
        if clause.kind == "item":
            item_counts[clause.parent] = item_counts.get(clause.parent, 0) + 1
            own = f"•{item_counts[clause.parent]}"
        else:
            own = clause.label
        base = own if clause.parent is None else f"{clauses[clause.parent].id}/{own}"
    seen[base] = seen.get(base, 0) + 1
    return base if seen[base] == 1 else f"{base}~{seen[base]}"


def lead_agencies(clause: Clause) -> list[str]:
    """Canonical names of the clause's lead agencies, each once, in text order."""
    return list(dict.fromkeys(a.canonical for a in clause.agencies if a.role == "lead"))
