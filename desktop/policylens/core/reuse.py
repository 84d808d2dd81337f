"""Text reuse between documents: containment of character 5-grams.

containment(B in A) = |G(B) ∩ G(A)| / |G(B)|, the share of B's 5-grams found in A, where G is
a document's set of 5-grams. It is asymmetric: a short county plan copied from a long city plan
is wholly contained in it, not the reverse. Bands, as in text-reuse studies:

  relay      > 0.7        the text is passed on nearly as it came
  localized  0.3 to 0.7   kept in large part, with local changes
  rewritten  < 0.3

5-grams are taken from the folded text (simplified, half-width) with everything but letters
and digits removed, so script, width, punctuation and line breaks make no difference.

Boilerplate: in a corpus of at least BOILERPLATE_MIN_DOCUMENTS documents, a 5-gram found in at
least BOILERPLATE_SHARE of them (in all five of five, in 270 of 300) is what every document
says, not what one took from another: it is removed from every document before counting.
With fewer documents nothing is removed, since text shared by two or three documents is
exactly the reuse being measured.

Each document's 5-gram set is a Python int used as a bitset, one bit per distinct 5-gram of
the corpus, so the shared 5-grams of two documents are one `&` and one bit_count(), in C: the
300 x 300 matrix of a synthetic corpus takes 45,000 of them in about 0.1 s.
"""
from __future__ import annotations

import math
import re
from collections import Counter, deque
from dataclasses import dataclass
from itertools import repeat
from typing import Sequence

from .document import Document
from .script import fold

GRAM = 5
RELAY = 0.7
REWRITTEN = 0.3
BOILERPLATE_SHARE = 0.9
BOILERPLATE_MIN_DOCUMENTS = 5
BANDS = ("relay", "localized", "rewritten")
_NOT_ALNUM = re.compile(r"[\W_]+")


def band(containment: float) -> str:
    if containment > RELAY:
        return "relay"
    return "rewritten" if containment < REWRITTEN else "localized"


@dataclass
class ReuseMatrix:
    keys: list[str]
    sizes: list[int]  # distinct 5-grams of each document, boilerplate removed
    shared: list[list[int]]  # shared[i][j]: 5-grams of document i also in document j (symmetric)
    boilerplate: int  # distinct 5-grams removed as boilerplate

    def containment(self, i: int, j: int) -> float:
        """The share of document i's 5-grams found in document j (0.0 when i has none)."""
        return self.shared[i][j] / self.sizes[i] if self.sizes[i] else 0.0

    def band(self, i: int, j: int) -> str:
        return band(self.containment(i, j))

    def to_json(self) -> dict:
        n = range(len(self.keys))
        return {
            "keys": self.keys,
            "meaning": "containment[i][j]: the share of keys[i]'s 5-grams found in keys[j]",
            "containment": [[round(self.containment(i, j), 4) for j in n] for i in n],
            "bands": [[None if i == j else self.band(i, j) for j in n] for i in n],
            "grams": self.sizes,
            "boilerplate": {"grams": self.boilerplate, "min_share": BOILERPLATE_SHARE,
                            "min_documents": BOILERPLATE_MIN_DOCUMENTS},
        }


def document_reuse(docs: Sequence[Document]) -> ReuseMatrix:
    return containment_matrix([(doc.key, doc.text) for doc in docs])


def containment_matrix(named_texts: Sequence[tuple[str, str]]) -> ReuseMatrix:
    """The containment matrix of (key, text) pairs; texts in any script."""
    grams = [shingles(text) for _, text in named_texts]
    counts: Counter[str] = Counter()
    for doc in grams:
        counts.update(doc)
    common = boilerplate(counts, len(grams))
    bits = _bitsets(grams, counts, common)
    n = len(bits)
    shared = [[0] * n for _ in range(n)]
    for i in range(n):
        shared[i][i] = bits[i].bit_count()
        for j in range(i + 1, n):
            shared[i][j] = shared[j][i] = (bits[i] & bits[j]).bit_count()
    return ReuseMatrix([key for key, _ in named_texts], [shared[i][i] for i in range(n)], shared,
                       len(common))


def shingles(text: str) -> set[str]:
    """The distinct 5-grams of a text's folded letters and digits."""
    compact = _NOT_ALNUM.sub("", fold(text))
    return {compact[k:k + GRAM] for k in range(len(compact) - GRAM + 1)}


def boilerplate(counts: Counter[str], documents: int) -> set[str]:
    """5-grams (counts: in how many documents) found in at least BOILERPLATE_SHARE of them."""
    if documents < BOILERPLATE_MIN_DOCUMENTS:
        return set()
    threshold = math.ceil(BOILERPLATE_SHARE * documents)
    return {g for g, count in counts.items() if count >= threshold}


def _bitsets(grams: Sequence[set[str]], counts: Counter[str], common: set[str]) -> list[int]:
    """Each document's 5-grams as bits of an int, one position per distinct non-boilerplate 5-gram.

    Bits are set as ASCII digits in a bytearray by map() and read with int(digits, 2): both run
    in C, where a Python loop over some three million 5-grams would take most of the time.
    """
    index = {g: k for k, g in enumerate(g for g in counts if g not in common)}
    spare = len(index)  # boilerplate 5-grams all land on this last digit, cleared before reading
    index.update(dict.fromkeys(common, spare))
    out = []
    for doc in grams:
        digits = bytearray(b"0") * (spare + 1)
        deque(map(digits.__setitem__, map(index.__getitem__, doc), repeat(ord("1"))), maxlen=0)
        digits[spare] = ord("0")
        out.append(int(digits, 2))
    return out
