"""A readable name for a clause family: its template's heading, else its most common title.

The template is the member a family's other clauses implement: the one from the document of
the highest level (国家 > 省 > 市 > 县; diffusion.levels), ties by the earliest adoption date,
then by key, when that level is central or provincial (a city's plan is not the template of
another city's). Its heading names the family. A clause has a heading when its title reads as
one: a bracketed label (第一条（立法目的）), or a short line of a plan's outline (一、主要目标,
(三)建立…挂钩机制). An article's first sentence (第一条 为了…，制定本条例), an item of an
article (第五条/(一)) or a list's lead (有下列情形之一的) is text, not a heading.

When the template has no heading, the title most members share names the family, compared
as short phrases with numbers masked (本办法自…起施行 is one title in every province); when
none is shared, the best ranked member's heading does, else a short phrase of the best
ranked member's text. Phrases lose the document's
own place (北京市, 本…) and its figures, which say where and how much, not what. A name is
never empty: a clause with no text at all is named by its number.

Without a level lookup every document ranks alike: there is no template, and the name is the
most common title, ties by the first member by key.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Mapping, Protocol

from .clause_names import clause_name
from .diffusion.dates import adoption_date
from .diffusion.levels import is_reference, rank
from .script import fold

HEADING_CHARS = 40  # a longer title is a sentence of the clause's text
NAME_CHARS = 24  # a phrase of text is cut to this many characters
SHORT_PHRASE = 8  # a first phrase shorter than this takes the next one with it

_UNRANKED = 99
_BRACKETED = re.compile(r"^[(\[【〔]([^()\[\]【】〔〕]+)[)\]】〕]$")
_ARTICLE = re.compile(r"^第[一二三四五六七八九十百千零〇两\d]+条$")
_LIST_LEAD = re.compile(r"(?:的|如下|下列|包括|以下|是)$")
_ALIAS = re.compile(r"\((?:以下|下文)(?:简称|统称|称)[^()]*\)")  # (以下简称来京人员)
_DATE = re.compile(r"(?:\d{2,4}|[〇○零一二三四五六七八九]{2,4})年"
                   r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?)?")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_MASK = "…"
_BREAK = re.compile(r"[,;:。!?，；：！？\s]+")
_EDGES = " \t\u3000,;:。!?，；：！？、…"
_PLACE_SUFFIX = "(?:省|市|县|区|自治区|壮族自治区|回族自治区|维吾尔自治区|自治州|自治县|特别行政区)?"


class Named(Protocol):
    """A family member as naming reads it (families.Member, align.Entry)."""
    ref: tuple  # (document key, clause id)
    title: str


@dataclass(frozen=True)
class Standing:
    """Where a document stands among the documents of a policy."""
    level: str = ""  # 国家, 省, 市, 县, 区, 乡镇; "": not known
    date: str = ""  # first day of its adoption date, ISO; "": not known
    places: tuple[str, ...] = ()  # its own place's names (三门峡市, 三门峡), left out of phrases

    def order(self) -> tuple:
        """Higher level first, then earlier date; unknown level and date last."""
        found = rank(self.level)
        return (_UNRANKED if found is None else found, self.date or "9999")


UNKNOWN = Standing()
StandingOf = Callable[[str], "Standing | None"]  # document key -> its standing


def standing(level: str, dates: Mapping[str, str], doc_number: str = "", places: Iterable[str] = ()) -> Standing:
    """A document's standing from its metadata (or an index record's fields)."""
    adopted = adoption_date(dict(dates or {}), doc_number or "")
    own = tuple(p for p in dict.fromkeys(places) if p and p != "全国")  # 全国: no place to leave out
    return Standing(level or "", adopted.first_day if adopted else "", own)


def standing_of_document(doc) -> Standing:
    meta = doc.meta
    return standing(meta.level, meta.dates, meta.doc_number, (meta.place_name, meta.place))


def standing_of_record(record: Mapping) -> Standing:
    """From a corpus index record (store.codec.index_record)."""
    return standing(record.get("level") or "", record.get("dates") or {}, record.get("doc_number") or "",
                    (record.get("place") or "",))


def family_name(members: Iterable[Named], standing_of: StandingOf | None = None) -> str:
    """The family's name (see the module's docstring); standing_of None: no template."""
    members = list(members)
    if not members:
        return ""
    look = standing_of or (lambda _key: None)
    stands = {m.ref[0]: look(m.ref[0]) or UNKNOWN for m in members}
    ranked = sorted(members, key=lambda m: (stands[m.ref[0]].order(), tuple(m.ref)))
    template = ranked[0]
    if is_reference(stands[template.ref[0]].level):
        own = heading(template.title, template.ref[1], stands[template.ref[0]].places)
        if own:
            return own
    titles = [fold(m.title) for m in ranked]
    headings = [_heading(t, m.ref[1], stands[m.ref[0]].places) for t, m in zip(titles, ranked)]
    labels = [h or _phrase(t, stands[m.ref[0]].places) for h, t, m in zip(headings, titles, ranked)]
    counts = Counter(x for x in labels if x)
    top = max(counts.values(), default=0)
    if top > 1:
        return next(x for x in labels if counts.get(x) == top)  # ties: the best ranked
    return next((x for x in headings + labels if x), "") or clause_name(template.ref[1])


def heading(title: str, clause_id: str, places: tuple[str, ...] = ()) -> str:
    """The clause's heading if its title is one (see the module's docstring), else ""."""
    return _heading(fold(title), clause_id, places)


def phrase(text: str, places: tuple[str, ...] = ()) -> str:
    """A short phrase of a clause's text: its first phrase (two when the first is short), the
    document's own place, aliases and figures left out, at most NAME_CHARS characters."""
    return _phrase(fold(text), places)


def _heading(text: str, clause_id: str, places: tuple[str, ...]) -> str:
    """heading() of a folded title."""
    text = text.strip(_EDGES)
    bracketed = _BRACKETED.match(text)
    if bracketed:
        return _tidy(_without_places(bracketed.group(1), places))
    if any(_ARTICLE.match(part.split("~")[0]) for part in clause_id.split("/")):
        return ""  # an article's title is its first sentence, and its items are list entries
    if not text or len(text) > HEADING_CHARS or "。" in text or _LIST_LEAD.search(text):
        return ""
    text = _tidy(_without_places(text, places))
    if len(text) > NAME_CHARS and _BREAK.search(text):  # a heading that runs on into a sentence
        return _phrase(text, ())
    return text


def _phrase(text: str, places: tuple[str, ...]) -> str:
    """phrase() of a folded text."""
    text = text.strip(_EDGES)
    bracketed = _BRACKETED.match(text)
    if bracketed:
        text = bracketed.group(1)
    text = _without_places(_ALIAS.sub("", text), places)
    text = _NUMBER.sub(_MASK, _DATE.sub(_MASK, text))
    text = re.sub(f"{_MASK}+", _MASK, text)
    parts = [p for p in _BREAK.split(text) if p.strip(_EDGES)]
    if not parts:
        return ""
    taken = parts[0]
    for part in parts[1:]:  # 国务院部门，省、自治区…: a short first phrase says too little
        if len(taken) >= SHORT_PHRASE:
            break
        taken += "，" + part
    taken = _tidy(taken)
    return taken if len(taken) <= NAME_CHARS else taken[:NAME_CHARS - 1] + _MASK


def _without_places(text: str, places: tuple[str, ...]) -> str:
    if places:
        text = _place_pattern(places).sub("", text)
    return text.replace("《》", "")


@lru_cache(maxsize=4096)
def _place_pattern(places: tuple[str, ...]) -> re.Pattern:
    names = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(f"(?:{names}){_PLACE_SUFFIX}")


def _tidy(text: str) -> str:
    return text.strip(_EDGES.replace(_MASK, "")).strip()
