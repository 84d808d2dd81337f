"""A data folder's stores, its one document cache and the operations that change its corpus."""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable

from ..core.anchoring import Placement
from ..core.document import Document
from ..store.atomic import StoreError, file_stamp as _stamp
from ..store.corpus import CorpusStore, ImportResult, Resolve
from ..store.layout import Layout

if TYPE_CHECKING:
    from ..core.aliases import AliasTable
    from ..core.families import Correction
    from ..store.user_aliases import AliasEntry
    from ..core.annotation_commands import Command
    from ..store.alignment import AlignmentStore, AlignmentUpdate
    from ..store.annotations import AnnotationStore
    from ..store.reanchoring import ReanchorSummary

Progress = Callable[[int, int, str], None]  # (done, total, label)
Cancelled = Callable[[], bool]
DOCUMENTS_KEPT = 12  # recently opened documents kept parsed, for back/forward and links


@dataclass
class Imported:
    """What an import did: a result per file, the re-anchorings and the families update."""
    results: list[ImportResult]
    reanchored: list[ReanchorSummary] = field(default_factory=list)
    families: AlignmentUpdate | None = None
    families_error: str = ""  # the families could not be updated now (e.g. locked): said, not fatal
    families_seconds: float = 0.0
    reanchor_error: str = ""  # the annotations could not be re-anchored now (the window holds them)


@dataclass
class Removal:
    """A document taken out of the corpus; its annotations stay, listed for review."""
    key: str
    title: str
    kept_for_review: list[str]  # ids of the document's annotations, now needing review
    command: Command | None = None  # the change to the annotations (done, or for a session to run)
    families: AlignmentUpdate | None = None
    families_error: str = ""
    families_seconds: float = 0.0

    def to_json(self) -> dict:
        return {"document": self.key, "title": self.title, "kept_for_review": self.kept_for_review,
                "families_error": self.families_error}


class Workspace:
    """The data folder's owner.

    Annotations: with `annotations` (the window's store, written through its session so that
    views refresh and edits can be undone), operations plan their changes to the annotations and
    return the commands undone; without it, the workspace opens the store in the data folder for
    each operation and does them itself (the command line).
    """

    def __init__(self, data_dir: str | Path, annotations: AnnotationStore | None = None):
        self.layout = Layout(data_dir)
        self.data_dir = self.layout.root
        self._annotations = annotations
        self._lock = threading.RLock()  # the cache and the store are read from worker threads
        self._corpus: CorpusStore | None = None
        self._aliases = None  # the alias table, read once and shared with separate workspaces
        self._index_stamp: tuple | None = None
        self._alignment: AlignmentStore | None = None
        self._open: OrderedDict[str, Document] = OrderedDict()
        self.index_reads = 0  # how often the corpus index was read (it is re-read only when changed)

    # -- the corpus and the document cache ------------------------------------------------------

    @property
    def corpus(self) -> CorpusStore:
        """The corpus store, read again only if another writer changed its index on disk."""
        with self._lock:
            stamp = _stamp(self.layout.corpus_index)
            if self._corpus is None or stamp != self._index_stamp:
                self._corpus = CorpusStore(self.data_dir, self._aliases)
                self._aliases = self._corpus.aliases
                self._index_stamp = _stamp(self.layout.corpus_index)
                self.index_reads += 1
            return self._corpus

    def records(self) -> list[dict]:
        """Lean index records of the current versions, in key order."""
        with self._lock:
            return self.corpus.documents()

    def attach_annotations(self, annotations: AnnotationStore | None) -> None:
        """The window's annotation store, once its session has opened it (see the class)."""
        self._annotations = annotations

    def separate(self) -> Workspace:
        """A workspace of its own on the same folder and annotations, for an operation on a
        worker thread (a corpus store is not shared between threads)."""
        other = Workspace(self.data_dir, self._annotations)
        other._aliases = self._aliases
        return other

    def document(self, key: str) -> Document:
        """The current version of a document, parsed once and kept while recently used."""
        with self._lock:
            corpus = self.corpus
            doc = self._open.get(key)
            if doc is None or doc.content_hash != corpus.record(key)["content_hash"]:
                doc = corpus.open_document(key)
            self._open[key] = doc
            self._open.move_to_end(key)
            while len(self._open) > DOCUMENTS_KEPT:
                self._open.popitem(last=False)
            return doc

    def drop_documents(self) -> None:
        """Empty the document cache (the next open reads the document's file)."""
        with self._lock:
            self._open.clear()

    def forget(self, analysis: bool = False) -> None:
        """Read the store again; with analysis, also drop the parsed documents and the alias
        table (after a re-analysis they keep their content hashes, so would pass as current)."""
        with self._lock:
            if analysis:
                self._corpus, self._aliases = None, None
                self.drop_documents()
            self._index_stamp = None

    def find(self, name: str) -> str:
        """The key of the document named by its key, title or source file name."""
        records = self.records()
        for test in (lambda r: r["key"] == name, lambda r: r.get("title") == name,
                     lambda r: Path(r.get("source_path") or "").name == name,
                     lambda r: Path(r.get("source_path") or "").stem == name):
            found = [r["key"] for r in records if test(r)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                raise StoreError(f"'{name}' names {len(found)} documents ({', '.join(found)}); give the key")
        raise StoreError(f"no document '{name}' in the store at {self.layout.corpus}")

    # -- the user's aliases and corrections ------------------------------------------------------

    @property
    def aliases(self) -> AliasTable:
        """The alias table the corpus is analysed with: the bundled one plus the user's."""
        return self.corpus.aliases

    def user_aliases(self) -> list[AliasEntry]:
        """The user's own alias entries (DATA_DIR/agency_aliases.json), as the editor shows them."""
        from ..store.user_aliases import read_user_aliases

        return read_user_aliases(self.data_dir)

    def corrections(self) -> list[Correction]:
        """The user's corrections to the clause families, in order."""
        from ..store.alignment import read_corrections  # numpy: only when families are touched

        return read_corrections(self.data_dir)

    @property
    def alignment(self) -> AlignmentStore:
        from ..store.alignment import AlignmentStore  # numpy: only when families are touched

        with self._lock:
            if self._alignment is None:
                self._alignment = AlignmentStore(self.corpus)
            self._alignment.corpus = self.corpus
            return self._alignment

    # -- operations that change the corpus ------------------------------------------------------

    def import_files(self, paths: Iterable[str | Path], progress: Progress | None = None,
                     cancelled: Cancelled | None = None, resolve: Resolve | None = None,
                     on_result: Callable[[int, int, ImportResult], None] | None = None,
                     families: bool = True, reanchor: bool = True,
                     families_progress: Callable[[int, int], None] | None = None) -> Imported:
        """Import files, re-anchor the annotations of the documents they changed, update the
        families. on_result sees each file's result as it is done, families_progress(done, total)
        the families update (AlignmentStore.update). The window leaves out the last two: it
        re-anchors through its session and updates the families in the background."""
        def step(n: int, total: int, result: ImportResult) -> None:
            if on_result:
                on_result(n, total, result)
            if progress:
                progress(n, total, Path(result.path).name)

        with self._lock:
            results = self.corpus.import_files(paths, step, cancelled, resolve)
            self._index_stamp = _stamp(self.layout.corpus_index)
        changed = [r.key for r in results if r.status in ("new-version", "imported")]
        outcome = Imported(results)
        try:
            outcome.reanchored = self.reanchor(changed) if reanchor else []
        except StoreError as exc:  # the import still counts; the window re-anchors when it shows them
            outcome.reanchor_error = str(exc)
        if families:
            self._update_families_into(outcome, families_progress)
        return outcome

    def reanalyse(self, progress: Progress | None = None) -> int:
        """Analyse every stored document again (after the alias table changed). Not cancellable:
        a store analysed half-way is avoided."""
        with self._lock:
            self.forget(analysis=True)
            done = self.corpus.reanalyze(progress)
            self.forget(analysis=True)
        return done

    def remove(self, name: str, progress: Progress | None = None, families: bool = True) -> Removal:
        """Take a document out of the corpus and the families; its annotations are kept and
        listed for review ("document removed"), so nothing is lost."""
        from ..core.annotation_commands import SetAnchors

        key = self.find(name)
        title = self.corpus.record(key).get("title") or key
        with self._annotation_store() as store:
            kept = [a for a in store.project.for_document(key)] if store else []
            command = SetAnchors({a.id: Placement("orphaned", a.anchor, 0.0) for a in kept}) if kept else None
            if progress:
                progress(0, 2, title)
            with self._lock:
                self.corpus.remove_document(key)
                self._open.pop(key, None)
                self._index_stamp = _stamp(self.layout.corpus_index)
            removal = Removal(key, title, [a.id for a in kept], command)
            if families:
                self._update_families_into(removal)
            if progress:
                progress(1, 2, title)
            if command is not None and self._annotations is None:
                store.do(command)
        if progress:
            progress(2, 2, title)
        return removal

    def plan_reanchor(self, keys: Iterable[str]) -> list[ReanchorSummary]:
        """Where the annotations of these documents go in their current versions: those made on
        another version, and those that need review (a document removed and imported again)."""
        with self._annotation_store() as store:
            return self._plan(store, keys) if store else []

    def reanchor(self, keys: Iterable[str]) -> list[ReanchorSummary]:
        """Re-anchor the annotations of these documents; with the window's store, only planned
        (its session runs the commands)."""
        with self._annotation_store() as store:
            if store is None:
                return []
            planned = self._plan(store, keys)
            if self._annotations is None:
                for summary in planned:
                    if summary.command is not None:
                        store.do(summary.command)
            return planned

    def _plan(self, store: AnnotationStore, keys: Iterable[str]) -> list[ReanchorSummary]:
        from ..core.anchoring import Reanchorer
        from ..core.annotation_commands import SetAnchors
        from ..store.reanchoring import ReanchorSummary, stored_versions

        planned = []
        for key in dict.fromkeys(keys):
            annotations = store.project.for_document(key)
            doc = self.document(key) if annotations else None  # no document read for none
            moving = [a for a in annotations if a.anchor.content_hash != doc.content_hash or a.needs_review]
            if not moving:
                planned.append(ReanchorSummary(key, {}))
                continue
            placer = Reanchorer(doc, stored_versions(self.corpus, key))
            placements = {a.id: placer.place(a.anchor) for a in moving}
            planned.append(ReanchorSummary(key, placements, SetAnchors(placements)))
        return planned

    def update_families(self, progress: Callable[[int, int], None] | None = None) -> AlignmentUpdate:
        """Bring the clause families up to date (incremental: only what changed)."""
        return self.alignment.update(progress)

    def _update_families_into(self, outcome: Imported | Removal,
                              progress: Callable[[int, int], None] | None = None) -> None:
        started = time.perf_counter()
        try:
            outcome.families = self.update_families(progress)
        except StoreError as exc:  # e.g. another process is updating them: it catches up itself
            outcome.families_error = str(exc)
        outcome.families_seconds = time.perf_counter() - started

    # -- annotations ---------------------------------------------------------------------------

    def _annotation_store(self):
        return _Borrowed(self._annotations) if self._annotations is not None else _Opened(self.layout)


class _Borrowed:
    """The window's store: used, never closed here."""

    def __init__(self, store):
        self.store = store

    def __enter__(self):
        return self.store

    def __exit__(self, *exc) -> None:
        pass


class _Opened:
    """The data folder's store, opened for one operation; None when there are no annotations."""

    def __init__(self, layout: Layout):
        self.layout, self.store = layout, None

    def __enter__(self):
        from ..store.annotations import FILE, JOURNAL, AnnotationStore

        if (self.layout.user / FILE).exists() or (self.layout.user / JOURNAL).exists():
            self.store = AnnotationStore(self.layout.root)
        return self.store

    def __exit__(self, *exc) -> None:
        if self.store is not None:
            self.store.close()
