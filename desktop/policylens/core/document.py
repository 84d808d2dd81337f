"""From a source file to an analysed document: the whole core pipeline in one call."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import metadata as metadata_rules
from . import outline
from .aliases import AliasTable
from .clean import CleanText, clean
from .errors import no_check
from .formats import RawSource, file_bytes, read_bytes
from .metadata import Metadata
from .outline import Clause
from .page_head import page_head
from .script import detect_script, fold


@dataclass
class Document:
    key: str  # stable identity across versions: at first the key form of the file name (see store.identity)
    content_hash: str  # sha256 of the source bytes: identity of this version
    source: RawSource
    clean: CleanText
    script: str
    clauses: list[Clause]
    meta: Metadata

    @property
    def text(self) -> str:
        return self.clean.text

    def folded(self) -> str:
        return fold(self.clean.text)

    def to_json(self) -> dict:
        """The document record of `outline --json`."""
        data = self.meta.to_json()
        data.update(
            key=self.key, file=self.source.name, format=self.source.format,
            encoding=self.source.encoding, content_hash=self.content_hash, script=self.script,
            removed=[r.to_json() for r in self.clean.removed], length=len(self.clean.text),
            damaged=[list(span) for span in self.clean.damaged],
        )
        if self.clean.metadata.get("source"):
            data["source"] = self.clean.metadata["source"]
        return data


def document_key(name: str) -> str:
    """The key form of a file name: its stem, NFC, with runs of white space as one '_'."""
    return key_form(Path(name).stem) or "document"


def key_form(text: str) -> str:
    return re.sub(r"\s+", "_", unicodedata.normalize("NFC", text).strip())


def analyze_file(path: str | Path, table: AliasTable | None = None,
                 check: Callable[[], None] = no_check) -> Document:
    """check() is called between the steps of the read and the analysis (core.formats) and may
    raise core.errors.Cancelled to stop."""
    return analyze_bytes(file_bytes(path), Path(path).name, table, check)


def analyze_bytes(data: bytes, name: str, table: AliasTable | None = None,
                  check: Callable[[], None] = no_check) -> Document:
    source = read_bytes(data, name, check)
    page = page_head(data) if source.format == "html" else {}
    return analyze_source(source, hashlib.sha256(data).hexdigest(), table, page, check)


def analyze_source(source: RawSource, content_hash: str, table: AliasTable | None = None,
                   page: dict | None = None, check: Callable[[], None] = no_check) -> Document:
    """page: an HTML source's <title> and <meta> (core.page_head); a store re-analysing passes
    the one it kept in the document's metadata, as the raw bytes are not kept."""
    check()
    cleaned = clean(source.text)
    check()
    folded = fold(cleaned.text)
    clauses = outline.parse(cleaned.text, folded, cleaned.damaged, table)
    check()
    preamble_end = next((c.end for c in clauses if c.kind == "preamble"), 0)
    closing_start = next((c.start for c in clauses if c.kind == "closing"), len(cleaned.text))
    if len(clauses) == 1:
        preamble_end = len(cleaned.text)
    meta = metadata_rules.extract(cleaned.text, folded, preamble_end, closing_start,
                                  cleaned.metadata.get("published"), page)
    if clauses[0].kind == "preamble" and meta.title:
        # The first line is often only part of a wrapped title.
        clauses[0].title = meta.title
        clauses[0].title_start, clauses[0].title_end = meta.title_span
    return Document(document_key(source.name), content_hash, source, cleaned,
                    detect_script(cleaned.text), clauses, meta)
