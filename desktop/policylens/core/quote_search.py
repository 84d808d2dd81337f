"""Finding a quoted passage in a text that has changed: exact occurrences and fuzzy candidates.

Texts here are already folded (core.script.fold), so script and width differences are gone.
The fuzzy search never compares the quote with the whole text: short seeds (four characters)
of the quote and its context are looked up with str.find, each hit votes for an alignment
offset, and only the windows around the best-supported offsets are aligned with difflib.
The cost grows with the number of seed hits, not with the length of the text.
"""
from __future__ import annotations

from collections import Counter
from difflib import SequenceMatcher

SEED = 4  # four Han characters rarely repeat by chance
SEEDS = 48  # at most this many seeds per pattern
MAX_HITS = 40  # a seed found more often than this says nothing about where the passage is
SPREAD = 24  # votes whose offsets differ by at most this much support the same place
CLUSTERS = 3  # windows aligned per pattern
EDGE = 32  # a long quote is placed by its first and last EDGE characters
LONG = 3 * EDGE
FULL_RATIO = 400  # up to this length similarity is difflib's ratio; beyond, bigram overlap


def find_all(text: str, needle: str, limit: int) -> list[int]:
    """Start offsets of needle in text (overlapping ones too), at most limit + 1 of them."""
    hits: list[int] = []
    at = text.find(needle)
    while at >= 0 and len(hits) <= limit:
        hits.append(at)
        at = text.find(needle, at + 1)
    return hits


def matched_chars(a: str, b: str) -> int:
    """Characters of a found, in order, in b (the sum of difflib's matching blocks)."""
    if a == b:
        return len(a)
    if not a or not b:
        return 0
    return sum(block.size for block in SequenceMatcher(None, a, b, autojunk=False).get_matching_blocks())


def similarity(a: str, b: str) -> float:
    """0..1; difflib's ratio for short texts, the overlap of character bigrams for long ones."""
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    if max(len(a), len(b)) <= FULL_RATIO:
        return SequenceMatcher(None, a, b, autojunk=False).ratio()
    grams_a = Counter(a[i:i + 2] for i in range(len(a) - 1))
    grams_b = Counter(b[i:i + 2] for i in range(len(b) - 1))
    common = sum((grams_a & grams_b).values())
    return 2 * common / (sum(grams_a.values()) + sum(grams_b.values()))


def fuzzy_spans(text: str, prefix: str, quote: str, suffix: str, near: int) -> list[tuple[int, int]]:
    """Candidate (start, end) spans for a quote that may have been edited, best supported first."""
    if len(quote) <= LONG:
        pattern = prefix + quote + suffix
        spans = _locate(text, pattern, (len(prefix), len(prefix) + len(quote)), near - len(prefix))
        return [(s, e) for s, e in spans if s is not None and e is not None and s < e]
    starts = [s for s, _ in _locate(text, prefix + quote[:EDGE], (len(prefix), None), near - len(prefix))]
    ends = [e for _, e in _locate(text, quote[-EDGE:] + suffix, (None, EDGE), near + len(quote) - EDGE)]
    return _pair(starts, ends, len(quote))


def _pair(starts: list[int | None], ends: list[int | None], length: int) -> list[tuple[int, int]]:
    """Each start with the end that keeps the span closest to its old length."""
    spans = []
    for s in (s for s in starts if s is not None):
        after = [e for e in ends if e is not None and e > s]
        if after:
            e = min(after, key=lambda e: abs(e - s - length))
            spans.append((s, e))
    return spans


def _locate(text: str, pattern: str, points: tuple[int | None, int | None],
            near: int) -> list[tuple[int | None, int | None]]:
    """Where the two points of pattern (a start and an end boundary) fall in text, per window."""
    found = []
    for lo, hi in _offset_clusters(text, pattern, near):
        pad = 8 + len(pattern) // 4
        w0, w1 = max(0, lo - pad), min(len(text), hi + len(pattern) + pad)
        window = text[w0:w1]
        blocks = SequenceMatcher(None, pattern, window, autojunk=False).get_matching_blocks()[:-1]
        start = None if points[0] is None else _map_start(blocks, points[0])
        end = None if points[1] is None else _map_end(blocks, points[1], len(window))
        found.append((None if start is None else w0 + start, None if end is None else w0 + end))
    return found


def _offset_clusters(text: str, pattern: str, near: int) -> list[tuple[int, int]]:
    """(lowest, highest) alignment offsets of the best-supported groups of seed votes."""
    votes = _votes(text, pattern)
    groups: list[list] = []  # [low offset, high offset, seeds that voted]
    for offset, seed in sorted(votes):
        if groups and offset - groups[-1][1] <= SPREAD:
            groups[-1][1] = offset
            groups[-1][2].add(seed)
        else:
            groups.append([offset, offset, {seed}])
    needed = 2 if len(pattern) >= 2 * SEED else 1
    ranked = sorted((g for g in groups if len(g[2]) >= needed),
                    key=lambda g: (-len(g[2]), abs(g[0] - near)))
    return [(g[0], g[1]) for g in ranked[:CLUSTERS]]


def _votes(text: str, pattern: str) -> list[tuple[int, int]]:
    """(text offset - pattern offset, pattern offset) for every hit of every usable seed."""
    k = min(SEED, len(pattern))
    if k == 0:
        return []
    step = max(1, (len(pattern) - k + 1) // SEEDS)
    votes = []
    for j in range(0, len(pattern) - k + 1, step):
        hits = find_all(text, pattern[j:j + k], MAX_HITS)
        if len(hits) <= MAX_HITS:
            votes.extend((t - j, j) for t in hits)
    return votes


def _map_start(blocks, x: int) -> int | None:
    """Window offset of pattern offset x as the start of a span: the first block at or after x."""
    previous_end = 0
    for a, b, size in blocks:
        if a + size > x:
            return b + (x - a) if a <= x else max(previous_end, b - (a - x))
        previous_end = b + size
    return None


def _map_end(blocks, x: int, window_len: int) -> int | None:
    """Window offset of pattern offset x as the end of a span: the last block before x."""
    next_start = window_len
    for a, b, size in reversed(blocks):
        if a < x:
            return b + (x - a) if a + size >= x else min(next_start, b + size + (x - a - size))
        next_start = b
    return None
