"""Where the reader's documents come from: the corpus store in the data folder.

The first window needs only the store's index (one small file); a document file is read when
the document is opened, and the summaries that corpus-wide search and the agency index need
are loaded afterwards, off the UI thread. So start-up time does not grow with the corpus.
On first run (an empty store) the bundled seeds are imported, so a new user sees documents
without configuring anything. Plain Python: no Qt here.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ...core import search
from ...core.attributes import EXTRACTED, Definition, extracted
from ...core.document import Document
from ...paths import default_data_dir, seed_files
from ...store import CorpusStore
from ...store.atomic import StoreError
from ...store.summaries import DocumentSummary
from ...store.user_attributes import UserAttributes
from ...store.user_collections import UserCollections
from ...workspace import Workspace

Progress = Callable[[int, int, str], None]


class Corpus:
    def __init__(self, data_dir: Path | str | None = None, progress: Progress | None = None):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.workspace = Workspace(self.data_dir)  # the window's one owner of the data folder
        if len(self.store) == 0:
            self.workspace.import_files(seed_files(), on_result=lambda n, total, r: progress and progress(
                n, total, r.path), families=False, reanchor=False)
        self.summaries: dict[str, DocumentSummary] = {}
        self._attributes: tuple | None = None  # (stamp of the files, attribute table) read last

    # --- attributes and sets, for the document scope (core/scope.py) ----------------------------
    def attribute_names(self) -> list[str]:
        """The attributes there are (extracted, then the researcher's): no document is read."""
        try:
            return UserAttributes(self.data_dir).names()
        except StoreError:
            return list(EXTRACTED)

    def attribute_definitions(self) -> dict[str, Definition]:
        """The researcher's own attributes (name -> kind and choices); none when the file is damaged."""
        try:
            return UserAttributes(self.data_dir).definitions
        except StoreError:
            return {}

    def attribute_table(self) -> dict[str, dict[str, str]]:
        """Document key -> its attributes as shown (corrections win), read again only when the
        corpus or the researcher's attributes file changed (some 160 ms for 3,000 documents)."""
        return self._read_attributes()[1]

    def _read_attributes(self) -> tuple:
        layout = self.workspace.layout
        stamp = (file_stamp(layout.corpus_index), file_stamp(layout.attributes))
        if self._attributes is None or self._attributes[0] != stamp:
            records = self.records()
            try:
                table = UserAttributes(self.data_dir).table(records)
            except StoreError:  # a damaged file is said where it is edited: the scope sees extracted values
                table = {r["key"]: extracted(r) for r in records}
            self._attributes = (stamp, table)
        return self._attributes

    def sets(self) -> dict[str, list[str]]:
        """The researcher's document sets (name -> keys); none when the file is damaged."""
        try:
            return UserCollections(self.data_dir).sets
        except StoreError:
            return {}

    @property
    def store(self) -> CorpusStore:
        return self.workspace.corpus

    def records(self) -> list[dict]:
        """Lean index records of the current versions, in key order."""
        return self.workspace.records()

    def __contains__(self, key: str) -> bool:
        return any(r["key"] == key for r in self.records()) if isinstance(key, str) else False

    def document(self, key: str) -> Document:
        """The current version of a document, parsed once and kept while recently used."""
        return self.workspace.document(key)

    def refresh(self) -> None:
        """Read the store again after another writer (an import) changed it."""
        self.workspace.forget()

    def forget_analysis(self) -> None:
        """After a re-analysis: read the store again (with the new table) and drop what is kept
        parsed, which has the same content hashes and so would pass as current."""
        self.workspace.forget(analysis=True)
        self.summaries.clear()

    def stale_summaries(self) -> list[str]:
        """Keys whose summary is missing or of an older version than the store holds."""
        return [r["key"] for r in self.records()
                if self.summaries.get(r["key"]) is None
                or self.summaries[r["key"]].content_hash != r["content_hash"]]

    def summary_list(self) -> list[DocumentSummary]:
        """Loaded summaries of the documents in the store, in key order."""
        return [self.summaries[r["key"]] for r in self.records() if r["key"] in self.summaries]


def file_stamp(path: Path):
    """When and how large: a stamp that changes with each write of the file."""
    try:
        stat = path.stat()
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size


def load_summaries(corpus: Corpus, keys: list[str], progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None) -> dict[str, DocumentSummary]:
    """Read summaries of the given keys; safe on a worker thread (uses a store of its own)."""
    store = corpus.workspace.separate().corpus
    loaded: dict[str, DocumentSummary] = {}
    for n, summary in enumerate(store.summaries(keys), 1):
        loaded[summary.key] = summary
        if progress:
            progress(n, len(keys), summary.key)
        if cancelled and cancelled():
            return loaded
    search.warm_up()
    return loaded


def load_corpus(data_dir: Path | str | None = None, progress: Progress | None = None) -> list[Document]:
    """Every document, opened in full: for scripts and tests that want them all at once."""
    corpus = Corpus(data_dir, progress)
    return [corpus.store.open_document(r["key"]) for r in corpus.records()]
