"""The one way the window runs work off the UI thread: a Runner.

Imports, summary loads, re-analysis, word diffs, matrices and the families update take seconds;
the window must paint and stay responsive meanwhile. A Runner starts a function on a worker
thread and hands it a Job, through which it reports progress and sees whether it was asked to
stop. Only the latest run reports: starting again asks the previous run to stop and drops what
it still says. shutdown() asks every run to stop and waits for their threads, so no worker
outlives the objects it reports to.

    runner = Runner(self)
    runner.progress.connect(bar.setValue)         # (done, total, text) of the latest run
    runner.finished.connect(show)                 # its result
    runner.failed.connect(status.showMessage)     # its exception's message
    runner.start(lambda job: work(job.report, job.cancelled))
"""
from __future__ import annotations

import gc
import threading
from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from .error_text import error_text


# Python's cyclic collector runs in whichever thread happens to allocate when its threshold is
# reached. Run on a worker, it can free Qt wrappers made on the UI thread, and deleting a
# QObject from another thread crashes the process (seen as a segfault "Garbage-collecting" in
# a worker). So while any run is going the automatic collector is off, and the UI thread
# collects once the last run has ended.
_runs_going = 0


def _hold_collector() -> None:
    global _runs_going
    _runs_going += 1
    gc.disable()


def _release_collector() -> None:
    global _runs_going
    _runs_going = max(0, _runs_going - 1)
    if _runs_going == 0:
        gc.enable()
        gc.collect()


class Job:
    """What a running function may use; report() is safe to call from its worker thread."""

    def __init__(self, emit_progress: Callable[[int, int, str], None]):
        self._emit_progress = emit_progress
        self._cancel = threading.Event()  # set from the UI thread, read on the worker

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str = "") -> None:
        self._emit_progress(done, total, text)


class _Worker(QObject):
    progress = Signal(int, int, int, str)  # ticket, done, total, text
    done = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, ticket: int, work: Callable[[Job], object]):
        super().__init__()  # no parent: a parented QObject cannot move to another thread
        self._ticket, self._work = ticket, work
        self.job = Job(lambda n, total, text: self.progress.emit(self._ticket, n, total, text))

    @Slot()
    def run(self) -> None:
        try:
            result = self._work(self.job)
        except Exception as exc:  # reported to the UI thread, which stays usable
            self.failed.emit(self._ticket, error_text(exc))
            return
        self.done.emit(self._ticket, result)


class Runner(QObject):
    """Runs one function at a time on a worker thread; the latest run alone reports."""

    progress = Signal(int, int, str)  # done, total, text
    finished = Signal(object)  # the latest run's result (its thread has ended)
    failed = Signal(str)  # the latest run raised: its message (its thread has ended)

    def __init__(self, parent: QObject | None = None, name: str = "policylens-worker"):
        super().__init__(parent)
        self._name = name
        self._ticket = 0
        self._running: dict[int, tuple[QThread, _Worker]] = {}

    def busy(self) -> bool:
        """The latest run has not reported its end yet."""
        return self._ticket in self._running

    def cancelled(self) -> bool:
        """The latest run, still going, was asked to stop."""
        run = self._running.get(self._ticket)
        return run is not None and run[1].job.cancelled()

    def start(self, work: Callable[[Job], object]) -> None:
        """Run work(job) on a new thread; a run still going is asked to stop and is not heard of again."""
        self.cancel()
        self._ticket += 1
        thread, worker = QThread(self), _Worker(self._ticket, work)
        thread.setObjectName(self._name)
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.progress.connect(self._progress)
        worker.done.connect(self._done)
        worker.failed.connect(self._failed)
        self._running[self._ticket] = (thread, worker)
        _hold_collector()  # called on the UI thread, as are the releases below
        thread.start()

    def cancel(self) -> None:
        """Ask the latest run to stop; it still reports what it returns (a partial result)."""
        run = self._running.get(self._ticket)
        if run is not None:
            run[1].job.cancel()

    def shutdown(self) -> None:
        """Ask every run to stop and wait for their threads; nothing they say is delivered."""
        self._ticket += 1
        for thread, worker in self._running.values():
            worker.job.cancel()
        for thread, _worker in self._running.values():
            thread.quit()
            thread.wait()
            _release_collector()
        self._running.clear()

    def _progress(self, ticket: int, n: int, total: int, text: str) -> None:
        if ticket == self._ticket:
            self.progress.emit(n, total, text)

    def _done(self, ticket: int, result) -> None:
        if self._end(ticket):
            self.finished.emit(result)

    def _failed(self, ticket: int, message: str) -> None:
        if self._end(ticket):
            self.failed.emit(message)

    def _end(self, ticket: int) -> bool:
        thread, _worker = self._running.pop(ticket, (None, None))
        if thread is None:  # dropped by shutdown
            return False
        thread.quit()
        thread.wait()
        _release_collector()
        return ticket == self._ticket


class BackgroundWidget(QWidget):
    """A window whose computations run on its Runner: closing it waits for them, so no
    worker thread outlives the objects it reports to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._background = Runner(self)

    def shutdown(self) -> None:
        self._background.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
