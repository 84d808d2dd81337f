"""Inter-coder agreement between two coders of one project: percent agreement and Cohen's kappa.

Each annotation carries its coder. For a code in a document, every character of the
document's clean text is a unit that each coder did or did not code with it; so is every
clause of its outline (coded when one of the coder's passages touches it). Both measures are
computed per code and document, and pooled per code, per document and over all: only the
pairs of a code and a document that at least one coder used are counted, so a code nobody
applied to a document does not make the two coders look in agreement.

    kappa = (po - pe) / (1 - pe), po = share of units where both agree,
    pe = pA·pB + (1 − pA)(1 − pB), pA and pB the shares each coder coded.

Kappa is None where it is undefined (both coders coded every unit, or none). Annotations
that need review, or whose anchor is on another version than the document given, have no
reliable place in its text: they are counted apart (left_out), never guessed.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Protocol, Sequence

from .annotations import Project

Span = tuple[int, int]


class _Clause(Protocol):
    start: int
    end: int


class _Document(Protocol):  # core.document.Document has these
    text: str
    content_hash: str
    clauses: Sequence[_Clause]


@dataclass(frozen=True)
class Tally:
    """Units coded by both coders, by one only, and by neither."""
    both: int = 0
    only_a: int = 0
    only_b: int = 0
    neither: int = 0

    def __add__(self, other: Tally) -> Tally:
        return Tally(self.both + other.both, self.only_a + other.only_a,
                     self.only_b + other.only_b, self.neither + other.neither)

    @property
    def units(self) -> int:
        return self.both + self.only_a + self.only_b + self.neither

    @property
    def percent(self) -> float | None:
        return 100 * (self.both + self.neither) / self.units if self.units else None

    @property
    def kappa(self) -> float | None:
        # In whole numbers (everything times n²), so kappa 0 and 1 come out exactly.
        n = self.units
        coded_a, coded_b = self.both + self.only_a, self.both + self.only_b
        chance = coded_a * coded_b + (n - coded_a) * (n - coded_b)
        if not n or chance == n * n:
            return None
        return (n * (self.both + self.neither) - chance) / (n * n - chance)

    def to_json(self) -> dict:
        return {"units": self.units, "both": self.both, "only_a": self.only_a, "only_b": self.only_b,
                "neither": self.neither, "percent": _rounded(self.percent), "kappa": _rounded(self.kappa)}


@dataclass(frozen=True)
class Row:
    """Agreement of one code in one document ("" for all codes, or all documents)."""
    code: str  # path
    document: str  # key
    characters: Tally
    clauses: Tally

    def to_json(self) -> dict:
        return {"code": self.code, "document": self.document,
                "characters": self.characters.to_json(), "clauses": self.clauses.to_json()}


@dataclass(frozen=True)
class Disagreement:
    """A stretch of text (the union of both coders' passages there) where they differ, with
    what each of them coded in it, side by side."""
    code: str
    document: str
    start: int
    end: int
    text_a: str  # coder A's passages within the stretch, joined by " … "; "" if none
    text_b: str

    def to_json(self) -> dict:
        return {"code": self.code, "document": self.document, "start": self.start, "end": self.end,
                "a": self.text_a, "b": self.text_b}


@dataclass
class AgreementReport:
    coder_a: str
    coder_b: str
    cells: list[Row] = field(default_factory=list)  # per code and document
    by_code: list[Row] = field(default_factory=list)  # document ""
    by_document: list[Row] = field(default_factory=list)  # code ""
    overall: Row = Row("", "", Tally(), Tally())
    disagreements: list[Disagreement] = field(default_factory=list)
    left_out: int = 0  # annotations of the two coders with no reliable place in the text

    def to_json(self) -> dict:
        return {"coder_a": self.coder_a, "coder_b": self.coder_b, "overall": self.overall.to_json(),
                "by_code": [r.to_json() for r in self.by_code],
                "by_document": [r.to_json() for r in self.by_document],
                "cells": [r.to_json() for r in self.cells],
                "disagreements": [d.to_json() for d in self.disagreements], "left_out": self.left_out}


def coders(project: Project) -> list[str]:
    """The coders named on the project's annotations, in name order ("" not among them)."""
    return sorted({a.coder for a in project.annotations.values() if a.coder})


def agreement(project: Project, coder_a: str, coder_b: str,
              documents: Mapping[str, _Document]) -> AgreementReport:
    """Agreement of coder_a and coder_b on every document given (key -> its current version)."""
    if coder_a == coder_b:
        raise ValueError("agreement needs two different coders")
    report = AgreementReport(coder_a, coder_b)
    spans: dict[tuple[str, str], list[list[Span]]] = defaultdict(lambda: [[], []])
    for a in project.annotations.values():
        if a.coder not in (coder_a, coder_b) or not a.codes or a.document not in documents:
            continue
        doc = documents[a.document]
        if a.needs_review or a.anchor.content_hash != doc.content_hash or not a.anchor.start < a.anchor.end:
            report.left_out += 1
            continue
        for code in a.codes:
            spans[(project.code_path(code), a.document)][a.coder == coder_b].append((a.anchor.start, a.anchor.end))
    for (code, key), (of_a, of_b) in sorted(spans.items()):
        doc = documents[key]
        a, b = merged(of_a), merged(of_b)
        report.cells.append(Row(code, key, _characters(a, b, len(doc.text)), _clauses(a, b, doc.clauses)))
        report.disagreements += _disagreements(code, key, doc.text, a, b)
    report.by_code = _pooled(report.cells, lambda r: (r.code, ""))
    report.by_document = _pooled(report.cells, lambda r: ("", r.document))
    report.overall = (_pooled(report.cells, lambda r: ("", "")) or [report.overall])[0]
    return report


def merged(spans: Iterable[Span]) -> list[Span]:
    """Spans sorted and joined where they overlap or touch."""
    out: list[list[int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1][1] = max(out[-1][1], end)
        else:
            out.append([start, end])
    return [(s, e) for s, e in out]


def _length(spans: Iterable[Span]) -> int:
    return sum(e - s for s, e in spans)


def _intersection(a: list[Span], b: list[Span]) -> list[Span]:
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        start, end = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if start < end:
            out.append((start, end))
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return out


def _characters(a: list[Span], b: list[Span], length: int) -> Tally:
    both = _length(_intersection(a, b))
    only_a, only_b = _length(a) - both, _length(b) - both
    return Tally(both, only_a, only_b, length - both - only_a - only_b)


def _clauses(a: list[Span], b: list[Span], clauses: Sequence[_Clause]) -> Tally:
    counts = [0, 0, 0, 0]  # both, only a, only b, neither
    for clause in clauses:
        in_a = any(s < clause.end and clause.start < e for s, e in a)
        in_b = any(s < clause.end and clause.start < e for s, e in b)
        counts[0 if in_a and in_b else 1 if in_a else 2 if in_b else 3] += 1
    return Tally(*counts)


def _disagreements(code: str, key: str, text: str, a: list[Span], b: list[Span]) -> list[Disagreement]:
    found = []
    for start, end in merged(a + b):
        mine = [(max(s, start), min(e, end)) for s, e in a if s < end and start < e]
        theirs = [(max(s, start), min(e, end)) for s, e in b if s < end and start < e]
        if mine != theirs:
            found.append(Disagreement(code, key, start, end, _quote(text, mine), _quote(text, theirs)))
    return found


def _quote(text: str, spans: list[Span]) -> str:
    return " … ".join(text[s:e] for s, e in spans)


def _pooled(rows: list[Row], group) -> list[Row]:
    sums: dict[tuple[str, str], list[Tally]] = {}
    for row in rows:
        pair = sums.setdefault(group(row), [Tally(), Tally()])
        pair[0], pair[1] = pair[0] + row.characters, pair[1] + row.clauses
    return [Row(code, key, chars, clauses) for (code, key), (chars, clauses) in sorted(sums.items())]


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
