"""The parts of a families build that depend only on the index, never on the families so far.

A document's distinctive bigrams, its neighbour documents and the outline links with them are
fixed once every document is indexed (the weights are the whole corpus's): the neighbours of the
document whose turn is t are sought among the documents of earlier turns only, through postings
ordered by turn. So they can be worked out for many documents at once, in other processes
(family_build), and the assignment, which must go one document at a time, only reads them.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .align import ClauseIndex
from .family_links import neighbours, outline_links_many
from .family_postings import OrderedPostings

CANDIDATE_TERMS = 32  # distinctive bigrams per clause looked up for candidate families
ASSIGNED_TERMS = 32  # distinctive bigrams per clause kept for finding neighbour documents
POSTINGS_CAP = 48  # clauses read per bigram when looking up neighbour documents
REPRESENTATIVE_CAP = 96  # representatives read per bigram when looking up candidate families


@dataclass
class DocumentLinks:
    """The outline links of one document with each of its neighbour documents."""
    neighbours: np.ndarray  # document positions
    entry: np.ndarray  # clause of the document
    other: np.ndarray  # the neighbour's clause it is linked with
    score: np.ndarray  # the linked score (family_links.outline_links)

    def by_neighbour(self, index: ClauseIndex) -> dict[int, list[tuple[int, int]]]:
        """Neighbour document -> its linked (entry, other) pairs (a neighbour with none included)."""
        pairs: dict[int, list[tuple[int, int]]] = {int(d): [] for d in self.neighbours}
        for doc, a, b in zip(index.doc_of(self.other).tolist(), self.entry.tolist(), self.other.tolist()):
            pairs[doc].append((a, b))
        return pairs

    def arrays(self, prefix: str) -> dict[str, np.ndarray]:
        return {prefix + "neighbours": self.neighbours, prefix + "entry": self.entry,
                prefix + "other": self.other, prefix + "score": self.score}

    @classmethod
    def from_arrays(cls, data, prefix: str) -> "DocumentLinks":
        return cls(*(np.asarray(data[prefix + name]) for name in ("neighbours", "entry", "other", "score")))


def document_links(index: ClauseIndex, idf: np.ndarray, assigned: OrderedPostings, turns: np.ndarray,
                   doc: int, before: int | None) -> DocumentLinks:
    """The document's neighbours among the documents of turns before `before` (None: all
    assigned) and its outline links with each."""
    entries = index.entries_of(index.doc_keys[doc])
    eligible = turns >= 0 if before is None else (turns >= 0) & (turns < before)
    eligible[doc] = False
    found = neighbours(index, entries, eligible, idf=idf,
                       lookup_many=lambda terms, owners: assigned.lookup(terms, POSTINGS_CAP, before, owners))
    links = outline_links_many(index, entries, [index.entries_of(index.doc_keys[d]) for d in found], idf)
    flat = [link for linked in links for link in linked]
    return DocumentLinks(np.array(found, np.int64), np.array([a for a, _, _ in flat], np.int64),
                         np.array([b for _, b, _ in flat], np.int64), np.array([s for _, _, s in flat], np.float64))


def top_terms(index: ClauseIndex, entries, idf: np.ndarray, k: int = CANDIDATE_TERMS) -> tuple[np.ndarray, np.ndarray]:
    """(ptr, terms): the k most distinctive bigrams of each entry, as compressed rows."""
    rows = [index.top_terms(entry, idf, k) for entry in entries]
    ptr = np.r_[0, np.cumsum([len(r) for r in rows], dtype=np.int64)].astype(np.int64)
    return ptr, (np.concatenate(rows).astype(np.int64) if rows else np.zeros(0, np.int64))


def key_turns(index: ClauseIndex, family_of: np.ndarray) -> np.ndarray:
    """Turns by document key for the documents holding a clause with a family (as a build gives them)."""
    turns = np.full(len(index.doc_keys), -1, np.int64)
    held = np.zeros(len(index.doc_keys), np.bool_)
    held[index.doc_of(np.flatnonzero(family_of >= 0))] = True
    order = sorted(np.flatnonzero(held).tolist(), key=lambda d: index.doc_keys[d])
    turns[order] = np.arange(len(order))
    return turns
