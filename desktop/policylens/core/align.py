"""Clause similarity across documents: masked character bigrams, TF-IDF, an inverted index.

A clause is compared by its own text (title and body, without its children's spans), folded to
simplified script and masked (align_mask): two cities' copies of a clause then differ only where
one of them rewrote it. Own text rather than the whole subtree, because a heading-only parent
(西宁 三/(十一), items 10-12 below it) is then matched by what its heading says, while a parent
whose items cover a broader subject (昭通 14 完善农村产权制度) does not swallow the one item
that corresponds (14/(5), the "三权" item); a parent with a body keeps it.

The score of two clauses is a mix of the cosine of their whole texts and the cosine of their
titles (TITLE_WEIGHT), both over character bigrams weighted by (1 + log tf) * idf, where idf is
counted over the clauses of the corpus, so boilerplate shared by every clause weighs little.
A clause that introduces a list (…符合下列条件的：) is one clause with its items, and its text is
compared both as its own line and as the whole list, the better of the two counting: one city
lists the conditions, another writes them into the sentence (align_mask.family_features).

Clauses of documents of different policies score 0 (related): a residence-permit rule and a
rule on filing normative documents both end 本办法自…起施行, and those are not one family.

"Find this clause in every document" never scores all pairs: the clause's most distinctive
bigrams (CANDIDATE_TERMS, highest weight first) are looked up in an inverted index, and only
the clauses found there are scored.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

import numpy as np
from scipy import sparse

from .align_mask import family_features
from .document import Document
from .outline import Clause

TITLE_WEIGHT = 0.5
CANDIDATE_TERMS = 32
MAX_CANDIDATES = 20_000
RELATED_DOCUMENTS = 0.2  # profile cosine from which two documents are of one policy
PROFILE_TERMS = 256  # heaviest bigrams of a document's profile
_PREPARE_ROWS = 8192  # rows whose norms are worked out at once (prepare)


class ClauseRef(NamedTuple):  # tuples: a corpus holds a hundred thousand of them
    key: str  # document key
    clause_id: str


class Entry(NamedTuple):
    """One indexed clause."""
    ref: ClauseRef
    title: str  # as written
    path: tuple[int, ...]  # numbers from level 1 down: 三/(五) -> (3, 5)
    doc: int  # position of its document in the index


class EntryTable:
    """The entries, kept as the plain rows they were saved as until one is asked for.

    Opening the alignment of a large corpus then does not build a hundred thousand tuples.
    A row is [key, clause id, title, path, document position].
    """

    def __init__(self, rows: list | None = None) -> None:
        self._rows = rows if rows is not None else []

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self._rows)))]
        row = self._rows[i]
        if not isinstance(row, Entry):
            row = self._rows[i] = Entry(ClauseRef(row[0], row[1]), row[2], tuple(row[3]), row[4])
        return row

    def __iter__(self):
        return (self[i] for i in range(len(self._rows)))

    def append(self, entry: Entry) -> None:
        self._rows.append(entry)

    def row(self, i: int) -> list:
        row = self._rows[i]
        return _row(row) if isinstance(row, Entry) else list(row)

    def column(self, k: int) -> list:
        """Field k of every row (0 key, 1 clause id, 2 title, 3 path, 4 document position)."""
        return [row[k] if not isinstance(row, Entry) else _row(row)[k] for row in self._rows]


def _row(entry: Entry) -> list:
    return [entry.ref.key, entry.ref.clause_id, entry.title, list(entry.path), entry.doc]


@dataclass(frozen=True)
class Match:
    entry: int  # index of the matching clause
    score: float


def clause_path(clauses: list[Clause], index: int) -> tuple[int, ...]:
    """The clause's number and its ancestors' numbers; an item counts as its ordinal (•2 -> 2)."""
    path: list[int] = []
    at: int | None = index
    while at is not None:
        clause = clauses[at]
        number = clause.number
        if number is None:
            number = int(re.sub(r"\D", "", clause.id.rsplit("/", 1)[-1].split("~")[0]) or 0)
        path.append(number)
        at = clause.parent
    return tuple(reversed(path))


class ClauseIndex:
    """Every alignable clause of a corpus, its bigram vectors, and an inverted index over them."""

    def __init__(self) -> None:
        self.entries = EntryTable()
        self.doc_keys: list[str] = []
        self.vocab: dict[str, int] = {}
        self._df = Growable(np.int32)
        self._alive = Growable(np.bool_)
        self._doc_of = Growable(np.int32)
        self._body = _Rows()
        self._title = _Rows()
        self._whole = _Rows()  # a list's lead with its items; empty for other clauses
        self._postings = Postings()
        self._by_key: dict[str, list[int]] = {}
        self._profiles: dict[int, tuple[np.ndarray, np.ndarray]] = {}  # document -> profile (related)
        self._related: tuple[int, dict[int, float]] = (-1, {})  # one document's profile cosines
        self.parents_memo: dict[tuple[int, ...], np.ndarray] = {}  # family_links.parents

    # -- building ------------------------------------------------------------------------------

    def add_document(self, doc: Document) -> list[int]:
        """Index the document's clauses (replacing an earlier version); their entry numbers."""
        if doc.key in self._by_key:
            self.remove_document(doc.key)
        position = len(self.doc_keys)
        self.doc_keys.append(doc.key)
        added = []
        for i, body, title, whole in family_features(doc):
            clause = doc.clauses[i]
            added.append(len(self.entries))
            self.entries.append(Entry(ClauseRef(doc.key, clause.id), clause.title,
                                      clause_path(doc.clauses, i), position))
            terms = self._body.append(self._term_ids(body), body.values())
            self._title.append(self._term_ids(title), title.values())
            self._whole.append(self._term_ids(whole), whole.values())
            self._df.grow(len(self.vocab))
            self._df.view()[terms] += 1  # a clause's terms are distinct
            self._postings.add(terms, added[-1])
        self._alive.extend(np.ones(len(added), np.bool_))
        self._doc_of.extend(np.full(len(added), position, np.int32))
        self._by_key[doc.key] = added
        return added

    def remove_document(self, key: str) -> list[int]:
        """Retire a document's entries (a new version replaces them); their numbers."""
        gone = self._by_key.pop(key, [])
        self._related = (-1, {})
        for entry in gone:
            self._df.view()[self._body.terms(entry)] -= 1
        self._alive.view()[gone] = False
        return gone

    def _term_ids(self, grams: Counter) -> np.ndarray:
        vocab = self.vocab
        ids = list(map(vocab.get, grams))
        if None in ids:  # new bigrams numbered in the order they come
            ids = [vocab.setdefault(g, len(vocab)) if i is None else i for g, i in zip(grams, ids)]
        return np.array(ids, np.int32) if ids else np.zeros(0, np.int32)

    # -- reading -------------------------------------------------------------------------------

    def entries_of(self, key: str) -> list[int]:
        return list(self._by_key.get(key, []))

    def find(self, ref: ClauseRef) -> int | None:
        """The clause's entry; an item of a list (not a clause of its own here) finds its list's."""
        entries = self._by_key.get(ref.key, [])
        found = next((e for e in entries if self.entries[e].ref == ref), None)
        head = ref.clause_id.rpartition("/")[0]
        while found is None and head:
            found = next((e for e in entries if self.entries[e].ref.clause_id == head
                          and len(self._whole.terms(e))), None)
            head = head.rpartition("/")[0]
        return found

    def is_alive(self, entry: int) -> bool:
        return bool(self._alive.view()[entry])

    def retired(self) -> list[int]:
        """Entries of documents replaced by a new version or removed."""
        return np.flatnonzero(~self._alive.view()).tolist()

    def doc_of(self, entries) -> np.ndarray:
        return self._doc_of.view()[entries]

    def documents(self) -> list[int]:
        """The document position of every entry."""
        return self._doc_of.view().tolist()

    def idf(self) -> np.ndarray:
        n = max(int(self._alive.view().sum()), 1)
        return (np.log((n + 1) / (self._df.view() + 1)) + 1).astype(np.float32)

    def top_terms(self, entry: int, idf: np.ndarray, k: int = CANDIDATE_TERMS) -> np.ndarray:
        """The entry's k most distinctive bigrams (highest tf-idf weight; ties: first seen)."""
        terms, weights = self._body.row(entry)
        return terms[np.argsort(-(weights * idf[terms]), kind="stable")[:k]]

    def terms(self, entry: int) -> np.ndarray:
        return self._body.terms(entry)

    def postings_lookup(self, terms: np.ndarray) -> np.ndarray:
        """Every entry (live or retired) listed under any of the terms, with repeats."""
        return self._postings.lookup(terms)

    def alive(self, entries) -> np.ndarray:
        return self._alive.view()[entries]

    def candidates(self, entry: int, idf: np.ndarray | None = None) -> np.ndarray:
        """Live clauses of other documents sharing one of the entry's most distinctive bigrams.

        At most MAX_CANDIDATES, those sharing the most of them first; in entry order.
        """
        idf = self.idf() if idf is None else idf
        found, hits = np.unique(self._postings.lookup(self.top_terms(entry, idf)), return_counts=True)
        keep = self._alive.view()[found] & (self._doc_of.view()[found] != self._doc_of.view()[entry])
        found, hits = found[keep], hits[keep]
        if len(found) > MAX_CANDIDATES:
            found = np.sort(found[np.argsort(-hits, kind="stable")[:MAX_CANDIDATES]])
        return found

    def scores(self, entry: int, others, idf: np.ndarray | None = None) -> np.ndarray:
        """Similarity (0..1) of the entry to each of the other entries."""
        idf = self.idf() if idf is None else idf
        others = np.asarray(others, np.int64)
        body = self._body_cosines(entry, others, idf)
        title = self._title.cosines(entry, others, idf)
        related = self.related(int(self._doc_of.view()[entry]), self._doc_of.view()[others], idf)
        return ((1 - TITLE_WEIGHT) * body + TITLE_WEIGHT * title) * related

    def score_matrix(self, a, b, idf: np.ndarray | None = None) -> np.ndarray:
        """Similarity of every entry of a to every entry of b, as a dense matrix (as `scores`)."""
        idf = self.idf() if idf is None else idf
        a, b = np.asarray(a, np.int64), np.asarray(b, np.int64)
        related = np.ones((len(a), len(b)))
        docs_a, docs_b = self._doc_of.view()[a], self._doc_of.view()[b]
        for d in np.unique(docs_a):
            related[docs_a == d] = self.related(int(d), docs_b, idf)[None, :]
        body, whole, title = self._body, self._whole, self._title
        items_a = {rows: rows.unit_items(a, idf) for rows in (body, whole, title)}  # each made once
        items_b = {rows: rows.unit_items(b, idf) for rows in (body, whole, title)}
        best = _cosine_matrix(items_a[body], items_b[body], len(a), len(b))
        for rows_a, rows_b in ((whole, body), (body, whole), (whole, whole)):  # the better of own text and whole list
            best = np.maximum(best, _cosine_matrix(items_a[rows_a], items_b[rows_b], len(a), len(b)))
        return ((1 - TITLE_WEIGHT) * best
                + TITLE_WEIGHT * _cosine_matrix(items_a[title], items_b[title], len(a), len(b))) * related

    def score_pairs(self, a, b, rows: np.ndarray, columns: np.ndarray,
                    idf: np.ndarray | None = None) -> np.ndarray:
        """score_matrix(a, b)[rows, columns], the same numbers, without the cells not asked for."""
        idf = self.idf() if idf is None else idf
        a, b = np.asarray(a, np.int64), np.asarray(b, np.int64)
        rows, columns = np.asarray(rows, np.int64), np.asarray(columns, np.int64)
        related = np.ones(len(rows))
        docs_a, docs_b = self._doc_of.view()[a], self._doc_of.view()[b]
        for d in np.unique(docs_a):
            related_b = self.related(int(d), docs_b, idf)
            here = docs_a[rows] == d
            related[here] = related_b[columns[here]]
        body, whole, title = self._body, self._whole, self._title
        queries = {kind: _PairCosines(kind.unit_items(a, idf), len(a), rows, columns, len(idf))
                   for kind in (body, whole, title)}  # each side's items made once
        items_b = {kind: kind.unit_items(b, idf) for kind in (body, whole, title)}
        best = queries[body].against(items_b[body], len(b))
        for rows_a, rows_b in ((whole, body), (body, whole), (whole, whole)):
            best = np.maximum(best, queries[rows_a].against(items_b[rows_b], len(b)))
        return ((1 - TITLE_WEIGHT) * best + TITLE_WEIGHT * queries[title].against(items_b[title], len(b))) * related

    def prepare_scoring(self, idf: np.ndarray) -> None:
        """Keep every clause's vector norms under these weights (a build scores with one idf)."""
        for rows in (self._body, self._title, self._whole):
            rows.prepare(idf)

    def _body_cosines(self, entry: int, others: np.ndarray, idf: np.ndarray) -> np.ndarray:
        """The better of the own texts' cosine and the whole lists' (a lead against the other's text)."""
        body, whole = self._body, self._whole
        best = body.cosines(entry, others, idf)
        for query, targets in ((whole, body), (body, whole), (whole, whole)):
            if len(query.terms(entry)):
                best = np.maximum(best, query.cosines(entry, others, idf, targets))
        return best

    def related(self, doc: int, others, idf: np.ndarray) -> np.ndarray:
        """1.0 for each other document of the same policy as doc, else 0.0.

        Two documents are of one policy when their profiles (the sum of their clauses' unit
        vectors, PROFILE_TERMS heaviest bigrams) have a cosine of RELATED_DOCUMENTS or more.
        Every regulation has a clause on its purpose and one on its date of effect, worded
        alike; those of a residence-permit rule and of a filing rule are not one family.
        A profile is made once, with the weights of the day (the whole corpus's in a build);
        the cosines are kept for the last document asked about (its clauses ask in turn).
        """
        others = np.asarray(others, np.int64)
        if self._related[0] != doc:
            self._related = (doc, {doc: 1.0})
        known = self._related[1]
        missing = [d for d in np.unique(others).tolist() if d not in known]
        if missing:
            known.update(zip(missing, self._profile_cosines(doc, missing, idf).tolist()))
        values = np.fromiter((known[d] for d in others.tolist()), np.float64, len(others))
        return (values >= RELATED_DOCUMENTS).astype(np.float64)

    def _profile_cosines(self, doc: int, others: list[int], idf: np.ndarray) -> np.ndarray:
        query_terms, query = self._profile(doc, idf)
        profiles = [self._profile(d, idf) for d in others]
        terms = np.concatenate([t for t, _ in profiles])
        weights = np.concatenate([w for _, w in profiles])
        owner = np.repeat(np.arange(len(others)), [len(t) for t, _ in profiles])
        if not len(query_terms):
            return np.zeros(len(others))
        at = np.minimum(np.searchsorted(query_terms, terms), len(query_terms) - 1)
        shared = np.where(query_terms[at] == terms, query[at], 0.0)
        return np.bincount(owner, weights * shared, minlength=len(others))

    def _profile(self, doc: int, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The document's profile: (sorted bigram ids, unit weights)."""
        if doc not in self._profiles:
            rows = np.array(self._by_key.get(self.doc_keys[doc], []), np.int64)
            _, terms, weights = self._body.unit_items(rows, idf)
            found, inverse = np.unique(terms, return_inverse=True)
            total = np.bincount(inverse, weights, minlength=len(found))
            top = np.sort(np.argsort(-total, kind="stable")[:PROFILE_TERMS])
            found, total = found[top], total[top]
            self._profiles[doc] = (found, total / (math.sqrt(float(np.dot(total, total))) or 1.0))
        return self._profiles[doc]

    def similarity(self, a: int, b: int) -> float:
        return float(self.scores(a, [b])[0])

    def best_per_document(self, entry: int, min_score: float = 0.0) -> list[Match]:
        """The most similar clause in every other document, best first (ties: corpus order)."""
        idf = self.idf()
        found = self.candidates(entry, idf)
        if not len(found):
            return []
        scores = self.scores(entry, found, idf)
        order = np.lexsort((found, -scores, self._doc_of.view()[found]))
        docs = self._doc_of.view()[found[order]]
        first = order[np.r_[True, docs[1:] != docs[:-1]]]
        matches = [Match(int(found[i]), float(scores[i])) for i in first if scores[i] >= min_score]
        return sorted(matches, key=lambda m: (-m.score, m.entry))

    # -- persistence ---------------------------------------------------------------------------

    def segment(self, start: int) -> dict[str, np.ndarray]:
        """The vectors of entries [start, len(entries)) and their postings: one saved segment."""
        postings = _sorted_run(*self._body.items(start))
        return {**self._body.arrays(start, "body_"), **self._title.arrays(start, "title_"),
                **self._whole.arrays(start, "whole_"),
                "post_terms": postings[0], "post_entries": postings[1]}

    @classmethod
    def from_segments(cls, segments: list, entries: EntryTable, doc_keys: list[str],
                      vocab: list[str], dead: set[int]) -> "ClauseIndex":
        """The index saved as segments (in order), with its entries and its retired entries."""
        index = cls()
        index.entries, index.doc_keys = entries, list(doc_keys)
        index.vocab = {g: i for i, g in enumerate(vocab)}
        for rows, prefix in ((index._body, "body_"), (index._title, "title_"), (index._whole, "whole_")):
            rows.adopt_segments(segments, prefix)
        for data in segments:
            index._postings.add_run(data["post_terms"], data["post_entries"])
        if len(index._body) != len(entries):
            raise ValueError(f"the segments hold {len(index._body)} clauses, the entry list {len(entries)}")
        index._alive.extend(np.ones(len(entries), np.bool_))
        index._alive.view()[sorted(dead)] = False
        index._doc_of.extend(np.array(entries.column(4), np.int32))
        alive = index._alive.view()
        index._df.extend(np.bincount(index._body.terms_from(0), minlength=len(vocab)).astype(np.int32))
        for entry in dead:
            index._df.view()[index._body.terms(entry)] -= 1
        for e, key in enumerate(entries.column(0)):
            if alive[e]:
                index._by_key.setdefault(key, []).append(e)
        return index


class _Rows:
    """Sparse rows (term ids, 1 + log tf) appended one clause at a time."""

    def __init__(self) -> None:
        self._ptr = Growable(np.int64)
        self._ptr.extend(np.zeros(1, np.int64))
        self._terms = Growable(np.int32)
        self._weights = Growable(np.float32)
        self._norms: tuple[np.ndarray, int, np.ndarray] | None = None  # (idf, rows, norms): prepare

    def append(self, terms: np.ndarray, counts) -> np.ndarray:
        self._terms.extend(terms)
        self._weights.extend(1 + np.log(np.fromiter(counts, np.float32, len(terms))))
        self._ptr.extend(np.array([len(self._terms)], np.int64))
        return terms

    def terms(self, entry: int) -> np.ndarray:
        ptr = self._ptr.view()
        return self._terms.view()[ptr[entry]:ptr[entry + 1]]

    def row(self, entry: int) -> tuple[np.ndarray, np.ndarray]:
        ptr = self._ptr.view()
        return self._terms.view()[ptr[entry]:ptr[entry + 1]], self._weights.view()[ptr[entry]:ptr[entry + 1]]

    def cosines(self, entry: int, others: np.ndarray, idf: np.ndarray,
                targets: "_Rows | None" = None) -> np.ndarray:
        """Cosine of row entry with each of the others' rows (of targets, by default these rows)."""
        targets = self if targets is None else targets
        terms, weights = self.row(entry)
        order = np.argsort(terms)  # the query kept sparse: a dense one costs the vocabulary's size
        query_terms, query = terms[order], (weights * idf[terms])[order]
        norm = math.sqrt(float(np.dot(query, query))) or 1.0
        owner, at = gather_rows(targets._ptr.view(), others)
        t = targets._terms.view()[at]
        w = targets._weights.view()[at] * idf[t]
        where = np.minimum(np.searchsorted(query_terms, t), max(len(query_terms) - 1, 0))
        shared = query[where] * (query_terms[where] == t) if len(query_terms) else np.zeros(len(t))
        dots = np.bincount(owner, weights=w * shared, minlength=len(others))
        norms = np.sqrt(np.bincount(owner, weights=w * w, minlength=len(others)))
        return np.divide(dots, norms * norm, out=np.zeros(len(others)), where=norms > 0)

    def prepare(self, idf: np.ndarray) -> None:
        """Work out the norm of every row under idf once; unit_items reuses them while the rows
        and idf (the same array) stay. Each norm is the sum unit_items makes, in the same order."""
        ptr, terms, weights = self._ptr.view(), self._terms.view(), self._weights.view()
        norms = np.zeros(len(self))
        for start in range(0, len(self), _PREPARE_ROWS):  # pieces: a corpus's items at once cost memory
            stop = min(start + _PREPARE_ROWS, len(self))
            w = weights[ptr[start]:ptr[stop]] * idf[terms[ptr[start]:ptr[stop]]]
            owner = np.repeat(np.arange(stop - start), np.diff(ptr[start:stop + 1]))
            norms[start:stop] = np.sqrt(np.bincount(owner, w * w, minlength=stop - start))
        self._norms = (idf, len(self), norms)

    def unit_items(self, rows: np.ndarray, idf: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(owner, term, weight) of every item of the rows, weights tf-idf scaled to unit length."""
        owner, at = gather_rows(self._ptr.view(), rows)
        terms = self._terms.view()[at]
        weights = self._weights.view()[at] * idf[terms]
        kept = self._norms
        if kept is not None and kept[0] is idf and kept[1] == len(self):
            norms = kept[2][rows]
        else:
            norms = np.sqrt(np.bincount(owner, weights * weights, minlength=len(rows)))
        return owner, terms, weights / np.where(norms > 0, norms, 1)[owner]

    def __len__(self) -> int:
        return len(self._ptr) - 1

    def terms_from(self, start: int) -> np.ndarray:
        return self._terms.view()[self._ptr.view()[start]:]

    def items(self, start: int) -> tuple[np.ndarray, np.ndarray]:
        """(term, entry) of every item of rows start and after."""
        ptr = self._ptr.view()[start:]
        owners = np.repeat(np.arange(start, start + len(ptr) - 1, dtype=np.int32), np.diff(ptr))
        return self._terms.view()[ptr[0]:], owners

    def arrays(self, start: int, prefix: str) -> dict[str, np.ndarray]:
        ptr = self._ptr.view()[start:]
        return {prefix + "ptr": ptr - ptr[0], prefix + "terms": self._terms.view()[ptr[0]:],
                prefix + "weights": self._weights.view()[ptr[0]:]}

    def adopt_segments(self, segments: list, prefix: str) -> None:
        """Take the rows of saved segments (in order) into these empty rows: one array each of the
        exact size (appending them one by one left up to twice the room, at the peak of a build).
        A single segment's arrays are taken as they are, without a copy; none leaves the rows empty."""
        if len(self):
            raise ValueError("segments are adopted once, into empty rows")
        if not segments:
            return
        if len(segments) == 1:
            data = segments[0]
            ptr, terms, weights = data[prefix + "ptr"].astype(np.int64), data[prefix + "terms"], data[prefix + "weights"]
        else:
            ptrs = [data[prefix + "ptr"].astype(np.int64) for data in segments]
            shift = np.cumsum([0] + [int(p[-1]) for p in ptrs[:-1]])
            ptr = np.concatenate([ptrs[0]] + [p[1:] + s for p, s in zip(ptrs[1:], shift[1:])])
            terms = np.concatenate([data[prefix + "terms"] for data in segments])
            weights = np.concatenate([data[prefix + "weights"] for data in segments])
        self._ptr.adopt(ptr)
        self._terms.adopt(terms)
        self._weights.adopt(weights)


class _PairCosines:
    """Cosines of chosen (row of a, row of b) pairs, _cosine_matrix(a, b)[rows, columns] without
    the other cells; a's side (its terms, the items of each pair) is worked out once and
    scored against several kinds of b's rows.

    Each pair's sum takes a's row item after item, adding 0.0 for a term b's row lacks, so it
    is the sum _cosine_matrix makes for that cell.
    """

    def __init__(self, items_a, len_a: int, rows: np.ndarray, columns: np.ndarray, vocabulary: int) -> None:
        owner_a, terms_a, weights_a = items_a
        self.size = len(rows)
        self.known, inverse = np.unique(terms_a, return_inverse=True)
        self.slot = np.full(vocabulary, -1, np.int64)  # term -> its place among a's terms
        self.slot[self.known] = np.arange(len(self.known))
        counts = np.bincount(owner_a, minlength=len_a)
        starts = np.r_[0, np.cumsum(counts)[:-1]]
        lengths = counts[rows]
        item = _ranges(starts[rows], starts[rows] + lengths)
        self.pair = np.repeat(np.arange(len(rows)), lengths)
        self.weights = weights_a[item]
        self.cells = columns[self.pair] * len(self.known) + inverse[item]  # (b's row, a's term)

    def against(self, items_b, len_b: int) -> np.ndarray:
        out = np.zeros(self.size)
        owner_b, terms_b, weights_b = items_b
        if not len(self.known) or not self.size or not len(terms_b):
            return out
        at = self.slot[terms_b]
        hit = at >= 0
        # b's row by a's terms, b's weight where it holds the term, else 0: flat, a row per column
        table = np.zeros(len_b * len(self.known))
        table[owner_b[hit] * len(self.known) + at[hit]] = weights_b[hit]
        return np.bincount(self.pair, self.weights * table.take(self.cells), minlength=self.size)


def _cosine_matrix(items_a, items_b, len_a: int, len_b: int) -> np.ndarray:
    """The cosines of rows given as unit items (owner, term, weight) of a with those of b.

    Each cell is the sum of the products of the shared terms' weights, taken in the order
    of a's row (a term b's row lacks would add 0.0, which changes no sum, so it is left
    out): a is a sparse matrix row by term, b one term by row, and their product is made by
    scipy's CSR kernel, which walks a's row item after item over b's nonzero cells only.
    """
    owner_a, terms_a, weights_a = items_a
    owner_b, terms_b, weights_b = items_b
    if not len(terms_a) or not len(terms_b):
        return np.zeros((len_a, len_b))
    known, inverse = np.unique(terms_b, return_inverse=True)
    b = sparse.csr_matrix((weights_b, (inverse, owner_b)), shape=(len(known), len_b))
    at = np.minimum(np.searchsorted(known, terms_a), len(known) - 1)
    shared = known[at] == terms_a
    # a's items keep their order (owner_a ascends, row by row): the CSR row pointer counts them
    ptr = np.concatenate(([0], np.cumsum(np.bincount(owner_a[shared], minlength=len_a))))
    a = sparse.csr_matrix((weights_a[shared], at[shared], ptr), shape=(len_a, len(known)))
    return (a @ b).toarray()


class Growable:
    """A numpy array that grows by appending, with amortised doubling."""

    def __init__(self, dtype) -> None:
        self._data = np.zeros(16, dtype)
        self._n = 0

    def __len__(self) -> int:
        return self._n

    def view(self) -> np.ndarray:
        return self._data[:self._n]

    def adopt(self, values: np.ndarray) -> None:
        """Start from a loaded array, without copying it (it is copied when it next grows)."""
        self._data, self._n = values, len(values)

    def grow(self, n: int) -> None:
        """Extend with zeros to at least n items."""
        if n > self._n:
            self.extend(np.zeros(n - self._n, self._data.dtype))

    def extend(self, values: np.ndarray) -> None:
        need = self._n + len(values)
        if need > len(self._data):
            bigger = np.zeros(max(need, 2 * len(self._data)), self._data.dtype)
            bigger[:self._n] = self._data[:self._n]
            self._data = bigger
        self._data[self._n:need] = values
        self._n = need


class Postings:
    """term -> entries, as runs sorted by term; a new document is a small run of its own.

    Runs of similar size are merged (as in a log-structured merge), so adding a document costs
    little and a lookup searches a handful of runs.
    """

    def __init__(self) -> None:
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []
        self._pending: list[tuple[np.ndarray, int]] = []

    def add(self, terms: np.ndarray, entry: int) -> None:
        self._pending.append((terms, entry))

    def lookup(self, terms: np.ndarray, cap: int | None = None) -> np.ndarray:
        """Every entry listed under any of the terms (with repeats).

        cap: at most this many entries per term and run, the first added: a term every
        document shares then costs the same at any corpus size.
        """
        self._flush()
        found = []
        for run_terms, run_entries in self._runs:
            lo = np.searchsorted(run_terms, terms, "left")
            hi = np.searchsorted(run_terms, terms, "right")
            if cap is not None:
                hi = np.minimum(hi, lo + cap)
            found.append(run_entries[_ranges(lo, hi)])
        return np.concatenate(found) if found else np.zeros(0, np.int32)

    def _flush(self) -> None:
        if not self._pending:
            return
        terms = np.concatenate([t for t, _ in self._pending])
        entries = np.concatenate([np.full(len(t), e, np.int32) for t, e in self._pending])
        self._pending = []
        self._runs.append(_sorted_run(terms, entries))
        while len(self._runs) > 1 and len(self._runs[-2][0]) <= 2 * len(self._runs[-1][0]):
            (t1, e1), (t2, e2) = self._runs.pop(), self._runs.pop()
            self._runs.append(_sorted_run(np.concatenate([t2, t1]), np.concatenate([e2, e1])))

    def add_run(self, terms: np.ndarray, entries: np.ndarray) -> None:
        """A run already sorted by term (a saved segment)."""
        self._flush()
        self._runs.append((terms, entries))


def _sorted_run(terms: np.ndarray, entries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    order = np.argsort(terms, kind="stable")
    return terms[order], entries[order]


def _ranges(lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """The concatenated index ranges [lo[i], hi[i]) as one array."""
    lengths = hi - lo
    if not lengths.sum():
        return np.zeros(0, np.int64)
    starts = np.repeat(lo - np.r_[0, np.cumsum(lengths)[:-1]], lengths)
    return starts + np.arange(lengths.sum())


def gather_rows(ptr: np.ndarray, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(owner, position) of every item of the given CSR rows: owner i for rows[i]."""
    lo, hi = ptr[rows], ptr[rows + 1]
    return np.repeat(np.arange(len(rows)), hi - lo), _ranges(lo, hi)

