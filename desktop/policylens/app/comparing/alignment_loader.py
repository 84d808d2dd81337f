"""The corpus's clause families, brought up to date off the UI thread.

After the corpus is loaded and after each import, AlignmentStore.update() runs in a worker
thread and aligns only what changed. numpy and the alignment are imported there, never on the
UI thread before the first paint. Whatever reads or corrects the families goes through
`access()`, which holds the lock an update holds: the side-by-side view and the family list
ask from their own worker threads, so a running update never blocks the UI.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from ...core.errors import PolicyLensError
from ..common.runner import Runner


class Cancelled(PolicyLensError):
    """Raised from the progress callback to stop an update; nothing of it is saved."""
    code = "cancelled"
    messages = {"cancelled": "cancelled"}


class AlignmentLoader(QObject):
    progress = Signal(int, int)  # step, steps
    updated = Signal(object)  # AlignmentUpdate: the families are up to date with the store
    failed = Signal(str)

    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self._lock = threading.RLock()
        self._workspace = None
        self._again = False
        self._background = Runner(self, "policylens-families")
        self._background.progress.connect(lambda n, total, _text: self.progress.emit(n, total))
        self._background.finished.connect(self._done)
        self._background.failed.connect(self._failed)
        self.has_families = False  # an update finished: the families in memory are current

    def busy(self) -> bool:
        return self._background.busy()

    @property
    def ready(self) -> bool:
        return self.has_families and not self.busy()

    @contextmanager
    def access(self, refresh: bool = False):
        """The AlignmentStore, held for the block (call from a worker thread: it may wait)."""
        from ...workspace import Workspace

        with self._lock:
            if self._workspace is None:  # its own: its stores are used on the loader's threads
                self._workspace = Workspace(self.data_dir)
            elif refresh:  # an import changed the store's index since
                self._workspace.forget()
            yield self._workspace.alignment

    def start(self) -> None:
        """Align what was imported, re-imported or removed since the last update."""
        if self.busy():
            self._again = True
            return
        self._background.start(self._update)

    def _update(self, job):  # on the worker thread
        def progress(n: int, total: int) -> None:
            if job.cancelled():
                raise Cancelled("")
            job.report(n, total)

        with self.access(refresh=True) as store:
            return store.update(progress)

    def _done(self, update) -> None:
        self.has_families = True
        self._next()
        self.updated.emit(update)

    def _failed(self, message: str) -> None:  # a damaged store or a busy lock: said in the status bar
        self._next()
        self.failed.emit(message)

    def _next(self) -> None:
        if self._again:  # asked again while it ran
            self._again = False
            self.start()

    def shutdown(self) -> None:
        """Stop a running update at its next document (nothing of it is saved) and wait."""
        self._again = False
        self._background.shutdown()
