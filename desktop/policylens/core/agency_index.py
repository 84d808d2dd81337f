"""Which agency does what, where: an index of the agencies of every clause in a corpus.

Counts are of clauses, not of name occurrences: an agency named three times as lead in one
clause leads that clause once. An agency counts in a place once per clause and role.
"""
from __future__ import annotations

import re
from typing import Iterable, NamedTuple

from .agencies import ROLES
from .agency_groups import department_groups
from .script import fold

_REPEAT = re.compile(r"~\d+")  # ids tell a repeated number apart with ~2; readers need not
DEFAULT_ROLES = frozenset({"lead", "cooperate", "responsible"})
_BIT = {role: 1 << i for i, role in enumerate(ROLES)}


_ROLES_OF_MASK = [tuple(role for role in ROLES if mask & _BIT[role]) for mask in range(1 << len(ROLES))]


def _roles(mask: int) -> tuple:
    return _ROLES_OF_MASK[mask]


class AgencyRow(NamedTuple):
    canonical: str
    collective: bool  # a group of bodies (各县区人民政府), not one agency
    total: int  # clauses naming the agency in any role
    roles: dict  # role -> number of clauses
    places: dict  # place -> number of clauses, in corpus order
    members: tuple = ()  # for a department across levels: the agencies it groups


class ClauseRow(NamedTuple):
    doc_key: str
    place: str
    clause_id: str
    label: str  # the clause's number path (四/(二)/2); "" for preamble and closing
    title: str
    roles: tuple  # the agency's roles in this clause, in ROLES order
    agencies: tuple = ()  # the agencies asked for that act in this clause with a wanted role


class AgencyIndex:
    def __init__(self, documents: Iterable):
        self._docs = list(documents)
        # canonical -> [(doc index, clause index, roles as a bit mask)]: tuples of ints, because
        # a 3,000-document corpus has some 200,000 of them, and the garbage collector stops
        # tracking such tuples while it keeps scanning any holding sets.
        self._occurrences: dict[str, list[tuple[int, int, int]]] = {}
        self._collective: set[str] = set()
        for d, doc in enumerate(self._docs):
            for c, clause in enumerate(doc.clauses):
                if clause.agencies:
                    self._add_clause(d, c, clause.agencies)

    def _add_clause(self, d: int, c: int, refs) -> None:
        roles: dict[str, int] = {}
        for ref in refs:
            roles[ref.canonical] = roles.get(ref.canonical, 0) | _BIT[ref.role]
            if ref.collective:
                self._collective.add(ref.canonical)
        for canonical, found in roles.items():
            self._occurrences.setdefault(canonical, []).append((d, c, found))

    def agencies(self) -> list[AgencyRow]:
        """One row per canonical agency, the most often named first."""
        rows = [self._row(name) for name in self._occurrences]
        return sorted(rows, key=lambda row: (-row.total, row.canonical))

    def _row(self, canonical: str, members: tuple = ()) -> AgencyRow:
        roles = {role: 0 for role in ROLES}
        places: dict[str, int] = {}
        occurrences = self._merged(members or (canonical,))
        for (d, _c), (found, _names) in occurrences.items():
            for role in _roles(found):
                roles[role] += 1
            place = self._docs[d].meta.place
            places[place] = places.get(place, 0) + 1
        return AgencyRow(canonical, canonical in self._collective, len(occurrences), roles, places, members)

    def _merged(self, names, wanted: int = ~0) -> dict[tuple[int, int], tuple[int, tuple]]:
        """(doc, clause) -> (roles of all the names, the names with a wanted role), in corpus order."""
        merged: dict[tuple[int, int], tuple[int, tuple]] = {}
        for name in names:
            for d, c, found in self._occurrences.get(name, []):
                mask, acting = merged.get((d, c), (0, ()))
                merged[(d, c)] = (mask | found, acting + (name,) if found & wanted else acting)
        return dict(sorted(merged.items())) if len(names) > 1 else merged

    def departments(self) -> list[AgencyRow]:
        """Like agencies(), with one row for each department named at several levels."""
        groups = department_groups(self._occurrences, self._collective)
        grouped = {name for members in groups.values() for name in members}
        rows = [self._row(label, members) for label, members in groups.items()]
        rows += [self._row(name) for name in self._occurrences if name not in grouped]
        return sorted(rows, key=lambda row: (-row.total, row.canonical))

    def documents(self) -> list:
        return list(self._docs)

    def names(self) -> list[str]:
        return sorted(self._occurrences)

    def matching(self, text: str) -> list[str]:
        """Canonical names containing the typed text, simplified/traditional alike."""
        wanted = fold(text.strip())
        return [name for name in self.names() if wanted in fold(name)]

    def clauses(self, names, roles=DEFAULT_ROLES, doc_keys=None) -> list[ClauseRow]:
        """The clauses where the agency (a name, or any of several) has one of the roles, in corpus order."""
        names = (names,) if isinstance(names, str) else tuple(names)
        rows, wanted = [], sum(_BIT[role] for role in set(roles))
        for (d, c), (found, acting) in self._merged(names, wanted).items():
            doc = self._docs[d]
            if not found & wanted or (doc_keys is not None and doc.key not in doc_keys):
                continue
            clause = doc.clauses[c]
            rows.append(ClauseRow(doc.key, doc.meta.place, clause.id, number_label(clause),
                                  clause.title, _roles(found), acting))
        return rows


def number_label(clause) -> str:
    """The number path of a clause, without the suffix that tells repeated numbers apart."""
    if clause.kind in ("preamble", "closing"):
        return ""
    return _REPEAT.sub("", clause.id) if "~" in clause.id else clause.id
