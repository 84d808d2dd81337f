"""Task tables: rows of tab-separated cells under a header row (序号 | 任务 | 牵头单位 | …).

Each numbered row is a clause: its number from the 序号 column, its title from the task
column, its roles from the role columns and its deadline from the time column. A role column
is known by its header's shape, a role word (牵头, 责任, 配合 …), whatever else the header says;
a row with an empty 序号 cell continues the row above (a merged cell).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

_NUMBER_HEADER = re.compile(r"^(序号|编号|序|No\.?)$", re.I)
_TASK_HEADER = re.compile(r"任务|事项|内容|措施|举措|工作|项目|目标|指标|名称")
_ROLE_WORDS = [("lead", re.compile(r"牵头|主办|主责|主管")),
               ("cooperate", re.compile(r"配合|协办|参与|协同|协助|协作|会同|参加")),
               ("responsible", re.compile(r"责任|负责|承办"))]
_NOT_AGENCY = re.compile(r"领导|时间|时限|期限|进度|日期|备注|分值|内容")
_DEADLINE_HEADER = re.compile(r"时间|时限|期限|进度|日期")
_ROW_NUMBER = re.compile(r"^\s*(\d{1,3})\s*[.、]?\s*$")
# A cell that opens with its own number (三、参加社会保险情况) is a row's title, never a header.
_NUMBERED_CELL = re.compile(r"^\s*(?:[一二三四五六七八九十]+\s*[、.]|\(?\d{1,3}\)?\s*[、.)]|\([一二三四五六七八九十]+\))")
# What a role column's header names besides its role word: the kind of unit (牵头单位, 责任人).
_UNIT = re.compile(r"单位|部门|处室|机关|机构|科室|主体|人|方|处|科")


@dataclass(frozen=True)
class RoleCell:
    start: int
    end: int
    role: str
    whole: bool = False  # as agency_forms.Span: a cell is a list of names, not one name


@dataclass
class TaskRow:
    line: int  # index of the row's line
    number: int
    title: tuple[int, int]  # span of the task cell
    deadline: tuple[int, int] | None = None
    continued: list[int] = field(default_factory=list)  # lines of merged follow-on rows


@dataclass
class _Header:
    number: int | None = None
    task: int | None = None
    deadline: int | None = None
    roles: dict[int, str] = field(default_factory=dict)
    width: int = 0


def cells(folded: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of the tab-separated cells of the line folded[a:b]."""
    spans = []
    for cell in folded[a:b].split("\t"):
        spans.append((a, a + len(cell)))
        a += len(cell) + 1
    return spans


def header_role(cell: str) -> str | None:
    """The role a column header names, or None for a column that is not one of agencies."""
    if cell.rstrip().endswith(":"):
        return None  # a label of a metadata table (责任部门: …), not a column header
    cell = re.sub(r"\s", "", cell)
    if not cell or len(cell) > 20 or _NOT_AGENCY.search(cell) or _NUMBERED_CELL.match(cell):
        return None
    if not _UNIT.search(cell) and not any(words.fullmatch(cell) for _, words in _ROLE_WORDS):
        return None  # a phrase that holds a role verb (参加社会保险情况) names no column of agencies
    for role, words in _ROLE_WORDS:
        if words.search(cell):
            return role
    return None


def _header(texts: list[str]) -> _Header | None:
    header = _Header(width=len(texts))
    for i, cell in enumerate(texts):
        role = header_role(cell)
        if role:
            header.roles[i] = role
        elif _NUMBER_HEADER.match(cell.strip()):
            header.number = i
        elif header.deadline is None and _DEADLINE_HEADER.search(cell) and len(cell.strip()) <= 10:
            header.deadline = i
        elif header.task is None and _TASK_HEADER.search(cell) and len(cell.strip()) <= 12:
            header.task = i
    return header if header.roles or header.number is not None else None


def read(folded: str, spans: list[tuple[int, int]]) -> tuple[list[TaskRow], list[RoleCell]]:
    """The numbered rows and the role cells of every task table among these lines: tables
    whose rows are lines of tab-separated cells, and tables flattened to one cell a line."""
    rows, roles = _read_rows(folded, spans)
    flat_rows, flat_roles = _read_flat(folded, spans, {row.line for row in rows})
    return rows + flat_rows, roles + flat_roles


def _read_rows(folded: str, spans: list[tuple[int, int]]) -> tuple[list[TaskRow], list[RoleCell]]:
    rows: list[TaskRow] = []
    roles: list[RoleCell] = []
    header: _Header | None = None
    for index, (a, b) in enumerate(spans):
        if "\t" not in folded[a:b]:
            header = None
            continue
        row = cells(folded, a, b)
        texts = [folded[x:y] for x, y in row]
        found = _header(texts)
        if found and not _ROW_NUMBER.match(texts[0]) and (header is None or found.number is not None):
            header = found
            continue
        if header is None:
            continue
        if len(row) < header.width and not _ROW_NUMBER.match(texts[0]):
            # Leading cells left empty by a merge are lost with the line's leading blanks:
            # the cells that remain are the rightmost ones.
            row = [(a, a)] * (header.width - len(row)) + row
            texts = [folded[x:y] for x, y in row]
        roles += [RoleCell(*row[i], role) for i, role in header.roles.items() if i < len(row)]
        if header.number is not None and header.number < len(row):
            _add_row(rows, header, row, texts, index)
    return rows, roles


def _add_row(rows, header: _Header, row, texts, index: int) -> None:
    match = _ROW_NUMBER.match(texts[header.number])
    if not match:
        if not texts[header.number].strip() and rows:
            rows[-1].continued.append(index)
        return
    task = header.task if header.task is not None and header.task < len(row) else None
    if task is None:
        task = next((i for i in range(len(row)) if i != header.number and i not in header.roles
                     and texts[i].strip()), header.number)
    deadline = row[header.deadline] if header.deadline is not None and header.deadline < len(row) else None
    rows.append(TaskRow(index, int(match.group(1)), row[task], deadline))


MAX_HEADER_CELLS = 8


def _read_flat(folded: str, spans, taken: set[int]) -> tuple[list[TaskRow], list[RoleCell]]:
    """A 序号 line, its header cells one a line, then rows that each open with the next number."""
    rows: list[TaskRow] = []
    roles: list[RoleCell] = []
    spans = [_trimmed(folded, a, b) for a, b in spans]
    text_of = lambda i: folded[spans[i][0]:spans[i][1]]
    i = 0
    while i < len(spans):
        if i in taken or not _NUMBER_HEADER.match(text_of(i)):
            i += 1
            continue
        j = i + 1
        while j < min(i + 1 + MAX_HEADER_CELLS, len(spans)) and not _ROW_NUMBER.match(text_of(j)):
            j += 1
        texts = [text_of(k) for k in range(i, j)]
        first = _ROW_NUMBER.match(text_of(j)) if j < len(spans) else None
        if len(texts) < 2 or not first or int(first.group(1)) != 1 or any(len(t) > 20 for t in texts):
            i += 1
            continue
        header = _header(texts)
        table_rows, i = _flat_rows(text_of, spans, j, len(texts))
        for start, stop in table_rows:
            _add_flat_row(rows, roles, header, spans, text_of, start, stop)
    return rows, roles


def _flat_rows(text_of, spans, j: int, width: int) -> tuple[list[tuple[int, int]], int]:
    """(first line, end line) of each row from line j on, and the line after the table."""
    bounds, number = [], 1
    k = j
    while k < len(spans):
        match = _ROW_NUMBER.match(text_of(k))
        if match and int(match.group(1)) == number:
            bounds.append(k)
            number += 1
        elif bounds and k - bounds[-1] > 3 * width:
            break
        k += 1
    longest = max((b - a for a, b in zip(bounds, bounds[1:])), default=width)
    last_end = min(bounds[-1] + longest, k) if bounds else j
    return list(zip(bounds, bounds[1:] + [last_end])), last_end


def _add_flat_row(rows, roles, header, spans, text_of, start: int, stop: int) -> None:
    """A row's first cell is its task; the cells after it fill the role columns from the right
    (cells left empty in the source leave no line)."""
    cell_spans = []
    for k in range(start + 1, stop):
        a, _ = spans[k]
        cell_spans += [(a + x, a + y) for x, y in _cell_offsets(text_of(k)) if y > x]
    if not cell_spans:
        return
    rows.append(TaskRow(start, int(_ROW_NUMBER.match(text_of(start)).group(1)), cell_spans[0],
                        continued=list(range(start + 1, stop))))
    role_columns = sorted(header.roles.items()) if header else []
    rest = cell_spans[1:]
    if rest and len(rest) <= len(role_columns):
        for (_, role), span in zip(role_columns[-len(rest):], rest):
            roles.append(RoleCell(*span, role))


def _cell_offsets(line: str) -> list[tuple[int, int]]:
    return [(a - line_start, b - line_start) for line_start in (0,) for a, b in cells(line, 0, len(line))]


def _trimmed(folded: str, a: int, b: int) -> tuple[int, int]:
    while a < b and folded[a].isspace():
        a += 1
    while b > a and folded[b - 1].isspace():
        b -= 1
    return a, b
