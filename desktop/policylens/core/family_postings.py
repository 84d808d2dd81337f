"""term -> clauses, each with an order number; a lookup reads per term the first `cap` by order.

The families keep two of these: the representatives of every family (ordered as they became
representatives) and the clauses already given their families (ordered by their document's
turn in the build). A capped lookup then costs the same at any corpus size, and because the
cap is taken by order over all runs, not per run, what a lookup returns does not depend on
how the runs happened to be merged: a build stopped and resumed, or a store saved and opened
again, finds the same clauses.

Runs are sorted by (term, order), appended one document at a time and merged when of similar
size (as in a log-structured merge).
"""
from __future__ import annotations

import numpy as np

_SHIFT = np.int64(32)  # term << 32 | order: one sortable code per item


class OrderedPostings:
    def __init__(self) -> None:
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # (codes, items), sorted by code
        self._pending: list[tuple[np.ndarray, np.ndarray, np.ndarray]] = []

    def add(self, terms: np.ndarray, order: int, item: int) -> None:
        terms = np.asarray(terms, np.int64)
        self._pending.append((terms, np.full(len(terms), order, np.int64), np.full(len(terms), item, np.int32)))

    def add_many(self, terms: np.ndarray, orders: np.ndarray, items: np.ndarray) -> None:
        """Items given as parallel arrays (one term, order and item each)."""
        self._pending.append((np.asarray(terms, np.int64), np.asarray(orders, np.int64),
                              np.asarray(items, np.int32)))

    def __len__(self) -> int:
        self._flush()
        return sum(len(codes) for codes, _ in self._runs)

    def lookup(self, terms: np.ndarray, cap: int, before: int | None = None,
               owners: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
        """(owner, item) of the first `cap` items by order under each term, order < before.

        owners: what each query term stands for (by default its position). Runs hold ranges of
        orders, older first (orders never decrease from one add to the next), so the first by
        order are read run by run, each run giving what the older ones left of the cap.
        """
        self._flush()
        terms = np.asarray(terms, np.int64)
        owners = np.arange(len(terms)) if owners is None else np.asarray(owners, np.int64)
        start = terms << _SHIFT
        stop = start + before if before is not None else (terms + 1) << _SHIFT
        remaining = np.full(len(terms), cap, np.int64)
        found_owner, found_item = [], []
        for codes, items in self._runs:
            lo = np.searchsorted(codes, start, "left")
            hi = np.minimum(np.searchsorted(codes, stop, "left"), lo + remaining)
            remaining -= hi - lo
            found_owner.append(np.repeat(owners, hi - lo))
            found_item.append(items[ranges(lo, hi)])
            if not remaining.any():
                break
        if not found_owner:
            return np.zeros(0, np.int64), np.zeros(0, np.int32)
        return np.concatenate(found_owner), np.concatenate(found_item)

    def _flush(self) -> None:
        if not self._pending:
            return
        terms, orders, items = (np.concatenate(x) for x in zip(*self._pending))
        self._pending = []
        self._runs.append(_sorted_run((terms << _SHIFT) | orders, items))
        while len(self._runs) > 1 and len(self._runs[-2][0]) <= 2 * len(self._runs[-1][0]):
            (c1, i1), (c2, i2) = self._runs.pop(), self._runs.pop()
            self._runs.append(_sorted_run(np.concatenate([c2, c1]), np.concatenate([i2, i1])))


def _sorted_run(codes: np.ndarray, items: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The items sorted by (code, item). A stable sort by code alone gives that whenever the
    items of one code already come in order, as when sorted runs of distinct orders are joined;
    it finds the runs, so a merge costs a pass, not a sort of both keys."""
    order = np.argsort(codes, kind="stable")
    codes, items = codes[order], items[order]
    if np.any((codes[1:] == codes[:-1]) & (items[1:] < items[:-1])):
        order = np.lexsort((items, codes))
        codes, items = codes[order], items[order]
    return codes, items


def rank_in_group(groups: np.ndarray) -> np.ndarray:
    """For a sorted array of group labels, each item's position within its group."""
    if not len(groups):
        return np.zeros(0, np.int64)
    starts = np.flatnonzero(np.r_[True, groups[1:] != groups[:-1]])
    return np.arange(len(groups)) - np.repeat(starts, np.diff(np.r_[starts, len(groups)]))


def ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The concatenated index ranges [lo[i], hi[i]) as one array."""
    lengths = np.maximum(hi - lo, 0)
    total = int(lengths.sum())
    if not total:
        return np.zeros(0, np.int64)
    starts = np.repeat(lo - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
    return starts + np.arange(total)
