"""The corpus's shingle sets, held once for novelty and lineage: one sorted array per document.

Made from (facts, clean text) pairs, each document shingled once (shingles.shingle); a document
is then tested against another with a binary search of its hashes in the other's (searchsorted,
in C). SAMPLE keeps one hash in SAMPLE (by its low bits) in a bit matrix for a first, estimated
containment of every pair, so only the likeliest pairs are counted exactly.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

import numpy as np

from .facts import DocFacts
from .shingles import shingle

SAMPLE = 32


@dataclass
class GramTable:
    facts: list[DocFacts]
    grams: list[np.ndarray]  # sorted distinct hashes of each document

    @classmethod
    def build(cls, documents: Iterable[tuple[DocFacts, str]]) -> "GramTable":
        facts, grams = [], []
        for f, text in documents:
            facts.append(f)
            grams.append(shingle(text).unique())
        return cls(facts, grams)

    def index_of(self, key: str) -> int | None:
        return next((i for i, f in enumerate(self.facts) if f.key == key), None)

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
