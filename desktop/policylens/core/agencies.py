"""Agencies and their roles in a clause.

Roles come only from assignment forms: a bracket closing a paragraph (市公安局牵头，…配合),
labelled lines or segments (牵头单位: …; 配合单位: …), or a bare bracketed list of agencies.
Any other agency named in the text is a mention, whatever verb stands beside it. All
matching runs on the folded text (simplified, half-width), which has the clean text's offsets,
so names are reported exactly as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .aliases import AliasTable, default_table

ROLES = ("lead", "cooperate", "responsible", "mention")
_LABELS = {"牵头单位": "lead", "主办单位": "lead", "牵头部门": "lead",
           "责任单位": "responsible", "主责单位": "responsible", "责任部门": "responsible",
           "配合单位": "cooperate", "协办单位": "cooperate", "参与单位": "cooperate",
           "配合部门": "cooperate"}
_LABEL = re.compile(rf"({'|'.join(_LABELS)})\s*:\s*")
_LABEL_LINE = re.compile(rf"^\s*({'|'.join(_LABELS)})\s*:")
_VERB = re.compile(r"(牵头负责|牵头|按职责分工负责|分工负责|负责统筹协调|负责|配合|参与|协助|会同)")
_VERB_ROLE = {"牵头负责": "lead", "牵头": "lead", "配合": "cooperate", "参与": "cooperate",
              "协助": "cooperate", "会同": "cooperate"}
_TRAILING_ETC = re.compile(r"等(有关|相关)?(单位|部门)?$")
_SEPARATORS = "、,;"


@dataclass(frozen=True)
class AgencyRef:
    name: str
    canonical: str
    role: str
    start: int
    end: int
    collective: bool = False

    def to_json(self) -> dict:
        data = {"name": self.name, "canonical": self.canonical, "role": self.role,
                "start": self.start, "end": self.end}
        if self.collective:
            data["collective"] = True
        return data


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    role: str


def extract(text: str, folded: str, start: int, end: int,
            table: AliasTable | None = None, task_cells: list[_Span] = ()) -> list[AgencyRef]:
    """Every agency in text[start:end] with its role, in text order.

    task_cells are the role cells of task tables (see task_table_cells), found once per document
    because a table's header row may lie in an earlier clause than its rows.
    """
    table = table or default_table()
    assigned = [c for c in task_cells if start <= c.start and c.end <= end]
    covered = [(c.start, c.end) for c in assigned]
    for a, b in _lines(folded, start, end):
        for span_start, span_end, spans in _assignments(folded, a, b, table):
            covered.append((span_start, span_end))
            assigned.extend(spans)
    refs = _refs(text, folded, assigned, table)
    refs += _mentions(text, folded, start, end, covered, table)
    return sorted(refs, key=lambda r: (r.start, r.end))


def task_table_cells(folded: str) -> list[_Span]:
    """Role cells of task tables: rows (tab-separated cells) under a 牵头单位/配合单位 header."""
    cells: list[_Span] = []
    roles: dict[int, str] = {}
    for a, b in _lines(folded, 0, len(folded)):
        if "\t" not in folded[a:b]:
            roles = {}
            continue
        spans = _cells(folded, a, b)
        header = {i: _LABELS[folded[x:y].strip().rstrip(":")] for i, (x, y) in enumerate(spans)
                  if folded[x:y].strip().rstrip(":") in _LABELS}
        if header:
            roles = header
            continue
        cells += [_Span(*spans[i], role) for i, role in roles.items() if i < len(spans)]
    return cells


def _cells(folded: str, a: int, b: int) -> list[tuple[int, int]]:
    spans, start = [], a
    for i in range(a, b + 1):
        if i == b or folded[i] == "\t":
            spans.append((start, i))
            start = i + 1
    return spans


def is_assignment_line(line: str, table: AliasTable | None = None) -> bool:
    """Whether a folded paragraph assigns agencies (labelled line or closing bracket)."""
    table = table or default_table()
    return bool(_assignments(line, 0, len(line), table))


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def _assignments(folded: str, a: int, b: int, table: AliasTable):
    """(span_start, span_end, role spans) of the assignment forms in the line folded[a:b]."""
    line = folded[a:b]
    label = _LABEL_LINE.match(line)
    if label:
        return [(a, b, _labelled(folded, a + label.start(1), b))]
    bracket = _closing_bracket(line)
    if bracket is None:
        return []
    open_at, close_at = a + bracket[0], a + bracket[1]
    inner_a, inner_b = open_at + 1, close_at
    content = folded[inner_a:inner_b]
    if _LABEL.search(content):
        return [(open_at, close_at + 1, _labelled(folded, inner_a, inner_b))]
    spans = _verb_form(folded, inner_a, inner_b, table)
    if spans is None:
        spans = _bare_list(folded, inner_a, inner_b, table)
    return [(open_at, close_at + 1, spans)] if spans else []


def _closing_bracket(line: str) -> tuple[int, int] | None:
    """Positions of the bracket pair that ends a paragraph (a final 。 may follow it)."""
    end = len(line.rstrip().rstrip("。."))
    if end == 0 or line[end - 1] != ")":
        return None
    depth = 0
    for i in range(end - 1, -1, -1):
        if line[i] == ")":
            depth += 1
        elif line[i] == "(":
            depth -= 1
            if depth == 0:
                return (i, end - 1) if end - 1 - i <= 200 else None
    return None


def _labelled(folded: str, a: int, b: int) -> list[_Span]:
    spans = []
    for seg_a, seg_b in _split(folded, a, b, ";"):
        match = _LABEL.match(folded, seg_a, seg_b)
        if match:
            spans.append(_Span(match.end(), seg_b, _LABELS[match.group(1)]))
    return spans


def _verb_form(folded: str, a: int, b: int, table: AliasTable) -> list[_Span] | None:
    spans = []
    for seg_a, seg_b in _split(folded, a, b, ",;"):
        while seg_a < seg_b and folded[seg_a] in " 由":
            seg_a += 1
        verb = _VERB.search(folded, seg_a, seg_b)
        if verb is None:
            if not table.looks_like_agency(folded[seg_a:seg_b]):
                return None
            spans.append(_Span(seg_a, seg_b, "responsible"))
            continue
        if verb.start() == seg_a:
            return None
        spans.append(_Span(seg_a, verb.start(), _VERB_ROLE.get(verb.group(1), "responsible")))
    return spans if spans else None


def _bare_list(folded: str, a: int, b: int, table: AliasTable) -> list[_Span]:
    parts = _split(folded, a, b, _SEPARATORS)
    if parts and all(table.looks_like_agency(folded[x:y].strip()) for x, y in parts):
        return [_Span(a, b, "responsible")]
    return []


def _split(text: str, a: int, b: int, separators: str) -> list[tuple[int, int]]:
    """Split text[a:b] on separators outside brackets; empty parts dropped."""
    parts, depth, start = [], 0, a
    for i in range(a, b):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif ch in separators and depth == 0:
            parts.append((start, i))
            start = i + 1
    parts.append((start, b))
    return [(x, y) for x, y in parts if text[x:y].strip()]


def _refs(text: str, folded: str, spans: list[_Span], table: AliasTable) -> list[AgencyRef]:
    refs = []
    for span in spans:
        previous_prefix = ""
        for x, y in _split(folded, span.start, span.end, _SEPARATORS):
            x, y = _trim(folded, x, y)
            if y <= x:
                continue
            identity = table.identify(text[x:y])
            canonical = identity.canonical
            if identity.prefix:
                previous_prefix = identity.prefix
            elif identity.known and identity.local and previous_prefix:
                canonical = previous_prefix + identity.core
            refs.append(AgencyRef(text[x:y], canonical, span.role, x, y, identity.collective))
    return refs


def _trim(folded: str, x: int, y: int) -> tuple[int, int]:
    while x < y and folded[x] in " 由":
        x += 1
    while y > x and folded[y - 1] in " 。.":
        y -= 1
    etc = _TRAILING_ETC.search(folded, x, y)
    if etc and etc.start() > x:
        y = etc.start()
    return x, y


def _mentions(text, folded, start, end, covered, table: AliasTable) -> list[AgencyRef]:
    refs: list[AgencyRef] = []
    last_end, last_prefix = -1, ""
    for match in table.mention_pattern.finditer(folded, start, end):
        a, b = match.span()
        if any(a < y and x < b for x, y in covered):
            continue
        prefix = match.group("prefix") or ""
        core = table.core_of[match.group("core")]
        if not prefix and len(match.group("core")) <= 2:
            continue  # a short core (农办) without a prefix is too often part of another word
        canonical = prefix + core
        if not prefix and table.local[core] and last_prefix and folded[last_end:a] == "、":
            canonical = last_prefix + core
        refs.append(AgencyRef(text[a:b], canonical, "mention", a, b))
        last_end, last_prefix = b, prefix or (last_prefix if folded[last_end:a] == "、" else "")
    return refs
