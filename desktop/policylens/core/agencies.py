"""Agencies and their roles in a clause.

Roles come only from assignment forms, recognised by their shape: role words and unit words
in role_words, where a list of names ends in agency_lists, the forms in agency_forms.

- Labels: a role word and a unit word before a colon (牵头单位:, 主责部门：, 配合处室:, 协办单位:,
  参与单位:), on a line of their own, in a bracket, after 。 ; , mid-paragraph:
  ``牽頭單位:市公安局`` / ``(牽頭單位:市公安局;配合單位:市人社局、各縣區政府)`` /
  ``责任单位：市教育局（牵头）、市财政局`` (a name marked （牵头） leads). The value ends at the
  next label or key (完成时限:), at ; 。 or a tab; a note after it (（按职责分工负责）) is dropped.
- Task tables (cells split by tabs, or by | in Markdown): a column's role comes from its header,
  whatever its wording (role_words.header_role); its cells are split into names
  (role_words.split_cell); a key-value row (牵头单位 | 市住建局) gives its value the label's role.
- Brackets whose every segment is a list with a role verb (牵头, 负责, 配合, 参与, 参加, 协助, 协同,
  共同负责, 按职责分工负责 …) or a deadline: ``（市财政局牵头，市发改委、市人社局配合）``,
  ``（县财政局牵头，县发改局等单位参与）``, ``（市委宣传部、市网信办按职能负责）``,
  ``（由市住建局会同市规划局负责）``, ``（市发展改革委牵头，…配合，2025年底前完成）``; and, closing
  a paragraph, a bare list ``（市发改委、人民银行丹东支行、市金融办）`` (responsible).
- 由-sentences: ``由市住建局会同市规划局负责`` and ``由市建委会同相关部门研究确定`` (lead,
  cooperate), ``由市人口办牵头,定期召开…`` (lead), ``…,由市财政局负责。`` and ``由X组织和负责`` (responsible
  when nothing follows 负责), ``由X负主体责任``, ``由市交通运输部门作为牵头单位`` (the label's role).
- Segments that are a list and a role verb and nothing else (牵头组织 at most):
  ``规划主管部门牵头组织,各区政府、街道办事处等主管部门配合,…``; after a lead in its sentence,
  ``会同市建委等部门办理``, ``市民政、卫生等部门参与的…``, and a list that waits for its verb
  (``…等单位根据职能分工,各负其责,协调配合``).
- ``X为…的责任单位``, ``X是…的责任主体``, ``明确X、Y为…责任主体``: a list is split, anything else is one
  name however it reads (所在市、县人民政府).

Lists join names with 、 , 和 及 与 and end with 等, 等单位, 等有关部门; collective names (各县（区）
政府, 市直有关单位) are names. Any other agency named in the text is a mention, whatever verb
stands beside it: prose that names a duty (市教育局负责…, 市公安局要会同有关部门…, X牵头建立…)
assigns nothing, and neither do a portal's metadata rows and footers. All matching runs on the
folded text (simplified, half-width), which has the clean text's offsets, so names are reported
exactly as written.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import agency_lists as lists
from . import role_words as words
from .agency_forms import Span, line_forms, prose_forms
from .aliases import AliasTable, default_table

ROLES = ("lead", "cooperate", "responsible", "mention")
_Span = Span  # task_table_cells' element type, kept under its old name for callers


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


def extract(text: str, folded: str, start: int, end: int,
            table: AliasTable | None = None, task_cells: list[Span] = ()) -> list[AgencyRef]:
    """Every agency in text[start:end] with its role, in text order.

    task_cells are the role cells of task tables (see task_table_cells), found once per document
    because a table's header row may lie in an earlier clause than its rows.
    """
    table = table or default_table()
    assigned = [c for c in task_cells if start <= c.start and c.end <= end]
    covered = [(c.start, c.end) for c in assigned]
    rows = []
    for a, b in _lines(folded, start, end):
        if any(c.start < b and a < c.end for c in assigned):
            continue  # a table row: its role cells are read by column
        rows.append((a, b))
        for span_start, span_end, spans in line_forms(folded, a, b, table, prose=False):
            covered.append((span_start, span_end))
            assigned.extend(spans)
    for a, b in _sentence_runs(folded, rows):
        for span_start, span_end, spans in prose_forms(folded, a, b, table, covered):
            covered.append((span_start, span_end))
            assigned.extend(spans)
    refs = _refs(text, folded, assigned, table)
    refs += _mentions(text, folded, start, end, covered, table)
    return sorted(refs, key=lambda r: (r.start, r.end))


def task_table_cells(folded: str) -> list[Span]:
    """Role cells of task tables: rows (cells split by tabs, or by | as Markdown writes them)
    under a header with role columns.

    Each column's role comes from role_words.header_role, whatever the header's wording.
    """
    cells: list[Span] = []
    roles: dict[int, str] = {}
    for a, b in _lines(folded, 0, len(folded)):
        spans = _cells(folded, a, b)
        if spans is None:
            roles = {}
            continue
        header = {i: role for i, (x, y) in enumerate(spans)
                  if (role := words.header_role(folded[x:y])) is not None}
        filled = [i for i, (x, y) in enumerate(spans) if folded[x:y].strip()]
        if len(filled) == 2 and list(header) == filled[:1]:
            # a key-value row (牵头单位 | 市教育局): the label's value is the next cell
            x, y = spans[filled[1]]
            cells += [Span(x + p, x + q, r) for p, q, r in cell_spans(folded[x:y], folded[x:y], header[filled[0]])]
            continue
        if header:
            roles = header
            continue
        for i, role in roles.items():
            if i < len(spans):
                x, y = spans[i]
                cells += [Span(x + p, x + q, r) for p, q, r in cell_spans(folded[x:y], folded[x:y], role)]
    return cells


def cell_spans(text: str, folded: str, role: str, table: AliasTable | None = None) -> list[tuple[int, int, str]]:
    """Agencies of one role cell as (start, end, role); see role_words.split_cell."""
    table = table or default_table()
    forms = line_forms(folded, 0, len(folded), table)
    spans = [s for _a, _b, found in forms for s in found]
    if not spans:
        spans = [Span(0, len(folded), role)]
    found = []
    for span in spans:
        for p, q in lists.items(folded, span.start, span.end, table):
            x, y, marked = _marked_role(folded, p, q, span.role)
            if y > x:
                found.append((x, y, marked))
    return found


def _cells(folded: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """The cells of a table row, or None if the line is no row; a Markdown rule (|---|) has none."""
    line = folded[a:b]
    if "\t" in line:
        sep = "\t"
    elif line.strip().startswith("|") and line.count("|") >= 3:
        sep = "|"
        if _MD_RULE.fullmatch(line.strip()):
            return []
        first, last = folded.index("|", a, b), folded.rindex("|", a, b)
        a, b = first + 1, last if line.rstrip().endswith("|") else b
    else:
        return None
    spans, start = [], a
    for i in range(a, b + 1):
        if i == b or folded[i] == sep:
            spans.append((start, i))
            start = i + 1
    return spans


_MD_RULE = re.compile(r"\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?")


def is_assignment_line(line: str, table: AliasTable | None = None) -> bool:
    """Whether a folded paragraph assigns agencies (a label or a bracketed assignment)."""
    table = table or default_table()
    return bool(line_forms(line, 0, len(line), table, prose=False))


_SENTENCE_END = set("。;:!?")


def _sentence_runs(folded: str, rows: list[tuple[int, int]]):
    """Runs of consecutive lines in which no line but the last ends its sentence: text saved from
    PDF or print breaks lines in the middle of a sentence."""
    run = None
    for a, b in rows:
        if run and run[1] + 1 == a:
            run = (run[0], b)
        else:
            if run:
                yield run
            run = (a, b)
        if folded[a:b].rstrip()[-1:] in _SENTENCE_END or not folded[a:b].strip():
            yield run
            run = None
    if run:
        yield run


def _lines(text: str, start: int, end: int):
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def _marked_role(folded: str, x: int, y: int, role: str) -> tuple[int, int, str]:
    """A name followed by （牵头） takes that role; the mark is not part of the name."""
    mark = words.MARK.search(folded, x, y)
    if mark and mark.start() > x:
        marked = words.label_role(mark.group(1)) or words.VERBS.get(mark.group(1))
        if marked:
            return x, mark.start(), marked
    return x, y, role


def _refs(text: str, folded: str, spans: list[Span], table: AliasTable) -> list[AgencyRef]:
    refs = []
    for span in spans:
        previous_prefix = ""
        names = [lists.trim(folded, span.start, span.end)] if span.whole else \
            lists.items(folded, span.start, span.end, table)
        for x, y in names:
            x, y, role = _marked_role(folded, x, y, span.role)
            if y <= x:
                continue
            identity = table.identify(text[x:y].replace("\n", ""))  # a name wrapped at a line end
            canonical = identity.canonical
            if identity.prefix:
                previous_prefix = identity.prefix
            elif identity.known and identity.local and previous_prefix:
                canonical = previous_prefix + identity.core
            refs.append(AgencyRef(text[x:y], canonical, role, x, y, identity.collective))
    return refs


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
