"""Citations of other documents, and which document of the corpus each one names.

A citation is a title in 《》 that reads as a document's title (a law, 办法, 意见, 通知 …),
with or without the 文号 in the bracket after it: 《国务院关于进一步推进户籍制度改革的意见》
（国发〔2014〕25号）. One inside a repeal (…同时废止, the document's validity statements) is
marked as such.

A 文号 alone (按照粤人社发〔2011〕306号规定调整, a bare citation) is a citation too, but it names a
document only when that 文号 is in the corpus: the characters before the bracket run into the
sentence (按照粤人社发…), so the 文号 is the longest of their endings that is a corpus document's
own 文号. A bare 文号 that names no corpus document is no citation: a text's own number, a
received letter's or a 文号 in a page's chrome are written the same way.

Resolving: a 文号 names one document: the corpus document whose own 文号 is the same (folded, in
any bracket form, 第 and spaces aside), else none: a document in the corpus under the same title
but another number is another version. A title alone names the corpus documents whose title is
the same, with or without its issuer and the 关于印发…的通知 wrapper (《中山市流动人员积分制管理规定》
is 中山市人民政府关于印发中山市流动人员积分制管理规定的通知); of several, the latest one not
after the citing document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..script import fold
from ..titles import looks_like_title
from .facts import DocFacts

_QUOTED = re.compile(r"《([^《》\n]{2,80})》(?:\s*[(（]([^()（）\n]{0,30}?\d[^()（）\n]{0,30}?号)[)）])?")
_NUMBER = re.compile(r"([\u4e00-\u9fff]{1,14}?)\s*[〔\[(【（［]\s*(\d{4})\s*[〕\])】）］]\s*第?\s*0*(\d{1,5})\s*号")
_BARE = re.compile(r"([\u4e00-\u9fff]{1,14})\s*[〔\[【（［(]\s*((?:19|20)\d{2})\s*[〕\]】）］)]\s*第?\s*0*(\d{1,5})\s*号")
_DECREE = re.compile(r"([\u4e00-\u9fff]{1,20}令)\s*第\s*0*(\d{1,5})\s*号")
_NOT_WORD = re.compile(r"[\W_]+")
_WRAPPER = re.compile(r"(?:印发|转发|颁发|发布|公布)(.{4,}?)的(?:通知|决定|通告)$")
_ISSUER = re.compile(r"^.{2,40}?(?=关于)")
MIN_TITLE = 6


@dataclass(frozen=True)
class Citation:
    title: str  # as written, without 《》
    number: str  # as written; "" when none follows
    start: int
    end: int
    repeals: bool = False
    bare: bool = False  # a 文号 without a title: number holds it with the words before it

    @property
    def text(self) -> str:
        if self.bare:
            return self.number
        return f"《{self.title}》" + (f"（{self.number}）" if self.number else "")

    def node_id(self) -> str:
        """The id of the cited document when it is not in the corpus."""
        return "cited:" + (number_key(self.number) or title_key(self.title))

    def to_json(self) -> dict:
        return {"title": self.title, "number": self.number, "start": self.start, "end": self.end,
                "repeals": self.repeals, "bare": self.bare}


def citations(text: str, validity: Iterable[dict] = ()) -> list[Citation]:
    """Every citation of a clean text; validity: its meta.validity, for the repeals."""
    folded = fold(text)
    repeals = [(s["start"], s["end"]) for s in validity if s["kind"] == "repeals"]
    out = []
    for match in _QUOTED.finditer(folded):
        title = text[match.start(1):match.end(1)]
        number = text[match.start(2):match.end(2)].strip() if match.group(2) else ""
        if not number and not looks_like_title(match.group(1)):
            continue
        out.append(Citation(title, number, match.start(), match.end(),
                            any(a <= match.start() < b for a, b in repeals)))
    quoted = [(c.start, c.end) for c in out]
    for match in _BARE.finditer(folded):
        if not any(a <= match.start(2) < b for a, b in quoted):
            out.append(Citation("", text[match.start():match.end()], match.start(), match.end(),
                                any(a <= match.start() < b for a, b in repeals), bare=True))
    return sorted(out, key=lambda c: c.start)


@lru_cache(maxsize=65536)  # a corpus names the same 文号 and titles again and again
def number_key(number: str) -> str:
    """A 文号 in one form: 国发〔2014〕25号 for 国发[2014]第25号 or 國發（2014）25號."""
    folded = re.sub(r"\s", "", fold(number or ""))
    match = _NUMBER.search(folded)
    if match:
        return f"{match.group(1)}〔{match.group(2)}〕{match.group(3)}号"
    match = _DECREE.search(folded)
    return f"{match.group(1)}第{match.group(2)}号" if match else ""


def bare_keys(written: str) -> list[str]:
    """The 文号 a bare citation may be, longest first: 按照粤人社发〔2011〕306号 -> 按照粤人社发〔…〕,
    照粤人社发〔…〕, …, 发〔2011〕306号."""
    match = _BARE.search(re.sub(r"\s", "", fold(written)))
    if not match:
        return []
    words, tail = match.group(1), f"〔{match.group(2)}〕{match.group(3)}号"
    return [words[i:] + tail for i in range(len(words))]


@lru_cache(maxsize=65536)
def title_key(title: str) -> str:
    return _NOT_WORD.sub("", fold(title or ""))


def title_forms(title: str) -> set[str]:
    return set(_title_forms(title))


@lru_cache(maxsize=65536)
def _title_forms(title: str) -> frozenset[str]:
    """The title, without its issuer (from 关于 on), and the text a 印发/转发…的通知 wraps."""
    full = title_key(title)
    forms = {full}
    issuerless = _ISSUER.sub("", full)
    forms.add(issuerless)
    for form in list(forms):
        inner = _WRAPPER.search(form)
        if inner:
            forms.add(inner.group(1))
            forms.add(re.sub(r"^关于", "", inner.group(1)))
    return frozenset(f for f in forms if len(f) >= MIN_TITLE)


def names_itself(citation: Citation, facts: DocFacts, own: set[str] | None = None) -> bool:
    """现将《…》印发给你们: a notice names the text it issues, which is itself, not a citation."""
    if citation.bare:
        own_number = number_key(facts.doc_number)
        return bool(own_number) and own_number in bare_keys(citation.number)
    if citation.number:
        return number_key(citation.number) == number_key(facts.doc_number)
    return bool(title_forms(citation.title) & (title_forms(facts.title) if own is None else own))


class Resolver:
    """Finds the corpus documents citations name, by 文号 and by title."""

    def __init__(self, corpus: Iterable[DocFacts]):
        self.by_number: dict[str, list[DocFacts]] = {}
        self.by_title: dict[str, list[DocFacts]] = {}
        for facts in corpus:
            key = number_key(facts.doc_number)
            if key:
                self.by_number.setdefault(key, []).append(facts)
            for form in title_forms(facts.title):
                self.by_title.setdefault(form, []).append(facts)

    def resolve(self, citation: Citation, citing: DocFacts) -> DocFacts | None:
        if citation.bare:  # the longest ending of its words that is a corpus document's 文号
            key = next((k for k in bare_keys(citation.number) if k in self.by_number), "")
            found = [f for f in self.by_number.get(key, []) if f.key != citing.key]
            return found[0] if len(found) == 1 else self._latest(found, citing)
        key = number_key(citation.number)
        if key and key in self.by_number:
            found = [f for f in self.by_number[key] if f.key != citing.key]
            return found[0] if len(found) == 1 else self._latest(found, citing)
        # By title; when the citation gives a 文号 none of the corpus has, only documents whose own
        # 文号 was not read can be it (provinces issue notices of one title under their own numbers).
        found = {f.key: f for form in title_forms(citation.title) for f in self.by_title.get(form, [])
                 if f.key != citing.key and not (key and number_key(f.doc_number))}
        return self._latest(list(found.values()), citing)

    @staticmethod
    def _latest(found: list[DocFacts], citing: DocFacts) -> DocFacts | None:
        if citing.date:  # a text cites what existed when it was written
            found = [f for f in found if not (f.date and citing.date.before(f.date))]
        dated = sorted((f for f in found if f.date), key=lambda f: (f.date.first_day, f.key))
        return dated[-1] if dated else (found[0] if len(found) == 1 else None)
