"""What a document wrote that no one before it wrote: its novelty spans and share of new text.

A 5-gram of the document (shingles.shingle) is old when an earlier-dated document of the corpus,
or a document of a higher level (whatever its date), contains it; a character is old when an old
5-gram covers it. New spans are the runs of characters that are not old, at least MIN_SPAN
characters long (a shorter run is an edit inside copied text: one word changed, not text
written); the share is their characters over all kept characters. An undated document is
compared with the higher levels only; an undated other document is never "earlier".
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..reuse import GRAM
from .facts import DocFacts
from .grams import GramTable, member
from .levels import above
from .shingles import covered, runs, shingle

MIN_SPAN = GRAM


@dataclass
class Novelty:
    key: str
    spans: list[tuple[int, int]]  # clean-text spans of new text, in order
    new_chars: int
    chars: int  # letters and digits compared (numbers masked to one each)
    compared: int  # documents it was compared with (earlier or higher)

    @property
    def share(self) -> float:
        return self.new_chars / self.chars if self.chars else 0.0

    def to_json(self, text: str | None = None) -> dict:
        spans = [{"start": a, "end": b, **({"text": text[a:b]} if text is not None else {})} for a, b in self.spans]
        return {"key": self.key, "share": round(self.share, 4), "new_chars": self.new_chars,
                "chars": self.chars, "compared": self.compared, "spans": spans}


def references(table: GramTable, facts: DocFacts) -> list[int]:
    """The documents of the table earlier than or above this one (never itself)."""
    out = []
    for i, other in enumerate(table.facts):
        if other.key == facts.key:
            continue
        earlier = bool(facts.date and other.date and other.date.before(facts.date))
        if earlier or above(other.level, facts.level):
            out.append(i)
    return out


def novelty(table: GramTable, facts: DocFacts, text: str) -> Novelty:
    shingled = shingle(text)
    refs = references(table, facts)
    unknown = np.unique(shingled.hashes)  # not yet found in any reference document
    for i in sorted(refs, key=lambda i: -len(table.grams[i])):
        if not len(unknown):
            break
        unknown = unknown[~member(unknown, table.grams[i])]
    new = ~covered(~member(shingled.hashes, unknown), shingled.length)
    spans, count = [], 0
    for a, b in runs(new):
        if b - a >= MIN_SPAN:
            spans.append((int(shingled.starts[a]), int(shingled.ends[b - 1])))
            count += b - a
    return Novelty(facts.key, spans, count, shingled.length, len(refs))

