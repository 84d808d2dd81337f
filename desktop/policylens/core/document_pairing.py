"""Two whole documents aligned clause by clause, in the order both are written, as a diff tool does.

Which clause of one document goes with which of the other is scored as the clause alignment
scores it (align.ClauseIndex: masked bigrams of own text and title, TF-IDF weights, the idf
counted over the clauses of the two documents), and the pairs kept are the chain of greatest total score that keeps both documents in order
(a monotone alignment: a weighted longest common subsequence). A clause left out is a gap on
the other side; a clause that a city moved elsewhere therefore shows as a gap on both sides,
as a diff tool shows a moved block, and `moved` says where its counterpart went.

The preamble and the closing frame a document: each is paired with the other document's
preamble or closing, never with a clause. The user's corrections (link, unlink; see
families.Correction) that name clauses of the two documents win over the scores: a linked pair
is always kept (crossing pairs give way), an unlinked pair is never made.

Every pair is scored (a dense matrix), and the chain is found by dynamic programming one row
at a time with numpy, keeping one byte per cell for the way back: two documents of 1,200
clauses each are paired in about a second, most of it in masking the clauses.
"""
from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Iterable, NamedTuple

import numpy as np

from .align import TITLE_WEIGHT, ClauseIndex, gather_rows
from .align_mask import bigrams, clause_features, mask
from .document import Document
from .families import THRESHOLD, Correction, resolve
from .monotone import monotone_chain
from .worddiff import ClausePair

FORCED = 1_000.0  # added to a linked pair's score: no chain of ordinary pairs outweighs it
FRAME = ("preamble", "closing")


@dataclasses.dataclass(frozen=True)
class Pairing:
    rows: list[ClausePair]  # in document order on both sides; a gap has None on one side
    moved: dict[tuple[str, int], int]  # ("a", clause index) of a gap -> the other side's clause it matches

    def pairs(self) -> list[ClausePair]:
        return [r for r in self.rows if r.a is not None and r.b is not None]


def pair_documents(doc_a: Document, doc_b: Document, corrections: Iterable[Correction] = (),
                   threshold: float = THRESHOLD) -> Pairing:
    """Every clause of both documents once, paired where they correspond, in both orders."""
    clause_a, clause_b, scores = _similarities(doc_a, doc_b)
    weights = np.where(scores >= threshold, scores, -np.inf)
    _apply_corrections(weights, scores, doc_a, clause_a, doc_b, clause_b, corrections)
    chain = monotone_chain(weights)
    pairs = [(clause_a[i], clause_b[j], float(scores[i, j])) for i, j in chain]
    pairs += _frame_pairs(doc_a, doc_b)
    rows = _rows(sorted(pairs), len(doc_a.clauses), len(doc_b.clauses))
    return Pairing(rows, _moved(weights, chain, clause_a, clause_b))


def _similarities(doc_a: Document, doc_b: Document) -> tuple[list[int], list[int], np.ndarray]:
    """Clause indexes of the alignable clauses of each document and their similarity matrix.

    Scored as align.ClauseIndex scores two clauses (masked bigrams of own text and title,
    (1 + log tf) * idf, cosines mixed by TITLE_WEIGHT), with the idf counted over the clauses
    of the two documents. Every pair is scored at once by joining the two documents' bigrams
    term by term, rather than one clause at a time: a heading that is only a title (西宁
    四/(二十一) 强化政策效果) shares none of the most distinctive bigrams of a clause with a body,
    so the index's candidate lookup would miss it, and 1,200 clauses a side take 0.2 s, not 3.
    """
    features_a, features_b = clause_features(doc_a), clause_features(doc_b)
    vocab: dict[str, int] = {}
    rows = {side: [_Rows.of([f[k] for f in features], vocab) for k in (1, 2)]
            for side, features in (("a", features_a), ("b", features_b))}
    df = sum(np.bincount(body.terms, minlength=len(vocab)) for body in (rows["a"][0], rows["b"][0]))
    idf = np.log((len(features_a) + len(features_b) + 1) / (df + 1)) + 1
    shape = (len(features_a), len(features_b))
    body = rows["a"][0].cosines(rows["b"][0], idf, shape)
    title = rows["a"][1].cosines(rows["b"][1], idf, shape)
    return [f[0] for f in features_a], [f[0] for f in features_b], (1 - TITLE_WEIGHT) * body + TITLE_WEIGHT * title


class _Rows(NamedTuple):
    """Sparse rows as parallel arrays: the term, the row and the weight of every item."""
    terms: np.ndarray
    owners: np.ndarray
    tf: np.ndarray  # 1 + log of the count

    @classmethod
    def of(cls, counters: list[Counter], vocab: dict[str, int]) -> "_Rows":
        terms = [vocab.setdefault(g, len(vocab)) for c in counters for g in c]
        owners = np.repeat(np.arange(len(counters)), [len(c) for c in counters])
        counts = np.fromiter((n for c in counters for n in c.values()), np.float64)
        return cls(np.array(terms, np.int64), owners, 1 + np.log(counts))

    def unit(self, idf: np.ndarray, rows: int) -> np.ndarray:
        weights = self.tf * idf[self.terms]
        norms = np.sqrt(np.bincount(self.owners, weights * weights, minlength=rows))
        return weights / np.where(norms > 0, norms, 1)[self.owners]

    def cosines(self, other: "_Rows", idf: np.ndarray, shape: tuple[int, int]) -> np.ndarray:
        """Cosine of every row of self with every row of other, as a dense matrix."""
        mine, theirs = self.unit(idf, shape[0]), other.unit(idf, shape[1])
        order = np.argsort(other.terms, kind="stable")
        ptr = np.searchsorted(other.terms[order], np.arange(len(idf) + 1))
        out = np.zeros(shape[0] * shape[1])
        for chunk in np.array_split(np.arange(len(self.terms)), max(1, len(self.terms) // 20_000)):
            owner, at = gather_rows(ptr, self.terms[chunk])
            cells = self.owners[chunk][owner] * shape[1] + other.owners[order[at]]
            out += np.bincount(cells, mine[chunk][owner] * theirs[order[at]], minlength=len(out))
        return out.reshape(shape)


def _apply_corrections(weights: np.ndarray, scores: np.ndarray, doc_a: Document, clause_a: list[int],
                       doc_b: Document, clause_b: list[int], corrections: Iterable[Correction]) -> None:
    """Linked pairs of the two documents forced into the chain, unlinked ones kept out; in order.

    A correction names its clauses by id and a quote of the title (families.resolve), so the
    two documents are indexed to resolve them, only when a correction concerns them both.
    """
    keys = {doc_a.key, doc_b.key}
    mine = [c for c in corrections if {c.a.key, c.b.key} == keys and len(keys) == 2]
    if not mine:
        return
    index = ClauseIndex()
    for doc in (doc_a, doc_b):
        index.add_document(doc)
    position = {doc.key: {doc.clauses[k].id: n for n, k in enumerate(indexes)}
                for doc, indexes in ((doc_a, clause_a), (doc_b, clause_b))}
    for correction in mine:
        ends = {correction.a.key: (correction.a, correction.a_title),
                correction.b.key: (correction.b, correction.b_title)}
        found = [resolve(index, *ends[doc.key]) for doc in (doc_a, doc_b)]
        if None in found:
            continue  # a clause that is gone
        i, j = (position[doc.key][index.entries[e].ref.clause_id] for doc, e in zip((doc_a, doc_b), found))
        weights[i, j] = FORCED + scores[i, j] if correction.action == "link" else -np.inf


def _frame_pairs(doc_a: Document, doc_b: Document) -> list[tuple[int, int, float]]:
    out = []
    for kind in FRAME:
        a = next((i for i, c in enumerate(doc_a.clauses) if c.kind == kind), None)
        b = next((j for j, c in enumerate(doc_b.clauses) if c.kind == kind), None)
        if a is not None and b is not None:
            out.append((a, b, _frame_similarity(doc_a, a, doc_b, b)))
    return out


def _frame_similarity(doc_a: Document, a: int, doc_b: Document, b: int) -> float:
    """Cosine of the masked bigram counts (the frame is not in the clause index)."""
    ga, gb = (bigrams(mask(d.folded(), d.clauses[k].start, d.clauses[k].end, d.clauses[k].agencies, d.meta.place))
              for d, k in ((doc_a, a), (doc_b, b)))
    dot = sum(n * gb[g] for g, n in ga.items())
    norm = (sum(n * n for n in ga.values()) * sum(n * n for n in gb.values())) ** 0.5
    return dot / norm if norm else 0.0


def _rows(pairs: list[tuple[int, int, float]], count_a: int, count_b: int) -> list[ClausePair]:
    """Pairs in order, with the clauses between two pairs as gaps: A's first, then B's."""
    rows, next_a, next_b = [], 0, 0
    for a, b, score in [*pairs, (count_a, count_b, 0.0)]:
        rows += [ClausePair(i, None, 0.0) for i in range(next_a, a)]
        rows += [ClausePair(None, j, 0.0) for j in range(next_b, b)]
        if a < count_a and b < count_b:
            rows.append(ClausePair(a, b, score))
        next_a, next_b = a + 1, b + 1
    return rows


def _moved(weights: np.ndarray, chain: list[tuple[int, int]], clause_a: list[int],
           clause_b: list[int]) -> dict[tuple[str, int], int]:
    """Two gaps that are each other's best match: one clause, moved to another place."""
    if not weights.size:
        return {}
    best_b, best_a = np.argmax(weights, axis=1), np.argmax(weights, axis=0)
    paired_a, paired_b = {i for i, _ in chain}, {j for _, j in chain}
    moved = {}
    for i, j in enumerate(best_b.tolist()):
        if np.isfinite(weights[i, j]) and i not in paired_a and j not in paired_b and best_a[j] == i:
            moved[("a", clause_a[i])] = clause_b[j]
            moved[("b", clause_b[j])] = clause_a[i]
    return moved
