"""The hand-made clause families of tests/data/families/truth.json, and pair precision/recall.

A family of n clauses stands for its n(n-1)/2 pairs. A pair found is judged when one of its
clauses is in a family of the truth: it is right when both are in the same one. Pairs between
clauses the truth says nothing about are not judged.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRUTH = ROOT / "tests" / "data" / "families" / "truth.json"


@dataclass(frozen=True)
class Score:
    found: int  # judged pairs found
    right: int
    truth: int  # pairs of the truth

    @property
    def precision(self) -> float:
        return self.right / self.found if self.found else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.truth if self.truth else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (f"P {self.precision:.2f} R {self.recall:.2f} F1 {self.f1:.2f} "
                f"({self.right} right of {self.found} found, {self.truth} in the truth)")


def load() -> dict:
    return json.loads(TRUTH.read_text("utf-8"))


def paths(truth: dict) -> dict[str, Path]:
    """Document name -> file."""
    return {name: ROOT / file for name, file in truth["documents"].items()}


def truth_families(truth: dict, keys: dict[str, str], split: str | None = None) -> list[set[tuple[str, str]]]:
    """Each family as a set of (document key, clause id); keys maps document names to keys."""
    return [{(keys[name], clause) for name, clause in f["members"].items()}
            for f in truth["families"] if split is None or f["split"] == split]


def score(found: list[list[tuple[str, str]]], truth: list[set[tuple[str, str]]]) -> Score:
    """Pair precision and recall of families found (each a list of (key, clause id))."""
    family_of = {m: i for i, f in enumerate(truth) for m in f}
    truth_pairs = sum(len(f) * (len(f) - 1) // 2 for f in truth)
    judged = right = 0
    for members in found:
        for a, b in combinations(members, 2):
            if a in family_of or b in family_of:
                judged += 1
                right += family_of.get(a, -1) == family_of.get(b, -2)
    return Score(judged, right, truth_pairs)
