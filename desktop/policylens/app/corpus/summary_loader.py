"""Loading document summaries for corpus-wide views off the UI thread.

Corpus search and the agency index need every document's text and clauses; for thousands of
documents that is seconds of reading, so it happens after the first paint, on a Runner, while
the reader is already usable. A request made while a load runs is served after it (not by
restarting it: the documents read so far are kept).
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..common.runner import Runner
from .corpus_source import Corpus, load_summaries


class SummaryLoader(QObject):
    progress = Signal(int, int)  # summaries read, summaries wanted
    loaded = Signal()  # corpus.summaries is up to date with the store
    failed = Signal(str)

    def __init__(self, corpus: Corpus, parent=None):
        super().__init__(parent)
        self.corpus = corpus
        self._again = False
        self._runner = Runner(self, "policylens-summaries")
        self._runner.progress.connect(lambda n, total, _key: self.progress.emit(n, total))
        self._runner.finished.connect(self._done)
        self._runner.failed.connect(self.failed)

    def busy(self) -> bool:
        return self._runner.busy()

    def start(self) -> None:
        """Bring the corpus's summaries up to date with its store."""
        if self.busy():
            self._again = True
            return
        keys = self.corpus.stale_summaries()
        self._drop_removed()
        if not keys:
            self.loaded.emit()
            return
        corpus = self.corpus
        self._runner.start(lambda job: load_summaries(corpus, keys, job.report, job.cancelled))

    def _drop_removed(self) -> None:
        present = {r["key"] for r in self.corpus.records()}
        for key in [k for k in self.corpus.summaries if k not in present]:
            del self.corpus.summaries[key]

    def _done(self, loaded: dict) -> None:
        self.corpus.summaries.update(loaded)
        if self._again or self.corpus.stale_summaries():
            self._again = False
            self.start()
        else:
            self.loaded.emit()

    def shutdown(self) -> None:
        """Stop a running load (at the next document) and wait for its thread; a partial result
        is dropped."""
        self._again = False
        self._runner.shutdown()
