"""Task divisions: a task × agency × deadline table across the corpus.

A task is a clause that assigns work: one with agencies in an assignment role (lead, cooperate,
responsible; core/agencies.py reads the forms), from a task list or a 任务分工 table. Its
deadline is the task table's time cell (core/task_table.py) or, in a task list, the last
schedule phrase of the clause's own text (2017年底前完成, 长期坚持). Deadlines are normalised:

    2017年12月31日 -> 2017-12-31        2017年底 / 年末 / 年内 / 2017年前 -> 2017-12-31
    2018年6月底 / 6月末 / 6月前 -> 2018-06-30     2018年上半年 -> 2018-06-30
    2018年第三季度 -> 2018-09-30        长期坚持, 持续推进, 长期, 持续, 常态化 -> open

"前" is read as "by the end of" the period it follows, as plans use it (2020年前基本建立).
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Iterable, Mapping

from ..numerals import chinese_to_int
from ..script import fold

ROLES = ("lead", "responsible", "cooperate")
COLUMNS = ("key", "place", "level", "clause", "task", "role", "agency", "deadline", "due", "family")
_CN = "一二三四五六七八九十"
_DEADLINE = re.compile(
    rf"(?P<year>(?:19|20)\d{{2}})\s*年\s*(?:"
    rf"(?P<month>\d{{1,2}}|[{_CN}]{{1,3}})\s*月\s*(?:(?P<day>\d{{1,2}})\s*日|底|末|份|前|中旬|上旬|下旬)?"
    rf"|(?P<half>上|下)半年|第?(?P<quarter>[一二三四1-4])\s*季度|底|末|内|前|)"
    r"|(?P<open>长期坚持|持续推进|长期推进|常态化|长期|持续)")


@dataclass(frozen=True)
class Deadline:
    text: str
    start: int
    end: int
    due: str | None  # ISO date; None when open or not a date

    @property
    def open(self) -> bool:
        return self.due is None

    def to_json(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "due": self.due or "open"}


def normalise(text: str) -> str | None:
    """The ISO date a deadline phrase names; None for an open one (长期坚持) or none at all."""
    match = _DEADLINE.search(fold(text))
    return _due(match) if match else None


def _due(match: re.Match) -> str | None:
    if match.group("open") or not match.group("year"):
        return None
    year = int(match.group("year"))
    month = match.group("month")
    if month:
        m = int(month) if month.isdigit() else chinese_to_int(month)
        if not 1 <= m <= 12:
            return None
        day = int(match.group("day")) if match.group("day") else calendar.monthrange(year, m)[1]
        return f"{year:04d}-{m:02d}-{day:02d}"
    if match.group("half"):
        return f"{year:04d}-06-30" if match.group("half") == "上" else f"{year:04d}-12-31"
    if match.group("quarter"):
        q = "1234".find(match.group("quarter")) + 1 or "一二三四".find(match.group("quarter")) + 1
        m = 3 * q
        return f"{year:04d}-{m:02d}-{calendar.monthrange(year, m)[1]:02d}"
    return f"{year:04d}-12-31"


def deadline_of(text: str, clause) -> Deadline | None:
    """The task table's time cell, else the last schedule phrase of the clause's text."""
    folded = fold(text)
    if clause.deadline:
        a, b = clause.deadline
        match = _DEADLINE.search(folded, a, b)
        return Deadline(text[a:b].strip(), a, b, _due(match) if match else None) if text[a:b].strip() else None
    start = clause.title_end or clause.start
    found = [m for m in _DEADLINE.finditer(folded, start, clause.end) if _is_schedule(folded, m)]
    if not found:
        return None
    m = found[-1]
    return Deadline(text[m.start():m.end()], m.start(), m.end(), _due(m))


def _is_schedule(folded: str, match: re.Match) -> bool:
    """2017年底前, 长期坚持: a schedule; 2017年 in a sentence (2017年起, 2017年全市…) is not."""
    if match.group("open"):
        return True
    tail = folded[match.end():match.end() + 3]
    return bool(match.group(0)[-1] in "底末前内季" or match.group("half") or match.group("day")
                or tail.startswith(("前", "底", "完成", "之前")))


@dataclass(frozen=True)
class Task:
    key: str
    clause: str
    title: str
    agencies: tuple[tuple[str, str], ...]  # (role, canonical agency) in text order
    deadline: Deadline | None

    def rows(self, facts, family: int | None) -> list[list]:
        return [[self.key, facts.place, facts.level, self.clause, self.title, role, agency,
                 self.deadline.text if self.deadline else "",
                 (self.deadline.due or "open") if self.deadline else "", family]
                for role, agency in self.agencies]

    def to_json(self) -> dict:
        return {"key": self.key, "clause": self.clause, "task": self.title,
                "agencies": [{"role": r, "agency": a} for r, a in self.agencies],
                "deadline": self.deadline.to_json() if self.deadline else None}


def tasks(doc) -> list[Task]:
    """The tasks of a document (anything with .key, .text and .clauses)."""
    out = []
    for clause in doc.clauses:
        assigned = tuple(dict.fromkeys((a.role, a.canonical) for a in clause.agencies if a.role in ROLES))
        if assigned and clause.kind in ("heading", "item"):
            out.append(Task(doc.key, clause.id, clause.title, assigned, deadline_of(doc.text, clause)))
    return out


def task_table(docs: Iterable, facts: Mapping, family_of: Mapping[tuple[str, str], int] | None = None) -> list[list]:
    """Rows of COLUMNS for every task of every document; family_of: (key, clause id) -> family."""
    rows = []
    for doc in docs:
        for task in tasks(doc):
            rows += task.rows(facts[doc.key], (family_of or {}).get((doc.key, task.clause)))
    return rows
