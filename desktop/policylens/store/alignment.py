"""The corpus's clause families on disk, and the user's corrections to them.

DATA_DIR/corpus/alignment/ is a cache, rebuilt from the corpus store when missing or damaged:

    state.json      aligned documents (key -> content hash), families, retired clauses, segments
    seg-<n>.npz     clause vectors and postings added by one update (ClauseIndex.segment)
    seg-<n>.json    the clauses of those vectors (key, id, title, path) and the new bigrams
    build/          a build from scratch under way, to resume where it stopped (family_checkpoint)

An update writes one small segment, then state.json, which is the commit point: adding one
document never rewrites the whole index. Segments are merged into one past MAX_SEGMENTS.

DATA_DIR/user/alignment.json holds the user's corrections (link, unlink). They are applied on
top of the computed families whenever families are read, so they win over the computation, and
being keyed by document key, clause id and a quote of the title they survive re-import.

Another process (the `import` command while the application is open) may update the cache or
the corrections: a store notices by the files' stamps and reads them again.
"""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import numpy as np

from ..core.align import ClauseIndex, ClauseRef, EntryTable
from ..core.family_build import build_from_keys
from ..core.families import (THRESHOLD, Correction, Families, FamilyView, Member, corrected, title_quote,
                             view, views_of)
from ..core.family_names import Standing, standing_of_record
from .atomic import StoreError, file_stamp as _stamp, read_json, write_json_atomic
from .corpus import CorpusStore
from .family_checkpoint import FamilyCheckpoint
from .layout import Layout
from .lock import exclusive

SCHEMA = 1
MAX_SEGMENTS = 16
CORRECTIONS_FILE = Layout("").corrections  # relative to the data folder


def read_corrections(data_dir: str | Path) -> list[Correction]:
    """The user's corrections in order; a damaged file is an error, never silently dropped."""
    path = Layout(data_dir).corrections
    if not path.exists():
        return []
    data = read_json(path)
    try:
        if data["schema"] > SCHEMA:
            raise StoreError(f"{path} was written by a newer PolicyLens (schema {data['schema']})")
        return [Correction.from_json(c) for c in data["corrections"]]
    except (KeyError, TypeError) as exc:
        raise StoreError(f"{path} is not a PolicyLens alignment file (missing {exc}); "
                         "move it aside to start again") from None


@dataclass(frozen=True)
class AlignmentUpdate:
    added: list[str]  # keys aligned anew (new documents and new versions)
    removed: list[str]  # keys no longer in the corpus
    rebuilt_because: str = ""  # why the cache was built from scratch, if it was


class AlignmentStore:
    def __init__(self, corpus: CorpusStore):
        self.corpus = corpus
        self.folder = corpus.layout.alignment
        self.user_file = corpus.layout.corrections
        self._families: Families | None = None
        self._versions: dict[str, str] = {}  # key -> content hash aligned
        self._segments: list[dict] = []  # {"name", "entries"} in order
        self._saved = (0, 0, 0)  # entries, documents, bigrams already in segments
        self._groups: dict[int, list[int]] | None = None  # corrected families, until a change
        self._group_of: dict[int, int] = {}  # entry -> its corrected family
        self._state_stamp: tuple | None = None  # state.json as last read or written
        self._corrections_stamp: tuple | None = None  # the corrections _groups was built from

    # -- computed families ---------------------------------------------------------------------

    def update(self, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, workers: int | None = None) -> AlignmentUpdate:
        """Align the documents imported, re-imported or removed since the last update.

        Aligning from scratch uses `workers` processes (None: every core) and is resumable: a
        build stopped by cancelled(), an error or the end of the process continues where it
        stopped at the next update (family_checkpoint). progress(done, total) counts documents
        read, then assigned.
        """
        with exclusive(self.folder, "alignment"):
            if self._families is not None and _stamp(self.folder / "state.json") != self._state_stamp:
                self._families = None  # another process updated the cache: start from its version
            why = self._load()
            families = self._families
            records = {r["key"]: r["content_hash"] for r in self.corpus.documents()}
            changed = [k for k, h in records.items() if self._versions.get(k) != h]
            removed = sorted(k for k in self._versions if k not in records)
            for key in removed:
                families.remove_document(key)
                del self._versions[key]
            if not families.index.entries and len(changed) > 1:  # one weighting for all
                self._families = self._build(changed, records, progress, cancelled, workers)
            else:
                for n, key in enumerate(changed, 1):
                    families.add_document(self.corpus.open_document(key))
                    if progress:
                        progress(n, len(changed))
            self._versions.update((k, records[k]) for k in changed)
            if changed or removed or why:
                self._save()
                FamilyCheckpoint(self.folder / "build").clear()  # the build is saved: its records are done
            self._groups = None
        return AlignmentUpdate(changed, removed, why)

    def _build(self, keys: list[str], records: dict[str, str], progress, cancelled, workers) -> Families:
        checkpoint = FamilyCheckpoint(self.folder / "build")
        checkpoint.begin({key: records[key] for key in keys})
        return build_from_keys(keys, self.corpus.open_document, progress=progress, cancelled=cancelled,
                               workers=workers, checkpoint=checkpoint)

    @property
    def index(self) -> ClauseIndex:
        self._load()
        return self._families.index

    def families(self, scored: bool = False) -> list[FamilyView]:
        """Families of two or more clauses with the corrections applied, in corpus order, each
        named by its template (the documents' levels and dates: family_names)."""
        return views_of(self._families_loaded(), self._corrected(), scored, self.standing_of())

    def family_of(self, ref: ClauseRef, scored: bool = True) -> FamilyView | None:
        """The clause's family, corrections applied; None if no other document has its like."""
        entry = self._entry(ref)
        groups = self._corrected()
        family_id = self._group_of.get(entry)
        return None if family_id is None else view(self._families, family_id, groups[family_id], scored,
                                                   self.standing_of())

    def document_families(self, key: str, scored: bool = True) -> dict[str, FamilyView]:
        """Clause id -> its family (corrections applied), for each clause of the document that has one."""
        groups, index, standing_of = self._corrected(), self.index, self.standing_of()
        found = {}
        for entry in index.entries_of(key):
            family_id = self._group_of.get(entry)
            if family_id is not None:
                found[index.entries[entry].ref.clause_id] = view(self._families, family_id, groups[family_id],
                                                                 scored, standing_of)
        return found

    def standing_of(self) -> Callable[[str], Standing | None]:
        """Document key -> its level, date and place, by which a family is named; read from the
        corpus records as asked (a family names few documents) and kept for the caller."""
        @lru_cache(maxsize=None)
        def standing_of(key: str) -> Standing | None:
            try:
                return standing_of_record(self.corpus.record(key))
            except StoreError:  # aligned, but removed from the corpus since
                return None
        return standing_of

    def family_sizes(self, key: str) -> dict[str, int]:
        """Clause id -> documents in its family (1: no other document has it), for one document."""
        groups, index = self._corrected(), self.index
        return {index.entries[e].ref.clause_id: len(groups[self._group_of[e]]) if e in self._group_of else 1
                for e in index.entries_of(key)}

    def is_aligned(self, key: str, content_hash: str) -> bool:
        """Whether this version of the document is in the alignment (no update needed for it)."""
        self._load()
        return self._versions.get(key) == content_hash

    def find(self, ref: ClauseRef, min_score: float = THRESHOLD) -> list[Member]:
        """The most similar clause in every other document (score >= min_score), best first."""
        entries = self.index.entries
        return [Member(entries[m.entry].ref, entries[m.entry].title, entries[m.entry].path, m.score)
                for m in self.index.best_per_document(self._entry(ref), min_score)]

    def similarities(self, ref: ClauseRef, others: list[ClauseRef]) -> list[float]:
        """Similarity of one clause to each of the others (as in the family scores)."""
        return self.index.scores(self._entry(ref), [self._entry(o) for o in others]).tolist()

    def _entry(self, ref: ClauseRef) -> int:
        entry = self.index.find(ref)
        if entry is None:
            raise StoreError(f"no clause {ref.clause_id} of document {ref.key} in the alignment; "
                             "import the document, then update the alignment")
        return entry

    def groups(self) -> dict[int, list[int]]:
        """The families with the user's corrections applied (family id -> entries), cached
        until the corrections or the families change."""
        return self._corrected()

    def _corrected(self) -> dict[int, list[int]]:
        stamp = _stamp(self.user_file)
        if stamp != self._corrections_stamp:  # changed here, or by another window or process
            self._groups, self._corrections_stamp = None, stamp
        if self._groups is None:
            self._groups = corrected(self._families_loaded().groups(), self.corrections(), self.index)
            self._group_of = {m: i for i, g in self._groups.items() for m in g}
        return self._groups

    def _families_loaded(self) -> Families:
        self._load()
        return self._families

    # -- corrections ---------------------------------------------------------------------------

    def corrections(self) -> list[Correction]:
        return read_corrections(self.corpus.data_dir)

    def link(self, a: ClauseRef, b: ClauseRef) -> Correction:
        """Put b in a's family (a clause of b's document already there leaves it)."""
        return self._add_correction("link", a, b)

    def unlink(self, a: ClauseRef, b: ClauseRef) -> Correction:
        """Take b out of a's family."""
        return self._add_correction("unlink", a, b)

    def remove_correction(self, correction: Correction) -> bool:
        """Withdraw the last correction equal to this one (an undo); whether there was one."""
        with exclusive(self.user_file.parent, "alignment corrections"):
            corrections = self.corrections()
            for i in range(len(corrections) - 1, -1, -1):
                if corrections[i] == correction:
                    del corrections[i]
                    self._write_corrections(corrections)
                    return True
        return False

    def _add_correction(self, action: str, a: ClauseRef, b: ClauseRef) -> Correction:
        if a.key == b.key:
            raise StoreError(f"{a.clause_id} and {b.clause_id} are clauses of one document ({a.key}); "
                             "a family holds at most one clause of each document")
        entries = self.index.entries
        correction = Correction(action, a, b, title_quote(entries[self._entry(a)].title),
                                title_quote(entries[self._entry(b)].title))
        with exclusive(self.user_file.parent, "alignment corrections"):
            self._write_corrections(self.corrections() + [correction])
        return correction

    def _write_corrections(self, corrections: list[Correction]) -> None:
        write_json_atomic(self.user_file, {
            "schema": SCHEMA, "saved_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "corrections": [c.to_json() for c in corrections]})
        self._groups = None

    # -- the cache on disk ---------------------------------------------------------------------

    def _load(self) -> str:
        """Read the cache once; on trouble start afresh. Why it was started afresh, or ""."""
        if self._families is not None:
            return ""
        state = self.folder / "state.json"
        why = "" if state.exists() else "there was no alignment yet"
        self._groups = None
        if state.exists():
            try:
                self._state_stamp = _stamp(state)
                self._read_state(read_json(state))
                return ""
            except (StoreError, OSError, KeyError, TypeError, ValueError) as exc:
                why = f"the alignment cache was unreadable ({exc}); it is rebuilt"
        self._families, self._versions, self._segments, self._saved = Families(), {}, [], (0, 0, 0)
        return why

    def _read_state(self, state: dict) -> None:
        if state["schema"] != SCHEMA:
            raise ValueError(f"schema {state['schema']}, this PolicyLens reads {SCHEMA}")
        arrays, rows, doc_keys, vocab = [], [], [], []
        for segment in state["segments"]:
            with np.load(self.folder / f"{segment['name']}.npz", allow_pickle=False) as data:
                arrays.append({name: data[name] for name in data.files})
            meta = read_json(self.folder / f"{segment['name']}.json")
            rows += meta["entries"]
            doc_keys += meta["docs"]
            vocab += meta["vocab"]
        index = ClauseIndex.from_segments(arrays, EntryTable(rows), doc_keys, vocab, set(state["retired"]))
        self._families = Families.from_json(state["families"], index)
        self._versions, self._segments = dict(state["documents"]), list(state["segments"])
        self._saved = (len(rows), len(doc_keys), len(vocab))

    def _save(self) -> None:
        index = self._families.index
        if len(self._segments) >= MAX_SEGMENTS:  # merge: one segment of everything
            self._segments, self._saved = [], (0, 0, 0)
        entries, docs, vocab = self._saved
        if len(index.entries) > entries or len(index.doc_keys) > docs:
            number = max((int(s["name"][4:]) for s in self._segments), default=0) + 1
            name = f"seg-{number:05d}"
            _write_npz_atomic(self.folder / f"{name}.npz", index.segment(entries))
            write_json_atomic(self.folder / f"{name}.json", {
                "entries": [index.entries.row(e) for e in range(entries, len(index.entries))],
                "docs": index.doc_keys[docs:], "vocab": list(index.vocab)[vocab:]})
            self._segments.append({"name": name, "entries": len(index.entries) - entries})
            self._saved = (len(index.entries), len(index.doc_keys), len(index.vocab))
        write_json_atomic(self.folder / "state.json", {
            "schema": SCHEMA, "documents": self._versions, "segments": self._segments,
            "retired": index.retired(), "families": self._families.to_json()})
        self._state_stamp = _stamp(self.folder / "state.json")
        listed = {s["name"] for s in self._segments}
        for stale in self.folder.glob("seg-*"):
            if stale.name.split(".")[0] not in listed:
                stale.unlink()


def _write_npz_atomic(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """A cache file written whole or not at all (temporary file, then rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, **arrays)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
