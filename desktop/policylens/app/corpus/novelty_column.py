"""Fills the corpus list's share-of-new-text column off the UI thread, once the summaries are loaded.

The list paints from the index records first; the shares need every document's text, so
they are computed (or read back from the data folder's cache, store/novelty_cache.py) on a
Runner after each load of the summaries, and the column fills in. A result computed for
records the list no longer shows (an import came in between) is dropped.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, Signal

from ..common.runner import Runner
from .corpus_model import CorpusModel


class NoveltyColumn(QObject):
    filled = Signal()  # the column shows every document's share

    def __init__(self, model: CorpusModel, data_dir: Path, documents: Callable[[], list], parent=None):
        """documents(): the loaded summaries (called on the UI thread)."""
        super().__init__(parent)
        self.model, self._data_dir, self._documents = model, data_dir, documents
        self._generation = 0
        model.modelReset.connect(self._records_changed)
        self._runner = Runner(self, "policylens-novelty")
        self._runner.finished.connect(self._show)

    def fill(self) -> None:
        docs, data_dir, generation = list(self._documents()), self._data_dir, self._generation

        def work(job):
            from ...store.novelty_cache import document_shares

            found = document_shares(data_dir, docs, lambda n, total: job.report(n, total, ""), job.cancelled)
            return generation, found.shares
        self._runner.start(work)

    def busy(self) -> bool:
        return self._runner.busy()

    def _records_changed(self) -> None:
        self._generation += 1

    def _show(self, result) -> None:
        generation, shares = result
        if generation == self._generation:
            self.model.set_novelty(shares)
            self.filled.emit()

    def shutdown(self) -> None:
        self._runner.shutdown()
