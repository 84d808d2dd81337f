"""Agency co-assignment: which agencies a corpus names together on one task, and how often.

From the task rows of tasks.py (one row per task and agency): two agencies are co-assigned
when one task names both. A pair is counted once per task, and is of one of three kinds by
the roles the task gives them:

    lead        both lead (牵头, 负责): they lead together
    cooperate   one leads, the other cooperates (配合, 参与): who works under whom
    peers       both cooperate

An agency named in two roles on one task counts in its leading one. Rows can be narrowed to
some places first (the view's filter); the counts are then per pair and kind, with the tasks
that named them as evidence.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Iterable

from .tasks import COLUMNS

KINDS = ("lead", "cooperate", "peers")
LEADING = ("lead", "responsible")
_KEY, _PLACE, _CLAUSE, _ROLE, _AGENCY = (COLUMNS.index(c) for c in ("key", "place", "clause", "role", "agency"))


@dataclass
class Pair:
    a: str  # for "cooperate", a leads and b cooperates; otherwise a sorts before b
    b: str
    kind: str
    tasks: list[tuple[str, str]] = field(default_factory=list)  # (document key, clause id)

    @property
    def count(self) -> int:
        return len(self.tasks)

    def to_json(self) -> dict:
        return {"a": self.a, "b": self.b, "kind": self.kind, "count": self.count,
                "tasks": [{"key": k, "clause": c} for k, c in self.tasks]}


def coassignments(rows: Iterable[list], places: Iterable[str] | None = None,
                  kinds: Iterable[str] = KINDS) -> list[Pair]:
    """Pairs of agencies named on one task, most frequent first; rows: tasks.task_table rows."""
    wanted_places = set(places) if places is not None else None
    wanted_kinds = set(kinds)
    roles: dict[tuple[str, str], dict[str, bool]] = defaultdict(dict)  # task -> agency -> leads
    for row in rows:
        if wanted_places is not None and row[_PLACE] not in wanted_places:
            continue
        named = roles[(row[_KEY], row[_CLAUSE])]
        named[row[_AGENCY]] = named.get(row[_AGENCY], False) or row[_ROLE] in LEADING
    pairs: dict[tuple[str, str, str], Pair] = {}
    for task, named in roles.items():
        for x, y in combinations(sorted(named), 2):
            kind, a, b = _kind(x, named[x], y, named[y])
            if kind in wanted_kinds:
                pairs.setdefault((a, b, kind), Pair(a, b, kind)).tasks.append(task)
    return sorted(pairs.values(), key=lambda p: (-p.count, p.kind, p.a, p.b))


def _kind(x: str, x_leads: bool, y: str, y_leads: bool) -> tuple[str, str, str]:
    if x_leads and y_leads:
        return "lead", x, y
    if x_leads or y_leads:
        return ("cooperate", x, y) if x_leads else ("cooperate", y, x)
    return "peers", x, y


def matrix(pairs: Iterable[Pair]) -> tuple[list[str], list[list[int]]]:
    """The agencies (most co-assigned first) and the symmetric matrix of tasks they share."""
    pairs = list(pairs)
    totals: dict[str, int] = defaultdict(int)
    for p in pairs:
        totals[p.a] += p.count
        totals[p.b] += p.count
    agencies = sorted(totals, key=lambda a: (-totals[a], a))
    at = {a: i for i, a in enumerate(agencies)}
    cells = [[0] * len(agencies) for _ in agencies]
    for p in pairs:
        cells[at[p.a]][at[p.b]] += p.count
        cells[at[p.b]][at[p.a]] += p.count
    return agencies, cells


def graph(pairs: Iterable[Pair]):
    """A networkx MultiGraph of the pairs (one edge per kind), for GraphML and GEXF."""
    import networkx as nx

    g = nx.MultiGraph()
    for p in pairs:
        g.add_edge(p.a, p.b, key=p.kind, kind=p.kind, weight=p.count,
                   **({"leader": p.a} if p.kind == "cooperate" else {}))
    return g
