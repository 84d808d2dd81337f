"""Work for comparison and matrix windows, run on worker threads.

Word diffs load jieba's dictionary (seconds, the first time), the alignment may be locked by
an update, and a matrix over thousands of documents takes seconds: the windows must paint and
stay responsive meanwhile. Only the latest request's result is delivered; an earlier one still
running finishes and is dropped.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget


class _Job(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, ticket: int, work: Callable[[], object]):
        super().__init__()
        self._ticket, self._work = ticket, work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # shown to the user; the view stays usable
            self.failed.emit(self._ticket, str(exc))
            return
        self.done.emit(self._ticket, result)


class Background(QObject):
    """Runs functions on worker threads; only the latest request's result is delivered."""
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ticket = 0
        self._running: dict[int, tuple[QThread, _Job]] = {}

    def busy(self) -> bool:
        return self._ticket in self._running

    def run(self, work: Callable[[], object]) -> None:
        self._ticket += 1
        thread, job = QThread(self), _Job(self._ticket, work)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._running[self._ticket] = (thread, job)
        thread.start()

    def _done(self, ticket: int, result) -> None:
        if self._end(ticket):
            self.finished.emit(result)

    def _failed(self, ticket: int, message: str) -> None:
        if self._end(ticket):
            self.failed.emit(message)

    def _end(self, ticket: int) -> bool:
        thread, _job = self._running.pop(ticket, (None, None))
        if thread is None:  # dropped by shutdown
            return False
        thread.quit()
        thread.wait()
        return ticket == self._ticket

    def shutdown(self) -> None:
        """Wait for running work (a page of diffs never blocks for long); its results are dropped."""
        self._ticket += 1
        for thread, _job in self._running.values():
            thread.quit()
            thread.wait()
        self._running.clear()


class BackgroundWidget(QWidget):
    """A window whose computations run on its Background: closing it waits for them, so no
    worker thread outlives the objects it reports to."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._background = Background(self)

    def shutdown(self) -> None:
        self._background.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
