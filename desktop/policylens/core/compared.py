"""One clause family side by side: the rows the comparison view shows and its exports write.

A column is one document's clause, worded for the reader (title and note already in the interface
language), its text cut by the word diff against the reference into segments: 'equal', 'insert'
(this document only), 'delete' (the reference's words this document left out, in the reference's
characters) and 'replace'.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


class Segment(NamedTuple):
    op: str  # equal, insert, delete, replace
    text: str
    reference_text: str  # what the reference has in its place (delete and replace)


@dataclass(frozen=True)
class ComparedColumn:
    title: str  # place · clause id, then a new line and the clause title
    note: str  # 参照, the similarity, or why the document has no clause here
    segments: list[Segment] = field(default_factory=list)
    values: list[str] = field(default_factory=list)  # localized values that differ from the reference
    document: str = ""  # the document's key
    clause: str = ""  # the clause id, "" where the document has none
    similarity: float | None = None  # to the reference; None for the reference and absent ones


@dataclass(frozen=True)
class Colours:
    insert: tuple[str, str]  # (background, text)
    delete: tuple[str, str]
    replace: tuple[str, str]
