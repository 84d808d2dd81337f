"""Links between the clauses of two outlines: similarity, structure and order together.

Two cities' copies of a policy rewrite a clause, but they keep it in much the same place: under
the heading that corresponds, in the same order among its siblings. So the clauses of two
documents are linked as a diff tool pairs lines: every pair is scored (align.ClauseIndex, masked
bigrams of text and title), a pair whose parents correspond gains part of the parents' score
(CONTEXT), and the pairs kept are the order-keeping chain of greatest total margin over
LINK_FLOOR (monotone.monotone_chain). A pair far above the floor (STRONG) is kept even out of
order: a city that moved a clause still has it.

A city that rewrote a clause leaves it below the floor, yet still the other's best match: two
clauses each of which is the other's most similar (mutual_best, above MUTUAL_FLOOR) are linked
too, when the two outlines are of one policy, i.e. when RELATED of the smaller outline is
linked in order and mutually. Between outlines of two policies the best match of a clause is
only the least unlike, so there they are not linked.

Which documents a new one is aligned with: those its clauses' distinctive bigrams lead to most
(an inverted-index lookup, the same whatever the corpus size), at most NEIGHBOURS of them.
"""
from __future__ import annotations

from typing import Callable

import numpy as np

from .align import ClauseIndex
from .monotone import monotone_chain

NEIGHBOURS = 8
CONTEXT = 0.3  # share of the parents' score a pair gains
LINK_FLOOR = 0.16  # a chained pair must score above this
STRONG = 0.35  # kept whatever the order
MUTUAL_FLOOR = 0.12  # a pair of mutual best matches above this is linked, out of order or not ...
RELATED = 0.2  # ... when this share of the smaller outline is linked in order and mutually
NEIGHBOUR_TERMS = 12  # distinctive bigrams per clause looked up to find the neighbours


def neighbours(index: ClauseIndex, entries: list[int], eligible: np.ndarray, k: int = NEIGHBOURS,
               idf: np.ndarray | None = None,
               lookup: Callable[[np.ndarray], np.ndarray] | None = None,
               lookup_many: Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]] | None = None
               ) -> list[int]:
    """Positions of the k documents sharing most distinctive bigrams with these clauses.

    eligible: a boolean per document position (documents already given their families).
    Hits are counted per clause and document once, so a long document is not favoured for
    its length alone; ties go to the first by key, so the corpus order does not matter.
    lookup: the postings to search (term ids -> entries), by default the whole index's;
    lookup_many(terms, owners) -> (owner, entry): the same for every clause's terms at once.
    """
    if not entries or not eligible.any():
        return []
    idf = index.idf() if idf is None else idf
    if lookup_many is not None:  # one lookup for all the clauses (what is found does not depend on it)
        terms = [index.top_terms(entry, idf, NEIGHBOUR_TERMS) for entry in entries]
        owner_all, found_all = lookup_many(np.concatenate(terms), np.repeat(np.arange(len(entries)),
                                                                             [len(t) for t in terms]))
    else:
        lookup = lookup or index.postings_lookup
        owners, found = [], []
        for n, entry in enumerate(entries):
            hits = lookup(index.top_terms(entry, idf, NEIGHBOUR_TERMS))
            owners.append(np.full(len(hits), n, np.int64))
            found.append(hits)
        owner_all, found_all = np.concatenate(owners), np.concatenate(found)
    docs = index.doc_of(found_all).astype(np.int64)
    keep = eligible[docs] & index.alive(found_all)
    pairs = np.unique(owner_all[keep].astype(np.int64) * len(eligible) + docs[keep])
    votes = np.bincount(pairs % len(eligible), minlength=len(eligible))
    found = np.flatnonzero(votes)
    if len(found) > k:  # those tied with the k-th stay in, to be told apart by key
        found = found[votes[found] >= np.partition(votes[found], len(found) - k)[len(found) - k]]
    keys = index.doc_keys
    return sorted(found.tolist(), key=lambda d: (-votes[d], keys[d]))[:k]


def parents(index: ClauseIndex, entries: list[int]) -> np.ndarray:
    """For each entry, the position in entries of its parent clause, or -1.

    Kept per list of entries (a document is the neighbour of many): an entry's path never changes.
    """
    key = tuple(entries)
    found = index.parents_memo.get(key)
    if found is None:
        at = {index.entries[e].path: n for n, e in enumerate(entries)}
        found = index.parents_memo[key] = np.array([at.get(index.entries[e].path[:-1], -1) for e in entries],
                                                   np.int64)
    return found


def outline_links(index: ClauseIndex, a: list[int], b: list[int],
                  idf: np.ndarray | None = None) -> list[tuple[int, int, float]]:
    """(entry of a, entry of b, linked score) for the clauses of two documents that correspond."""
    return outline_links_many(index, a, [b], idf)[0]


def outline_links_many(index: ClauseIndex, a: list[int], others: list[list[int]],
                       idf: np.ndarray | None = None) -> list[list[tuple[int, int, float]]]:
    """outline_links(index, a, b) for each b of others, the same links: a is scored against all
    of them in one matrix (a cell's sum does not depend on the other columns), which spares
    the fixed cost of a matrix per pair."""
    if not a or not any(others):
        return [[] for _ in others]
    wide = index.score_matrix(a, [e for b in others for e in b], idf)
    bounds = np.cumsum([0] + [len(b) for b in others])
    return [_links(index, a, b, wide[:, bounds[n]:bounds[n + 1]]) if b else []
            for n, b in enumerate(others)]


def _links(index: ClauseIndex, a: list[int], b: list[int], scores: np.ndarray) -> list[tuple[int, int, float]]:
    pa, pb = parents(index, a), parents(index, b)
    context = np.zeros_like(scores)
    both = (pa[:, None] >= 0) & (pb[None, :] >= 0)
    context[both] = scores[np.broadcast_to(pa[:, None], scores.shape)[both],
                           np.broadcast_to(pb[None, :], scores.shape)[both]]
    linked = scores + CONTEXT * context * (scores > 0)
    chain = monotone_chain(np.where(linked > LINK_FLOOR, linked - LINK_FLOOR, -np.inf))
    kept = {(i, j) for i, j in chain}
    strong = np.argwhere(scores >= STRONG)
    kept.update((int(i), int(j)) for i, j in strong)
    mutual = mutual_best(linked, MUTUAL_FLOOR)
    if len(mutual & kept) >= RELATED * min(len(a), len(b)):
        kept |= mutual
    return [(a[i], b[j], float(linked[i, j])) for i, j in sorted(kept)]


def mutual_best(linked: np.ndarray, floor: float) -> set[tuple[int, int]]:
    """The pairs each of whose clauses is the other's most similar, above floor."""
    best_b, best_a = linked.argmax(1), linked.argmax(0)
    rows = np.flatnonzero((best_a[best_b] == np.arange(len(best_b)))
                          & (linked[np.arange(len(best_b)), best_b] > floor))
    return {(int(i), int(best_b[i])) for i in rows}

