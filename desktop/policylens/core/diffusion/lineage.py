"""The lineage graph: which document came from which, by citation and by reuse of its text.

Two kinds of edge, never mixed (a pair may have one of each, as two edges):

- cited: A -> B when B cites A by title or 文号, or by a bare 文号 that is A's (citations.py). A cited document that is not in
  the corpus is a node of its own, named by the citation (in_corpus false).
- inferred: A -> B when B contains much of A's text, A is dated before B, and A's level is not
  below B's. "Much": at least MIN_CONTAINMENT of A's distinct 5-grams (numbers masked,
  shingles.py) are in B, boilerplate aside (5-grams in 90 % of a corpus of five or more, as in
  core/reuse.py). Each document keeps its MAX_SOURCES likeliest sources. The evidence is the
  containment, the shared 5-grams, both dates and the spans of B's text found in A.

Candidates for inferred edges are found on a sample of the 5-grams (grams.sampled_counts),
then counted exactly for each document's CANDIDATES likeliest sources; a pair whose estimate
is far below the threshold is not counted. One document's sources alone: sources.py, which
ends in the same exact step (confirmed_sources).

A filter (family, years, attributes, in force) narrows the whole corpus's graph (narrowed):
the edges into the documents it keeps are those of the whole graph, so a document's likely
sources do not change with the filter, and a source it left out stays in view as context.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from ..reuse import GRAM
from .citations import Citation, Resolver, names_itself, title_forms
from .facts import DocFacts
from .grams import GramTable, member, sampled_counts
from .levels import rank
from .shingles import covered, runs, shingle

MIN_CONTAINMENT = 0.3  # the floor of the "localized" band of core/reuse.py
MAX_SOURCES = 3
CANDIDATE_MARGIN = 0.6  # a pair is counted exactly when its estimate reaches this share of the floor
CANDIDATES = MAX_SOURCES  # and is among the target's likeliest sources by the estimate


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    kind: str  # cited or inferred
    evidence: dict

    def to_json(self) -> dict:
        return {"source": self.source, "target": self.target, "kind": self.kind, **self.evidence}


@dataclass
class Lineage:
    nodes: dict[str, dict] = field(default_factory=dict)  # id -> attributes
    edges: list[Edge] = field(default_factory=list)

    def cited_by(self, key: str) -> list[Edge]:
        return [e for e in self.edges if e.kind == "cited" and e.source == key]

    def likely_sources(self, key: str) -> list[Edge]:
        return [e for e in self.edges if e.kind == "inferred" and e.target == key]

    def to_json(self) -> dict:
        return {"nodes": [{"id": k, **v} for k, v in self.nodes.items()],
                "edges": [e.to_json() for e in self.edges]}


def node(facts: DocFacts) -> dict:
    return {"label": facts.title or facts.key, "in_corpus": True, "title": facts.title, "place": facts.place,
            "level": facts.level, "doc_number": facts.doc_number,
            "date": facts.date.value if facts.date else "", "date_used": facts.date.source if facts.date else ""}


def cited_edges(documents: Iterable[tuple[DocFacts, list[Citation]]], corpus: list[DocFacts],
                lineage: Lineage) -> None:
    """One edge per cited document and citing document: its first citation, repeals if any is one."""
    resolver = Resolver(corpus)
    for facts, found in documents:
        edges: dict[str, Edge] = {}
        own = title_forms(facts.title)
        for c in found:
            if names_itself(c, facts, own):
                continue
            cited = resolver.resolve(c, facts)
            if c.bare and not cited:
                continue  # a bare 文号 is a citation only of a corpus document (citations.py)
            source = cited.key if cited else c.node_id()
            if source == facts.key:
                continue
            if source in edges:
                edges[source].evidence["repeals"] |= c.repeals
                continue
            if not cited and source not in lineage.nodes:
                lineage.nodes[source] = {"label": c.text, "in_corpus": False, "title": c.title,
                                         "place": "", "level": "", "doc_number": c.number, "date": "", "date_used": ""}
            edges[source] = Edge(source, facts.key, "cited", {
                "citation": cited.doc_number if c.bare else c.text, "start": c.start, "end": c.end, "repeals": c.repeals,
                "resolved_by": "number" if cited and c.number else "title" if cited else "",
                "bare": c.bare})
        lineage.edges += edges.values()


def inferred_edges(table: GramTable, lineage: Lineage) -> None:
    grams = table.distinctive()
    sizes = np.array([len(g) for g in grams], dtype=np.float32)
    facts = table.facts
    if len(facts) < 2:
        return
    # Shared counts are symmetric, so the matrix read by target ([b, a]: the share of a in b)
    # is the estimate divided by the source's size along each row: no transpose is made.
    by_target = sampled_counts(grams)
    by_target /= np.maximum(sizes, 1)[None, :]
    by_target[~_may_follow(facts)] = 0.0
    floor = MIN_CONTAINMENT * CANDIDATE_MARGIN
    targets, sources = np.nonzero(by_target >= floor)  # few pairs pass: rank those only
    order = np.lexsort((-by_target[targets, sources], targets))
    targets, sources = targets[order], sources[order]
    starts = np.flatnonzero(np.r_[True, targets[1:] != targets[:-1]]) if len(targets) else []
    ends = list(starts[1:]) + [len(targets)]
    for a0, a1 in zip(starts, ends):
        b = int(targets[a0])
        lineage.edges += confirmed_sources(b, sources[a0:min(a1, a0 + CANDIDATES)].tolist(), grams, sizes, facts)


def confirmed_sources(b: int, candidates: list[int], grams: list[np.ndarray], sizes: np.ndarray,
                      facts: list[DocFacts]) -> list[Edge]:
    """The inferred edges into document b from its candidate sources (likeliest first by the
    estimate), counted exactly: those holding MIN_CONTAINMENT, at most MAX_SOURCES. The graph
    and one document's sources (sources.py) both end here, so they never disagree."""
    target, found = facts[b], []
    for a in candidates:
        common = int(member(grams[a], grams[b]).sum())
        if sizes[a] and common / sizes[a] >= MIN_CONTAINMENT:
            found.append((common / float(sizes[a]), common, a))
    edges = []
    for containment, common, a in sorted(found, reverse=True)[:MAX_SOURCES]:
        source = facts[a]
        edges.append(Edge(source.key, target.key, "inferred", {
            "containment": round(containment, 4), "shared_grams": common,
            "source_date": source.date.value, "target_date": target.date.value}))
    return edges


def order_arrays(facts: list[DocFacts]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each document's first and last day (20140101 as an integer, 0 when undated) and its
    level's rank (-1 when unknown), for comparing every pair at once."""
    day = lambda iso: int(iso.replace("-", ""))  # noqa: E731  (20140101: days compare as integers)
    last = np.array([day(f.date.last_day) if f.date else 0 for f in facts], dtype=np.int64)
    first = np.array([day(f.date.first_day) if f.date else 0 for f in facts], dtype=np.int64)
    ranks = np.array([-1 if rank(f.level) is None else rank(f.level) for f in facts], dtype=np.int64)
    return first, last, ranks


def _may_follow(facts: list[DocFacts]) -> np.ndarray:
    """[b, a]: a is dated before b and its level is not below b's (n × n bool)."""
    n = len(facts)
    first, last, ranks = order_arrays(facts)
    usable = (first > 0) & (ranks >= 0)
    out = (last[None, :] < first[:, None]) & (ranks[None, :] <= ranks[:, None])
    out &= usable[:, None] & usable[None, :]
    out[np.arange(n), np.arange(n)] = False
    return out


def narrowed(graph: Lineage, keys: Iterable[str]) -> Lineage:
    """The part of a corpus's graph about some documents (a filter's): those documents, every
    edge into one of them, and the sources of those edges that the filter left out, kept as
    context (in_scope false: the central text a city cites stays in view). Edges out of the
    documents to ones left out are not kept: they are about the others. Every node says in_scope."""
    wanted = set(keys)
    edges = [e for e in graph.edges if e.target in wanted]
    nodes = {k: {**v, "in_scope": True} for k, v in graph.nodes.items() if k in wanted}
    for edge in edges:
        if edge.source not in nodes:
            nodes[edge.source] = {**graph.nodes[edge.source], "in_scope": False}
    return Lineage(nodes, edges)


def shared_spans(source_grams: np.ndarray, target_text: str, min_chars: int = 2 * GRAM) -> list[tuple[int, int]]:
    """Spans of the target's clean text covered by 5-grams found in the source, min_chars or longer."""
    shingled = shingle(target_text)
    flags = covered(member(shingled.hashes, source_grams), shingled.length)
    return [(int(shingled.starts[a]), int(shingled.ends[b - 1])) for a, b in runs(flags) if b - a >= min_chars]


def lineage(table: GramTable, cited: Iterable[tuple[DocFacts, list[Citation]]],
            text_of: Callable[[str], str] | None = None) -> Lineage:
    """The graph of a corpus: table holds every document; cited, each one's citations.

    text_of(key) gives a document's clean text, for the shared spans of each inferred edge
    (left out when it is None)."""
    graph = Lineage({f.key: node(f) for f in table.facts})
    cited_edges(cited, table.facts, graph)
    inferred_edges(table, graph)
    if text_of is not None:
        position = {f.key: i for i, f in enumerate(table.facts)}
        for edge in graph.edges:
            if edge.kind == "inferred":
                spans = shared_spans(table.grams[position[edge.source]], text_of(edge.target))
                edge.evidence["spans"] = [list(s) for s in spans]
    return graph

