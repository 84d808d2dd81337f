"""Anchors that find their passage again after the document changes.

An anchor records a passage as the W3C Web Annotation model does: the document (its key and
the content hash of the version annotated), a TextPositionSelector (start and end, code points
in the clean text) and a TextQuoteSelector (the exact text with up to 32 characters of context
on each side), plus the path of the clause it starts in.

Re-anchoring compares folded text (simplified script, half width), so a traditional and a
simplified copy of a passage match. When the annotated version itself is at hand, a diff of
the two versions (core.version_map) says where the passage went, and that settles it unless
the passage was deleted or rewritten. Otherwise the old position wins if the quote is there,
the exact quote nearest to the old position (same clause first), then a fuzzy match. Every
candidate must also agree with the recorded context: a repeated phrase such as (市公安局牵头)
in another clause is a lookalike, not the passage. An annotation that finds no convincing
place is orphaned (needs review) and keeps its old anchor; it is never moved to a guess.

Agreeing with the context means both sides: when a passage is deleted, a lookalike just
before it inherits its suffix, so one matching side proves nothing. One side is enough only
where the quote is still at its old offset in its old clause (text deleted right after it),
and no side is needed for a quote that occurred once in the annotated version and occurs
once in the new one: that is the passage itself, whatever happened around it.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import asdict, dataclass
from typing import Callable

from .document import Document
from .errors import DETAIL, PolicyLensError
from .outline import Clause
from .quote_search import find_all, fuzzy_spans, matched_chars, similarity
from .script import fold
from .version_map import VersionMap

CONTEXT = 32  # characters of prefix and suffix kept with the quote
SLACK = 8  # extra characters of the new text searched for the context, so insertions cost little
MIN_SIDE = 0.5  # share of the recorded prefix, and of the suffix, a candidate must still have
MIN_QUOTE = 0.7  # similarity of an edited quote to the recorded one, for a fuzzy match
MAX_SCORED = 64  # exact occurrences scored in full; more are first ranked by a cheap test
STATUSES = ("exact", "moved", "fuzzy", "orphaned")


class AnchorError(PolicyLensError, ValueError):
    """A span that cannot be anchored in the document; the message says why."""
    code = "anchor"
    messages = {"anchor": DETAIL, "anchor.no_clause": "{key} has no clause '{clause}'",
                "anchor.span": "span {start}-{end} is not a passage of {key} "
                               "(its clean text has {length} characters; start must be below end)"}


@dataclass(frozen=True)
class Anchor:
    document: str  # the document's key
    content_hash: str  # the version the offsets refer to
    clause: str  # path of the clause the passage starts in, e.g. 三/(五)
    start: int  # code points into the clean text, half-open
    end: int
    exact: str
    prefix: str
    suffix: str
    unique: bool | None = None  # the quote occurred once in its version; None: not known

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> Anchor:
        return cls(**{name: data[name] for name in cls.__dataclass_fields__ if name in data})


@dataclass(frozen=True)
class Placement:
    status: str  # exact (same place), moved, fuzzy, orphaned
    anchor: Anchor  # the anchor in the new document; the old one when orphaned
    score: float  # 1.0 for an unchanged quote in its context; the best score seen otherwise


def clause_at(doc: Document, offset: int) -> Clause:
    """The clause that holds offset (clauses partition the clean text)."""
    starts = [c.start for c in doc.clauses]
    return doc.clauses[max(0, bisect_right(starts, offset) - 1)]


def make_anchor(doc: Document, start: int, end: int, folded: str | None = None) -> Anchor:
    """The anchor of doc.text[start:end]; pass doc.folded() if you have it at hand."""
    text = doc.text
    if not 0 <= start < end <= len(text):
        raise AnchorError("anchor.span", start=start, end=end, key=doc.key, length=len(text))
    folded = doc.folded() if folded is None else folded
    unique = len(find_all(folded, folded[start:end], 1)) == 1
    return Anchor(doc.key, doc.content_hash, clause_at(doc, start).id, start, end, text[start:end],
                  text[max(0, start - CONTEXT):start], text[end:end + CONTEXT], unique)


def anchor_clause(doc: Document, clause_id: str) -> Anchor:
    """An anchor on a whole clause (annotating from the outline)."""
    clause = next((c for c in doc.clauses if c.id == clause_id), None)
    if clause is None:
        raise AnchorError("anchor.no_clause", key=doc.key, clause=clause_id)
    return make_anchor(doc, clause.start, clause.end)


Versions = Callable[[str], "Document | None"]  # content hash -> that version, if it is kept


def reanchor(anchor: Anchor, doc: Document, versions: Versions | None = None) -> Placement:
    return Reanchorer(doc, versions).place(anchor)


class Reanchorer:
    """Places anchors in one document; build once per document, it keeps the folded text.

    versions, if given, returns the version of the document an anchor was made on (None
    if it is not kept); its diff with doc is then the first guide to where passages went.
    """

    def __init__(self, doc: Document, versions: Versions | None = None):
        self.doc = doc
        self.text = doc.folded()
        self._starts = [c.start for c in doc.clauses]
        self._versions = versions
        self._maps: dict[str, VersionMap | None] = {}

    def place(self, anchor: Anchor) -> Placement:
        quote, prefix, suffix = fold(anchor.exact), fold(anchor.prefix), fold(anchor.suffix)
        if not quote:  # an anchor made elsewhere without its text: it would match anywhere
            return Placement("orphaned", anchor, 0.0)
        version_map = self._version_map(anchor.content_hash)
        near = anchor.start
        if version_map is not None:
            span = version_map.span(anchor.start, anchor.end)
            if span:  # still there, maybe edited: the diff has the last word
                return self._in_mapped_span(anchor, quote, span)
            near = version_map.map(anchor.start)  # deleted here; moved elsewhere perhaps
        found, seen = self._exact(anchor, quote, prefix, suffix, near, version_map is not None)
        if found:
            score, start = found
            return Placement(self._status(anchor, start), self._anchor(start, start + len(quote)), score)
        fuzzy, fuzzy_seen = self._fuzzy(quote, prefix, suffix, near)
        if fuzzy:
            score, start, end = fuzzy
            return Placement("fuzzy", self._anchor(start, end), score)
        return Placement("orphaned", anchor, max(seen, fuzzy_seen))

    def _in_mapped_span(self, anchor: Anchor, quote: str, span: tuple[int, int]) -> Placement:
        found = self.text[span[0]:span[1]]
        if found == quote:
            return Placement(self._status(anchor, span[0]), self._anchor(*span), 1.0)
        score = similarity(quote, found)
        if score >= MIN_QUOTE:
            return Placement("fuzzy", self._anchor(*span), score)
        return Placement("orphaned", anchor, score)  # rewritten in place: a copy elsewhere is not it

    def _anchor(self, start: int, end: int) -> Anchor:
        return make_anchor(self.doc, start, end, self.text)

    @staticmethod
    def _status(anchor: Anchor, start: int) -> str:
        return "exact" if start == anchor.start else "moved"

    def _version_map(self, content_hash: str) -> VersionMap | None:
        if self._versions is None or content_hash == self.doc.content_hash:
            return None
        if content_hash not in self._maps:
            old = self._versions(content_hash)
            self._maps[content_hash] = None if old is None else VersionMap(old.folded(), self.text)
        return self._maps[content_hash]

    # -- exact quote -------------------------------------------------------------------------

    def _exact(self, anchor: Anchor, quote: str, prefix: str, suffix: str, near: int,
               mapped: bool) -> tuple[tuple[float, int] | None, float]:
        """((context score, start) of the best acceptable occurrence or None, best score seen).

        near is where the passage is expected; mapped says a diff of the versions told so.
        """
        hits = find_all(self.text, quote, 1 << 30)
        if not hits:
            return None, 0.0
        hits.sort(key=lambda at: (self._clause_id(at) != anchor.clause, abs(at - near)))
        for at in hits:  # the common case: an occurrence whose context is untouched
            if self._affixes(at, at + len(quote), prefix, suffix) == (prefix, suffix):
                return (1.0, at), 1.0
        if len(hits) > MAX_SCORED:
            hits = sorted(hits, key=lambda at: -self._cheap_context(at, len(quote), prefix, suffix))
            hits = hits[:MAX_SCORED]
        alone = anchor.unique is True and len(hits) == 1  # the passage itself, moved or not
        scored, seen = [], 0.0
        for at in hits:
            sides = self._sides(at, at + len(quote), prefix, suffix)
            seen = max(seen, sum(sides) / 2)
            in_place = at == near and (mapped or self._clause_id(at) == anchor.clause)
            if alone or min(sides) >= MIN_SIDE or (max(sides) >= MIN_SIDE and in_place):
                scored.append((sum(sides) / 2, at))
        if not scored:
            return None, seen
        return max(scored, key=lambda s: self._rank(anchor, s[0], s[1], near)), seen

    def _rank(self, anchor: Anchor, score: float, at: int, near: int) -> tuple:
        # Context decides between lookalikes; close scores fall back on clause and distance.
        return round(score, 1), self._clause_id(at) == anchor.clause, -abs(at - near)

    def _cheap_context(self, start: int, length: int, prefix: str, suffix: str) -> int:
        before, after = self._affixes(start, start + length, prefix, suffix)
        return (sum(x == y for x, y in zip(reversed(before), reversed(prefix)))
                + sum(x == y for x, y in zip(after, suffix)))

    # -- fuzzy quote -------------------------------------------------------------------------

    def _fuzzy(self, quote: str, prefix: str, suffix: str,
               near: int) -> tuple[tuple[float, int, int] | None, float]:
        """((score, start, end) of the best acceptable candidate or None, best score seen)."""
        best, seen = None, 0.0
        for start, end in fuzzy_spans(self.text, prefix, quote, suffix, near):
            quote_score = similarity(quote, self.text[start:end])
            sides = self._sides(start, end, prefix, suffix)
            score = (quote_score + sum(sides) / 2) / 2
            seen = max(seen, score)
            if quote_score >= MIN_QUOTE and min(sides) >= MIN_SIDE and (best is None or score > best[0]):
                best = (score, start, end)
        return best, seen

    # -- shared ------------------------------------------------------------------------------

    def _affixes(self, start: int, end: int, prefix: str, suffix: str) -> tuple[str, str]:
        return self.text[max(0, start - len(prefix)):start], self.text[end:end + len(suffix)]

    def _sides(self, start: int, end: int, prefix: str, suffix: str) -> tuple[float, float]:
        """Shares of the recorded prefix and of the suffix found, in order, around [start, end)."""
        before = self.text[max(0, start - len(prefix) - SLACK):start]
        after = self.text[end:end + len(suffix) + SLACK]
        return _share(prefix, before), _share(suffix, after)

    def _clause_id(self, offset: int) -> str:
        return self.doc.clauses[max(0, bisect_right(self._starts, offset) - 1)].id


def _share(recorded: str, found: str) -> float:
    return matched_chars(recorded, found) / len(recorded) if recorded else 1.0
