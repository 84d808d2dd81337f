"""A query language over clauses, and key-word-in-context rows of its hits.

Grammar (shown to the user as is):

    query   := or
    or      := and ( (OR | 或 | "|") and )*
    and     := not ( [AND | 与 | "&"] not )*      -- two terms side by side mean AND
    not     := (NOT | 非 | "-") not | near
    near    := atom ( NEAR/N atom )*               -- both within N characters, in one clause
    atom    := word | "a phrase" | /regular expression/ | ( query )

A word or phrase matches regardless of script (简/繁), full/half width and ASCII case, as in
core/search.py; a /regular expression/ is matched as written. The unit a query is true of is
a clause: `户籍 AND 居住证` keeps the clauses containing both. Operators are upper-case
(AND, OR, NOT, NEAR) or the single characters 与 或 非; a malformed query raises QueryError
naming the character position (0-based) where it went wrong.

Speed: a document is skipped when its whole text already makes the query false (a word that
must be there is not); otherwise each word is searched once per clause that holds it (after a
match the search jumps to the next clause), only the clauses whose words can make the query
true are evaluated, and spans are collected for those alone. A regular expression is still
matched clause by clause, because anchors and look-arounds see the clause as the whole text.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from typing import Iterable, NamedTuple

from .attributes import value_order
from .search import SNIPPET, Hit, compile_query
from .errors import PolicyLensError

CONTEXT = 30  # characters of context on each side of a KWIC row
_WORDS = {"AND": "AND", "与": "AND", "&": "AND", "OR": "OR", "或": "OR", "|": "OR",
          "NOT": "NOT", "非": "NOT", "-": "NOT"}
_TOKEN = re.compile(r'\s*(?:(?P<open>\()|(?P<close>\))|"(?P<phrase>[^"]*)"|/(?P<regex>(?:\\.|[^/\\])+)/'
                    r'|(?P<near>NEAR/(?P<dist>\d+))|(?P<op>[&|与或非]|-(?=\S))|(?P<word>[^\s()"&|]+))')


class QueryError(PolicyLensError, ValueError):
    code = "query"
    messages = {
        "query": "{detail} at position {position}",
        "query.empty": "empty query at position {position}",
        "query.unexpected": "unexpected {token} at position {position}",
        "query.missing_close": "missing ')' at position {position}",
        "query.empty_phrase": "empty phrase at position {position}",
        "query.bad_regex": "bad regular expression ({reason}) at position {position}",
        "query.no_term": "a term is missing at position {position}",
        "query.term_expected": "a term is expected, not {token} at position {position}",
    }

    def __init__(self, message: str, position: int, **params):
        super().__init__(message, position=position, **params)
        self.position = position


@dataclass(frozen=True, eq=False)  # identity hash: a term is looked up per clause, often
class Term:
    pattern: re.Pattern
    text: str
    literal: str | None = None  # a word's run of plain characters; None for a regular expression


@dataclass(frozen=True)
class Node:
    op: str  # AND, OR, NOT, NEAR
    parts: tuple
    distance: int = 0


class Span(NamedTuple):
    start: int
    end: int


def _tokens(query: str) -> list[tuple[str, str, int]]:
    out, at = [], 0
    while at < len(query):
        if query[at:].strip() == "":
            break
        match = _TOKEN.match(query, at)
        if not match or match.end() == at:
            raise QueryError("query.unexpected", at, token=repr(query[at:].strip()[:1]))
        pos = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
        kind = match.lastgroup if match.lastgroup != "dist" else "near"
        if match.group("near"):
            out.append(("near", match.group("dist"), pos))
        elif kind == "word" and match.group("word") in _WORDS:
            out.append(("op", _WORDS[match.group("word")], pos))
        elif kind == "op":
            out.append(("op", _WORDS[match.group("op")], pos))
        else:
            out.append((kind, match.group(kind) or "", pos))
        at = match.end()
    return out


class _Parser:
    def __init__(self, query: str):
        self.query, self.tokens, self.at = query, _tokens(query), 0

    def peek(self):
        return self.tokens[self.at] if self.at < len(self.tokens) else ("end", "", len(self.query))

    def take(self):
        token = self.peek()
        self.at += 1
        return token

    def parse(self):
        if not self.tokens:
            raise QueryError("query.empty", 0)
        node = self.or_()
        kind, value, pos = self.peek()
        if kind != "end":
            raise QueryError("query.unexpected", pos, token=repr(value or kind))
        return node

    def or_(self):
        parts = [self.and_()]
        while self.peek()[:2] == ("op", "OR"):
            self.take()
            parts.append(self.and_())
        return parts[0] if len(parts) == 1 else Node("OR", tuple(parts))

    def and_(self):
        parts = [self.not_()]
        while True:
            kind, value, _ = self.peek()
            if (kind, value) == ("op", "AND"):
                self.take()
            elif not (kind in ("word", "phrase", "regex", "open") or (kind, value) == ("op", "NOT")):
                break
            parts.append(self.not_())
        return parts[0] if len(parts) == 1 else Node("AND", tuple(parts))

    def not_(self):
        if self.peek()[:2] == ("op", "NOT"):
            self.take()
            return Node("NOT", (self.not_(),))
        return self.near()

    def near(self):
        node = self.atom()
        while self.peek()[0] == "near":
            distance = int(self.take()[1])
            node = Node("NEAR", (node, self.atom()), distance)
        return node

    def atom(self):
        kind, value, pos = self.take()
        if kind == "open":
            node = self.or_()
            if self.take()[0] != "close":
                raise QueryError("query.missing_close", self.tokens[self.at - 1][2] if self.at <= len(self.tokens)
                                 else len(self.query))
            return node
        if kind in ("word", "phrase"):
            compiled = compile_query(value)
            if compiled is None:
                raise QueryError("query.empty_phrase", pos)
            return Term(compiled[0], value, compiled[1])
        if kind == "regex":
            try:
                return Term(re.compile(value), value)
            except re.error as exc:
                raise QueryError("query.bad_regex", pos + 1 + (exc.pos or 0), reason=exc.msg) from None
        if kind == "end":
            raise QueryError("query.no_term", pos)
        raise QueryError("query.term_expected", pos, token=repr(value or kind))


def parse(query: str):
    """The query's tree of Node and Term; QueryError when malformed."""
    return _Parser(query).parse()


def _spans(node, found) -> list[Span] | None:
    """The spans of the node's terms when true, else None (NOT: [] when true).

    found(term) gives a term's spans in the clause at hand ([] when it has none).
    """
    if isinstance(node, Term):
        return found(node) or None
    if node.op == "NOT":
        return None if _spans(node.parts[0], found) is not None else []
    results = [_spans(part, found) for part in node.parts]
    if node.op == "OR":
        kept = [r for r in results if r is not None]
        return sorted(set().union(*kept)) if kept else None
    if node.op == "AND":
        return None if any(r is None for r in results) else sorted(set().union(*results))
    left, right = results  # NEAR: pairs whose gap is at most the distance
    if not left or not right:
        return None
    close = {s for a in left for b in right if max(a[0], b[0]) - min(a[1], b[1]) <= node.distance
             for s in (a, b)}
    return sorted(close) or None


def _terms(node) -> list[Term]:
    if isinstance(node, Term):
        return [node]
    return [term for part in node.parts for term in _terms(part)]


def _possible(node, text: str) -> bool:
    """False when the document's whole text already makes the query false in every clause.

    A word found in no clause is not in the text; a regular expression or a NOT cannot be
    judged on the whole text, so they count as possible.
    """
    if isinstance(node, Term):
        return node.literal is None or (node.literal in text and node.pattern.search(text) is not None)
    if node.op == "NOT":
        return True
    if node.op == "OR":
        return any(_possible(part, text) for part in node.parts)
    return all(_possible(part, text) for part in node.parts)  # AND, NEAR


class ClauseHit(NamedTuple):
    doc_key: str
    clause_id: str
    spans: tuple  # offsets in the document's text
    bounds: tuple = (0, 0)  # the clause's start and end, where KWIC context stops


def run(query: str | object, documents: Iterable, keys: set[str] | None = None,
        levels: set[int] | None = None, spans: int | None = None) -> list[ClauseHit]:
    """The clauses the query is true of, in document order; keys/levels narrow the scope.

    spans: stop after the document in which this many matched spans are reached (a list
    that shows the first thousand need not search the rest of the corpus).
    """
    tree = parse(query) if isinstance(query, str) else query
    terms = list(dict.fromkeys(_terms(tree)))
    every_clause = _spans(tree, lambda term: []) is not None or any(t.literal is None for t in terms)
    found, counted = [], 0
    for doc in documents:
        if keys is not None and doc.key not in keys:
            continue
        if _possible(tree, doc.text):
            hits = _document_hits(tree, terms, every_clause, doc, levels)
            found.extend(hits)
            counted += sum(len(h.spans) for h in hits)
            if spans is not None and counted >= spans:
                break
    return found


def _document_hits(tree, terms, every_clause: bool, doc, levels) -> list[ClauseHit]:
    clauses = doc.clauses  # clauses partition the text: each is searched apart
    text = doc.text
    present = _Present(text, clauses, _once(tree))
    candidates = range(len(clauses)) if every_clause else sorted(_candidates(tree, present, len(clauses)))
    hits = []
    for index in candidates:
        clause = clauses[index]
        if levels is not None and clause.level not in levels:
            continue
        spans = _spans(tree, _finder(text, clause, index, present))
        if spans is not None:
            hits.append(ClauseHit(doc.key, clause.id, tuple(spans), (clause.start, clause.end)))
    return hits


class _Present(dict):
    """term -> the indices of the clauses holding it, searched when first asked for.

    A word that occurs once in the query and stands in an AND (or NEAR) is searched only in the
    clauses its siblings leave possible: elsewhere the AND is false whatever the word does, so
    the set kept for it may leave out clauses outside them."""

    def __init__(self, text: str, clauses, once: set):
        super().__init__()
        self.text, self.clauses, self.once = text, clauses, once
        self.starts = [clause.start for clause in clauses]

    def __missing__(self, term: Term) -> set[int]:
        found = self[term] = _clauses_with(term, self.text, self.clauses, self.starts)
        return found

    def within(self, term: Term, indices: set[int]) -> set[int]:
        if term in self or term not in self.once:
            return self[term] & indices
        if term.literal not in self.text:
            found = set()
        else:
            search, text, clauses = term.pattern.search, self.text, self.clauses
            found = {i for i in indices if search(text, clauses[i].start, clauses[i].end) is not None}
        self[term] = found
        return found


def _once(tree) -> set:
    """The query's words that occur in it once."""
    counts: dict = {}
    for term in _terms(tree):
        counts[term] = counts.get(term, 0) + 1
    return {term for term, n in counts.items() if n == 1}


def _candidates(node, present: _Present, count: int) -> set[int]:
    """The clauses in which the node can be true, judged by which words each clause holds
    (a regular expression or a NOT may be true anywhere)."""
    if isinstance(node, Term):
        return present[node] if node.literal is not None else set(range(count))
    if node.op == "NOT":
        return set(range(count))
    if node.op == "OR":
        return set().union(*(_candidates(part, present, count) for part in node.parts))
    # AND, NEAR: the other parts first, then the words, the rarest in the text first, each
    # looked for only where everything before it is possible
    words = sorted((p for p in node.parts if isinstance(p, Term) and p.literal is not None),
                   key=lambda term: present.text.count(term.literal))
    others = [p for p in node.parts if not (isinstance(p, Term) and p.literal is not None)]
    possible = None
    for part in others:
        found = _candidates(part, present, count)
        possible = found if possible is None else possible & found
    for word in words:
        possible = present[word] if possible is None else present.within(word, possible)
    return possible


def _finder(text: str, clause, index: int, present: dict):
    """found(term) for one clause: its matches inside the clause, in document offsets, kept."""
    cache: dict[Term, list[Span]] = {}

    def found(term: Term) -> list[Span]:
        if term.literal is not None and index not in present[term]:
            return []
        if term not in cache:
            if term.literal is None:  # a regular expression sees the clause as its whole text
                matches = term.pattern.finditer(text[clause.start:clause.end])
                cache[term] = [(m.start() + clause.start, m.end() + clause.start)
                               for m in matches if m.end() > m.start()]
            else:  # a word has no anchors (searching between bounds is searching the clause) and is never empty
                cache[term] = [m.span() for m in term.pattern.finditer(text, clause.start, clause.end)]
        return cache[term]

    return found


def _clauses_with(term: Term, text: str, clauses, starts: list[int]) -> set[int]:
    """Indices of the clauses holding a match of the word: one search per such clause, since
    after a match the search goes on from the next clause's start."""
    found: set[int] = set()
    if term.literal not in text:
        return found
    at = 0
    while (match := term.pattern.search(text, at)) is not None:
        index = max(bisect_right(starts, match.start()) - 1, 0)
        clause = clauses[index]
        if match.end() <= clause.end or term.pattern.search(text, max(at, clause.start), clause.end):
            found.add(index)  # a match running past the clause's end is not the clause's own
        if index + 1 >= len(clauses):
            break
        at = max(clauses[index + 1].start, match.start() + 1)
    return found


class KwicRow(NamedTuple):
    doc_key: str
    clause_id: str
    start: int
    left: str
    keyword: str
    right: str


def kwic(hits: Iterable[ClauseHit], documents: Iterable, width: int = CONTEXT) -> list[KwicRow]:
    """One row per matched span: left context, keyword, right context (on one line).

    The context stops at the clause's own bounds: a concordance line never runs into the next
    clause's heading.
    """
    by_key = {doc.key: doc for doc in documents}
    rows, flat_key, text, flat = [], None, "", ""
    for hit in hits:
        low, high = hit.bounds
        if flat_key != hit.doc_key:
            flat_key, text = hit.doc_key, by_key[hit.doc_key].text
            flat = _flat(text)  # same length: offsets hold
        for start, end in hit.spans:
            rows.append(KwicRow(hit.doc_key, hit.clause_id, start, flat[max(start - width, low):start],
                                text[start:end], flat[end:min(end + width, high)].rstrip()))
    return rows


def sort_rows(rows: list[KwicRow], by: str = "right", attributes: dict[str, dict] | None = None) -> list[KwicRow]:
    """Rows sorted by the right context, the left one read backwards, the keyword, or an
    attribute of their documents (attributes: key -> values; numbers in numeric order, rows
    without a value last, ties in document and text order)."""
    if by == "right":
        return sorted(rows, key=lambda r: (r.right, r.keyword))
    if by == "left":
        return sorted(rows, key=lambda r: (r.left[::-1], r.keyword))
    if by == "keyword":
        return sorted(rows, key=lambda r: (r.keyword, r.right))
    values = attributes or {}
    return sorted(rows, key=lambda r: (value_order(str(values.get(r.doc_key, {}).get(by) or "")), r.doc_key, r.start))


def span_hits(hits: Iterable[ClauseHit], documents: Iterable, limit: int | None = None) -> list[Hit]:
    """One search Hit per matched span (its snippet cut from its own clause), in order, at most
    limit: what the window's result list shows, term by term under each clause."""
    by_key = {doc.key: doc for doc in documents}
    out: list[Hit] = []
    titles_key, titles = None, {}
    for hit in hits:
        doc = by_key[hit.doc_key]
        if titles_key != doc.key:  # hits come document by document
            titles_key, titles = doc.key, {c.id: c.title for c in doc.clauses}
        title = titles.get(hit.clause_id, "")
        low, high = hit.bounds
        for start, end in hit.spans:
            if limit is not None and len(out) >= limit:
                return out
            out.append(Hit(doc.key, hit.clause_id, title, start, end,
                           _flat(doc.text[max(start - SNIPPET, low):start]), doc.text[start:end],
                           _flat(doc.text[end:max(min(end + SNIPPET, high), end)]), doc.meta.place))
    return out


def _flat(text: str) -> str:
    return text.replace("\r", " ").replace("\n", " ")
