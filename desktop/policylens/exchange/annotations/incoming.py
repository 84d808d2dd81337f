"""What a file to import holds, in one shape whatever its format, before it touches the store.

Readers (native, w3c, qdpx_read) produce an Incoming; importing.py places its anchors
against the stored documents and turns it into one undoable batch of commands. This plain
shape is the readers' whole interface: anything that takes in another project (an import, a
merge) reads a file with importing.read_file and works on the Incoming it gets.

- codes: code paths ("落户条件/租赁住所"), parents may be missing (they are made as needed);
- annotations: an Anchor in a stored document (exact "" when only positions came), code
  paths, the note, who made it (coder) and, in uncertain, why its position may be wrong
  (such an annotation is added as "needs review", never silently on other words);
- memos: text on a document (its key) or on the project (None);
- problems: what the file held that was left out, one line each, saying why.
"""
from __future__ import annotations

import re
import unicodedata
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from ...core.anchoring import Anchor
from ...core.document import Document
from ...store.atomic import StoreError
from ...store.corpus import CorpusStore


@dataclass
class IncomingCode:
    path: str  # 落户条件/租赁住所
    color: str | None = None
    description: str = ""


@dataclass
class IncomingAnnotation:
    anchor: Anchor  # exact == "" when the file gave positions only
    codes: list[str] = field(default_factory=list)  # code paths
    note: str = ""
    note_format: str = "plain"
    color: str | None = None
    id: str | None = None
    needs_review: bool = False
    created: str = ""
    modified: str = ""
    coder: str = ""  # who made it, as the file names them
    uncertain: str = ""  # why the position may not be the passage meant; "" when it is sure


@dataclass
class IncomingMemo:
    text: str
    title: str = ""
    document: str | None = None
    id: str | None = None
    created: str = ""
    modified: str = ""
    text_format: str = "plain"  # plain or markdown, as Memo.text_format
    coder: str = ""


@dataclass
class Incoming:
    format: str  # json, w3c, qdpx
    codes: list[IncomingCode] = field(default_factory=list)
    annotations: list[IncomingAnnotation] = field(default_factory=list)
    memos: list[IncomingMemo] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what was left out, and why
    notes: list[str] = field(default_factory=list)  # what was read otherwise than the format says
    variables: dict[str, dict[str, str]] = field(default_factory=dict)  # doc key -> attribute -> value
    variable_types: dict[str, str] = field(default_factory=dict)  # attribute -> REFI-QDA type
    sets: dict[str, list[str]] = field(default_factory=dict)  # document set -> doc keys


class DocumentFinder:
    """Finds the stored document a foreign file means: by content hash, by name, by text.

    A name is tried as it is (a stored file name or key), then as a name without extension
    (MAXQDA names sources "plan a" for plan a.txt), then without its own extension; each
    also in key form (spaces as _, any case). find() answers only when one document fits;
    candidates() gives them all, so a reader can settle a shared name by the text."""

    def __init__(self, corpus: CorpusStore):
        self.corpus = corpus
        self._documents: dict[str, Document] = {}
        self._exact: dict[str, set[str]] = defaultdict(set)
        self._loose: dict[str, set[str]] = defaultdict(set)  # key form of a stem -> keys
        self._hashes: dict[str, str] = {}
        for record in corpus.documents():
            key, name = record["key"], record.get("name") or ""
            for form in (key, name):
                self._exact[form].add(key)
            for form in (key, PurePosixPath(name).stem):
                self._loose[_key_form(form)].add(key)
            for version in record["versions"]:
                self._hashes[version["content_hash"]] = key

    def find(self, source: str) -> tuple[str, str | None] | None:
        """(key, content hash if the source names a version) or None (none, or several)."""
        source = source.strip()
        digest = source.lower().removeprefix("urn:").removeprefix("sha256:")
        if digest in self._hashes:
            return self._hashes[digest], digest
        keys = self.candidates(source)
        return (keys[0], None) if len(keys) == 1 else None

    def candidates(self, source: str) -> list[str]:
        """Keys of the stored documents a source name (a path or URL too) may mean, best tier only."""
        name = PurePosixPath(unquote(urlparse(source.strip()).path) or source.strip()).name
        if not name:
            return []
        for found in (self._exact.get(name), self._loose.get(_key_form(name)),
                      self._loose.get(_key_form(PurePosixPath(name).stem))):
            if found:
                return sorted(found)
        return []

    def by_text(self, text: str, keys: list[str] | None = None) -> list[str]:
        """Keys of the stored documents (of keys, default all) whose clean text is text, line
        ends and surrounding blank space aside. Of all documents, only those whose length in
        the index could fit are read, and none is kept."""
        wanted = same_text(text)
        if keys is not None:
            return [k for k in keys if self._same(k, wanted, cache=True)]
        slack = 64 + len(wanted) // 100
        fitting = [r["key"] for r in self.corpus.documents()
                   if abs(int(r.get("length", len(wanted))) - len(wanted)) <= slack]
        return [k for k in fitting if self._same(k, wanted, cache=False)]

    def _same(self, key: str, wanted: str, cache: bool) -> bool:
        try:  # a search of every document keeps none of them
            doc = self.document(key) if cache else self.corpus.open_document(key)
        except StoreError:
            return False
        return same_text(doc.text) == wanted

    def by_hash(self, content_hash: str) -> str | None:
        return self._hashes.get(content_hash)

    def document(self, key: str) -> Document:
        """The current version of a stored document, read once for the whole import (reading a
        file and placing its annotations both need it); StoreError if it cannot be read."""
        doc = self._documents.get(key)
        if doc is None:
            doc = self._documents[key] = self.corpus.open_document(key)
        return doc


def _key_form(name: str) -> str:
    return re.sub(r"\s+", "_", unicodedata.normalize("NFC", name).strip()).casefold()


def same_text(text: str) -> str:
    """Text as compared across programs: one kind of line end, no BOM, no blank space around."""
    return unicodedata.normalize("NFC", text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")).strip()


OWN_GUID = ("annotation", "code", "memo")  # objects whose uuid4 hex id is their GUID as it is


def guid(our_id: str, kind: str) -> str:
    """A stable GUID for an object: its own id if it is a UUID's hex, else one derived from it.

    Other kinds (a note of an annotation, a coding, a source) always get a derived GUID, so
    no two objects of one export share a GUID."""
    if kind in OWN_GUID:
        try:
            return str(uuid.UUID(hex=our_id))
        except ValueError:
            pass
    return str(uuid.uuid5(uuid.NAMESPACE_URL, f"policylens:{kind}:{our_id}"))


def id_from_guid(value: str) -> str:
    try:
        return uuid.UUID(value.strip("{}")).hex
    except ValueError:
        return uuid.uuid5(uuid.NAMESPACE_URL, value).hex
