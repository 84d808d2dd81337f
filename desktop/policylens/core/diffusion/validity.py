"""In force on a date: entry into force, validity period, repeals, and supersession in the corpus.

The statements are those core/dates.py reads from the text, each with its span: 自…起施行
(effective), 有效期N年 (term), 有效期至… (until) and …同时废止 (repeals), and the effective and
expiry dates the document's metadata derives from them. A document is in force on a date when:

- it has taken effect: on or after its effective date, else its adoption date (dates.py);
- it has not expired: on or before its expiry date, if it has one;
- it is not superseded: before the adoption date of a later corpus document that supersedes it.

"On" a month or a year (2015-06, 2015) means on some day of it: a plan in force in 2015 is one
that took effect by 2015-12-31 and did not end before 2015-01-01.

A later document supersedes an earlier one when it repeals it (a 废止 citation naming it, see
citations.py), or when it has the same issuer and the same title stem (the title without its
issuer, wrapper, 暂行/试行 and years) and a later adoption date.
"""
from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping

from ..script import fold
from .citations import Citation, Resolver, citations, title_forms, title_key
from .dates import first_day, last_day
from .facts import DocFacts, facts_of

_PERIOD = re.compile(r"((?:19|20)\d{2})(?:\s*[-/.年]\s*(\d{1,2})(?:\s*[-/.月]\s*(\d{1,2})\s*日?|\s*月?)?|\s*年)?")
_QUALIFIERS = re.compile(r"暂行|试行|修订|草案|征求意见稿|\d{4}年?(?:-\d{4}年?)?|年度")


@dataclass(frozen=True)
class Supersession:
    old: str
    new: str
    by: str  # repeal or title
    evidence: str  # the repealing citation, or the shared stem

    def to_json(self) -> dict:
        return {"old": self.old, "new": self.new, "by": self.by, "evidence": self.evidence}


@dataclass
class Validity:
    facts: dict[str, DocFacts]
    superseded: dict[str, Supersession] = field(default_factory=dict)  # old key -> the first that replaced it

    def in_force(self, key: str, on: str) -> bool:
        """on: an ISO date (YYYY-MM-DD), month (YYYY-MM) or year (YYYY)."""
        first, last = first_day(on), last_day(on)
        f = self.facts[key]
        start = f.effective or (f.date.first_day if f.date else "")
        if start and last < _day(start, first=True):
            return False
        if f.expires and first > _day(f.expires, first=False):
            return False
        replaced = self.superseded.get(key)
        new = self.facts.get(replaced.new) if replaced else None
        return not (new and new.date and first >= _day(new.effective or new.date.first_day, first=True))

    def in_force_on(self, on: str) -> list[str]:
        return [k for k in self.facts if self.in_force(k, on)]


def period(text: str) -> str | None:
    """A date as a user gives it (2015, 2015-6, 2015年6月1日, 2015/06/01) in ISO form, else None."""
    match = _PERIOD.fullmatch(fold(text or "").strip())
    if not match:
        return None
    year, month, day = match.group(1), match.group(2), match.group(3)
    try:
        if day:
            return datetime.date(int(year), int(month), int(day)).isoformat()
        if month:
            return f"{year}-{int(month):02d}" if 1 <= int(month) <= 12 else None
    except ValueError:
        return None
    return year


def corpus_validity(documents: Iterable) -> Validity:
    """The validity of a corpus: documents are analysed documents or summaries (.key, .meta, .text)."""
    documents = list(documents)
    return supersessions([facts_of(d) for d in documents], {d.key: repeal_citations(d) for d in documents})


def repeal_citations(document) -> list[Citation]:
    """The citations of a document that repeal (all supersessions() reads of them): none,
    without reading the text, when it states no repeal (…同时废止); most documents state none,
    and reading every citation of a corpus is most of the time its validity takes."""
    if not any(s["kind"] == "repeals" for s in document.meta.validity):
        return []
    return [c for c in citations(document.text, document.meta.validity) if c.repeals]


def in_force_on(documents: Iterable, on: str) -> set[str]:
    """The keys of the documents in force on a date, month or year (ISO, as period() gives it).

    The document scope's condition "in force on DATE": documents are every summary of the
    corpus (supersession needs the later documents too), the answer a set of keys to intersect."""
    return set(corpus_validity(documents).in_force_on(on))


@dataclass(frozen=True)
class InForceCondition:
    """"In force on DATE" as a condition of a document scope (test(key, values), text()), its
    members found when it is made, as a set condition's are: in_force_condition()."""
    on: str
    members: frozenset[str]

    def test(self, key: str, values: Mapping[str, str] | None = None) -> bool:
        return key in self.members

    def text(self) -> str:
        return f"in-force={self.on}"


def in_force_condition(documents: Iterable, on: str) -> InForceCondition:
    return InForceCondition(on, frozenset(in_force_on(documents, on)))


def _day(value: str, first: bool) -> str:
    return first_day(value) if first else last_day(value)


def statements(validity: Iterable[dict]) -> list[dict]:
    """The document's own 施行 / 有效期 / 废止 statements with their spans (from meta.validity)."""
    keep = ("kind", "text", "start", "end", "date", "rule", "years", "titles")
    return [{k: s[k] for k in keep if k in s} for s in validity if s.get("own", True) or s["kind"] == "repeals"]


def title_stem(title: str) -> str:
    """The title without issuer, wrapper, qualifiers and years: what versions of a text share."""
    forms = sorted(title_forms(title), key=len)
    return _QUALIFIERS.sub("", forms[0]) if forms else title_key(title)


def supersessions(corpus: Iterable[DocFacts], cited: Mapping[str, list[Citation]]) -> Validity:
    """cited: each document's citations (citations.citations, with repeals marked)."""
    facts = {f.key: f for f in corpus}
    resolver = Resolver(facts.values())
    found: dict[str, Supersession] = {}
    for key, found_citations in cited.items():
        for c in found_citations:
            old = resolver.resolve(c, facts[key]) if c.repeals else None
            if old:
                _keep(found, Supersession(old.key, key, "repeal", c.text), facts)
    groups: dict[tuple[str, str], list[DocFacts]] = {}
    for f in facts.values():
        if f.issuer and f.date:
            groups.setdefault((fold(f.issuer), title_stem(f.title)), []).append(f)
    for (_, stem), members in groups.items():
        members.sort(key=lambda f: f.date.first_day)
        for old, new in zip(members, members[1:]):
            if old.date.before(new.date) and old.key not in found:
                _keep(found, Supersession(old.key, new.key, "title", stem), facts)
    return Validity(facts, found)


def _keep(found: dict, s: Supersession, facts: dict) -> None:
    """The earliest replacement wins: the text was out of force from then on."""
    current = found.get(s.old)
    date = facts[s.new].date
    if current is None or (date and facts[current.new].date and date.before(facts[current.new].date)):
        found[s.old] = s
