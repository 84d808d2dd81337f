"""Documents to and from the plain JSON records of the store."""
from __future__ import annotations

from ..core.agencies import AgencyRef
from ..core.clean import CleanText, Removed
from ..core.document import Document
from ..core.formats import RawSource
from ..core.metadata import Metadata, Target
from ..core.outline import Clause
from ..core.textmap import OffsetMap


def document_record(doc: Document, source_path: str, imported_at: str) -> dict:
    return {
        "key": doc.key, "content_hash": doc.content_hash, "source_path": source_path,
        "imported_at": imported_at, "name": doc.source.name, "format": doc.source.format,
        "encoding": doc.source.encoding, "raw_text": doc.source.text, "clean_text": doc.clean.text,
        "offsets": doc.clean.offsets.to_json(),
        # Removed pieces without their text: it is raw_text[start:end], and pinyin glosses
        # alone would otherwise outweigh the raw text.
        "removed": [[r.start, r.end, r.reason] for r in doc.clean.removed],
        "damaged": [list(s) for s in doc.clean.damaged], "clean_metadata": doc.clean.metadata,
        "script": doc.script, "meta": doc.meta.to_json(),
    }


def clause_record(clause: Clause) -> dict:
    data = clause.to_json()
    data.update(label=clause.label, title_start=clause.title_start, title_end=clause.title_end,
                parent=clause.parent)
    return data


def document_from_records(record: dict, clause_records: list[dict]) -> Document:
    source = RawSource(record["name"], record["format"], record["encoding"], record["raw_text"])
    clean = CleanText(record["clean_text"], OffsetMap.from_json(record["offsets"]),
                      [Removed(a, b, why, record["raw_text"][a:b]) for a, b, why in record["removed"]],
                      [tuple(s) for s in record["damaged"]], record["clean_metadata"])
    meta_json = dict(record["meta"])
    meta_json["targets"] = [Target(**t) for t in meta_json["targets"]]
    clauses = [clause_from_record(c) for c in sorted(clause_records, key=lambda c: c["start"])]
    return Document(record["key"], record["content_hash"], source, clean, record["script"],
                    clauses, Metadata(**meta_json))


def clause_from_record(c: dict) -> Clause:
    agencies = [AgencyRef(a["name"], a["canonical"], a["role"], a["start"], a["end"],
                          a.get("collective", False)) for a in c["agencies"]]
    return Clause(c["id"], c["kind"], c["level"], c["number"], c["label"], c["title"],
                  c["start"], c["end"], c["title_start"], c["title_end"], c["parent"],
                  agencies, [tuple(s) for s in c["damaged"]])


def index_record(doc: Document, source_path: str, imported_at: str, file: str) -> dict:
    meta = doc.meta
    return {
        "key": doc.key, "content_hash": doc.content_hash, "file": file, "title": meta.title,
        "place": meta.place, "level": meta.level, "issuer": meta.issuer,
        "doc_number": meta.doc_number, "dates": meta.dates, "script": doc.script,
        "clauses": len(doc.clauses), "length": len(doc.clean.text), "name": doc.source.name,
        "source_path": source_path, "imported_at": imported_at,
        "versions": [{"content_hash": doc.content_hash, "file": file, "imported_at": imported_at,
                      "source_path": source_path}],
    }
