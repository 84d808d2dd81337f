"""Whether a newly imported file is a new version of a stored document that shares its name.

A file name says little: cities file their plans in folders of their own under the same names
(三门峡/实施方案.txt, 洛阳/实施方案.txt), and `plan a.txt` and `plan_a.txt` share a key form.
So a file imported from another place than a stored document of the same name is judged by
what it says, with 5-gram containment (core.reuse) in both directions:

  kept   the share of the old text's 5-grams found in the new text
  known  the share of the new text's 5-grams found in the old text

  different  the two name different places or carry different document numbers (both known),
             or neither text holds half of the other (max(kept, known) < DIFFERENT_BELOW):
             two documents.
  same       no such conflict, titles that agree (one holds the other, or one text has none),
             enough text to judge, and the new text keeps nearly all of the old
             (kept >= CONTINUES: it continues or extends it): a new version.
  unsure     anything else, e.g. a text that is a part of the other, or two texts that hold
             most of each other (min >= EDITED) but each changed: an edited copy, or another
             filling of one template (two penalty notices of one bureau share 93% of their
             5-grams under one portal title): the user decides; nothing is merged silently.

Measured on every pair of the 834 readable files of the development corpus, names aside
(347,361 pairs): 7 reach `same`, six of them one document saved twice (from two portals, or as
.docx and .htm) and one a pair of the same non-document (a code-hosting page saved as .txt);
69 are `unsure`, among them penalty notices of one bureau that share up to 99% of their
5-grams, which is why the titles must agree.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Document
from .reuse import shingles
from .script import fold

DIFFERENT_BELOW = 0.5
CONTINUES = 0.95
EDITED = 0.8
MIN_GRAMS = 200  # fewer distinct 5-grams (an error page, an empty frame): too little to tell

SAME, DIFFERENT, UNSURE = "same", "different", "unsure"
_NOT_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Likeness:
    verdict: str  # same, different or unsure
    reason: str  # one plain sentence, for the import report
    kept: float
    known: float


def compare(old: Document, new: Document) -> Likeness:
    """How new relates to old, a stored document with the same key form of its name."""
    old_grams, new_grams = shingles(old.text), shingles(new.text)
    shared = len(old_grams & new_grams)
    kept = shared / len(old_grams) if old_grams else 0.0
    known = shared / len(new_grams) if new_grams else 0.0
    shares = f"the new text keeps {kept:.0%} of the old, {known:.0%} of it was in the old"

    def likeness(verdict: str, reason: str) -> Likeness:
        return Likeness(verdict, f"{reason} ({shares})", round(kept, 4), round(known, 4))

    conflict = _conflict(old, new)
    if conflict:
        return likeness(DIFFERENT, conflict)
    if max(kept, known) < DIFFERENT_BELOW:
        return likeness(DIFFERENT, "the texts are different")
    if min(len(old_grams), len(new_grams)) < MIN_GRAMS:
        return likeness(UNSURE, "too little text to tell")
    if not _same_title(old.meta.title, new.meta.title):
        return likeness(UNSURE, f"similar texts with other titles: '{old.meta.title}' and '{new.meta.title}'")
    if kept >= CONTINUES:
        return likeness(SAME, "the new text continues the old")
    if min(kept, known) >= EDITED:  # an edited copy, or another filling of one template: ask
        return likeness(UNSURE, "similar texts under one title, each changed")
    return likeness(UNSURE, "the texts overlap in part")


def _conflict(old: Document, new: Document) -> str:
    """Metadata that only two different documents can disagree on, as a reason; '' if none."""
    pairs = (("places", old.meta.place + old.meta.level, new.meta.place + new.meta.level),
             ("document numbers", old.meta.doc_number, new.meta.doc_number))
    for what, a, b in pairs:
        if a and b and _compact(a) != _compact(b):
            return f"different {what}: {a} and {b}"
    return ""


def _same_title(a: str, b: str) -> bool:
    """Titles agree when one holds the other: a draft's （征求意见稿）, a line wrapped into it."""
    a, b = _compact(a), _compact(b)
    return a in b or b in a


def _compact(text: str) -> str:
    return _NOT_ALNUM.sub("", fold(text))
