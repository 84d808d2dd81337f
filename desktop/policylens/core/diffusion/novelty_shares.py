"""Every document's share of new text at once, and what each share depends on.

The share is novelty.py's (the same 5-grams, the same MIN_SPAN rule, the same references:
earlier-dated or of a higher level). Asking novelty() for each of 3,000 documents compares
each with up to 2,999 others; here every distinct 5-gram of the corpus is instead given the
last day of the earliest-dated document holding it and the highest level holding it, once,
and a gram of a document is old when that day is before the document's first day or that
level above its own. A document's own day and level never pass those strict tests, so it
need not be left out of the pass. For a handful of documents novelty() itself is quicker.

basis() names what a share depends on (the document's version and date and level, and the
versions of its earlier and of its higher documents, as order-free digests of the sets), so a
cache of shares knows which entries an added, removed or re-analysed document, or a corrected
date, leaves stale.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .dates import AdoptionDate
from .facts import DocFacts
from .grams import GramTable
from .levels import rank
from .novelty import MIN_SPAN, novelty
from .shingles import covered, runs, shingle

SCHEMA = 1  # of the basis and the share: a change to novelty.py's rule must raise it
FEW = 64  # documents below which novelty() per document (~16 ms each on 3,000) beats the pass (~1 s)
BUCKETS = 16  # the corpus's 5-grams are taken in this many slices, by their top 4 bits (memory)
_NEVER = np.int32(99_999_999)  # the last day of an undated document: before no one
_NO_RANK = np.int8(99)  # the rank of an unknown level: above no one


@dataclass(frozen=True)
class Share:
    key: str
    new_chars: int
    chars: int
    compared: int  # earlier or higher documents it was compared with
    date: AdoptionDate | None  # the date it was placed by (and which of its dates that was)

    @property
    def share(self) -> float:
        return self.new_chars / self.chars if self.chars else 0.0

    def to_json(self) -> dict:
        return {"key": self.key, "share": round(self.share, 4), "new_chars": self.new_chars, "chars": self.chars,
                "compared": self.compared, "date": self.date.value if self.date else None,
                "date_used": self.date.source if self.date else None}


def _day(value: str) -> int:
    return int(value.replace("-", ""))


def _places(facts: Sequence[DocFacts]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """first day, last day (as YYYYMMDD), own rank (0 when unknown: none above) and the rank
    it counts with for others (_NO_RANK when unknown) of each document."""
    first = np.array([_day(f.date.first_day) if f.date else -1 for f in facts], dtype=np.int32)
    last = np.array([_day(f.date.last_day) if f.date else _NEVER for f in facts], dtype=np.int32)
    ranks = [rank(f.level) for f in facts]
    own = np.array([r if r is not None else 0 for r in ranks], dtype=np.int8)
    counted = np.array([r if r is not None else _NO_RANK for r in ranks], dtype=np.int8)
    return first, last, own, counted


def _digest(key: str, tag: str) -> int:
    return int.from_bytes(hashlib.blake2b(f"{key}\0{tag}".encode("utf-8"), digest_size=8).digest(), "little")


def basis(facts: Sequence[DocFacts], tags: Sequence[str]) -> list[str]:
    """For each document, a text that changes when its share may: tags[i] is the version of
    document i (store/gram_cache.version_tag)."""
    first, last, own, counted = _places(facts)
    digests = np.array([_digest(f.key, t) for f, t in zip(facts, tags)], dtype=np.uint64)
    order = np.argsort(last, kind="stable")
    lasts = last[order]
    running = np.zeros(len(facts) + 1, dtype=np.uint64)  # sums wrap around: an order-free digest
    with np.errstate(over="ignore"):
        np.cumsum(digests[order], out=running[1:])
        above = {r: (int((counted < r).sum()), int(digests[counted < r].sum())) for r in set(own.tolist())}
    earlier = np.searchsorted(lasts, first, side="left")  # how many end before each one begins
    out = []
    for i, tag in enumerate(tags):
        n_above, sum_above = above[int(own[i])]
        out.append(f"{SCHEMA}:{tag}:{first[i]}:{own[i]}:{earlier[i]}:{int(running[earlier[i]]):x}:"
                   f"{n_above}:{sum_above:x}")
    return out


def novelty_shares(table: GramTable, text_of: Callable[[str], str], keys: Sequence[str] | None = None,
                   report: Callable[[int, int], None] | None = None,
                   cancelled: Callable[[], bool] | None = None) -> dict[str, Share]:
    """The shares of the documents of keys (default: all) against every document of the table.
    text_of(key): its clean text. Stopped early (cancelled()), the shares found so far."""
    wanted = [f.key for f in table.facts] if keys is None else list(keys)
    if len(wanted) >= FEW:
        return shares_in_one_pass(table, text_of, wanted, report, cancelled)
    by_key = {f.key: f for f in table.facts}
    return {k: _from_novelty(novelty(table, by_key[k], text_of(k)), by_key[k]) for k in wanted}


def shares_in_one_pass(table: GramTable, text_of: Callable[[str], str], keys: Sequence[str],
                       report: Callable[[int, int], None] | None = None,
                       cancelled: Callable[[], bool] | None = None) -> dict[str, Share]:
    """novelty_shares() by the corpus-wide pass, however few the keys."""
    first, last, own, counted = _places(table.facts)
    position = {f.key: i for i, f in enumerate(table.facts)}
    grams, oldest, highest = _first_holders(table.grams, last, counted)
    compared = _compared(first, last, own, counted)
    out = {}
    for n, key in enumerate(keys):
        if cancelled and cancelled():
            break
        i = position[key]
        shingled = shingle(text_of(key))
        at = np.searchsorted(grams, shingled.hashes)  # every gram of a table document is there
        old = (oldest[at] < first[i]) | (highest[at] < own[i])
        new = ~covered(old, shingled.length)
        count = sum(b - a for a, b in runs(new) if b - a >= MIN_SPAN)
        out[key] = Share(key, count, shingled.length, int(compared[i]), table.facts[i].date)
        if report and n % 100 == 0:
            report(n, len(keys))
    return out


def _from_novelty(found, facts: DocFacts) -> Share:
    return Share(found.key, found.new_chars, found.chars, found.compared, facts.date)


def _first_holders(grams: Sequence[np.ndarray], last: np.ndarray,
                   counted: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The corpus's distinct 5-grams (sorted), and for each the least last day and the least
    rank among the documents holding it; slice by slice of the hash space, as each document's
    sorted set splits into contiguous slices."""
    edges = np.arange(1, BUCKETS, dtype=np.uint64) << np.uint64(60)
    cuts = [np.searchsorted(g, edges) for g in grams]
    parts = []
    for b in range(BUCKETS):
        pieces, days, ranks = [], [], []
        for i, g in enumerate(grams):
            lo = cuts[i][b - 1] if b else 0
            hi = cuts[i][b] if b < BUCKETS - 1 else len(g)
            if hi > lo:
                pieces.append(g[lo:hi])
                days.append(np.full(hi - lo, last[i], dtype=np.int32))
                ranks.append(np.full(hi - lo, counted[i], dtype=np.int8))
        if not pieces:
            continue
        hashes = np.concatenate(pieces)
        order = np.argsort(hashes, kind="stable")
        hashes = hashes[order]
        starts = np.flatnonzero(np.concatenate(([True], hashes[1:] != hashes[:-1])))
        parts.append((hashes[starts], np.minimum.reduceat(np.concatenate(days)[order], starts),
                      np.minimum.reduceat(np.concatenate(ranks)[order], starts)))
    if not parts:
        return np.zeros(0, np.uint64), np.zeros(0, np.int32), np.zeros(0, np.int8)
    return tuple(np.concatenate(column) for column in zip(*parts))


def _compared(first: np.ndarray, last: np.ndarray, own: np.ndarray, counted: np.ndarray) -> np.ndarray:
    """How many documents are earlier than or above each (earlier + above − both)."""
    earlier = np.searchsorted(np.sort(last), first, side="left")
    out = earlier.astype(np.int64)
    for r in np.unique(counted):
        if r == _NO_RANK:
            continue
        lasts = np.sort(last[counted == r])
        higher = own > r  # documents of rank r are above these
        out[higher] += len(lasts) - np.searchsorted(lasts, first[higher], side="left")
    return out

