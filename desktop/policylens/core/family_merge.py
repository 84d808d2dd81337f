"""Families founded apart that are one: merged when the outlines link their clauses.

Families grow one document at a time, so where cities rewrote a clause in two ways the first
copies of each way found two families, and neither ever joins the other. After a build, two
families of two or more members each are merged when the outline alignment of their documents
(family_links.outline_links: similarity, parents and order together, as the assignment ran it
with each document's neighbours) links at least MERGE_LINKED of their representatives' pairs; the similarity of the words alone does not tell
these apart from neighbouring subjects. A document holding a clause of both keeps the one of
the larger family and the other is recorded as the family's alternate (a city that split one
clause in two), never silently dropped; families sharing more than one document and more than
MAX_SHARED of the smaller one's are different subjects and stay apart.

Candidates are the families the representatives' distinctive bigrams lead to (the same
inverted index the assignment uses), so the pass costs the same per family at any size.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

import numpy as np

from .family_links import outline_links

if TYPE_CHECKING:  # families calls this module; only the type is needed here
    from .families import Families

MERGE_LINKED = 0.45  # share of representative pairs the outline alignment links
MAX_SHARED = 0.25  # share of the smaller family's documents that may hold a clause of both
MERGE_REPRESENTATIVES = 8  # members per family whose pairs are checked
_SHIFT = np.int64(32)


class Links:
    """Which clauses of two documents the outline alignment linked, by document pair.

    The assignment aligns every new document with its neighbours and records the links here;
    the merge pass reads them and aligns nothing itself (aligning the representatives'
    documents as well found no more on the truth, at many times the cost).
    """

    def __init__(self) -> None:
        # document pair -> the linked clause pairs as sorted codes (smaller << 32 | larger): a
        # build records some 40 pairs for each of 8 neighbours of every document, and sets of
        # tuples of them cost over 100 bytes a pair
        self._pairs: dict[tuple[int, int], np.ndarray] = {}

    def record(self, doc_a: int, doc_b: int, pairs) -> None:
        found = np.array(list(pairs), np.int64).reshape(-1, 2)
        codes = (found.min(1) << _SHIFT) | found.max(1)
        self._pairs[min(doc_a, doc_b), max(doc_a, doc_b)] = np.unique(codes)

    def align(self, families: "Families", key_a: str, key_b: str) -> None:
        """Align two documents' outlines and record the links (as the assignment does)."""
        index = families.index
        a, b = index.entries_of(key_a), index.entries_of(key_b)
        found = outline_links(index, a, b, index.idf())
        self.record(int(index.doc_of(a[:1])[0]), int(index.doc_of(b[:1])[0]), [(x, y) for x, y, _ in found])

    def linked(self, families: "Families", a: int, b: int) -> bool:
        """Whether a and b were linked (documents never aligned: not linked)."""
        da, db = (int(d) for d in families.index.doc_of([a, b]))
        codes = self._pairs.get((min(da, db), max(da, db)))
        if codes is None or not len(codes):
            return False
        code = (min(a, b) << 32) | max(a, b)
        at = int(np.searchsorted(codes, code))
        return at < len(codes) and int(codes[at]) == code


def linked_share(families: "Families", a: int, b: int, links: Links) -> float:
    """Share of the pairs of the two families' first members that the outline alignment linked."""
    reps_a = families.families[a].members[:MERGE_REPRESENTATIVES]
    reps_b = families.families[b].members[:MERGE_REPRESENTATIVES]
    hits = sum(links.linked(families, x, y) for x in reps_a for y in reps_b)
    return hits / (len(reps_a) * len(reps_b))


def shared_documents(families: "Families", a: int, b: int) -> tuple[set[int], int]:
    """Documents holding a clause of both families, and the smaller family's document count."""
    docs_a = set(families.index.doc_of(families.families[a].members).tolist())
    docs_b = set(families.index.doc_of(families.families[b].members).tolist())
    return docs_a & docs_b, min(len(docs_a), len(docs_b))


def merge_families(families: "Families", among: list[int] | None = None,
                   cancelled: Callable[[], None] | None = None) -> list[tuple[int, int]]:
    """Merge the families that are one (among: only pairs with one of these); (kept, absorbed) ids."""
    idf = families.index.idf()
    links = families.links
    established = {i for i, f in families.families.items() if len(f.members) >= 2}
    proposals = []
    for a in sorted(established if among is None else established & set(among)):
        if cancelled:
            cancelled()  # raises to stop
        for b in families.candidate_families(families.families[a].members[:MERGE_REPRESENTATIVES], idf):
            if b == a or b not in established or (among is None and b < a):
                continue
            shared, smaller = shared_documents(families, a, b)
            if len(shared) > max(1, MAX_SHARED * smaller):
                continue
            share = linked_share(families, a, b, links)
            if share >= MERGE_LINKED:
                proposals.append((-share, min(a, b), max(a, b)))
    merged, into = [], {}
    for _, a, b in sorted(set(proposals)):
        while a in into:
            a = into[a]
        while b in into:
            b = into[b]
        if a == b:
            continue
        shared, smaller = shared_documents(families, a, b)
        if len(shared) > max(1, MAX_SHARED * smaller):  # an earlier merge grew one of them
            continue
        size_a, size_b = len(families.families[a].members), len(families.families[b].members)
        keep, gone = (a, b) if (size_a, -a) >= (size_b, -b) else (b, a)
        families.absorb(keep, gone)
        into[gone] = keep
        merged.append((keep, gone))
    return merged
