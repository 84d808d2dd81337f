"""What the corpus-wide views need of each document, without opening its whole file.

Search and the agency index need a document's clean text, metadata and
clause tree; not its raw text, offset map or removed pieces, about a third of a
document file. A summary file beside each document version holds just that. Summaries are
a cache: a missing or damaged one is made again from the document file.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..core.document import Document
from ..core.metadata import Metadata, Target
from ..core.outline import Clause
from . import codec

SUMMARY_SCHEMA = 1


@dataclass(slots=True)
class DocumentSummary:
    """The parts of a Document that corpus-wide views read, with the same attribute names."""
    key: str
    content_hash: str
    script: str
    meta: Metadata
    text: str
    clauses: list[Clause]


def summarize(doc: Document) -> DocumentSummary:
    return DocumentSummary(doc.key, doc.content_hash, doc.script, doc.meta, doc.text, doc.clauses)


def summary_record(doc: Document) -> dict:
    return {"schema": SUMMARY_SCHEMA, "key": doc.key, "content_hash": doc.content_hash,
            "script": doc.script, "meta": doc.meta.to_json(), "text": doc.text,
            "clauses": [codec.clause_record(c) for c in doc.clauses]}


def summary_from_record(record: dict) -> DocumentSummary:
    """Raises KeyError or TypeError on a record of another shape: the caller rebuilds it."""
    if record["schema"] != SUMMARY_SCHEMA:
        raise KeyError("schema")
    meta_json = dict(record["meta"])
    meta_json["targets"] = [Target(**t) for t in meta_json["targets"]]
    return DocumentSummary(record["key"], record["content_hash"], record["script"],
                           Metadata(**meta_json), record["text"],
                           [codec.clause_from_record(c) for c in record["clauses"]])
