"""The corpus's shingle sets, held once for novelty and lineage: one sorted array per document.

Made from (facts, clean text) pairs, each document shingled once (shingles.shingle); a document
is then tested against another with a binary search of its hashes in the other's (searchsorted,
in C). SAMPLE keeps one hash in SAMPLE (by its low bits) in a bit matrix for a first, estimated
containment of every pair, so only the likeliest pairs are counted exactly.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Iterable, Sequence

import numpy as np

from ..reuse import BOILERPLATE_MIN_DOCUMENTS, BOILERPLATE_SHARE
from .facts import DocFacts
from .shingles import shingle

SAMPLE = 64


@dataclass
class GramTable:
    facts: list[DocFacts]
    grams: list[np.ndarray]  # sorted distinct hashes of each document
    _distinctive: list[np.ndarray] | None = field(default=None, repr=False)
    _boilerplate: np.ndarray | None = field(default=None, repr=False)

    @classmethod
    def build(cls, documents: Iterable[tuple[DocFacts, str]]) -> "GramTable":
        facts, grams = [], []
        for f, text in documents:
            facts.append(f)
            grams.append(shingle(text).unique())
        return cls(facts, grams)

    def index_of(self, key: str) -> int | None:
        return next((i for i, f in enumerate(self.facts) if f.key == key), None)

    def boilerplate(self) -> np.ndarray:
        """The sorted 5-grams in BOILERPLATE_SHARE of a corpus of BOILERPLATE_MIN_DOCUMENTS or
        more (as in core/reuse.py); made once, or given by the data folder's cache (set_boilerplate)."""
        if self._boilerplate is None:
            self._boilerplate = np.zeros(0, np.uint64)
            if len(self.grams) >= BOILERPLATE_MIN_DOCUMENTS:
                values, counts = np.unique(np.concatenate(self.grams), return_counts=True)
                self._boilerplate = values[counts >= math.ceil(BOILERPLATE_SHARE * len(self.grams))]
        return self._boilerplate

    def set_boilerplate(self, common: np.ndarray) -> None:
        """The boilerplate of these very sets, as made before (store/diffusion_cache.py)."""
        self._boilerplate, self._distinctive = common, None

    def distinctive(self) -> list[np.ndarray]:
        """Each document's hashes without the boilerplate; made once, then kept."""
        if self._distinctive is None:
            common = self.boilerplate()
            self._distinctive = [g[~member(g, common)] for g in self.grams] if len(common) else self.grams
        return self._distinctive

    def sizes(self) -> np.ndarray:
        return np.array([len(g) for g in self.grams], dtype=np.int64)


def shared(a: np.ndarray, b: np.ndarray) -> int:
    """Distinct hashes of sorted a also in sorted b."""
    return int(member(a, b).sum())


def member(values: np.ndarray, sorted_set: np.ndarray) -> np.ndarray:
    """For each of values: whether it is in sorted_set (bool array)."""
    if not len(sorted_set) or not len(values):
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_set, values)
    at[at == len(sorted_set)] = 0
    return sorted_set[at] == values


def sampled_counts(grams: Sequence[np.ndarray]) -> np.ndarray:
    """Estimated shared 5-grams of every pair (n × n float32): sampled shared count × SAMPLE."""
    picked = [g[(g & np.uint64(SAMPLE - 1)) == 0] for g in grams]
    vocabulary = np.unique(np.concatenate(picked)) if picked else np.zeros(0, np.uint64)
    matrix = np.zeros((len(grams), len(vocabulary)), dtype=np.float32)
    for i, g in enumerate(picked):
        matrix[i, np.searchsorted(vocabulary, g)] = 1.0
    return (matrix @ matrix.T) * SAMPLE
