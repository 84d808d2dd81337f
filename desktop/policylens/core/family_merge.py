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
        self.partners: dict[int, set[int]] = {}  # document -> the documents it was aligned with

    def record(self, doc_a: int, doc_b: int, pairs) -> None:
        found = np.array(list(pairs), np.int64).reshape(-1, 2)
        codes = (found.min(1) << _SHIFT) | found.max(1)
        self._pairs[min(doc_a, doc_b), max(doc_a, doc_b)] = np.unique(codes)
        self.partners.setdefault(doc_a, set()).add(doc_b)
        self.partners.setdefault(doc_b, set()).add(doc_a)

    def align(self, families: "Families", key_a: str, key_b: str) -> None:
        """Align two documents' outlines and record the links (as the assignment does)."""
        index = families.index
        a, b = index.entries_of(key_a), index.entries_of(key_b)
        found = outline_links(index, a, b, index.idf())
        self.record(int(index.doc_of(a[:1])[0]), int(index.doc_of(b[:1])[0]), [(x, y) for x, y, _ in found])

    def linked(self, da: int, db: int, a: int, b: int) -> bool:
        """Whether clauses a and b, of documents da and db, were linked (documents never
        aligned: not linked)."""
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
    members_b: dict[int, list[int]] = {}  # document -> its members among reps_b
    for y, db in zip(reps_b, families.index.doc_of(reps_b).tolist()):
        members_b.setdefault(db, []).append(y)
    hits = 0
    for x, da in zip(reps_a, families.index.doc_of(reps_a).tolist()):
        # only documents ever aligned with da can hold a linked clause: most pairs end here
        for db in links.partners.get(da, set()) & members_b.keys():
            hits += sum(links.linked(da, db, x, y) for y in members_b[db])
    return hits / (len(reps_a) * len(reps_b))


def shared_documents(families: "Families", a: int, b: int) -> tuple[np.ndarray, int]:
    """Documents holding a clause of both families, and the smaller family's document count
    (array operations: a family of thousands of members costs microseconds, not a set of ints)."""
    docs_a = np.unique(families.index.doc_of(families.families[a].members))
    docs_b = np.unique(families.index.doc_of(families.families[b].members))
    return np.intersect1d(docs_a, docs_b, assume_unique=True), min(len(docs_a), len(docs_b))


def merge_families(families: "Families", among: list[int] | None = None,
                   cancelled: Callable[[], None] | None = None, idf: np.ndarray | None = None) -> list[tuple[int, int]]:
    """Merge the families that are one (among: only pairs with one of these); (kept, absorbed) ids."""
    idf = families.index.idf() if idf is None else idf
    links = families.links

    def established(family_id: int) -> bool:  # asked of the families met: not a pass over all of them
        family = families.families.get(family_id)
        return family is not None and len(family.members) >= 2

    proposals = []
    for a in sorted(families.families if among is None else set(among)):
        if not established(a):
            continue
        if cancelled:
            cancelled()  # raises to stop
        for b in families.candidate_families(families.families[a].members[:MERGE_REPRESENTATIVES], idf):
            if b == a or not established(b) or (among is None and b < a):
                continue
            share = linked_share(families, a, b, links)  # first: a fixed cost, and most pairs fail it
            if share < MERGE_LINKED:
                continue
            shared, smaller = shared_documents(families, a, b)  # grows with the families' size
            if len(shared) <= max(1, MAX_SHARED * smaller):
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
