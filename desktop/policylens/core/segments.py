"""Coded segments pulled back out of the project, and how codes co-occur.

A researcher asks two things of a code once coding is done: show me every passage of it (with
its context, its document's attributes, the note and who coded it), and which other codes
fall on the same passages or in the same clauses. Both are read from the Project alone: the
anchor keeps the quote with its context as the document was when coded, so no document has
to be opened; `documents` (key -> attributes) only adds columns.

A passage coded with a code and with one of its sub-codes is one segment, listed once, with
every matching code named.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from itertools import combinations
from typing import Iterable, NamedTuple

from .annotations import Annotation, Project


class Segment(NamedTuple):
    annotation: str  # the annotation's id
    doc_key: str
    clause: str
    start: int
    end: int
    left: str
    quote: str
    right: str
    codes: tuple[str, ...]  # paths of the codes asked for that this passage carries
    note: str
    coder: str
    needs_review: bool
    attributes: dict


def segments(project: Project, code_id: str | Iterable[str], subcodes: bool = True,
             documents: dict[str, dict] | None = None) -> list[Segment]:
    """Every passage of the code or codes (and their sub-codes), in document and text order,
    each once however many of them it carries."""
    asked = [code_id] if isinstance(code_id, str) else list(code_id)
    wanted = {c for code in asked for c in (code, *(project.descendants(code) if subcodes else ()))}
    attributes = documents or {}
    found = []
    for a in project.annotations.values():
        hits = [c for c in a.codes if c in wanted]
        if hits:
            found.append(_segment(a, tuple(sorted(project.code_path(c) for c in hits)),
                                  attributes.get(a.document, {})))
    return sorted(found, key=lambda s: (s.doc_key, s.start, s.end, s.annotation))


def _segment(a: Annotation, codes: tuple[str, ...], attributes: dict) -> Segment:
    anchor = a.anchor
    return Segment(a.id, anchor.document, anchor.clause, anchor.start, anchor.end, anchor.prefix,
                   anchor.exact, anchor.suffix, codes, a.note, a.coder, a.needs_review, attributes)


class Cooccurrence(NamedTuple):
    counts: dict[tuple[str, str], int]  # (code id, code id), the smaller id first -> how many units
    passages: dict[tuple[str, str], list[tuple[str, ...]]]  # the same key -> the annotation ids of each unit


def cooccurrence(project: Project, unit: str = "overlap") -> Cooccurrence:
    """Pairs of codes on one unit: "overlap" (passages that share a character, or one passage
    carrying both) or "clause" (any passages starting in the same clause of a document).

    Annotations needing review are left out: their place is not known.
    """
    if unit not in ("overlap", "clause"):
        raise ValueError(f"unit must be 'overlap' or 'clause', not {unit!r}")
    placed = [a for a in project.annotations.values() if not a.needs_review and a.codes]
    units = _overlaps(placed) if unit == "overlap" else _clauses(placed)
    counts: Counter = Counter()
    passages: dict[tuple[str, str], list[tuple[str, ...]]] = defaultdict(list)
    for members in units:
        ids = tuple(sorted(a.id for a in members))
        for pair in _pairs(members, unit):
            counts[pair] += 1
            passages[pair].append(ids)
    return Cooccurrence(dict(counts), dict(passages))


def _pairs(members: list[Annotation], unit: str) -> set[tuple[str, str]]:
    """The code pairs a unit counts once: every pair of its codes in a clause; on an overlap of
    two passages, a code of one with a code of the other (a passage's own pairs are its own unit)."""
    if unit == "clause" or len(members) == 1:
        codes = sorted({code for a in members for code in a.codes})
        return set(combinations(codes, 2))
    a, b = members
    return {(min(x, y), max(x, y)) for x in a.codes for y in b.codes if x != y}


def _overlaps(annotations: list[Annotation]) -> list[list[Annotation]]:
    """A passage carrying several codes is a unit; so is each pair of overlapping passages.

    Units are pairs (and single passages), not chains: A overlapping B overlapping C does not
    make A and C co-occur.
    """
    by_doc: dict[str, list[Annotation]] = defaultdict(list)
    for a in annotations:
        by_doc[a.document].append(a)
    units = []
    for items in by_doc.values():
        items.sort(key=lambda a: (a.anchor.start, a.anchor.end, a.id))
        for i, a in enumerate(items):
            if len(a.codes) > 1:
                units.append([a])
            for b in items[i + 1:]:
                if b.anchor.start >= a.anchor.end:
                    break
                units.append([a, b])
    return units


def _clauses(annotations: list[Annotation]) -> list[list[Annotation]]:
    groups: dict[tuple[str, str], list[Annotation]] = defaultdict(list)
    for a in annotations:
        groups[(a.document, a.anchor.clause)].append(a)
    return [sorted(g, key=lambda a: a.id) for _, g in sorted(groups.items())]
