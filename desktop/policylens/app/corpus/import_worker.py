"""Importing files off the UI thread: a QObject worker that runs in its own QThread.

The worker opens its own CorpusStore in the worker thread (the store is not shared between
threads) and reports progress through queued signals, so the UI thread only ever paints.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Iterable, Mapping

from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...core.formats import SUPPORTED
from ...store import CorpusStore, ImportResult, StoreError


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Dropped folders become their supported files (recursively, sorted); files stay as given.

    Unsupported files that were dropped one by one stay in the list: the import report then
    says clearly why they were not imported, instead of silently ignoring them.
    """
    expanded: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            expanded.extend(sorted(p for p in path.rglob("*") if _wanted_in_folder(p)))
        else:
            expanded.append(path)
    return list(dict.fromkeys(expanded))  # a file dropped both alone and in its folder: once


def _wanted_in_folder(path: Path) -> bool:
    # "._x.docx" (macOS metadata) and "~$x.docx" (Word lock files) look supported but are junk.
    if path.name.startswith((".", "~$")):
        return False
    return path.suffix.lower() in SUPPORTED and path.is_file()


class ImportWorker(QObject):
    """Imports paths into the store in DATA_DIR; emits exactly one of finished or failed."""

    progress = Signal(int, int, str)  # files done, files in all, name of the last file done
    finished = Signal(list)  # list[ImportResult], in import order; shorter if cancelled
    failed = Signal(str)  # the store itself could not be used (locked, newer schema, ...)

    def __init__(self, data_dir: str | Path, paths: Iterable[str | Path],
                 answers: Mapping[str, str | None] | None = None):
        super().__init__()  # no parent: a parented QObject cannot move to another thread
        self._data_dir = Path(data_dir)
        self._paths = list(paths)
        # The user's answers for files left out as ambiguous before (source path -> SEPARATE or a
        # key); read-only in the worker thread.
        self._answers = dict(answers or {})
        self._cancel = threading.Event()  # set from the UI thread, read in the worker

    def cancel(self) -> None:
        """Stop after the file being imported now; what was imported before is kept."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            store = CorpusStore(self._data_dir)
            results = store.import_files(expand_paths(self._paths), self._report, self._cancel.is_set,
                                         self._resolve if self._answers else None)
        except StoreError as exc:
            self.failed.emit(str(exc))
            return
        except Exception as exc:  # an unexpected error must still end the import, not hang the dialog
            self.failed.emit(f"internal error: {exc!r}")
            return
        self.finished.emit(results)

    def _resolve(self, result: ImportResult) -> str | None:
        return self._answers.get(result.path)

    def _report(self, n: int, total: int, result: ImportResult) -> None:
        # No explicit GIL yield here: the interpreter's switch interval already lets the UI
        # thread in (tests/benchmarks/bench_ui_import.py measures it).
        self.progress.emit(n, total, Path(result.path).name)


def start_import(data_dir: str | Path, paths: Iterable[str | Path], parent: QObject | None = None,
                 answers: Mapping[str, str | None] | None = None) -> tuple[QThread, ImportWorker]:
    """Start importing in a new thread; the caller must keep both returned objects alive.

    The thread quits by itself when the worker is done; wait for thread.finished before
    dropping the references (a QThread destroyed while running aborts the process).
    """
    thread = QThread(parent)
    thread.setObjectName("policylens-import")
    worker = ImportWorker(data_dir, paths, answers)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.start()
    return thread, worker
