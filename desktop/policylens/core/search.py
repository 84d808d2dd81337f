"""Full-text search over a corpus, insensitive to script (简/繁), to full/half width and ASCII case.

Two characters match when script.fold() (plus ASCII lower-casing) maps them to the same one.
Instead of folding every document at build time (about 1.5 s for 3,000 documents), the query
is turned into a pattern of character classes, 户籍 -> [户戶]籍, matched against the clean text
as written: the matches are the same, building costs nothing and a search over 3,000 documents
takes milliseconds. Offsets are those of the clean text, so snippets are cut from it directly.
"""
from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, NamedTuple

from .script import fold

SNIPPET = 60  # characters of context on each side of a match, at most; the view cuts to its width
_ASCII_LOWER = {code: code + 32 for code in range(ord("A"), ord("Z") + 1)}
_CHUNK = 4096


class Hit(NamedTuple):
    doc_key: str
    clause_id: str
    clause_title: str
    start: int
    end: int
    snippet_before: str
    match: str
    snippet_after: str
    place: str


def normalize(text: str) -> str:
    """The form two texts are compared in: folded and ASCII lower-cased, same length."""
    return fold(text).translate(_ASCII_LOWER)


@lru_cache(maxsize=1)
def _variants() -> dict[str, frozenset[str]]:
    """Normalized character -> the other characters that normalize to it (built once, ~0.2 s)."""
    everything = _all_characters()
    folded = fold(everything)
    groups: dict[str, set[str]] = {}
    for at in range(0, len(everything), _CHUNK):  # most chunks are unchanged: skip them whole
        if everything[at:at + _CHUNK] == folded[at:at + _CHUNK]:
            continue
        for source, target in zip(everything[at:at + _CHUNK], folded[at:at + _CHUNK]):
            if source != target:
                groups.setdefault(target, set()).add(source)
    for upper in map(chr, range(ord("A"), ord("Z") + 1)):  # case: A and Ａ join a and ａ
        groups.setdefault(upper.lower(), set()).update(groups.pop(upper, set()), upper)
    return {target: frozenset(sources) for target, sources in groups.items()}


def warm_up() -> None:
    """Build the variant table now (about 0.2 s), e.g. on a worker thread, not at the first query."""
    _variants()


def _all_characters() -> str:
    # Decoding code points from an array is several times faster than joining chr() calls.
    def span(a, b):
        return array("I", range(a, b)).tobytes().decode("utf-32-le")
    return span(0, 0xD800) + span(0xE000, sys.maxunicode + 1)  # surrogates never fold


def query_pattern(query: str) -> re.Pattern | None:
    """A pattern matching every text whose normalized form equals the normalized query."""
    compiled = compile_query(query)
    return compiled[0] if compiled else None


def compile_query(query: str) -> tuple[re.Pattern, str] | None:
    """The pattern, and its longest run of characters that can only match themselves.

    A pattern that starts with a character class cannot use the regex engine's fast literal
    scan; looking for the literal run with `in` first skips most documents cheaply.
    """
    needle = normalize(query.strip())
    if not needle:
        return None
    variants = _variants()
    parts, runs, run = [], [], ""
    for char in needle:
        members = set(variants.get(char, ()))
        if normalize(char) == char:  # a character that folds onward (a chain) is not itself a match
            members.add(char)
        if members == {char}:
            parts.append(re.escape(char))
            run += char
        else:
            parts.append("[" + "".join(re.escape(m) for m in sorted(members)) + "]")
            runs.append(run)
            run = ""
    return re.compile("".join(parts)), max(runs + [run], key=len)


class _Entry:
    """One document prepared for search: only the clause starts, to place a match in its clause."""

    __slots__ = ("doc", "starts")

    def __init__(self, doc):
        self.doc = doc
        self.starts = [clause.start for clause in doc.clauses]

    def clause_at(self, offset: int) -> int:
        return max(bisect_right(self.starts, offset) - 1, 0)


class CorpusSearch:
    def __init__(self, documents: Iterable):
        self._entries = [_Entry(doc) for doc in documents]
        self._agency_names: list[str] | None = None  # computed on first use, then kept

    def places(self) -> list[str]:
        """Places of the documents, each once, in corpus order."""
        return list(dict.fromkeys(e.doc.meta.place for e in self._entries if e.doc.meta.place))

    def levels(self) -> list[int]:
        return sorted({c.level for e in self._entries for c in e.doc.clauses})

    def agencies(self) -> list[str]:
        """Canonical names of every agency in the corpus, sorted."""
        if self._agency_names is None:
            self._agency_names = sorted({a.canonical for e in self._entries
                                         for c in e.doc.clauses for a in c.agencies})
        return list(self._agency_names)

    def match_agencies(self, text: str) -> set[str]:
        """Canonical names containing the typed text, compared in folded form."""
        wanted = normalize(text.strip())
        return {name for name in self.agencies() if wanted in normalize(name)}

    def search(self, query: str, places=None, agencies=None, levels=None, limit: int = 1000) -> list[Hit]:
        """Matches of the query in document order; filters are sets (None: no filter).

        agencies keeps hits in clauses naming one of those canonical agencies in any role;
        levels keeps hits in clauses of those levels.
        """
        compiled = compile_query(query)
        if compiled is None or limit <= 0:
            return []
        pattern, literal = compiled
        hits: list[Hit] = []
        for entry in self._entries:
            if places is not None and entry.doc.meta.place not in places:
                continue
            if literal not in entry.doc.text:  # "" is in every text
                continue
            allowed = _allowed_clauses(entry.doc.clauses, agencies, levels)
            if allowed is not None and not allowed:
                continue
            _search_document(entry, pattern, allowed, hits, limit)
            if len(hits) >= limit:
                break
        return hits


def _allowed_clauses(clauses, agencies, levels) -> set[int] | None:
    """Indices of the clauses that pass the filters; None when nothing is filtered."""
    if agencies is None and levels is None:
        return None
    return {i for i, clause in enumerate(clauses)
            if (levels is None or clause.level in levels)
            and (agencies is None or any(a.canonical in agencies for a in clause.agencies))}


def _search_document(entry: _Entry, pattern: re.Pattern, allowed, hits: list[Hit], limit: int) -> None:
    for match in pattern.finditer(entry.doc.text):  # matches do not overlap
        index = entry.clause_at(match.start())
        if allowed is None or index in allowed:
            hits.append(_hit(entry.doc, index, match.start(), match.end()))
            if len(hits) >= limit:
                return


def _hit(doc, clause_index: int, start: int, end: int) -> Hit:
    clause = doc.clauses[clause_index]
    text = doc.text
    # The context stays in the hit's clause: the neighbour's words would read as this clause's.
    before = _flat(text[max(start - SNIPPET, clause.start, 0):start])
    after = _flat(text[end:max(min(end + SNIPPET, clause.end), end)])
    return Hit(doc.key, clause.id, clause.title, start, end, before, text[start:end], after,
               doc.meta.place)


def _flat(snippet: str) -> str:
    # A snippet is shown on one line; the offsets of the hit are unaffected.
    return snippet.replace("\r", " ").replace("\n", " ")


def grouped(hits: Iterable[Hit]) -> dict[str, dict[str, list[Hit]]]:
    """{doc_key: {clause_id: [hits]}}, keeping the order of the hits."""
    groups: dict[str, dict[str, list[Hit]]] = {}
    for hit in hits:
        groups.setdefault(hit.doc_key, {}).setdefault(hit.clause_id, []).append(hit)
    return groups
