"""What a file to import holds, in one shape whatever its format, before it touches the store.

Readers (native, w3c, qdpx_read) produce an Incoming; importing.py places its anchors
against the stored documents and turns it into one undoable batch of commands.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from urllib.parse import unquote, urlparse

from ..core.anchoring import Anchor
from ..core.document import Document
from ..store.corpus import CorpusStore


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


@dataclass
class IncomingMemo:
    text: str
    title: str = ""
    document: str | None = None
    id: str | None = None
    created: str = ""
    modified: str = ""
    text_format: str = "plain"  # plain or markdown, as Memo.text_format


@dataclass
class Incoming:
    format: str  # json, w3c, qdpx
    codes: list[IncomingCode] = field(default_factory=list)
    annotations: list[IncomingAnnotation] = field(default_factory=list)
    memos: list[IncomingMemo] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what was left out, and why


class DocumentFinder:
    """Finds the stored document a foreign file means: by file name, key or content hash."""

    def __init__(self, corpus: CorpusStore):
        self.corpus = corpus
        self._documents: dict[str, Document] = {}
        self._names: dict[str, str] = {}
        self._hashes: dict[str, str] = {}
        for record in corpus.documents():
            for name in (record["key"], record.get("name") or ""):
                self._names.setdefault(name, record["key"])
            for version in record["versions"]:
                self._hashes[version["content_hash"]] = record["key"]

    def find(self, source: str) -> tuple[str, str | None] | None:
        """(key, content hash if the source names a version) or None."""
        source = source.strip()
        digest = source.lower().removeprefix("urn:").removeprefix("sha256:")
        if digest in self._hashes:
            return self._hashes[digest], digest
        name = PurePosixPath(unquote(urlparse(source).path) or source).name
        key = self._names.get(name) or self._names.get(PurePosixPath(name).stem)
        return (key, None) if key else None

    def by_hash(self, content_hash: str) -> str | None:
        return self._hashes.get(content_hash)

    def document(self, key: str) -> Document:
        """The current version of a stored document, read once for the whole import (reading a
        file and placing its annotations both need it); StoreError if it cannot be read."""
        doc = self._documents.get(key)
        if doc is None:
            doc = self._documents[key] = self.corpus.open_document(key)
        return doc


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
