"""Where the reader's documents come from: the corpus store in the data folder.

On first run (an empty store) the bundled seeds are imported, so a new user sees documents
without configuring anything.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..core.document import Document
from ..paths import default_data_dir, seed_files
from ..store import CorpusStore

Progress = Callable[[int, int, str], None]


def load_corpus(data_dir: Path | str | None = None, progress: Progress | None = None) -> list[Document]:
    """The documents to show, in key order; imports the bundled seeds into an empty store."""
    store = CorpusStore(Path(data_dir) if data_dir else default_data_dir())
    if len(store) == 0:
        store.import_files(seed_files(), lambda n, total, result: progress and progress(n, total, result.path))
    return [store.open_document(record["key"]) for record in store.documents()]
