"""A clause family in time: who adopted it when, the cumulative curve, and the pattern.

Each member is placed by its document's adoption date (dates.adoption_date, which says which
date it used); members of undated documents are listed apart. Members whose document is
central or provincial (levels.REFERENCE) are the reference lines of the chart.

The pattern, by this rule:

- undetermined: fewer than two dated members;
- horizontal: no dated reference member, or no dated local member (the clause spreads among
  peers: cities from cities, or provinces from provinces);
- bottom-up: at least one local member is dated before the first reference member (a pilot
  city wrote it before the province or the State Council did);
- top-down: otherwise: the first reference member is dated before, or in the same period as,
  every local member.

"Before" compares dates as periods (a year-only date is not before a day in that year). The
evidence names the first reference member and the local members dated before and after it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Mapping

from .facts import DocFacts
from .levels import is_reference


@dataclass(frozen=True)
class Point:
    key: str
    clause: str  # clause id in its document
    title: str
    facts: DocFacts
    order: int = 0  # adoption rank: 1 for the first; members of one date share it
    cumulative: int = 0  # adopters up to and including this date

    @property
    def reference(self) -> bool:
        return is_reference(self.facts.level)

    def to_json(self) -> dict:
        return {"key": self.key, "clause": self.clause, "title": self.title, "place": self.facts.place,
                "level": self.facts.level, "date": self.facts.date.value if self.facts.date else None,
                "date_used": self.facts.date.source if self.facts.date else None,
                "order": self.order or None, "cumulative": self.cumulative or None,
                "reference": self.reference}


@dataclass
class Timeline:
    family: int
    name: str
    points: list[Point]  # dated members in adoption order
    undated: list[Point]
    pattern: str = "undetermined"
    evidence: dict = field(default_factory=dict)

    @property
    def references(self) -> list[Point]:
        return [p for p in self.points if p.reference]

    @property
    def first_movers(self) -> list[Point]:
        return [p for p in self.points if p.order == 1]

    @property
    def laggards(self) -> list[Point]:
        """The members of the latest date, when there are at least two dates."""
        last = max((p.order for p in self.points), default=0)
        return [p for p in self.points if p.order == last] if last > 1 else []

    def curve(self) -> list[tuple[str, int]]:
        """(date, adopters so far) at each date of adoption."""
        out: dict[str, int] = {}
        for p in self.points:
            out[p.facts.date.value] = p.cumulative
        return list(out.items())

    def to_json(self) -> dict:
        return {"family": self.family, "name": self.name, "pattern": self.pattern, "evidence": self.evidence,
                "members": [p.to_json() for p in self.points], "undated": [p.to_json() for p in self.undated],
                "curve": [{"date": d, "adopters": n} for d, n in self.curve()],
                "references": [p.key for p in self.references],
                "first_movers": [p.key for p in self.first_movers], "laggards": [p.key for p in self.laggards]}


def timeline(family: int, name: str, members: Iterable[tuple[str, str, str]],
             facts: Mapping[str, DocFacts]) -> Timeline:
    """members: (document key, clause id, clause title); facts: every member's document."""
    points = [Point(key, clause, title, facts[key]) for key, clause, title in members]
    dated = sorted((p for p in points if p.facts.date), key=lambda p: (p.facts.date.first_day, p.key))
    ranked: list[Point] = []
    for order, group in enumerate(_same_periods(dated), 1):
        ranked += [Point(p.key, p.clause, p.title, p.facts, order, len(ranked) + len(group)) for p in group]
    line = Timeline(family, name, ranked, [p for p in points if not p.facts.date])
    line.pattern, line.evidence = classify(ranked)
    return line


def _same_periods(dated: list[Point]) -> list[list[Point]]:
    """Dated points in runs that no date of the run is before: 2014 and 2014-10-23 share one."""
    groups: list[list[Point]] = []
    ends = ""  # the earliest last day of the current run: p is after the run once past it
    for p in dated:
        if groups and not ends < p.facts.date.first_day:
            groups[-1].append(p)
            ends = min(ends, p.facts.date.last_day)
        else:
            groups.append([p])
            ends = p.facts.date.last_day
    return groups


def classify(points: list[Point]) -> tuple[str, dict]:
    """The pattern of dated points in adoption order, and its evidence (see the module's rule)."""
    refs = [p for p in points if p.reference]
    local = [p for p in points if not p.reference and p.facts.level]
    if len(points) < 2:
        return "undetermined", {"rule": "fewer than two dated members"}
    if not refs or not local:
        return "horizontal", {"rule": "no dated central or provincial member" if not refs
                              else "no dated local member", "levels": sorted({p.facts.level for p in points})}
    first = refs[0]
    before = [p for p in local if p.facts.date.before(first.facts.date)]
    after = [p for p in local if p not in before]
    evidence = {"first_reference": _brief(first), "local_before": [_brief(p) for p in before],
                "local_after": [_brief(p) for p in after]}
    if before:
        return "bottom-up", dict(rule="a local member is dated before the first reference member", **evidence)
    return "top-down", dict(rule="the first reference member is dated no later than every local member", **evidence)


def _brief(p: Point) -> dict:
    return {"key": p.key, "place": p.facts.place, "level": p.facts.level, "date": p.facts.date.value,
            "date_used": p.facts.date.source}
