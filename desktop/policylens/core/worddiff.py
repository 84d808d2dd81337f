"""Word-level differences between clauses of two documents, in each document's own characters.

Both clauses are cut into words by jieba on the folded text (simplified, half-width). Folding
maps one character to one character, so a word's offsets in the folded text are its offsets
in the clean text, and an operation can show a traditional document in its own script; a
simplified and a traditional copy of one sentence fold alike and differ in nothing.

Each distinct word becomes one private-use character. difflib's SequenceMatcher matches the
two word strings (longest common blocks first, no junk heuristic; in pure Python it is about
seven times faster than diff-match-patch's Myers diff on the seeds, and it aligns a rewritten
citation better), and diff-match-patch's semantic clean-up (diff_cleanupSemantic) reads the
result in words: an equality no longer than the changes on both sides of it is merged into
them, so no word is split and no confetti of one-word equalities is left between two changes.
Its lengths count words, not characters. Nothing depends on a clock: the same texts always
give the same ops.

jieba's dictionary takes about a second to load: nothing is loaded on import; call warm_up()
(from a worker thread, in the application) or pay it on the first diff.

Which clause of one document goes with which of the other comes from interim_clause_pairs
until the clause alignment takes its place: diff_documents takes the pairs as an argument.
"""
from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import NamedTuple, Sequence

from diff_match_patch import diff_match_patch

from . import values as value_rules
from .document import Document
from .outline import Clause
from .script import fold
from .values import Value, ValuePair

MIN_PAIR_SCORE = 0.3  # interim pairing: below this bigram Dice two clauses are not paired
_FIRST_CODE = 0xF0000  # supplementary private use area: 131,068 codes, none in real text
_WHITESPACE = re.compile(r"\s+")
_jieba_lock = threading.Lock()
_jieba = None


class Op(NamedTuple):
    op: str  # equal, insert, delete, replace
    a_start: int  # offsets into each document's clean text
    a_end: int
    b_start: int
    b_end: int


class ClausePair(NamedTuple):
    a: int | None  # index into doc_a.clauses; None: the B clause has no counterpart
    b: int | None
    score: float


@dataclass
class ClauseDiff:
    a_key: str
    a_clause: str | None  # clause id; None for a gap (the other side has no counterpart)
    b_key: str
    b_clause: str | None
    a_span: tuple[int, int]
    b_span: tuple[int, int]
    ops: list[Op]
    values: list[ValuePair]  # localized values that differ
    score: float | None = None  # the pairing's score, when the pair came from a pairing
    similarity: float = 0.0  # share of characters in equal words (Dice), 0 for a gap

    def changed(self) -> bool:
        return any(op.op != "equal" for op in self.ops) or self.a_clause is None or self.b_clause is None


def warm_up() -> None:
    """Load jieba's dictionary now rather than on the first diff."""
    _tokenizer()


def _tokenizer():
    global _jieba
    with _jieba_lock:
        if _jieba is None:
            import jieba
            jieba.setLogLevel(logging.WARNING)  # it announces the dictionary load on stderr
            jieba.dt.initialize()
            _jieba = jieba.dt
    return _jieba


def tokenize(folded: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """jieba's words of folded[start:end] as (start, end) spans; they cover the range exactly."""
    end = len(folded) if end is None else end
    return [(start + a, start + b) for a, b in _words(folded[start:end])]


@lru_cache(maxsize=4096)
def _words(text: str) -> tuple[tuple[int, int], ...]:
    """Cached: the N-way view cuts the reference clause once for every other document."""
    return tuple((a, b) for _, a, b in _tokenizer().tokenize(text))


@lru_cache(maxsize=64)
def _fold(text: str) -> str:
    """Cached: a document is folded once, not once per clause pair."""
    return fold(text)


def clause_span(doc: Document, clause: Clause, with_children: bool = False) -> tuple[int, int]:
    """What of a clause is compared: from past its number to its end (or its last descendant's)."""
    start = clause.title_start if clause.kind in ("heading", "item") else clause.start
    end = _subtree(doc, clause)[-1].end if with_children else clause.end
    while end > start and doc.text[end - 1].isspace():
        end -= 1
    return start, end


def _subtree(doc: Document, clause: Clause) -> list[Clause]:
    """The clause and its descendants: the clauses after it down to the next of its level or above."""
    index = doc.clauses.index(clause)
    out = [clause]
    for later in doc.clauses[index + 1:] if clause.level > 0 else ():
        if later.level <= clause.level:
            break
        out.append(later)
    return out


def diff_spans(folded_a: str, span_a: tuple[int, int], folded_b: str, span_b: tuple[int, int]
               ) -> list[Op]:
    """Word ops between folded_a[span_a] and folded_b[span_b]; they cover both spans in order."""
    words_a, words_b = tokenize(folded_a, *span_a), tokenize(folded_b, *span_b)
    codes: dict[str, str] = {}
    coded_a, coded_b = _encode(folded_a, words_a, codes), _encode(folded_b, words_b, codes)
    diffs = _matching(coded_a, coded_b)
    dmp = diff_match_patch()
    dmp.diff_cleanupMerge(diffs)
    dmp.diff_cleanupSemantic(diffs)
    return _ops(diffs, _starts(words_a, span_a[1]), _starts(words_b, span_b[1]))


def _matching(coded_a: str, coded_b: str) -> list[tuple[int, str]]:
    """difflib's matching blocks as diff-match-patch's (op, text) list, deletions first."""
    diffs = []
    matcher = SequenceMatcher(None, coded_a, coded_b, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            diffs.append((diff_match_patch.DIFF_EQUAL, coded_a[i1:i2]))
            continue
        if i2 > i1:
            diffs.append((diff_match_patch.DIFF_DELETE, coded_a[i1:i2]))
        if j2 > j1:
            diffs.append((diff_match_patch.DIFF_INSERT, coded_b[j1:j2]))
    return diffs


def diff_clauses(doc_a: Document, clause_a: Clause, doc_b: Document, clause_b: Clause, *,
                 with_children: bool = False, score: float | None = None) -> ClauseDiff:
    a, b = _side(doc_a, clause_a, with_children), _side(doc_b, clause_b, with_children)
    ops = diff_spans(a.folded, a.span, b.folded, b.span)
    places = (doc_a.meta.place, doc_b.meta.place)
    values = value_rules.differing(
        _values(a, [(o.a_start, o.a_end) for o in ops if o.op != "equal"], places),
        _values(b, [(o.b_start, o.b_end) for o in ops if o.op != "equal"], places))
    equal = sum(o.a_end - o.a_start for o in ops if o.op == "equal")
    total = (a.span[1] - a.span[0]) + (b.span[1] - b.span[0])
    return ClauseDiff(doc_a.key, clause_a.id, doc_b.key, clause_b.id, a.span, b.span, ops, values,
                      score, 2 * equal / total if total else 1.0)


def diff_against(reference: tuple[Document, Clause], others: Sequence[tuple[Document, Clause]],
                 with_children: bool = False) -> list[ClauseDiff]:
    """The N-way view: one reference clause against its counterpart in each other document."""
    doc, clause = reference
    return [diff_clauses(doc, clause, other_doc, other, with_children=with_children)
            for other_doc, other in others]


def diff_documents(doc_a: Document, doc_b: Document, pairs: Sequence[ClausePair] | None = None
                   ) -> list[ClauseDiff]:
    """Two whole documents clause by clause; unpaired clauses are gaps (one side None, no ops)."""
    pairs = interim_clause_pairs(doc_a, doc_b) if pairs is None else pairs
    out = []
    for a, b, score in pairs:
        if a is not None and b is not None:
            out.append(diff_clauses(doc_a, doc_a.clauses[a], doc_b, doc_b.clauses[b], score=score))
        else:
            out.append(_gap(doc_a, a, doc_b, b))
    return out


def interim_clause_pairs(doc_a: Document, doc_b: Document) -> list[ClausePair]:
    """Pair each clause with its most similar clause of the other document, one to one.

    Stands in until the clause alignment exists (which replaces this one function: pass its
    pairs to diff_documents). Similarity is the mean of two Dice coefficients of character
    bigram sets (folded, whitespace removed), of the titles and of the whole clauses, so two
    clauses with one title but bodies of different length still pair. Pairs are taken best
    first, each clause at most once, down to MIN_PAIR_SCORE.
    """
    grams_a = [_grams(doc_a, c) for c in doc_a.clauses]
    grams_b = [_grams(doc_b, c) for c in doc_b.clauses]
    scored = sorted(((_similarity(ga, gb), i, j) for i, ga in enumerate(grams_a) for j, gb in enumerate(grams_b)),
                    key=lambda t: (-t[0], t[1], t[2]))
    partner: dict[int, tuple[int, float]] = {}
    taken: set[int] = set()
    for score, i, j in scored:
        if score < MIN_PAIR_SCORE:
            break
        if i not in partner and j not in taken:
            partner[i] = (j, score)
            taken.add(j)
    return _rows(partner, len(doc_a.clauses), len(doc_b.clauses))


def _rows(partner: dict[int, tuple[int, float]], count_a: int, count_b: int) -> list[ClausePair]:
    """Rows in A's order; an unpaired B clause after the row holding the B clause before it."""
    rows = [ClausePair(i, *partner[i]) if i in partner else ClausePair(i, None, 0.0) for i in range(count_a)]
    for j in sorted(set(range(count_b)) - {b for b, _ in partner.values()}):
        at = max((k + 1 for k, row in enumerate(rows) if row.b is not None and row.b < j), default=0)
        rows.insert(at, ClausePair(None, j, 0.0))
    return rows


def _encode(folded: str, words: list[tuple[int, int]], codes: dict[str, str]) -> str:
    return "".join(codes.setdefault(folded[a:b], chr(_FIRST_CODE + len(codes))) for a, b in words)


def _starts(words: list[tuple[int, int]], end: int) -> list[int]:
    """Offset of each word, then the span's end: word i covers starts[i]..starts[i + 1]."""
    return [a for a, _ in words] + [end]


def _ops(diffs, starts_a: list[int], starts_b: list[int]) -> list[Op]:
    ops: list[Op] = []
    i = j = deleted = inserted = 0  # word positions; words deleted and inserted since the last equality

    def flush():
        if deleted or inserted:
            kind = "replace" if deleted and inserted else "delete" if deleted else "insert"
            ops.append(Op(kind, starts_a[i - deleted], starts_a[i], starts_b[j - inserted], starts_b[j]))

    for kind, chunk in diffs:
        if kind == diff_match_patch.DIFF_EQUAL:
            flush()
            deleted = inserted = 0
            n = len(chunk)
            ops.append(Op("equal", starts_a[i], starts_a[i + n], starts_b[j], starts_b[j + n]))
            i, j = i + n, j + n
        elif kind == diff_match_patch.DIFF_DELETE:
            i, deleted = i + len(chunk), deleted + len(chunk)
        else:
            j, inserted = j + len(chunk), inserted + len(chunk)
    flush()
    return ops


class _Side(NamedTuple):
    doc: Document
    clauses: list[Clause]  # the clause, and its descendants when they are compared too
    span: tuple[int, int]
    folded: str


def _side(doc: Document, clause: Clause, with_children: bool) -> _Side:
    clauses = _subtree(doc, clause) if with_children else [clause]
    return _Side(doc, clauses, clause_span(doc, clause, with_children), _fold(doc.text))


def _values(side: _Side, changed: list[tuple[int, int]], places) -> list[Value]:
    """The side's values that touch a changed range (the rest are equal on both sides), and
    its agencies by role."""
    agencies = value_rules.agency_values(ref for c in side.clauses for ref in c.agencies)
    if not changed:
        return agencies
    found = value_rules.extract(side.doc.text, *side.span, folded=side.folded,
                                tokens=tokenize(side.folded, *side.span), places=places)
    return [v for v in found if any(v.start < b and a < v.end for a, b in changed)] + agencies


def _gap(doc_a: Document, a: int | None, doc_b: Document, b: int | None) -> ClauseDiff:
    span_a = clause_span(doc_a, doc_a.clauses[a]) if a is not None else (0, 0)
    span_b = clause_span(doc_b, doc_b.clauses[b]) if b is not None else (0, 0)
    return ClauseDiff(doc_a.key, doc_a.clauses[a].id if a is not None else None,
                      doc_b.key, doc_b.clauses[b].id if b is not None else None, span_a, span_b, [], [])


def _grams(doc: Document, clause: Clause) -> tuple[frozenset[str], frozenset[str]]:
    folded = _fold(doc.text)
    return _bigrams(folded[clause.title_start:clause.title_end]), _bigrams(folded[slice(*clause_span(doc, clause))])


def _bigrams(text: str) -> frozenset[str]:
    text = _WHITESPACE.sub("", text)
    return frozenset(text[k:k + 2] for k in range(len(text) - 1))


def _similarity(a: tuple[frozenset[str], frozenset[str]], b: tuple[frozenset[str], frozenset[str]]) -> float:
    return (_dice(a[0], b[0]) + _dice(a[1], b[1])) / 2


def _dice(a: frozenset[str], b: frozenset[str]) -> float:
    total = len(a) + len(b)
    return 2 * len(a & b) / total if total else 0.0
