"""Character 5-gram shingles of a text, with the clean-text span of each character.

As in core/reuse.py, the text is folded (simplified, half-width) and everything but letters and
digits is dropped, so script, punctuation and line breaks make no difference; in addition every
number (2, 2.5, 2017) is masked to one placeholder, so a city that writes 满3年 where its
province wrote 满2年 has not written new text. Each kept character keeps the span it stands for
in the clean text (a masked number spans all its digits).

Shingles are 64-bit hashes of the five code points (numpy, in C): two different 5-grams share a
hash with a chance of about one in 10^19 per pair, which no corpus of this kind comes near.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from ..reuse import GRAM
from ..script import fold

NUMBER_MARK = "Ⓝ"
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)


@dataclass(frozen=True)
class Shingled:
    starts: np.ndarray  # int32: clean-text start of each kept character
    ends: np.ndarray  # int32: its end
    hashes: np.ndarray  # uint64: the hash of the 5-gram starting at each kept character

    @property
    def length(self) -> int:
        return len(self.starts)

    def unique(self) -> np.ndarray:
        return np.unique(self.hashes)


@lru_cache(maxsize=1)
def _kept_table() -> np.ndarray:
    """code point -> letter or digit, for the Basic Multilingual Plane."""
    table = np.array([chr(c).isalnum() for c in range(0x10000)], dtype=bool)
    table[ord("_")] = False
    table[ord(NUMBER_MARK)] = True
    return table


def shingle(text: str) -> Shingled:
    masked = _NUMBER.sub(lambda m: NUMBER_MARK + "\x00" * (len(m.group()) - 1), fold(text))
    points = np.frombuffer(masked.encode("utf-32-le"), dtype=np.uint32)
    table = _kept_table()
    kept = np.zeros(len(points), dtype=bool)
    bmp = points < 0x10000
    kept[bmp] = table[points[bmp]]
    kept[~bmp] = True  # CJK extensions beyond the BMP are letters
    starts = np.flatnonzero(kept).astype(np.int32)
    ends = starts + 1
    marks = np.flatnonzero(points[starts] == ord(NUMBER_MARK))
    if len(marks):  # a masked number spans its digits: up to the first character that is not filler
        not_filler = np.flatnonzero(points != 0)
        following = np.searchsorted(not_filler, starts[marks], side="right")
        ends[marks] = np.append(not_filler, len(points))[following]
    return Shingled(starts, ends.astype(np.int32), _hashes(points[starts].astype(np.uint64)))


def _hashes(codes: np.ndarray) -> np.ndarray:
    n = len(codes) - GRAM + 1
    if n <= 0:
        return np.zeros(0, dtype=np.uint64)
    h = np.zeros(n, dtype=np.uint64)
    with np.errstate(over="ignore"):
        for k in range(GRAM):
            h = (h ^ codes[k:k + n]) * _MULTIPLIER
            h ^= h >> np.uint64(29)
    return h


def covered(grams: np.ndarray, length: int) -> np.ndarray:
    """For each of length characters: whether one of the 5-grams flagged in grams covers it."""
    marks = np.zeros(length + GRAM, dtype=np.int32)  # +1 where a flagged gram starts, -1 past its end
    starts = np.flatnonzero(grams)  # distinct, so plain indexing adds (np.add.at is ten times slower)
    marks[starts] += 1
    marks[starts + GRAM] -= 1
    return np.cumsum(marks)[:length] > 0


def runs(flags: np.ndarray) -> list[tuple[int, int]]:
    """[start, end) of each run of True."""
    edges = np.diff(np.concatenate(([0], flags.astype(np.int8), [0])))
    return list(zip(np.flatnonzero(edges == 1).tolist(), np.flatnonzero(edges == -1).tolist()))
