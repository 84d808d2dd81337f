"""A corpus read once for every diffusion view: facts, texts, citations, 5-gram sets, validity.

The window builds one off the UI thread from the loaded summaries (and the cached 5-gram sets,
store/gram_cache.py); each view then asks it for what it shows, narrowed to some documents
(a date range, a family, those in force on a date) without reading anything again.

What several views and the document info panel ask again and again is made once, on first
use, and kept (under a lock: the windows' workers share one corpus): the whole graph, which a
filter narrows (lineage.narrowed), its cited edges alone (who cites a document), and the
sampled 5-grams for one document's likely sources (sources.py).
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping

from .citations import Citation, citations
from .facts import DocFacts, corrected, facts_of
from .grams import GramTable
from .lineage import Edge, Lineage, cited_edges, inferred_edges, lineage, node, shared_spans
from .novelty import Novelty, novelty
from .tasks import task_table
from .validity import Validity, supersessions


@dataclass
class CorpusDiffusion:
    documents: dict[str, object]  # key -> summary or document (.key, .meta, .text, .clauses)
    facts: dict[str, DocFacts]
    cited: dict[str, list[Citation]]
    table: GramTable
    validity: Validity
    _kept: dict = field(default_factory=dict, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    _locks: dict = field(default_factory=dict, repr=False)  # one per thing kept: the graph may wait for its cited edges

    @classmethod
    def build(cls, documents: Iterable, table: GramTable | Callable[[list], GramTable] | None = None,
              report: Callable[[int, int], None] | None = None,
              cited: Callable[[list], dict[str, list[Citation]]] | None = None,
              corrections: Mapping[str, Mapping[str, str]] | None = None) -> "CorpusDiffusion":
        """table: the corpus's 5-gram sets, or a function making them from (facts, document)
        pairs (the cache's); by default shingled here. cited: a function giving every
        document's citations from those pairs (the cache's); by default read here.
        corrections: document key -> the user's corrections of its title, place, level, 文号 or
        date, which win over what was read (facts.corrected)."""
        docs = {d.key: d for d in documents}
        facts = {k: corrected(facts_of(d), (corrections or {}).get(k, {})) for k, d in docs.items()}
        if cited is not None:
            cited = cited([(facts[k], d) for k, d in docs.items()])
        else:
            cited = {}
            for i, (k, d) in enumerate(docs.items()):
                cited[k] = citations(d.text, d.meta.validity)
                if report and i % 100 == 0:
                    report(i, len(docs))
        pairs = [(facts[k], d) for k, d in docs.items()]
        if callable(table):
            table = table(pairs)
        elif table is None:
            table = GramTable.build((f, d.text) for f, d in pairs)
        return cls(docs, facts, cited, table, supersessions(facts.values(), cited))

    def in_force(self, on: str) -> set[str]:
        return set(self.validity.in_force_on(on))

    def subset(self, keys: Iterable[str] | None) -> GramTable:
        if keys is None:
            return self.table
        wanted = set(keys)
        picked = [i for i, f in enumerate(self.table.facts) if f.key in wanted]
        return GramTable([self.table.facts[i] for i in picked], [self.table.grams[i] for i in picked])

    def lineage(self, keys: Iterable[str] | None = None, spans: bool = True) -> Lineage:
        """The graph of these documents (default: all); spans: the shared spans of inferred edges."""
        table = self.subset(keys)
        cited = [(f, self.cited[f.key]) for f in table.facts]
        return lineage(table, cited, (lambda key: self.documents[key].text) if spans else None)

    def graph(self) -> Lineage:
        """The graph of every document, without shared spans; made once."""
        return self._once("graph", self._whole_graph)

    def narrowed(self, keys: Iterable[str] | None) -> Lineage:
        """The whole graph narrowed to these documents, the sources they name or copy kept as
        context (lineage.narrowed); None: the whole graph."""
        from .lineage import narrowed

        return self.graph() if keys is None else narrowed(self.graph(), keys)

    def document_lineage(self, key: str) -> "DocumentLineage":
        """Who cites this document, what it likely copied, and what it cites outside the corpus."""
        cited = self._once("cited", self._cited_graph)
        finder = self._once("sources", self._source_finder)
        outside = [e for e in cited.into.get(key, []) if not cited.graph.nodes[e.source]["in_corpus"]]
        return DocumentLineage(key, cited.out_of.get(key, []), finder.sources(key), outside,
                               {n: cited.graph.nodes[n] for e in cited.into.get(key, []) + cited.out_of.get(key, [])
                                for n in (e.source, e.target)})

    def _once(self, name: str, make: Callable[[], object]):
        with self._lock:
            lock = self._locks.setdefault(name, threading.Lock())
        with lock:  # two workers asking at once: one makes it, the other waits for it
            if name not in self._kept:
                self._kept[name] = make()
            return self._kept[name]

    def _cited_graph(self) -> "_CitedIndex":
        graph = Lineage({f.key: node(f) for f in self.table.facts})
        cited_edges(((f, self.cited[f.key]) for f in self.table.facts), self.table.facts, graph)
        index = _CitedIndex(graph)
        for edge in graph.edges:
            index.into.setdefault(edge.target, []).append(edge)
            index.out_of.setdefault(edge.source, []).append(edge)
        return index

    def _whole_graph(self) -> Lineage:
        cited = self._once("cited", self._cited_graph)
        graph = Lineage(dict(cited.graph.nodes), list(cited.graph.edges))  # as lineage() makes it, cited first
        inferred_edges(self.table, graph)
        return graph

    def _source_finder(self):
        from .sources import SourceFinder

        return SourceFinder(self.table)

    def shared_spans(self, source: str, target: str) -> list[tuple[int, int]]:
        """The spans of target's text found in source (an inferred edge's evidence)."""
        at = next(i for i, f in enumerate(self.table.facts) if f.key == source)
        return shared_spans(self.table.grams[at], self.documents[target].text)

    def novelty(self, key: str) -> Novelty:
        others = self.subset(k for k in self.facts if k != key)
        return novelty(others, self.facts[key], self.documents[key].text)

    def tasks(self, family_of=None, keys: Iterable[str] | None = None) -> list[list]:
        wanted = set(keys) if keys is not None else None
        docs = [d for k, d in self.documents.items() if wanted is None or k in wanted]
        return task_table(docs, self.facts, family_of)


@dataclass
class _CitedIndex:
    graph: Lineage  # every document and the cited edges alone
    into: dict[str, list[Edge]] = field(default_factory=dict)  # key -> the edges of what it cites
    out_of: dict[str, list[Edge]] = field(default_factory=dict)  # key -> the edges of who cites it


@dataclass(frozen=True)
class DocumentLineage:
    """One document's place in the graph; the edges are the graph's own (same evidence)."""
    key: str
    cited_by: list[Edge]  # cited edges out of it: the documents that cite it, in corpus order
    sources: list[Edge]  # inferred edges into it, likeliest first (never a cited one)
    cites_outside: list[Edge]  # cited edges into it from documents not in the corpus
    nodes: dict[str, dict]  # the attributes of every node these edges name
