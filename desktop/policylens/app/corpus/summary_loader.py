"""Loading document summaries for corpus-wide views off the UI thread.

Corpus search and the agency index need every document's text and clauses; for thousands of
documents that is seconds of reading, so it happens after the first paint, in a worker thread,
while the reader is already usable. A request made while a load runs is served after it.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread, Signal, Slot

from .corpus_source import Corpus, load_summaries


class _Worker(QObject):
    progress = Signal(int, int)
    done = Signal(dict)  # key -> DocumentSummary
    failed = Signal(str)

    def __init__(self, corpus: Corpus, keys: list[str], cancel: threading.Event):
        super().__init__()
        self._corpus, self._keys, self._cancel = corpus, keys, cancel

    @Slot()
    def run(self) -> None:
        try:
            loaded = load_summaries(self._corpus, self._keys,
                                    lambda n, total, _key: self.progress.emit(n, total),
                                    self._cancel.is_set)
        except Exception as exc:  # a damaged store must end the load with a message, not hang
            self.failed.emit(str(exc))
            return
        self.done.emit(loaded)


class SummaryLoader(QObject):
    progress = Signal(int, int)  # summaries read, summaries wanted
    loaded = Signal()  # corpus.summaries is up to date with the store
    failed = Signal(str)

    def __init__(self, corpus: Corpus, parent=None):
        super().__init__(parent)
        self.corpus = corpus
        self._thread: QThread | None = None
        self._worker: _Worker | None = None
        self._cancel = threading.Event()
        self._again = False

    def busy(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Bring the corpus's summaries up to date with its store."""
        if self._thread is not None:
            self._again = True
            return
        keys = self.corpus.stale_summaries()
        self._drop_removed()
        if not keys:
            self.loaded.emit()
            return
        self._cancel.clear()
        self._thread = QThread(self)
        self._thread.setObjectName("policylens-summaries")
        self._worker = _Worker(self.corpus, keys, self._cancel)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progress.connect(self.progress)
        self._worker.done.connect(self._done)
        self._worker.failed.connect(self._failed)
        self._thread.start()

    def _drop_removed(self) -> None:
        present = {r["key"] for r in self.corpus.records()}
        for key in [k for k in self.corpus.summaries if k not in present]:
            del self.corpus.summaries[key]

    def _done(self, loaded: dict) -> None:
        if self._thread is None:  # shut down meanwhile: the result may be partial
            return
        self.corpus.summaries.update(loaded)
        self._finish()
        if self._again or self.corpus.stale_summaries():
            self._again = False
            self.start()
        else:
            self.loaded.emit()

    def _failed(self, message: str) -> None:
        if self._thread is None:
            return
        self._finish()
        self.failed.emit(message)

    def _finish(self) -> None:
        self._thread.quit()
        self._thread.wait()
        self._thread = self._worker = None

    def shutdown(self) -> None:
        """Stop a running load (at the next document) and wait for its thread."""
        if self._thread is not None:
            self._cancel.set()
            self._thread.quit()
            self._thread.wait()
            self._thread = self._worker = None
