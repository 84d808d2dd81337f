"""A corpus read once for every diffusion view: facts, texts, citations, 5-gram sets, validity.

The window builds one off the UI thread from the loaded summaries (and the cached 5-gram sets,
store/gram_cache.py); each view then asks it for what it shows, narrowed to some documents
(a date range, a family, those in force on a date) without reading anything again.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

from .citations import Citation, citations
from .facts import DocFacts, facts_of
from .grams import GramTable
from .lineage import Lineage, lineage, shared_spans
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

    @classmethod
    def build(cls, documents: Iterable, table: GramTable | Callable[[list], GramTable] | None = None,
              report: Callable[[int, int], None] | None = None) -> "CorpusDiffusion":
        """table: the corpus's 5-gram sets, or a function making them from (facts, document)
        pairs (the cache's); by default shingled here."""
        docs = {d.key: d for d in documents}
        facts = {k: facts_of(d) for k, d in docs.items()}
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
