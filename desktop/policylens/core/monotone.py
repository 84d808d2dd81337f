"""The order-keeping chain of pairs of greatest total weight between two sequences (a weighted LCS).

Used to pair two documents clause by clause (document_pairing) and to link the clauses of
two outlines when families are built (family_links): clauses appear in much the same order
in every copy of a policy, so a pair that agrees with the order around it is worth more than
one that jumps.
"""
from __future__ import annotations

import numpy as np

_UP, _DIAGONAL, _LEFT = 0, 1, 2  # the way back from a cell: skip an A item, pair, skip a B item


def monotone_chain(weights: np.ndarray) -> list[tuple[int, int]]:
    """The pairs (i, j), increasing in both, of greatest total weight (a weighted LCS).

    Row by row: best[j] is the greatest total using A clauses up to i and B clauses below j.
    Only the way back is kept for every cell (one byte each).
    """
    rows, count_b = weights.shape
    total = np.zeros(count_b + 1)
    back = np.zeros((rows, count_b + 1), np.int8)
    diagonal = np.full(count_b + 1, -np.inf)
    for i in range(rows):
        diagonal[1:] = total[:-1] + weights[i]
        up = np.maximum(total, diagonal)
        best = np.maximum.accumulate(up)
        back[i] = np.where(best > up, _LEFT, np.where(diagonal > total, _DIAGONAL, _UP))
        total = best
    chain, i, j = [], rows, count_b
    while i > 0 and j > 0:
        way = back[i - 1, j]
        if way == _DIAGONAL:
            chain.append((i - 1, j - 1))
        i, j = (i - (way != _LEFT), j - (way != _UP))
    return chain[::-1]
