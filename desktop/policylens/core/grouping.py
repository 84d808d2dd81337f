"""Groups of documents by one attribute, in an order a reader expects: what the corpus list shows.

A group is the documents that share a value of the attribute (core/attributes.py, corrections
laid over); a document of several sets is in the group of each. Groups come in the order of
their values:

- levels by rank (国家, 省, 市, 县 and 区, 乡镇), then any other level;
- years and numbers as numbers (2009 before 2016), dates in date order;
- a choice attribute in the order of its choices;
- the stated validity (validity_status) from in its term to expired;
- any other text by its folded form (simplified and traditional sort alike), or by the
  caller's text_key (the window sorts by pinyin).

Values that fold alike (西寧 and 西宁) are one group, named as first seen. The documents
without a value are one group, always last; within a group documents keep the order they were
given (the store's key order). Places group by place and level together
(三门峡 市), by level rank and then in the order they first appear. Qt-free.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Mapping, Sequence

from .diffusion.levels import RANK
from .script import fold

NONE = ""  # the value of the documents without one: their group is last

# What a document states of its own validity, on a day (validity_status), in the order shown.
IN_TERM, IN_FORCE, NOT_YET, EXPIRED = "in_term", "in_force", "not_yet", "expired"
STATUSES = (IN_TERM, IN_FORCE, NOT_YET, EXPIRED)


@dataclass(frozen=True)
class Group:
    value: str  # NONE for the documents without a value
    keys: tuple[str, ...]
    level: str = ""  # a place group's level: 三门峡 is a 市


def validity_status(dates: Mapping[str, str], today: str) -> str:
    """What the document's own statements (自…起施行, 有效期…) say of it on today (ISO): in its
    stated term, in force with no end stated, not yet in force, expired; NONE when it states
    neither. Supersession by later documents is the in-force filter's (diffusion/validity.py)."""
    effective, expires = dates.get("effective") or "", dates.get("expires") or ""
    if expires and today > expires:
        return EXPIRED
    if effective and today < effective:
        return NOT_YET
    if expires:
        return IN_TERM
    return IN_FORCE if effective else NONE


def _number(value: str) -> float | None:
    try:
        return float(value.replace(",", ""))
    except ValueError:
        return None


TextKey = Callable[[str], object]


def value_order(kind: str = "text", choices: Sequence[str] = (), name: str = "",
                text_key: TextKey | None = None) -> Callable[[str], tuple]:
    """The sort key of a group's value for an attribute of this kind (see the module's docstring)."""
    text = text_key or fold
    if name == "level":
        return lambda value: (RANK.get(value, len(RANK)), text(value))
    if name == "validity":
        return lambda value: (STATUSES.index(value) if value in STATUSES else len(STATUSES), value)
    if kind == "choice" and choices:
        return lambda value: (choices.index(value) if value in choices else len(choices), text(value))
    if kind == "number" or name == "year":
        def numeric(value: str) -> tuple:
            number = _number(value)
            return (0, number) if number is not None else (1, text(value))
        return numeric
    if kind == "date" or name == "date":
        return lambda value: (value,)  # ISO: text order is date order
    return lambda value: (text(value),)


def group_documents(keys: Iterable[str], values_of: Callable[[str], Iterable[str]],
                    order: Callable[[str], tuple] | None = None) -> list[Group]:
    """keys: the documents in the order they are listed; values_of(key): the values the document
    has (one for an attribute, one per set it is in; none or NONE for no value)."""
    members: dict[str, list[str]] = {}  # folded value -> keys
    named: dict[str, str] = {}  # folded value -> the value as first seen
    for key in keys:
        values = [v for v in values_of(key) if v != NONE] or [NONE]
        for folded, value in {fold(v): v for v in reversed(values)}.items():
            named.setdefault(folded, value)
            members.setdefault(folded, []).append(key)
    order = order or value_order()
    ranked = sorted((f for f in members if f != NONE), key=lambda f: order(named[f]))
    return [Group(named[f], tuple(members[f])) for f in ranked] + \
        ([Group(NONE, tuple(members[NONE]))] if NONE in members else [])


def group_by_place(records: Iterable[Mapping]) -> list[Group]:
    """Groups of (place, level), by level rank and then as they first appear; no place last."""
    members: dict[tuple[str, str], list[str]] = {}
    for record in records:
        members.setdefault((record.get("place") or "", record.get("level") or ""), []).append(record["key"])
    first = {place: n for n, place in enumerate(members)}
    ranked = sorted(members, key=lambda pl: (pl[0] == NONE, RANK.get(pl[1], len(RANK)), first[pl]))
    return [Group(place, tuple(members[(place, level)]), level) for place, level in ranked]


def group_by_attribute(keys: Sequence[str], table: Mapping[str, Mapping[str, str]], name: str,
                       kind: str = "text", choices: Sequence[str] = (), text_key: TextKey | None = None) -> list[Group]:
    """Groups by an attribute of the table (key -> attributes, as core/attributes.effective gives)."""
    return group_documents(keys, lambda key: [(table.get(key) or {}).get(name, NONE)],
                           value_order(kind, choices, name, text_key))


def group_by_set(keys: Sequence[str], sets: Mapping[str, Iterable[str]], text_key: TextKey | None = None) -> list[Group]:
    """A group per document set (a document of two sets is in both), by the sets' names; the
    documents of no set last."""
    member_of: dict[str, list[str]] = {}
    for name, members in sets.items():
        for key in members:
            member_of.setdefault(key, []).append(name)
    return group_documents(keys, lambda key: member_of.get(key, []), value_order(text_key=text_key))
