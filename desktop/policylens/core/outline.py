"""The clause tree of a clean text.

Clauses partition the text: each starts at the start of its line and runs to the start of the
next clause (a line where articles run on is cut before each). Levels come from the numbering
style (see markers: 第X编/章/节/条 above 一、, (一), 1., (1), ①), so numbering that runs on
across sections nests by position, and a regulation's items sit in their articles. Annexes and
the further documents a notice carries are subtrees of their own (see wrapping); task-table
rows are clauses (see task_table). Before the first numbered clause
is the preamble; after the last clause's assignments come the closing block; both are level 0.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import agencies as agency_rules
from .agencies import AgencyRef
from .aliases import AliasTable
from . import markers, task_table, wrapping
from .script import fold

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
    deadline: tuple[int, int] | None = None  # a task row's deadline cell (完成时限)
    part: str = ""  # "document" or "annex" for the head of a wrapped document or an annex

    def to_json(self) -> dict:
        data = {
            "id": self.id, "kind": self.kind, "level": self.level, "number": self.number,
            "title": self.title, "start": self.start, "end": self.end,
            "agencies": [a.to_json() for a in self.agencies],
            "damaged": [list(span) for span in self.damaged],
        }
        if self.deadline:
            data["deadline"] = list(self.deadline)
        if self.part:
            data["part"] = self.part
        return data


@dataclass
class _Line:
    start: int
    end: int  # excludes the line break
    rank: int = 0  # the numbering style's rank (see markers)
    number: int | None = None
    label: str = ""
    marker_end: int = 0  # offset just past the numbering or bullet
    kind: str = ""  # heading, item or ""
    title: tuple[int, int] | None = None  # a task row's title cell
    deadline: tuple[int, int] | None = None  # and its deadline cell


def parse(text: str, folded: str | None = None, damaged=(), table: AliasTable | None = None) -> list[Clause]:
    folded = fold(text) if folded is None else folded
    lines = _classify_all(folded, list(_line_spans(text, folded)))
    rows, role_cells = task_table.read(folded, [(line.start, line.end) for line in lines])
    _mark_task_rows(lines, rows)
    numbered = [i for i, line in enumerate(lines) if line.kind == "heading"]
    if not numbered:
        clause = _make(text, "preamble", 0, None, "", 0, len(text), 0)
        return _finish([clause], text, folded, damaged, table, role_cells)
    _mark_lead_phrase_items(folded, lines, numbered[0])
    spans = [(line.start, line.end) for line in lines]
    parts = wrapping.find_parts(folded, spans, [line.kind for line in lines], [line.number for line in lines],
                                numbered[0])
    bounds = [p.line for p in parts] + [len(lines)]
    listed = wrapping.annex_list(folded, spans, numbered[0])
    first = wrapping.first_document(folded, spans, parts, numbered[0])
    if first is not None:  # a notice carrying several documents: each one a subtree
        clauses = [_make(text, "preamble", 0, None, "", 0, lines[first.line].start, 0)]
        clauses += _part(text, lines, first, bounds[0], listed)
    else:
        clauses = _main(text, folded, lines, bounds[0], table, listed)
    for k, part in enumerate(parts):
        clauses += _part(text, lines, part, bounds[k + 1], listed)
    return _finish(clauses, text, folded, damaged, table, role_cells)


def _main(text, folded, lines: list[_Line], hi: int, table, listed: int | None) -> list[Clause]:
    """The document's own preamble, numbered body and closing, over lines[:hi]; the closing
    starts at the latest at the list of annexes (line `listed`)."""
    end = lines[hi].start if hi < len(lines) else len(text)
    body_end = listed if listed is not None and listed < hi else hi
    numbered = [i for i in range(body_end) if lines[i].kind == "heading"]
    if not numbered:
        return [_make(text, "preamble", 0, None, "", 0, end, 0)]
    closing_at = _closing_line(folded, lines, numbered[-1], body_end, table)
    clauses: list[Clause] = []
    if lines[numbered[0]].start > 0:
        clauses.append(_make(text, "preamble", 0, None, "", 0, lines[numbered[0]].start, 0))
    closing_start = lines[closing_at].start if closing_at < hi else end
    clauses += _body(text, lines, numbered[0], closing_at, closing_start, 0)
    if closing_start < end:
        clauses.append(_make(text, "closing", 0, None, "", closing_start, end, closing_start))
    return clauses


def _part(text, lines: list[_Line], part, hi: int, listed: int | None = None) -> list[Clause]:
    """An annex or a further document: a heading clause with its title, its numbering below it;
    a list of annexes (line `listed`) closes it."""
    end = lines[hi].start if hi < len(lines) else len(text)
    if listed is not None and part.line < listed < hi:
        closing = _make(text, "closing", 0, None, "", lines[listed].start, end, lines[listed].start)
        return _part(text, lines, part, listed) + [closing]
    numbered = [i for i in range(part.line, hi) if lines[i].kind == "heading"]
    head_end = lines[numbered[0]].start if numbered else end
    title_line = lines[part.title_line] if part.title_line is not None else lines[part.line]
    title_from = title_line.start if part.title_line != part.line else lines[part.line].marker_end
    head = _make(text, "heading", 1, part.number, part.label, lines[part.line].start, head_end, title_from)
    head.part = "annex" if part.label.startswith("附") else "document"
    if part.title_line == part.line and head.title.lstrip("#").strip() != head.title:
        head.title_start += len(head.title) - len(head.title.lstrip("#").strip())
        head.title = text[head.title_start:head.title_end]
    if part.title_line is not None:
        _join_wrapped_title(text, lines, part.title_line, head)
    body = _body(text, lines, numbered[0], hi, end, 1) if numbered else []
    return [head] + body


_JOINS_NEXT = re.compile(r"[、,，和及与的]$")
_JOINS_PREVIOUS = re.compile(r"^[及和与并暨]")


def _join_wrapped_title(text, lines: list[_Line], at: int, head: Clause) -> None:
    """A title broken over lines (…收入、 / …面积 / 及…标准) is read whole."""
    k = at
    while k + 1 < len(lines) and not lines[k + 1].kind and len(head.title) < MAX_TITLE:
        following = text[lines[k + 1].start:lines[k + 1].end].strip()
        if not following or "。" in following or len(following) > 30:
            break
        if not (_JOINS_NEXT.search(head.title) or _JOINS_PREVIOUS.match(following)):
            break
        k += 1
        head.title_end = lines[k].end
        while head.title_end > head.title_start and text[head.title_end - 1].isspace():
            head.title_end -= 1
        head.title = text[head.title_start:head.title_end].replace("\n", "")


def _body(text, lines: list[_Line], lo: int, hi: int, end: int, shift: int) -> list[Clause]:
    """Clauses of the numbered lines in lines[lo:hi]; the last runs to end."""
    starts = [i for i in range(lo, hi) if lines[i].kind]
    levels = markers.levels_for({lines[i].rank for i in starts if lines[i].kind == "heading"})
    cap = levels[markers.ITEM_DEPTH]
    clauses: list[Clause] = []
    last_fixed, last_numbered = shift, shift + 1
    for k, i in enumerate(starts):
        line = lines[i]
        stop = lines[starts[k + 1]].start if k + 1 < len(starts) else end
        if line.kind == "item":
            level = min(last_numbered + 1, cap + shift)
        elif line.rank == markers.RELATIVE:
            level = last_numbered = last_fixed + 1
        else:
            level = last_fixed = last_numbered = levels[line.rank] + shift
        clause = _make(text, line.kind, level, line.number, line.label, line.start, stop, line.marker_end)
        if line.title:  # a task row's task cell, to its first full stop
            a, b = line.title
            stop = text.find("。", a, b)
            b = min(stop if stop > a else b, a + MAX_TITLE)
            clause.title_start, clause.title_end, clause.title = a, b, text[a:b]
            clause.deadline = line.deadline
        clauses.append(clause)
    return clauses


def _line_spans(text: str, folded: str):
    """Each line's span; a line where article or chapter markers run on is cut before each."""
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        cuts = [m.start() for m in _RUN_ON.finditer(folded, pos, end)
                if m.start() > pos and _run_on_cut(folded, pos, m.start())]
        for a, b in zip([pos] + cuts, cuts + [end]):
            yield a, b
        pos = end + 1


_RUN_ON = re.compile(r"第[一二三四五六七八九十百零〇]{1,5}[条章节](?=\s)")


def _run_on_cut(folded: str, line_start: int, at: int) -> bool:
    """A marker inside a line opens a new line after a wide gap or a full stop and a blank, or
    right after a chapter title."""
    before = folded[line_start:at].rstrip()
    if folded[max(line_start, at - 2):at] == "  " or (before.endswith("。") and len(before) < at - line_start):
        return True  # a wide gap, or a full stop and a blank, before the marker
    head = markers.legal(folded[line_start:at], None)
    return head is not None and at - line_start <= 24 and head.rank < markers.LEGAL_RANKS["条"]


def _classify_all(folded: str, spans) -> list[_Line]:
    lines, last_article = [], None
    for a, b in spans:
        line = _classify(folded, a, b, last_article)
        if line.rank == markers.LEGAL_RANKS["条"] and line.kind == "heading":
            last_article = line.number
        lines.append(line)
    _drop_lone_ordinals(lines)
    _drop_contents(lines)
    _drop_leader_entries(folded, lines)
    _promote_chapter_like(folded, lines)
    return lines


def _drop_contents(lines: list[_Line]) -> None:
    """A table of contents (目录: 第一章 总则 / 第二章 … with nothing between) is no outline:
    a run of three or more chapter lines whose first comes again later is read as text."""
    article = markers.LEGAL_RANKS["条"]
    is_division = lambda line: line.kind == "heading" and 0 < line.rank < article
    i = 0
    while i < len(lines):
        j, seen = i, set()
        while j < len(lines) and (is_division(lines[j]) or lines[j].end == lines[j].start):
            if is_division(lines[j]) and (lines[j].rank, lines[j].number) in seen:
                break  # the contents end where the body's first chapter comes again
            seen.add((lines[j].rank, lines[j].number))
            j += 1
        run = [line for line in lines[i:j] if is_division(line)]
        first = run[0] if run else None
        if len(run) >= 3 and any(is_division(line) and (line.rank, line.number) == (first.rank, first.number)
                                 for line in lines[j:]):
            for line in run:
                line.kind, line.rank, line.marker_end = "", 0, line.start
        i = max(j, i + 1)


# 一、服务对象……………1: a contents entry, its title joined to a page number by leader dots.
_LEADER_ENTRY = re.compile(r"(?:…{2,}|\.{4,}|·{4,}|-{4,})\s*\d{1,4}\s*$")


def _drop_leader_entries(folded: str, lines: list[_Line]) -> None:
    """A heading that ends in leader dots and a page number is an entry of a table of contents."""
    for line in lines:
        if line.kind == "heading" and _LEADER_ENTRY.search(folded, line.start, line.end):
            line.kind, line.rank, line.marker_end = "", 0, line.start


def _promote_chapter_like(folded: str, lines: list[_Line]) -> None:
    """一、总则 standing over articles is a chapter: a short 一、 heading whose next heading is
    an article takes the chapter's rank."""
    headings = [line for line in lines if line.kind == "heading"]
    article = markers.LEGAL_RANKS["条"]
    for line, after in zip(headings, headings[1:]):
        title = folded[line.marker_end:line.end].strip()
        if line.rank == markers.PLAN_BASE and after.rank == article and len(title) <= 20 \
                and not re.search(r"[。;,:]", title):
            line.rank = markers.LEGAL_RANKS["章"]


def _classify(folded: str, a: int, b: int, last_article: int | None) -> _Line:
    line = folded[a:b]
    marker = markers.legal(line, last_article) or markers.plan(line) or markers.ordinal(line)
    if marker:
        return _Line(a, b, marker.rank, marker.number, marker.label, a + marker.end, "heading")
    bullet = _BULLET.match(line)
    if bullet and b - a > bullet.end() + 1:
        return _Line(a, b, marker_end=a + bullet.end(), kind="item")
    return _Line(a, b, marker_end=a)


def _drop_lone_ordinals(lines: list[_Line]) -> None:
    """Ordinal words (一是, 首先) number clauses only in a run that counts 1, 2, …"""
    run: list[_Line] = []

    def flush():
        for line in run if len(run) < 2 else ():
            line.kind, line.rank, line.marker_end = "", 0, line.start
        run.clear()

    for line in lines:
        if line.kind != "heading":
            continue
        if line.rank != markers.RELATIVE:
            flush()
        elif line.number == len(run) + 1 or (line.number == markers.LAST and run):
            line.number = len(run) + 1
            run.append(line)
        else:
            flush()
            run.append(line)
    flush()


def _mark_task_rows(lines: list[_Line], rows) -> None:
    for row in rows:
        for k in row.continued:
            lines[k].kind, lines[k].rank, lines[k].marker_end = "", 0, lines[k].start
        line = lines[row.line]
        line.kind, line.rank, line.number, line.label = "heading", markers.RELATIVE, row.number, str(row.number)
        line.title = row.title
        line.deadline = row.deadline if row.deadline and row.deadline[1] > row.deadline[0] else None
        line.marker_end = row.title[0]


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


def _closing_line(folded: str, lines: list[_Line], last: int, hi: int, table) -> int:
    """Index of the first line of the closing block among lines[:hi] (hi if there is none)."""
    closing = hi
    for i in range(last + 1, hi):
        if lines[i].kind == "heading":
            continue
        if any(p.search(folded[lines[i].start:lines[i].end]) for p in _CLOSING) or _signed(folded, lines, i, hi):
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


_SIGNER = re.compile(r"^\s*[\u4e00-\u9fff]{2,24}(政府|办公室|办公厅|委员会|部|局|厅|院|委|处)[\s\ue000-\uf8ff]*$")  # PUA: font junk
_DATE = re.compile(r"^\s*\d{4}\s?年\s?\d{1,2}\s?月(\s?\d{1,2}\s?日)?(印发)?\s*$")
_CN_DATE = re.compile(r"^\s*[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日\s*$")


def _signed(folded: str, lines: list[_Line], i: int, hi: int) -> bool:
    """A signer's name over a date, or a date written in Chinese numerals, closes the text."""
    line = folded[lines[i].start:lines[i].end]
    if _CN_DATE.match(line):
        return True
    following = next((folded[lines[j].start:lines[j].end] for j in range(i + 1, hi)
                      if folded[lines[j].start:lines[j].end].strip()), "")
    return bool(_SIGNER.match(line)) and bool(_CN_DATE.match(following) or _DATE.match(following))


def _make(text, kind, level, number, label, start, end, title_from) -> Clause:
    while title_from < end and text[title_from].isspace():
        title_from += 1
    line_end = text.find("\n", title_from, end)
    line_end = end if line_end < 0 else line_end
    stop = _TITLE_END.search(fold(text[title_from:line_end]))
    title_end = title_from + stop.start() if stop else line_end
    title_end = min(title_end, title_from + MAX_TITLE)
    while title_end > title_from and text[title_end - 1] in " 　；;":  # an item's closing ；
        title_end -= 1
    return Clause("", kind, level, number, label, text[title_from:title_end], start, end,
                  title_from, title_end)


def _finish(clauses, text, folded, damaged, table, task_cells) -> list[Clause]:
    stack: list[int] = []
    seen: dict[str, int] = {}
    item_counts: dict[int | None, int] = {}
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


def parts(clauses: list[Clause]) -> list[Clause]:
    """The heads of the documents a notice carries and of its annexes, in text order; each
    one's title is that document's own, its subtree the clauses whose id it prefixes."""
    return [c for c in clauses if c.part]


def lead_agencies(clause: Clause) -> list[str]:
    """Canonical names of the clause's lead agencies, each once, in text order."""
    return list(dict.fromkeys(a.canonical for a in clause.agencies if a.role == "lead"))
