"""The corpus store: a rebuildable cache of analysed documents in TinyDB files.

Layout under DATA_DIR/corpus/: index.json holds one lean record per document (what the corpus
list needs); docs/<key>/<hash>.json holds one version of one document (texts, offset map,
clauses, agencies). Opening a document reads only its own file; importing rewrites the index
once per batch, never the whole corpus. User data lives apart, in DATA_DIR/user/.
"""
from __future__ import annotations

import shutil
import time
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Iterable, Iterator

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware

from ..core.aliases import AliasTable
from ..core.document import Document, analyze_file, analyze_source
from ..core.errors import Cancelled, SourceError, cancel_check, no_check
from ..core.formats import RawSource
from ..core.import_report import look_reasons
from . import codec
from .identity import Lookup, match, resolved
from .summaries import DocumentSummary, summarize, summary_from_record, summary_record
from .atomic import AtomicJSONStorage, StoreError, read_json, write_json_atomic
from .layout import Layout
from .lock import exclusive

SCHEMA_VERSION = 1
CHECKPOINT_EVERY = 250  # index writes during a long import, so a killed import keeps its work


@dataclass(frozen=True)
class ImportResult:
    path: str
    status: str  # imported, unchanged, new-version, failed, ambiguous (left out: see store.identity)
    key: str = ""
    message: str = ""
    candidates: tuple[str, ...] = ()  # ambiguous: the documents it may be a new version of
    format: str = ""  # the format the file was read as (pdf, doc, html, ...)
    notes: tuple[str, ...] = ()  # what the reader noticed: stray bytes, OCR
    look: tuple[str, ...] = ()  # why the document needs a look (core.import_report.look_reasons)
    error: SourceError | None = field(default=None, compare=False, repr=False)  # failed: why, with its code

    def to_json(self) -> dict:
        return {"path": self.path, "status": self.status, "key": self.key, "message": self.message,
                "candidates": list(self.candidates), "format": self.format, "notes": list(self.notes), "look": list(self.look)}


# resolve(result) decides an ambiguous import: SEPARATE, one of result.candidates, or None
Resolve = Callable[[ImportResult], "str | None"]


class CorpusStore:
    def __init__(self, data_dir: str | Path, aliases: AliasTable | None = None):
        self.data_dir = Path(data_dir)
        self.layout = Layout(self.data_dir)
        self.folder = self.layout.corpus
        self.index_path = self.layout.corpus_index
        self.aliases = aliases or AliasTable.load(self.layout.aliases)
        self._records: dict[str, dict] = {}
        self._lookup: Lookup | None = None  # built on the first import, kept current by each
        self._load_index()

    # -- reading ----------------------------------------------------------------------------

    def documents(self) -> list[dict]:
        """Lean records of the current version of every document, in key order."""
        return [self._records[k] for k in sorted(self._records)]

    def __len__(self) -> int:
        return len(self._records)

    def record(self, key: str) -> dict:
        try:
            return self._records[key]
        except KeyError:
            raise StoreError("store.no_document", key=key, folder=str(self.folder)) from None

    def open_document(self, key: str, content_hash: str | None = None) -> Document:
        record = self.record(key)
        version = next((v for v in record["versions"] if v["content_hash"] == content_hash),
                       None) if content_hash else None
        path = self.folder / (version or record)["file"]
        db = TinyDB(path, storage=CachingMiddleware(_DocumentStorage))  # one read for both tables
        return codec.document_from_records(db.table("document").get(doc_id=1),
                                           db.table("clauses").all())

    def summaries(self, keys: Iterable[str] | None = None) -> Iterator[DocumentSummary]:
        """Summaries of the current versions (of the given keys), in key order.

        A generator, so a caller on a worker thread can report progress and stop early; each
        summary is a separate small parse, which lets the UI thread run in between.
        """
        for key in sorted(self._records) if keys is None else keys:
            record = self.record(key)
            path = self.folder / summary_file(record["file"])
            try:
                yield summary_from_record(read_json(path))
            except (OSError, StoreError, KeyError, TypeError):
                doc = self.open_document(key)  # missing or stale: a cache, so make it again
                write_json_atomic(path, summary_record(doc), durable=False)
                yield summarize(doc)

    # -- writing ----------------------------------------------------------------------------

    def import_files(self, paths: Iterable[str | Path],
                     progress: Callable[[int, int, ImportResult], None] | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     resolve: Resolve | None = None) -> list[ImportResult]:
        """Import files; an ambiguous one is left out (status ambiguous) unless resolve decides.
        cancelled() is asked between files and inside a long read (each page of a PDF …): the
        file being read then is left out, the files before it stay imported."""
        paths = [Path(p) for p in paths]
        results: list[ImportResult] = []
        check = cancel_check(cancelled)
        with exclusive(self.folder, "corpus store"):
            for n, path in enumerate(paths, 1):
                if cancelled and cancelled():
                    break
                try:
                    result = self._import_one(path, resolve, check)
                except Cancelled:
                    break
                results.append(result)
                if progress:
                    progress(n, len(paths), result)
                if n % CHECKPOINT_EVERY == 0:
                    self._write_index()
            self._write_index()
        return results

    def _import_one(self, path: Path, resolve: Resolve | None = None, check=no_check) -> ImportResult:
        try:
            doc = analyze_file(path, self.aliases, check)
        except Cancelled:
            raise
        except SourceError as exc:
            return ImportResult(str(path), "failed", message=exc.message, error=exc)
        except Exception as exc:  # a parser bug must not stop the other files
            return ImportResult(str(path), "failed", message=f"internal error: {exc!r}")
        return self.add_document(doc, str(path.resolve()), resolve)

    def add_document(self, doc: Document, source_path: str, resolve: Resolve | None = None) -> ImportResult:
        if self._lookup is None:
            self._lookup = Lookup(self._records)
        found = match(self._records, self._lookup, doc, source_path, self.open_document)
        if found.status == "ambiguous" and resolve is not None:
            asked = ImportResult(source_path, found.status, "", found.message, found.candidates)
            found = resolved(self._records, doc, source_path, found, resolve(asked))
        read_as = {"format": doc.source.format, "notes": doc.source.notes, "look": look_reasons(doc)}
        if found.status in ("unchanged", "ambiguous"):
            return ImportResult(source_path, found.status, found.key, found.message, candidates=found.candidates,
                                **read_as)
        doc = replace(doc, key=found.key)
        current = self._records.get(doc.key)
        now = datetime.now(timezone.utc).isoformat(timespec="seconds")
        file = f"docs/{doc.key}/{doc.content_hash[:16]}.json"
        AtomicJSONStorage(self.folder / file).write(_doc_file(doc, source_path, now))
        write_json_atomic(self.folder / summary_file(file), summary_record(doc), durable=False)
        record = codec.index_record(doc, source_path, now, file)
        if current:
            record["versions"] = current["versions"] + record["versions"]
        self._records[doc.key] = record
        self._lookup.add(record)
        return ImportResult(source_path, found.status, doc.key, found.message, **read_as)

    def remove_document(self, key: str) -> dict:
        """Take a document (every version of it) out of the store; returns its index record.

        Its files go too, or rebuilding a lost index would bring it back. User data that names
        it (annotations, corrections) is not the store's and is left alone.
        """
        record = self.record(key)
        with exclusive(self.folder, "corpus store"):
            del self._records[key]
            self._lookup = None  # rebuilt on the next import
            self._write_index()
        shutil.rmtree(self.layout.corpus_docs / key, ignore_errors=True)
        return record

    def _write_index(self) -> None:
        documents = {str(i): r for i, r in enumerate(self.documents(), 1)}
        write_json_atomic(self.index_path, {"_meta": {"1": {"schema": SCHEMA_VERSION}},
                                            "documents": documents})

    # -- opening, repair and migration --------------------------------------------------------

    def _load_index(self) -> None:
        if not self.index_path.exists():
            if self.layout.corpus_docs.exists():
                self._rebuild_index("the index file is missing")
            return
        try:
            data = read_json(self.index_path)
            schema = data["_meta"]["1"]["schema"]
        except (StoreError, KeyError, TypeError) as exc:
            damaged = self._set_aside(self.index_path)
            self._rebuild_index(f"the index was damaged ({exc}); kept as {damaged.name}")
            return
        if schema > SCHEMA_VERSION:
            raise StoreError(
                f"the corpus store at {self.folder} was written by a newer PolicyLens "
                f"(schema {schema}; this version reads {SCHEMA_VERSION}). Upgrade PolicyLens, "
                "or use another --data-dir.")
        self._records = {r["key"]: r for r in data["documents"].values()}
        if schema < SCHEMA_VERSION:
            self.reanalyze()

    def _rebuild_index(self, why: str) -> None:
        """The index is derived data: rebuild it from the per-document files."""
        self.rebuilt_because = why
        records: dict[str, dict] = {}
        files = [p for p in self.layout.corpus_docs.glob("*/*.json") if not p.name.endswith(SUMMARY_SUFFIX)]
        for path in sorted(files, key=lambda p: p.stat().st_mtime):
            try:
                data = _read_doc_file(path)
                doc = codec.document_from_records(data["document"]["1"], list(data["clauses"].values()))
                rec = data["document"]["1"]
            except (StoreError, KeyError, TypeError):
                self._set_aside(path)
                continue
            file = str(path.relative_to(self.folder))
            record = codec.index_record(doc, rec["source_path"], rec["imported_at"], file)
            if doc.key in records:
                record["versions"] = records[doc.key]["versions"] + record["versions"]
            records[doc.key] = record
        self._records = records
        with exclusive(self.folder, "corpus store"):
            self._write_index()

    def reanalyze(self, progress: Callable[[int, int, str], None] | None = None) -> int:
        """Re-analyse every stored document from its raw text (after a schema or alias change).

        The corpus store is derived data, so migrating it means analysing again. progress is
        called after each document with (done, total, key).
        """
        total = len(self._records)
        for n, record in enumerate(self._records.values(), 1):
            data = _read_doc_file(self.folder / record["file"])["document"]["1"]
            source = RawSource(data["name"], data["format"], data["encoding"], data["raw_text"])
            doc = replace(analyze_source(source, data["content_hash"], self.aliases, data["meta"].get("page")),
                          key=record["key"])
            AtomicJSONStorage(self.folder / record["file"]).write(
                _doc_file(doc, data["source_path"], data["imported_at"]))
            write_json_atomic(self.folder / summary_file(record["file"]), summary_record(doc), durable=False)
            record.update(codec.index_record(doc, data["source_path"], data["imported_at"], record["file"]),
                          versions=record["versions"])
            if progress:
                progress(n, total, record["key"])
        with exclusive(self.folder, "corpus store"):
            self._write_index()
        return len(self._records)

    @staticmethod
    def _set_aside(path: Path) -> Path:
        target = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        shutil.move(path, target)
        return target


SUMMARY_SUFFIX = ".summary.json"


def summary_file(doc_file: str) -> str:
    """The summary beside a document file: docs/<key>/<hash>.json -> docs/<key>/<hash>.summary.json."""
    return doc_file[:-len(".json")] + SUMMARY_SUFFIX


def _doc_file(doc: Document, source_path: str, imported_at: str) -> dict:
    clauses = {str(i): codec.clause_record(c) for i, c in enumerate(doc.clauses, 1)}
    return {"_meta": {"1": {"schema": SCHEMA_VERSION}},
            "document": {"1": codec.document_record(doc, source_path, imported_at)},
            "clauses": clauses}


class _DocumentStorage(AtomicJSONStorage):
    """One document's file: missing, damaged or foreign-schema files fail with a clear message."""

    def read(self):
        if not self.path.exists():
            raise StoreError("store.document_missing", path=str(self.path))
        data = read_json(self.path)
        schema = data.get("_meta", {}).get("1", {}).get("schema")
        if schema != SCHEMA_VERSION:
            raise StoreError("store.document_schema", path=str(self.path), schema=schema, reads=SCHEMA_VERSION)
        return data


def _read_doc_file(path: Path) -> dict:
    return _DocumentStorage(path).read()

