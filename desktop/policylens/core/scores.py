"""How a similarity score is written, in every view and export alike.

Two decimals, rounded down: a pair at 0.698 reads 0.69, never the 0.70 of an adopted clause,
and the coverage matrix, the clause view and the two-document view show one pair the same.
"""
from __future__ import annotations

import math


def floor2(score: float) -> float:
    """score rounded down to two decimals (the epsilon keeps 0.7 from reading 0.69)."""
    return math.floor(score * 100 + 1e-9) / 100


def score_text(score: float) -> str:
    return f"{floor2(score):.2f}"
