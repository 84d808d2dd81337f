"""The corpus as the diffusion windows read it: built once off the UI thread, shared by them.

CorpusDiffusion (core/diffusion/corpus.py) is made from the summaries the window has loaded
and the 5-gram sets, citations and boilerplate of the data folder's caches
(store/diffusion_cache.py), with the user's corrections of titles, places, levels and dates
laid over; an import, a re-analysis or a changed correction drops it, and the next window that asks builds it again. get() is called from a
window's worker thread and holds a lock, so two windows opened together build it once.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # numpy comes with it: loaded on the worker that first builds the corpus
    from ...core.diffusion.corpus import CorpusDiffusion


class DiffusionSource:
    def __init__(self, data_dir: Path, documents: Callable[[], list]):
        """documents() gives the loaded summaries (called on the UI thread, by snapshot())."""
        self._data_dir, self._documents = data_dir, documents
        self._lock = threading.Lock()
        self._data: CorpusDiffusion | None = None
        self._generation = 0
        self._corrections: dict | None = None  # the user's corrections the corpus was built with

    def invalidate(self) -> None:
        with self._lock:
            self._data = None
            self._generation += 1

    def snapshot(self) -> Callable[..., CorpusDiffusion]:
        """On the UI thread: a function for a worker that returns the corpus as it is now."""
        from ...store.user_corrections import diffusion_corrections

        corrections = diffusion_corrections(self._data_dir)  # a small file; a correction rebuilds
        with self._lock:
            if corrections != self._corrections:
                self._data, self._corrections = None, corrections
                self._generation += 1
        documents, generation = list(self._documents()), self._generation

        def get(report: Callable[[int, int, str], None] | None = None) -> CorpusDiffusion:
            from ...store.diffusion_cache import cached_corpus

            with self._lock:
                if self._data is not None and generation == self._generation:
                    return self._data
                data = cached_corpus(self._data_dir, documents,
                                     (lambda n, total: report(n, total, "")) if report else None, corrections)
                if generation == self._generation:
                    self._data = data
                return data
        return get
