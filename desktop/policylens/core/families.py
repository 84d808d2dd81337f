"""Families of corresponding clauses: at most one clause per document, each clause in one family.

Families grow one document at a time. Each clause of the new document is scored against the
families its distinctive bigrams lead to (an inverted index over each family's first
REPRESENTATIVES members), by its mean similarity to those members, and against the families of
the clauses its outline is linked with in the nearest documents (family_links); the (clause,
family) pairs are taken best first, each clause and each family once, down to THRESHOLD; a
clause left over founds a family of its own. Adding a document therefore costs a few index
lookups per clause, never a recomputation; a lookup reads at most POSTINGS_CAP clauses per
bigram, those given their families first, so a bigram every document shares costs the same at
any corpus size. Families founded apart that are one are then merged (family_merge).

Building from scratch is adding the documents in key order, with no tie broken by an entry
number or a document position, so the result does not depend on the order in which files are
given.

User corrections (link, unlink; see Correction) are applied on top of the computed families by
`corrected`, so they always win and survive any recomputation.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterable

import numpy as np

from .align import ClauseIndex, ClauseRef, Growable, Postings
from .document import Document
from .errors import PolicyLensError
from .family_links import LINK_FLOOR, neighbours, outline_links
from .family_merge import Links, merge_families
from .script import fold

THRESHOLD = 0.2
REPRESENTATIVES = 8
CANDIDATE_FAMILIES = 16  # families scored per clause: those its distinctive bigrams lead to most
POSTINGS_CAP = 48  # clauses read per bigram (and postings run) when looking up candidates
ASSIGNED_TERMS = 32  # distinctive bigrams per clause kept for finding neighbour documents
TITLE_QUOTE = 40  # characters of a clause title kept with a correction
WEAK = THRESHOLD  # a member less similar than this to the others is weak
NAME_CHARS = 30


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
        self._rep_postings = Postings()
        self._alternate_of: dict[int, int] = {}  # entry -> the family it is an alternate of
        # The distinctive bigrams of the clauses given their families, in the order they were
        # given them (key order in a build): capped lookups then do not depend on the corpus order.
        self._assigned_postings: Postings | None = Postings()
        self.links = Links()  # outline links found while assigning, for the merge pass

    @classmethod
    def build(cls, docs: Iterable[Document], threshold: float = THRESHOLD,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None) -> "Families":
        """Families of a set of documents: all indexed first (for the weights), then assigned.

        The documents are indexed in the order given (entry numbers follow it) but assigned in
        the order of their keys, and no tie is broken by an entry number or a document position,
        so the same set gives the same families in any order. Documents are not kept, so an
        iterator that opens them one at a time builds a large corpus in little memory.
        Families founded apart that are one are then merged (family_merge).

        progress(done, total) is called after each document is assigned (it may raise to stop);
        cancelled() is asked as often, and True stops the build with BuildCancelled.
        """
        families = cls(threshold=threshold)
        added: dict[str, list[int]] = {}
        for doc in docs:  # a key given twice: its last version counts, as in add_document
            _check(cancelled)
            added[doc.key] = families.index.add_document(doc)
        for n, key in enumerate(sorted(added), 1):
            _check(cancelled)
            families._assign(added[key])
            if progress:
                progress(n, len(added))
        merge_families(families, cancelled=lambda: _check(cancelled))
        families.links = Links()  # the links of every pair aligned: not worth their memory now
        return families

    def add_document(self, doc: Document) -> list[int]:
        """Index one more document (or a new version of one) and give its clauses their families."""
        self.remove_document(doc.key)
        added = self.index.add_document(doc)
        self._assign(added)
        family_of = self._family_of.view()
        merge_families(self, among=sorted({int(family_of[e]) for e in added} - {-1}))
        self.links = Links()
        return added

    def remove_document(self, key: str) -> None:
        for entry in self.index.remove_document(key):
            self._leave(entry)

    def family_of(self, entry: int) -> Family | None:
        self._grow()
        return self.families.get(int(self._family_of.view()[entry]))

    def _grow(self) -> None:
        n = len(self.index.entries)
        if len(self._family_of) < n:
            self._family_of.extend(np.full(n - len(self._family_of), -1, np.int32))
            self._is_rep.grow(n)

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
            self._rep_postings.add(self.index.terms(entry), entry)

    # -- assignment ----------------------------------------------------------------------------

    def _assign(self, entries: list[int]) -> None:
        self._grow()
        idf = self.index.idf()
        best: dict[tuple[int, int], float] = {}
        for entry in entries:
            for score, _, family_id in self._family_scores(entry, idf):
                best[entry, family_id] = score
        for (entry, family_id), score in self._link_scores(entries, idf).items():
            best[entry, family_id] = max(score, best.get((entry, family_id), 0.0))
        taken_entries: set[int] = set()
        taken_families: set[int] = set()
        for (entry, family_id), score in sorted(best.items(), key=lambda p: (-p[1], p[0])):
            if entry in taken_entries or family_id in taken_families:
                continue
            taken_entries.add(entry)
            taken_families.add(family_id)
            self._join(entry, family_id)
        for entry in entries:
            if entry not in taken_entries:
                self.families[self.next_id] = Family(self.next_id)
                self._join(entry, self.next_id)
                self.next_id += 1
        if self._assigned_postings is not None:
            for entry in entries:
                self._assigned_postings.add(self.index.top_terms(entry, idf, ASSIGNED_TERMS), entry)

    def _link_scores(self, entries: list[int], idf: np.ndarray) -> dict[tuple[int, int], float]:
        """(entry, family id) -> the mean linked score over the neighbour documents that hold the family.

        The new document's outline is linked with each of its nearest documents
        (family_links.outline_links); a link to a clause votes for that clause's family.
        """
        if not entries:
            return {}
        family_of = self._family_of.view()
        eligible = np.zeros(len(self.index.doc_keys), np.bool_)
        eligible[self.index.doc_of(np.flatnonzero(family_of >= 0))] = True
        eligible[self.index.doc_of([entries[0]])] = False
        total: dict[tuple[int, int], float] = {}
        holders: dict[int, int] = {}  # family id -> neighbours holding one of its clauses
        lookup = self._assigned_lookup(idf)
        for doc in neighbours(self.index, entries, eligible, idf=idf, lookup=lookup):
            others = self.index.entries_of(self.index.doc_keys[doc])
            for family_id in set(family_of[others].tolist()):
                holders[family_id] = holders.get(family_id, 0) + 1
            linked = outline_links(self.index, entries, others, idf)
            self.links.record(int(self.index.doc_of([entries[0]])[0]), doc, [(x, y) for x, y, _ in linked])
            for entry, other, score in linked:
                key = (entry, int(family_of[other]))
                total[key] = total.get(key, 0.0) + score
        return {key: score / holders[key[1]] for key, score in total.items()
                if score / holders[key[1]] > LINK_FLOOR}

    def _assigned_lookup(self, idf: np.ndarray) -> Callable[[np.ndarray], np.ndarray]:
        """A capped lookup of the clauses already given their families (built once after loading)."""
        if self._assigned_postings is None:
            self._assigned_postings = Postings()
            given = self._family_of.view() >= 0
            given[list(self._alternate_of)] = True
            for entry in np.flatnonzero(given).tolist():
                self._assigned_postings.add(self.index.top_terms(entry, idf, ASSIGNED_TERMS), entry)
        return lambda terms: self._assigned_postings.lookup(terms, POSTINGS_CAP)

    def candidate_families(self, entries: list[int], idf: np.ndarray) -> list[int]:
        """The CANDIDATE_FAMILIES families the entries' distinctive bigrams lead to most, by id."""
        self._grow()
        terms = [self.index.top_terms(entry, idf) for entry in entries]
        found = self._rep_postings.lookup(np.concatenate(terms) if terms else np.zeros(0, np.int32),
                                          POSTINGS_CAP)
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

    def _family_scores(self, entry: int, idf: np.ndarray) -> list[tuple[float, int, int]]:
        """(score, entry, family id) for the families worth considering, at or above the threshold."""
        family_ids = self.candidate_families([entry], idf)
        reps, owner = [], []
        for k, family_id in enumerate(family_ids):
            members = self.families[family_id].members[:REPRESENTATIVES]
            reps += members
            owner += [k] * len(members)
        if not reps:
            return []
        means = np.bincount(owner, self.index.scores(entry, reps, idf)) / np.bincount(owner)
        return [(float(means[k]), entry, family_id) for k, family_id in enumerate(family_ids)
                if means[k] >= self.threshold]

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
                **({"alternates": alternates} if alternates else {})}

    @classmethod
    def from_json(cls, data: dict, index: ClauseIndex) -> "Families":
        families = cls(index, data["threshold"])
        families.next_id = data["next_id"]
        families._assigned_postings = None  # built when a document is next added
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
        for entry in np.flatnonzero(is_rep).tolist():
            families._rep_postings.add(index.terms(entry), entry)
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

    @property
    def name(self) -> str:
        """The title most of its members share (folded, numbers and punctuation aside); ties: the first by key."""
        names = Counter(_short_title(m.title) for m in self.members if _short_title(m.title))
        if not names:
            return ""
        top = max(names.values())
        return min((m.ref, _short_title(m.title)) for m in self.members  # ties: the first by key
                   if names.get(_short_title(m.title)) == top)[1]

    @property
    def strength(self) -> float | None:
        """The mean of the members' scores (None when they were not asked for)."""
        scores = [m.score for m in self.members if m.score is not None]
        return sum(scores) / len(scores) if scores else None


def _short_title(title: str) -> str:
    """A clause title as a family name: the first phrase, at most NAME_CHARS characters."""
    head = re.split(r"[。;;:：,，\s]", fold(title).strip("。 "), maxsplit=1)[0]
    return head[:NAME_CHARS]


def canonical(index: ClauseIndex, members: list[int]) -> list[int]:
    """Members by document key, then as indexed: an order that does not depend on the corpus order."""
    return sorted(members, key=lambda m: (index.entries[m].ref.key, m))


def view(families: Families, family_id: int, members: list[int], scored: bool = True) -> FamilyView:
    members = sorted(members, key=lambda m: (families.index.entries[m].doc, m))
    scores = families.member_scores(members) if scored else [None] * len(members)
    entries = families.index.entries
    family = families.families.get(family_id)
    alternates = tuple(Member(entries[a].ref, entries[a].title, entries[a].path, None)
                       for a in (family.alternates if family else ()) if a not in members)
    return FamilyView(family_id, [Member(entries[m].ref, entries[m].title, entries[m].path, s)
                                  for m, s in zip(members, scores)], alternates)


def views(families: Families, corrections: Iterable[Correction] = (), scored: bool = True) -> list[FamilyView]:
    """Every family of two or more clauses, corrections applied, in order of their first clause.

    Scores cost a few vector products per family: on a large corpus ask for them per family.
    """
    return views_of(families, corrected(families.groups(), corrections, families.index), scored)


def views_of(families: Families, groups: dict[int, list[int]], scored: bool = True) -> list[FamilyView]:
    docs = families.index.documents()
    order = sorted(groups, key=lambda i: min((docs[m], m) for m in groups[i]))
    return [view(families, i, groups[i], scored) for i in order]
