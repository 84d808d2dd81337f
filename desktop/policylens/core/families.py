"""Families of corresponding clauses: at most one clause per document, each clause in one family.

Families grow one document at a time. The clauses of the new document are scored together
against the families their distinctive bigrams lead to (capped postings over each family's
first REPRESENTATIVES members; family_postings), by their mean similarity to those members,
and against the families of the clauses their outline is linked with in the nearest documents
(family_links, family_work); the (clause, family) pairs are taken best first, each clause and
each family once, down to THRESHOLD; a clause left over founds a family of its own. Adding a
document therefore costs a few index lookups and one score matrix, never a recomputation; a
lookup reads at most a capped number of clauses per bigram, the first by order, so a bigram
every document shares costs the same at any corpus size. Families founded apart that are one
are then merged (family_merge).

Building from scratch is adding the documents in key order, with no tie broken by an entry
number or a document position, so the result does not depend on the order in which files are
given. What does not depend on the families so far (neighbours, outline links) is worked out in
worker processes, and a build can be stopped and resumed (family_build).

User corrections (link, unlink; see Correction) are applied on top of the computed families by
`corrected`, so they always win and survive any recomputation.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from .align import ClauseIndex, ClauseRef, Growable
from .document import Document
from .errors import PolicyLensError
from .family_links import LINK_FLOOR
from .family_merge import Links, merge_families
from .family_names import StandingOf, family_name
from .family_postings import OrderedPostings, rank_in_group, ranges
from .family_work import (ASSIGNED_TERMS, REPRESENTATIVE_CAP, DocumentLinks, document_links,
                          key_turns, top_terms)
from .script import fold

THRESHOLD = 0.2
REPRESENTATIVES = 8
CANDIDATE_FAMILIES = 16  # families scored per clause: those its distinctive bigrams lead to most
SCORE_BLOCK = 64  # clauses of a document scored in one matrix against their candidates' members
TITLE_QUOTE = 40  # characters of a clause title kept with a correction
WEAK = THRESHOLD  # a member less similar than this to the others is weak


@dataclass
class Family:
    id: int
    members: list[int] = field(default_factory=list)  # entry numbers, in the order they joined
    alternates: list[int] = field(default_factory=list)  # a second clause of a member's document


@dataclass(frozen=True)
class Correction:
    """The user's word on two clauses: 'link' puts b in a's family, 'unlink' takes b out of it.

    Clauses are named by document key and clause id, with a quote of the title, so a clause
    that a re-import renumbered is still found by its title.
    """
    action: str  # link or unlink
    a: ClauseRef
    b: ClauseRef
    a_title: str = ""
    b_title: str = ""

    def to_json(self) -> dict:
        return {"action": self.action,
                "a": {"key": self.a.key, "clause": self.a.clause_id, "title": self.a_title},
                "b": {"key": self.b.key, "clause": self.b.clause_id, "title": self.b_title}}

    @classmethod
    def from_json(cls, data: dict) -> "Correction":
        a, b = data["a"], data["b"]
        return cls(data["action"], ClauseRef(a["key"], a["clause"]), ClauseRef(b["key"], b["clause"]),
                   a.get("title", ""), b.get("title", ""))


class BuildCancelled(PolicyLensError):
    """The families build was asked to stop; nothing of it is kept."""
    code = "cancelled"
    messages = {"cancelled": "cancelled"}


class Families:
    def __init__(self, index: ClauseIndex | None = None, threshold: float = THRESHOLD) -> None:
        self.index = index or ClauseIndex()
        self.threshold = threshold
        self.families: dict[int, Family] = {}
        self.next_id = 1
        self._family_of = Growable(np.int32)  # entry -> family id, -1 for none
        self._is_rep = Growable(np.bool_)  # entry is among its family's first members
        self._rep_postings = OrderedPostings()  # ordered as they became representatives
        self._rep_log: list[int] = []  # the entries in that order (saved: a reload finds the same)
        self._alternate_of: dict[int, int] = {}  # entry -> the family it is an alternate of
        # The distinctive bigrams of the clauses given their families, ordered by their
        # document's turn (key order in a build): capped lookups then do not depend on the
        # corpus order. None: to be made from the turns when a document is next added.
        self._assigned: OrderedPostings | None = OrderedPostings()
        self._turn = Growable(np.int64)  # document position -> its turn in the assignment, -1: none
        self.links = Links()  # outline links found while assigning, for the merge pass

    @classmethod
    def build(cls, docs: Iterable[Document], threshold: float = THRESHOLD,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, workers: int | None = None,
              scheduler: str | None = None) -> "Families":
        """Families of a set of documents: all indexed first (for the weights), then assigned.

        The documents are indexed in the order given (entry numbers follow it) but assigned in
        the order of their keys, and no tie is broken by an entry number or a document position,
        so the same set gives the same families in any order. Documents are not kept, so an
        iterator that opens them one at a time builds a large corpus in little memory.
        Families founded apart that are one are then merged (family_merge). workers: processes
        that link outlines meanwhile (family_build; None: every core for a large corpus); the
        families are the same for any number, and on a Dask cluster (scheduler: its address).

        progress(done, total) is called after each document is assigned (it may raise to stop);
        cancelled() is asked as often, and True stops the build with BuildCancelled.
        """
        from .family_build import assign_all, workers_for
        index = ClauseIndex()
        keys: list[str] = []
        for doc in docs:  # a key given twice: its last version counts, as in add_document
            _check(cancelled)
            index.add_document(doc)
            keys.append(doc.key)
        families = cls(index, threshold)
        return assign_all(families, progress=progress, cancelled=cancelled,
                          workers=workers_for(len(set(keys)), workers), scheduler=scheduler)

    def add_document(self, doc: Document) -> list[int]:
        """Index one more document (or a new version of one) and give its clauses their families."""
        self.remove_document(doc.key)
        added = self.index.add_document(doc)
        if not added:
            return added
        idf = self.index.idf()
        assigned = self.assigned_postings(idf)
        doc = int(self.index.doc_of(added[:1])[0])
        found = document_links(self.index, idf, assigned, self.turns(), doc, before=None)
        top = top_terms(self.index, added, idf)
        self._assign(added, idf, top, found)
        self._turn.view()[doc] = turn = int(self._turn.view().max(initial=-1)) + 1
        assigned.add_many(top[1], np.full(len(top[1]), turn), np.repeat(added, np.diff(top[0])))
        family_of = self._family_of.view()
        merge_families(self, among=sorted({int(family_of[e]) for e in added} - {-1}), idf=idf)
        self.links = Links()
        return added

    def remove_document(self, key: str) -> None:
        gone = self.index.remove_document(key)
        for entry in gone:
            self._leave(entry)
        if gone:
            self._grow()
            self._turn.view()[self.index.doc_of(gone[:1])] = -1

    def family_of(self, entry: int) -> Family | None:
        self._grow()
        return self.families.get(int(self._family_of.view()[entry]))

    def turns(self) -> np.ndarray:
        """Each document position's turn in the assignment (-1: not assigned)."""
        self._grow()
        return self._turn.view()

    def _grow(self) -> None:
        n = len(self.index.entries)
        if len(self._family_of) < n:
            self._family_of.extend(np.full(n - len(self._family_of), -1, np.int32))
            self._is_rep.grow(n)
        docs = len(self.index.doc_keys)
        if len(self._turn) < docs:
            self._turn.extend(np.full(docs - len(self._turn), -1, np.int64))

    def _leave(self, entry: int) -> None:
        if entry in self._alternate_of:
            self.families[self._alternate_of.pop(entry)].alternates.remove(entry)
            return
        family = self.family_of(entry)
        if family is None:
            return
        for alternate in [a for a in family.alternates
                          if self.index.doc_of([a])[0] == self.index.doc_of([entry])[0]]:
            family.alternates.remove(alternate)  # the document's member is gone: it stands in
            del self._alternate_of[alternate]
            self._join(alternate, family.id)
        self._family_of.view()[entry] = -1
        self._is_rep.view()[entry] = False
        family.members.remove(entry)
        if not family.members:
            del self.families[family.id]
        elif len(family.members) >= REPRESENTATIVES:  # the next member stands in
            self._make_rep(family.members[REPRESENTATIVES - 1])

    def _make_rep(self, entry: int) -> None:
        if not self._is_rep.view()[entry]:
            self._is_rep.view()[entry] = True
            self._rep_postings.add(self.index.terms(entry), len(self._rep_log), entry)
            self._rep_log.append(entry)

    # -- assignment ----------------------------------------------------------------------------

    def _assign(self, entries: list[int], idf: np.ndarray, top: tuple[np.ndarray, np.ndarray],
                found: DocumentLinks) -> None:
        """Give the clauses of one document their families, best (clause, family) pair first.

        top: the entries' distinctive bigrams (family_build.top_terms); found: the outline
        links of the document with its neighbours (family_build.document_links).
        """
        self._grow()
        pos, fam, score = self._family_scores(entries, idf, top)
        link_pos, link_fam, link_score = self._link_scores(entries, found)
        pos, fam, score = (np.concatenate(x) for x in ((pos, link_pos), (fam, link_fam), (score, link_score)))
        entries_arr = np.asarray(entries, np.int64)
        order = np.lexsort((fam, entries_arr[pos], -score))  # best first; ties by entry, family
        taken_entries: set[int] = set()
        taken_families: set[int] = set()
        for p, family_id in zip(pos[order].tolist(), fam[order].tolist()):
            if p in taken_entries or family_id in taken_families:
                continue
            taken_entries.add(p)
            taken_families.add(family_id)
            self._join(entries[p], family_id)
        for p, entry in enumerate(entries):
            if p not in taken_entries:
                self.families[self.next_id] = Family(self.next_id)
                self._join(entry, self.next_id)
                self.next_id += 1
        index = self.index
        for doc, pairs in found.by_neighbour(index).items():
            self.links.record(int(index.doc_of(entries[:1])[0]), doc, pairs)

    def _link_scores(self, entries: list[int], found: DocumentLinks):
        """(entry position, family id, score): the mean linked score over the neighbour documents
        that hold the family, above LINK_FLOOR.

        The document's outline was linked with each of its nearest documents
        (family_links.outline_links); a link to a clause votes for that clause's family.
        """
        empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
        if not len(found.entry):
            return empty
        family_of = self._family_of.view()
        index = self.index
        held = [np.unique(family_of[index.entries_of(index.doc_keys[d])]) for d in found.neighbours.tolist()]
        held_ids, holders = np.unique(np.concatenate(held), return_counts=True)
        fam = family_of[found.other].astype(np.int64)
        pos = np.searchsorted(np.asarray(entries, np.int64), found.entry)
        keep = fam >= 0  # an alternate's clause votes for no family
        code = pos[keep] * self.next_id + fam[keep]
        codes, inverse = np.unique(code, return_inverse=True)
        totals = np.bincount(inverse, found.score[keep], minlength=len(codes))
        fam_ids = codes % self.next_id
        means = totals / holders[np.searchsorted(held_ids, fam_ids)]
        keep = means > LINK_FLOOR
        return codes[keep] // self.next_id, fam_ids[keep], means[keep]

    def _family_scores(self, entries: list[int], idf: np.ndarray, top: tuple[np.ndarray, np.ndarray]):
        """(entry position, family id, score) for the families worth considering, at or above the
        threshold: each entry's mean similarity to the first REPRESENTATIVES members of the
        CANDIDATE_FAMILIES families its distinctive bigrams lead to most."""
        pos, fam = self._candidates(top)
        empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0))
        if not len(pos):
            return empty
        family_ids = np.unique(fam)
        reps = [self.families[f].members[:REPRESENTATIVES] for f in family_ids.tolist()]
        rep_ptr = np.r_[0, np.cumsum([len(r) for r in reps])]
        rep_flat = np.fromiter((e for r in reps for e in r), np.int64, int(rep_ptr[-1]))
        at = np.searchsorted(family_ids, fam)
        lo, hi = rep_ptr[at], rep_ptr[at + 1]
        pair = np.repeat(np.arange(len(pos)), hi - lo)
        others = rep_flat[ranges(lo, hi)]
        values = np.zeros(len(pair))
        bounds = np.searchsorted(pos[pair], np.arange(0, len(entries) + SCORE_BLOCK, SCORE_BLOCK))
        for start, a, b in zip(range(0, len(entries), SCORE_BLOCK), bounds[:-1], bounds[1:]):
            # a block of clauses against the representatives of their own candidates, pair by
            # pair (score_pairs: the numbers of one matrix of the block, without its other cells)
            columns, column_of = np.unique(others[a:b], return_inverse=True)
            values[a:b] = self.index.score_pairs(entries[start:start + SCORE_BLOCK], columns,
                                                 pos[pair[a:b]] - start, column_of, idf)
        means = np.bincount(pair, values, minlength=len(pos)) / (hi - lo)
        keep = means >= self.threshold
        return pos[keep], fam[keep], means[keep]

    def _candidates(self, top: tuple[np.ndarray, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
        """(entry position, family id): per entry the CANDIDATE_FAMILIES families its distinctive
        bigrams lead to most (through the representatives' postings); ties: the smaller id."""
        ptr, terms = top
        owners = np.repeat(np.arange(len(ptr) - 1), np.diff(ptr))
        query, found = self._rep_postings.lookup(terms, REPRESENTATIVE_CAP, owners=owners)
        keep = self._is_rep.view()[found]
        code = query[keep] * self.next_id + self._family_of.view()[found[keep]]
        codes, hits = np.unique(code, return_counts=True)
        # by entry, most hits first, then family: one key (codes are distinct, so is the key;
        # entries x hits x families stays far below 2**63)
        most = int(hits.max()) + 1 if len(hits) else 1
        key = (codes // self.next_id * most + (most - 1 - hits)) * self.next_id + codes % self.next_id
        codes = codes[np.argsort(key)]
        pos, fam = codes // self.next_id, codes % self.next_id
        keep = rank_in_group(pos) < CANDIDATE_FAMILIES
        return pos[keep], fam[keep]

    def assigned_postings(self, idf: np.ndarray) -> OrderedPostings:
        """The distinctive bigrams of the clauses given their families, by turn (made once after loading)."""
        if self._assigned is None:
            turns = self.turns()
            entries = np.flatnonzero(self.index.alive(np.arange(len(self.index.entries))))
            entries = entries[turns[self.index.doc_of(entries)] >= 0]
            ptr, terms = top_terms(self.index, entries.tolist(), idf, ASSIGNED_TERMS)
            owner = np.repeat(entries, np.diff(ptr))
            self._assigned = OrderedPostings()
            self._assigned.add_many(terms, turns[self.index.doc_of(owner)], owner)
        return self._assigned

    def candidate_families(self, entries: list[int], idf: np.ndarray) -> list[int]:
        """The CANDIDATE_FAMILIES families the entries' distinctive bigrams lead to most, by id."""
        self._grow()
        terms = [self.index.top_terms(entry, idf) for entry in entries]
        _, found = self._rep_postings.lookup(np.concatenate(terms) if terms else np.zeros(0, np.int32),
                                             REPRESENTATIVE_CAP)
        found = found[self._is_rep.view()[found]]
        family_ids, hits = np.unique(self._family_of.view()[found], return_counts=True)
        return np.sort(family_ids[np.argsort(-hits, kind="stable")[:CANDIDATE_FAMILIES]]).tolist()

    def absorb(self, keep: int, gone: int) -> None:
        """Family gone joins family keep; a clause of a document keep holds becomes an alternate."""
        family_of = self._family_of.view()
        docs = set(self.index.doc_of(self.families[keep].members).tolist())
        absorbed = self.families.pop(gone)
        for entry in absorbed.members + absorbed.alternates:
            self._alternate_of.pop(entry, None)
            family_of[entry] = -1
            self._is_rep.view()[entry] = False
            if int(self.index.doc_of([entry])[0]) in docs:
                self.families[keep].alternates.append(entry)
                self._alternate_of[entry] = keep
            else:
                self._join(entry, keep)
                docs.add(int(self.index.doc_of([entry])[0]))

    def _join(self, entry: int, family_id: int) -> None:
        family = self.families[family_id]
        family.members.append(entry)
        self._family_of.view()[entry] = family_id
        if len(family.members) <= REPRESENTATIVES:
            self._make_rep(entry)

    # -- reading -------------------------------------------------------------------------------

    def groups(self) -> dict[int, list[int]]:
        """Family id -> members (singletons included)."""
        return {i: list(f.members) for i, f in sorted(self.families.items())}

    def member_scores(self, members: list[int]) -> list[float]:
        """Each member's mean similarity to the family's first REPRESENTATIVES other members."""
        if len(members) < 2:
            return [0.0] * len(members)
        idf = self.index.idf()
        reps = canonical(self.index, members)[:REPRESENTATIVES]
        table = np.array([self.index.scores(r, members, idf) for r in reps])  # reps x members
        table[np.arange(len(reps)), np.arange(len(reps))] = np.nan  # not compared with itself
        return np.nanmean(table, axis=0).tolist()

    def to_json(self) -> dict:
        alternates = {str(f.id): f.alternates for f in self.families.values() if f.alternates}
        return {"next_id": self.next_id, "threshold": self.threshold,
                "families": {str(f.id): f.members for f in self.families.values()},
                "representatives": list(self._rep_log), "turns": self.turns().tolist(),
                **({"alternates": alternates} if alternates else {})}

    @classmethod
    def from_json(cls, data: dict, index: ClauseIndex) -> "Families":
        families = cls(index, data["threshold"])
        families.next_id = data["next_id"]
        families._assigned = None  # made when a document is next added
        families._grow()
        family_of, is_rep = families._family_of.view(), families._is_rep.view()
        for key, members in data["families"].items():
            family_id = int(key)
            families.families[family_id] = Family(family_id, list(members))
            family_of[members] = family_id
            is_rep[members[:REPRESENTATIVES]] = True
        for key, alternates in data.get("alternates", {}).items():
            families.families[int(key)].alternates = list(alternates)
            families._alternate_of.update((a, int(key)) for a in alternates)
        log = data.get("representatives") or np.flatnonzero(is_rep).tolist()  # older caches: entry order
        for entry in log:
            families._rep_postings.add(index.terms(entry), len(families._rep_log), entry)
            families._rep_log.append(entry)
        if "turns" in data:
            families._turn.view()[:len(data["turns"])] = data["turns"]
        else:  # older caches: turns by key, as a build gives them
            families._turn.view()[:] = key_turns(index, family_of)
        return families


def _check(cancelled: Callable[[], bool] | None) -> None:
    if cancelled and cancelled():
        raise BuildCancelled("the families build was cancelled")


# -- corrections ---------------------------------------------------------------------------------

def title_quote(title: str) -> str:
    return title[:TITLE_QUOTE]


def resolve(index: ClauseIndex, ref: ClauseRef, quote: str) -> int | None:
    """The live entry a correction names: same id and title, else same title, else same id."""
    entries = index.entries_of(ref.key)
    quote = fold(quote)
    same_title = [e for e in entries if quote and fold(index.entries[e].title).startswith(quote)]
    same_id = [e for e in entries if index.entries[e].ref.clause_id == ref.clause_id]
    for choice in ([e for e in same_title if e in same_id], same_title, same_id):
        if choice:
            return choice[0]
    return None


def corrected(groups: dict[int, list[int]], corrections: Iterable[Correction],
              index: ClauseIndex) -> dict[int, list[int]]:
    """The families with the corrections applied in order; families of one member are dropped.

    link(a, b): b leaves its family for a's, and a clause of b's document already there leaves
    it (one clause per document). unlink(a, b): b leaves a's family if it is there.
    """
    groups = {i: list(g) for i, g in groups.items()}
    group_of = {m: i for i, g in groups.items() for m in g}
    next_id = max(groups, default=0) + 1
    for correction in corrections:
        a = resolve(index, correction.a, correction.a_title)
        b = resolve(index, correction.b, correction.b_title)
        if a is None or b is None or index.entries[a].doc == index.entries[b].doc:
            continue  # a clause that is gone, or a correction that cannot hold
        if correction.action == "unlink":
            if group_of.get(b) is not None and group_of.get(a) == group_of.get(b):
                groups[group_of.pop(b)].remove(b)
            continue
        if group_of.get(b) is not None:
            groups[group_of.pop(b)].remove(b)
        if group_of.get(a) is None:
            groups[next_id], group_of[a] = [a], next_id
            next_id += 1
        target = groups[group_of[a]]
        for rival in [m for m in target if index.entries[m].doc == index.entries[b].doc]:
            target.remove(rival)
            group_of.pop(rival)
        target.append(b)
        group_of[b] = group_of[a]
    return {i: g for i, g in groups.items() if len(g) > 1}


@dataclass(frozen=True)
class Member:
    ref: ClauseRef
    title: str
    path: tuple[int, ...]
    score: float | None  # mean similarity to the other members (Families.member_scores); None: not asked

    @property
    def weak(self) -> bool:
        """Joined by where it stands in its outline more than by its words: shown, but as weak."""
        return self.score is not None and self.score < WEAK


@dataclass(frozen=True)
class FamilyView:
    id: int
    members: list[Member]  # in document order (as indexed), one per document
    alternates: tuple[Member, ...] = ()  # a member's document's second clause of the subject
    # document key -> its level and date (family_names.Standing); None: no template, the
    # name is the most common title
    standing_of: StandingOf | None = field(default=None, compare=False, repr=False)

    @property
    def name(self) -> str:
        """Its template's heading, else its most common title, never empty (family_names)."""
        return family_name(self.members, self.standing_of)

    @property
    def strength(self) -> float | None:
        """The mean of the members' scores (None when they were not asked for)."""
        scores = [m.score for m in self.members if m.score is not None]
        return sum(scores) / len(scores) if scores else None


def canonical(index: ClauseIndex, members: list[int]) -> list[int]:
    """Members by document key, then as indexed: an order that does not depend on the corpus order."""
    return sorted(members, key=lambda m: (index.entries[m].ref.key, m))


def view(families: Families, family_id: int, members: list[int], scored: bool = True,
         standing_of: StandingOf | None = None) -> FamilyView:
    members = sorted(members, key=lambda m: (families.index.entries[m].doc, m))
    scores = families.member_scores(members) if scored else [None] * len(members)
    entries = families.index.entries
    family = families.families.get(family_id)
    alternates = tuple(Member(entries[a].ref, entries[a].title, entries[a].path, None)
                       for a in (family.alternates if family else ()) if a not in members)
    return FamilyView(family_id, [Member(entries[m].ref, entries[m].title, entries[m].path, s)
                                  for m, s in zip(members, scores)], alternates, standing_of)


def views(families: Families, corrections: Iterable[Correction] = (), scored: bool = True,
          standing_of: StandingOf | None = None) -> list[FamilyView]:
    """Every family of two or more clauses, corrections applied, in order of their first clause.

    Scores cost a few vector products per family: on a large corpus ask for them per family.
    standing_of(key): a document's level and date, which make a family's template its name.
    """
    return views_of(families, corrected(families.groups(), corrections, families.index), scored, standing_of)


def views_of(families: Families, groups: dict[int, list[int]], scored: bool = True,
             standing_of: StandingOf | None = None) -> list[FamilyView]:
    docs = families.index.documents()
    order = sorted(groups, key=lambda i: min((docs[m], m) for m in groups[i]))
    return [view(families, i, groups[i], scored, standing_of) for i in order]
