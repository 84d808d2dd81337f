"""Which stored document an imported file belongs to, and the key of a document of its own.

A file is a new version of the document it was imported from before (the same source path,
in any version). Otherwise the stored documents whose names share its key form are its
namesakes: the same bytes are `unchanged`; core.identity judges the rest by their text. One
namesake it continues makes a new version; none makes a document of its own, under a key of its
own; anything else is `ambiguous` and is not imported until the user decides (resolve).

Keys already in a store never change, so stores written before this rule keep working as they
are. A document of its own whose name's key form is taken gets `<key>~<folder>` (the folder it
was imported from, when the namesakes come from other folders) or else `<key>~2`, `<key>~3`, …
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..core.document import Document, document_key, key_form
from ..core.identity import SAME, UNSURE, compare

SEPARATE = "/separate"  # resolve()'s answer for "a document of its own": no key holds a '/'


@dataclass(frozen=True)
class Match:
    status: str  # unchanged, new-version, imported, ambiguous
    key: str  # the document it is or becomes ("" when ambiguous)
    message: str = ""
    candidates: tuple[str, ...] = ()  # ambiguous: the documents it may be a new version of


class Lookup:
    """The index records by source path and by their names' key form; add() keeps it current."""

    def __init__(self, records: dict[str, dict]):
        self.by_path: dict[str, str] = {}
        self.by_name: dict[str, set[str]] = defaultdict(set)
        for record in records.values():
            self.add(record)

    def add(self, record: dict) -> None:
        for path in source_paths(record):
            self.by_path[path] = record["key"]
        self.by_name[record["key"]].add(record["key"])
        self.by_name[document_key(record["name"])].add(record["key"])


def match(records: dict[str, dict], lookup: Lookup, doc: Document, source_path: str,
          open_document: Callable[[str], Document]) -> Match:
    """Where doc, read from source_path, belongs among the index records (key -> record)."""
    key = lookup.by_path.get(source_path)
    if key is not None:
        return Match("unchanged" if _has_version(records[key], doc) else "new-version", key)
    namesakes = [records[k] for k in sorted(lookup.by_name.get(doc.key, ()))]
    for record in namesakes:
        if _has_version(record, doc):
            return Match("unchanged", record["key"], f"the same text as {_described(record)}")
    judged = [(record, compare(open_document(record["key"]), doc)) for record in namesakes]
    same = [(r, j) for r, j in judged if j.verdict == SAME]
    open_ = [(r, j) for r, j in judged if j.verdict in (SAME, UNSURE)]
    if len(same) == 1 and len(open_) == 1:
        record, likeness = same[0]
        return Match("new-version", record["key"], f"a new version of {_described(record)}: {likeness.reason}")
    if not open_:
        others = "; ".join(f"{_described(r)}: {j.reason}" for r, j in judged)
        message = f"another document than {others}" if others else ""
        return Match("imported", free_key(records, doc.key, source_path), message)
    asked = "; ".join(f"{_described(r)}: {j.reason}" for r, j in open_)
    return Match("ambiguous", "", f"the same name as {asked}; not imported until you decide whether it is "
                 "a new version or another document", tuple(r["key"] for r, _ in open_))


def resolved(records: dict[str, dict], doc: Document, source_path: str, found: Match, answer: str | None) -> Match:
    """An ambiguous match decided: SEPARATE, or the key of one of its candidates; else unchanged."""
    if answer == SEPARATE:
        return Match("imported", free_key(records, doc.key, source_path), "another document, as you decided")
    if answer in found.candidates:
        return Match("new-version", answer, f"a new version of {_described(records[answer])}, as you decided")
    return found


def free_key(records: dict[str, dict], key: str, source_path: str) -> str:
    """key itself if no document holds it, else a key made distinct by folder or by number."""
    if key not in records:
        return key
    folder = key_form(Path(source_path).parent.name)
    theirs = {key_form(Path(p).parent.name) for r in records.values()
              if r["key"] == key or r["key"].startswith(key + "~") for p in source_paths(r)}
    if folder and folder not in theirs and f"{key}~{folder}" not in records:
        return f"{key}~{folder}"
    n = 2
    while f"{key}~{n}" in records:
        n += 1
    return f"{key}~{n}"


def source_paths(record: dict) -> set[str]:
    """Every path the document was imported from (versions written before paths were kept: the last)."""
    return {record["source_path"], *(v["source_path"] for v in record["versions"] if "source_path" in v)}


def _has_version(record: dict, doc: Document) -> bool:
    return any(v["content_hash"] == doc.content_hash for v in record["versions"])


def _described(record: dict) -> str:
    return f"{record['key']} ({record['source_path']})"
