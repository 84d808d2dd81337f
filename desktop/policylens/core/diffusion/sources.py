"""One document's likely sources: the inferred edges into it, without the whole graph.

The lineage graph (lineage.py) estimates every pair's containment from a sample of the 5-grams
(one n × n product) before counting the likeliest pairs exactly. For one document only its own
row is needed: the sampled 5-grams of every document are held once, in one sorted-by-document
array, and the row is one binary search of them in the document's sample, counted per document.
The row holds the very numbers of the graph's matrix (the same float32 arithmetic), and the
exact step is the graph's own (lineage.confirmed_sources), so both give the same edges.
"""
from __future__ import annotations

import numpy as np

from .grams import SAMPLE, GramTable, member
from .lineage import CANDIDATE_MARGIN, CANDIDATES, MIN_CONTAINMENT, Edge, confirmed_sources, order_arrays


class SourceFinder:
    """Made once for a corpus's table (the boilerplate set aside, as for the graph)."""

    def __init__(self, table: GramTable):
        self.table = table
        self.grams = table.distinctive()
        self.sizes = np.array([len(g) for g in self.grams], dtype=np.float32)
        picked = [g[(g & np.uint64(SAMPLE - 1)) == 0] for g in self.grams]
        self._picked = picked
        self._sample = np.concatenate(picked) if picked else np.zeros(0, np.uint64)
        self._owner = np.repeat(np.arange(len(picked)), [len(p) for p in picked])
        self._first, self._last, self._ranks = order_arrays(table.facts)
        self._position = {f.key: i for i, f in enumerate(table.facts)}

    def estimates(self, b: int) -> np.ndarray:
        """[a]: the estimated share of document a's 5-grams that document b holds (the graph's row b)."""
        shared = np.bincount(self._owner[member(self._sample, self._picked[b])],
                             minlength=len(self._picked)).astype(np.float32)
        row = shared * SAMPLE
        row /= np.maximum(self.sizes, 1)
        return row

    def may_precede(self, b: int) -> np.ndarray:
        """[a]: a is dated before b and its level is not below b's."""
        first, last, ranks = self._first, self._last, self._ranks
        if not (first[b] > 0 and ranks[b] >= 0):
            return np.zeros(len(first), dtype=bool)
        out = (last < first[b]) & (ranks <= ranks[b]) & (first > 0) & (ranks >= 0)
        out[b] = False
        return out

    def sources(self, key: str) -> list[Edge]:
        """The inferred edges into this document, likeliest source first."""
        b = self._position.get(key)
        if b is None or len(self.grams) < 2:
            return []
        row = self.estimates(b)
        row[~self.may_precede(b)] = 0.0
        passing = np.flatnonzero(row >= MIN_CONTAINMENT * CANDIDATE_MARGIN)
        ranked = passing[np.argsort(-row[passing], kind="stable")]
        return confirmed_sources(b, ranked[:CANDIDATES].tolist(), self.grams, self.sizes, self.table.facts)
