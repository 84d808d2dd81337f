"""A document scope: which documents a list, a filter, a matrix or an export is about.

A scope is a tuple of conditions that must all hold. Each condition tests one document by its
key and its attributes (core/attributes.py: extracted values with the researcher's
corrections laid over them, plus the researcher's own attributes). Three kinds come here:

    province=广东            equal (any script: 廣東 is 广东); "province=" is "no province"
    province=广东|浙江       any of several values
    year>=2016  year<2021    compared as numbers where both sides are numbers, else as text
                             (ISO dates compare as text in date order)
    year=2016..2020          a range, both ends included
    doc_type!=通知           not equal (nor any of A|B)
    title~户籍               contains
    set=试点城市             a member of a document set (store/user_collections.py)
    in-force=2018-06-01      in force on a day, month or year (core/diffusion/validity.py)

Any other kind of condition needs only `test(key, values)` and `text()`; `Scope.keys()` takes
it like the others. A set's members and what is in force on a date are read when the
condition is made, through the lookups scope_from() is given. Qt-free: the window's scope bar, the
command line's --where and the exports all use this one definition.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Mapping, Protocol

from .errors import DETAIL, PolicyLensError
from .script import fold

OPERATORS = ("!=", ">=", "<=", "=", ">", "<", "~")  # two-character ones first: "a>=1" is not "a>" "=1"
RANGE = ".."
ANY = "|"
SET = "set"  # the name a set condition takes on the command line
IN_FORCE = "in-force"  # and a condition "in force on DATE"
_SPLIT = re.compile(r"^\s*(?P<name>[^=!<>~]+?)\s*(?P<op>!=|>=|<=|=|>|<|~)\s*(?P<value>.*?)\s*$")


class ScopeError(PolicyLensError, ValueError):
    code = "scope"
    messages = {
        "scope": DETAIL,
        "scope.syntax": "'{text}' is not a condition: write NAME=VALUE, NAME>=VALUE, NAME=FROM..TO, NAME=A|B, "
                        "NAME!=VALUE or NAME~TEXT",
        "scope.unknown": "no attribute '{name}' (one of {names})",
        "scope.range": "'{text}': a range is written NAME=FROM..TO",
        "scope.date": "'{text}': in force on a date is written in-force=YYYY-MM-DD, in-force=YYYY-MM or in-force=YYYY",
        "scope.in_force": "'{text}': what is in force cannot be read here",
    }


class Condition(Protocol):
    def test(self, key: str, values: Mapping[str, str]) -> bool: ...

    def text(self) -> str: ...


def _number(text: str) -> float | None:
    try:
        return float(text.replace(",", ""))
    except ValueError:
        return None


def _compare(left: str, right: str) -> int:
    """-1, 0 or 1: as numbers when both are numbers, else as text (ISO dates sort as text)."""
    a, b = _number(left), _number(right)
    if a is None or b is None:
        a, b = fold(left), fold(right)
    return (a > b) - (a < b)


@dataclass(frozen=True)
class AttributeCondition:
    """One attribute compared with one value, several (=A|B) or a range (=A..B)."""
    name: str
    op: str
    values: tuple[str, ...]  # one value; several for "any of"; (low, high) for a range
    is_range: bool = False

    def test(self, key: str, values: Mapping[str, str]) -> bool:
        value = values.get(self.name, "") or ""
        if self.is_range:
            low, high = self.values
            return value != "" and (not low or _compare(value, low) >= 0) and (not high or _compare(value, high) <= 0)
        if self.op in ("=", "!="):
            found = any(fold(value) == fold(v) for v in self.values)
            return found if self.op == "=" else not found
        if self.op == "~":
            return any(fold(v).lower() in fold(value).lower() for v in self.values)
        if value == "":
            return False  # an unknown year is neither before nor after 2016
        order = _compare(value, self.values[0])
        return {">=": order >= 0, "<=": order <= 0, ">": order > 0, "<": order < 0}[self.op]

    def text(self) -> str:
        joined = RANGE.join(self.values) if self.is_range else ANY.join(self.values)
        return f"{self.name}{self.op}{joined}"


@dataclass(frozen=True)
class SetCondition:
    """A member of a document set (its members are read when the condition is made)."""
    name: str
    members: frozenset[str]

    def test(self, key: str, values: Mapping[str, str]) -> bool:
        return key in self.members

    def text(self) -> str:
        return f"{SET}={self.name}"


def parse_condition(text: str, names: Iterable[str] | None = None) -> AttributeCondition:
    """A condition from its written form (see the module's docstring); names, when given, are
    the attributes there are, and another name is refused with the list of them."""
    match = _SPLIT.match(text or "")
    if not match:
        raise ScopeError("scope.syntax", text=text)
    name, op, value = match.group("name").strip(), match.group("op"), match.group("value")
    known = list(names) if names is not None else None
    if known is not None and name not in known:
        raise ScopeError("scope.unknown", name=name, names=", ".join(known))
    if RANGE in value:
        if op != "=" or value.count(RANGE) != 1:
            raise ScopeError("scope.range", text=text)
        low, high = (part.strip() for part in value.split(RANGE))
        return AttributeCondition(name, op, (low, high), is_range=True)
    parts = tuple(v.strip() for v in value.split(ANY)) if op in ("=", "!=", "~") else (value,)
    return AttributeCondition(name, op, parts)


@dataclass(frozen=True)
class Scope:
    """Conditions that must all hold; no condition is the whole corpus."""
    conditions: tuple = ()

    def __bool__(self) -> bool:
        return bool(self.conditions)

    def keys(self, table: Mapping[str, Mapping[str, str]]) -> set[str]:
        """The keys of the documents in scope; table: key -> the document's attributes."""
        return {key for key, values in table.items() if all(c.test(key, values) for c in self.conditions)}

    def with_condition(self, condition) -> Scope:
        return Scope((*self.conditions, condition))

    def without(self, index: int) -> Scope:
        return Scope(self.conditions[:index] + self.conditions[index + 1:])

    def text(self) -> str:
        return "; ".join(c.text() for c in self.conditions)


def in_force_date(where: str) -> str | None:
    """The date of a written "in-force=DATE" condition, in ISO form (2018-06-01, 2018-06 or
    2018; a date as users write it, 2018年6月1日, is read too); None for any other condition."""
    from .diffusion.validity import period

    match = _SPLIT.match(where or "")
    if not match or match.group("name").strip() != IN_FORCE:
        return None
    on = period(match.group("value")) if match.group("op") == "=" else None
    if on is None:
        raise ScopeError("scope.date", text=where)
    return on


def scope_from(wheres: Iterable[str], names: Iterable[str], lookup_set=None, lookup_in_force=None) -> Scope:
    """A scope from written conditions (the command line's --where); "set=NAME" takes the set's
    members from `lookup_set(name)` (which raises for a set that is not there), "in-force=DATE"
    the keys in force then from `lookup_in_force(date)`."""
    from .diffusion.validity import InForceCondition

    names = list(names)
    conditions = []
    for where in wheres:
        on = in_force_date(where)
        if on is not None:
            if lookup_in_force is None:
                raise ScopeError("scope.in_force", text=where)
            conditions.append(InForceCondition(on, frozenset(lookup_in_force(on))))
            continue
        match = _SPLIT.match(where or "")
        if match and match.group("name").strip() == SET and match.group("op") == "=" and lookup_set:
            set_name = match.group("value").strip()
            conditions.append(SetCondition(set_name, frozenset(lookup_set(set_name))))
            continue
        conditions.append(parse_condition(where, names))
    return Scope(tuple(conditions))


def project_within(project, keys: set[str]):
    """A copy of an annotation project with only the annotations and memos of these documents
    (and the project's own memos): what an export of a scope writes. The codes are all kept."""
    from .annotations import Project

    few = Project(codes=dict(project.codes))
    puts = {("annotations", a.id): a for a in project.annotations.values() if a.document in keys}
    puts.update({("memos", m.id): m for m in project.memos.values() if not m.document or m.document in keys})
    few.apply(puts)
    return few
