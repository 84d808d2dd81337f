"""The import dialog (progress, Cancel, then a per-file report) and file drops on any widget.

Files the store left out as ambiguous (a stored namesake they may or may not be a version of)
are asked about one by one once the import ends (same_name_question); the answered ones are
then imported in a second run, whose results take their rows in the report.

    dialog = ImportDialog(main_window)
    dialog.imported.connect(main_window.refresh)  # keys of documents that changed
    dialog.run(data_dir, paths)                   # returns at once; the import runs in a thread
"""
from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (QAbstractItemView, QAbstractScrollArea, QDialog, QDialogButtonBox,
                               QHeaderView, QLabel, QProgressBar, QPushButton, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...store import ImportResult
from ..common.error_text import reason_text
from ..common.runner import Runner
from ..common.window_geometry import resize_to_fit
from .import_worker import import_job
from .look_list import LookList
from .same_name_question import SameNameQuestion, answer_for

CHANGED = ("imported", "new-version")  # statuses after which the corpus list must refresh


class ImportDialog(QDialog):
    """Runs one import at a time; shows progress while it runs and a report when it ends, with
    the documents that need a look, which the window opens (documentRequested)."""

    imported = Signal(list)  # keys of the documents imported or given a new version (non-empty)
    completed = Signal()  # the report is showing and the import thread has ended
    documentRequested = Signal(str)  # the key of a listed document the user asked to open

    FILE, STATUS, REASON = range(3)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入文件"))
        resize_to_fit(self, 760, 560)
        self._runner = Runner(self, "policylens-import")
        self._runner.progress.connect(self._on_progress)
        self._runner.finished.connect(self._on_results)
        self._runner.failed.connect(self._on_failed)
        self._cancelled = False
        self._data_dir: Path | None = None
        self._first: list[ImportResult] | None = None  # the first run's results, while asking
        self._queue: list[ImportResult] = []  # ambiguous results not asked about yet
        self._answers: dict[str, str | None] = {}  # source path -> the user's answer
        self.question: SameNameQuestion | None = None  # the question showing, if any
        self._total = 0
        self._build()

    # --- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.file_label = QLabel(self)
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress_bar = QProgressBar(self)
        self.cancel_button = QPushButton(self.tr("取消"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = self._report_table()
        self.look_list = LookList(self)
        self.look_list.documentRequested.connect(self.documentRequested)
        # Every file's row above, the documents to look at below; the user moves the line.
        self.report_split = QSplitter(Qt.Orientation.Vertical, self)
        self.report_split.setChildrenCollapsible(False)
        self.report_split.addWidget(self.table)
        self.report_split.addWidget(self.look_list)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        for widget in (self.file_label, self.progress_bar, self.cancel_button, self.summary_label):
            column.addWidget(widget)
        column.addWidget(self.report_split, 1)
        column.addWidget(self.close_buttons)
        self._show_progress(True)
        self._has_report = False

    def _report_table(self) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("状态"), self.tr("原因")])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().setVisible(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(self.STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.resizeSection(self.FILE, 240)
        return table

    def _show_progress(self, running: bool) -> None:
        for widget in (self.file_label, self.progress_bar, self.cancel_button):
            widget.setVisible(running)
        for widget in (self.summary_label, self.report_split, self.close_buttons):
            widget.setVisible(not running)

    # --- running ----------------------------------------------------------------------------
    def is_running(self) -> bool:
        return self._runner.busy()

    def run(self, data_dir: str | Path, paths) -> bool:
        """Show the dialog and import paths (files or folders); False if one is already running."""
        if self.is_running() or self.question is not None:
            return False
        self._data_dir, self._first, self._answers = Path(data_dir), None, {}
        self._start(paths)
        return True

    def _start(self, paths, answers: dict[str, str | None] | None = None) -> None:
        self._cancelled, self._total, self._has_report = False, 0, True
        self.table.setRowCount(0)
        self.look_list.set_results([])
        self.progress_bar.setRange(0, 0)  # busy until the first file is done: folders are expanded first
        self.file_label.setText(self.tr("正在准备…"))
        self.cancel_button.setEnabled(True)
        self._show_progress(True)
        self._runner.start(import_job(self._data_dir, paths, answers))
        self.show()  # not exec(): no nested event loop, the caller returns at once

    @Slot()
    def cancel(self) -> None:
        if self.is_running():
            self._runner.cancel()
            self._cancelled = True
            self.cancel_button.setEnabled(False)
            self.file_label.setText(self.tr("当前文件完成后取消…"))

    def shutdown(self) -> None:
        """Cancel and wait for the thread (application exit only: it blocks for one file)."""
        if self.question is not None:  # unanswered questions: those files stay out, as if skipped
            self._queue, self._answers = [], {}
            self.question.reject()
        self._runner.shutdown()

    # Closing while importing means cancel; the dialog stays to show what was imported.
    def reject(self) -> None:
        if self.is_running():
            self.cancel()
        else:
            super().reject()

    def closeEvent(self, event) -> None:
        if self.is_running():
            self.cancel()
            event.ignore()
        else:
            super().closeEvent(event)

    # --- the runner's signals (the import thread has ended when a result or failure comes) ----
    @Slot(int, int, str)
    def _on_progress(self, n: int, total: int, name: str) -> None:
        self._total = total
        self.progress_bar.setRange(0, total)
        self.progress_bar.setValue(n)
        if self.cancel_button.isEnabled():  # keep "Cancelling…" visible once asked
            self.file_label.setText(self.tr("{n}/{total}：{name}").format(n=n, total=total, name=name))

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._show_progress(False)
        if self._first is not None:  # the answered files could not be imported: show the rest
            self._fill_report(self._first)
        self.summary_label.setText(self.tr("导入失败：{reason}").format(reason=message))
        self.completed.emit()

    @Slot(object)
    def _on_results(self, imported: list) -> None:
        cancelled = self._cancelled
        self._show_progress(False)
        results = self._merged(imported)
        self._fill_report(results, cancelled)
        keys = list(dict.fromkeys(r.key for r in imported if r.status in CHANGED))
        if keys:
            self.imported.emit(keys)
        if self._first is None and not cancelled:
            self._queue = [r for r in results if r.status == "ambiguous"]
            if self._queue:
                self._first = results
                self._ask_next()
                return  # completed follows the answers
        self.completed.emit()

    def _merged(self, results: list[ImportResult]) -> list[ImportResult]:
        """The first run's report with the rows of the files imported again replaced."""
        if self._first is None:
            return results
        again = {r.path: r for r in results}
        return [again.get(r.path, r) for r in self._first]

    # --- asking about ambiguous files ---------------------------------------------------------
    def _ask_next(self) -> None:
        if not self._queue:
            self.question = None
            decided = {path: answer for path, answer in self._answers.items() if answer is not None}
            if decided:
                self._start(list(decided), decided)
            else:
                self.completed.emit()
            return
        result = self._queue.pop(0)
        self.question = SameNameQuestion(result, len(self._queue), self)
        self.question.answered.connect(self._on_answered)
        self.question.open()

    @Slot(object, bool)
    def _on_answered(self, answer, for_the_rest: bool) -> None:
        asked = self.question
        asked.deleteLater()
        self._answers[asked.result.path] = answer
        if for_the_rest:
            unanswered = []
            for result in self._queue:
                mine = answer_for(answer, result)
                if mine is None and answer is not None:
                    unanswered.append(result)  # a version, but of which of its candidates? ask
                else:
                    self._answers[result.path] = mine
            self._queue = unanswered
        self._ask_next()

    # --- the report -------------------------------------------------------------------------
    def _fill_report(self, results: list[ImportResult], cancelled: bool = False) -> None:
        self.table.setRowCount(len(results))
        for row, result in enumerate(results):
            name = QTableWidgetItem(Path(result.path).name)
            name.setToolTip(result.path)
            said = reason_text(result.error) if result.error is not None else result.message
            reason = QTableWidgetItem(said)
            reason.setToolTip(said)  # long reasons stay readable in full
            self.table.setItem(row, self.FILE, name)
            self.table.setItem(row, self.STATUS, QTableWidgetItem(self.status_word(result.status)))
            self.table.setItem(row, self.REASON, reason)
        self.summary_label.setText(self.summary(results, cancelled))
        if self.look_list.set_results(results):  # shown again: a hidden pane came back 0 px high
            half = max(self.report_split.height(), 2 * self.look_list.minimumSizeHint().height()) // 2
            self.report_split.setSizes([half, half])

    def show_report(self) -> bool:
        """Show the last import's report again (its progress, while it runs); False if this run
        has imported nothing yet."""
        if not self._has_report:
            return False
        self.show()
        self.raise_()
        return True

    def status_word(self, status: str) -> str:
        words = {"imported": self.tr("已导入"), "unchanged": self.tr("未变化"),
                 "new-version": self.tr("新版本"), "failed": self.tr("失败"),
                 "ambiguous": self.tr("待定")}
        return words.get(status, status)

    def summary(self, results: list[ImportResult], cancelled: bool = False) -> str:
        """'已导入 3 个，失败 1 个'; statuses that did not occur are left out."""
        if not results and not cancelled:
            return self.tr("没有可导入的文件（PolicyLens 读取 .txt、.html、.htm 和 .docx 文件）。")
        counts = Counter(r.status for r in results)
        parts = [self._count_text(status, counts[status])
                 for status in ("imported", "new-version", "unchanged", "ambiguous", "failed")
                 if counts[status]]
        text = self.tr("，").join(parts)
        if cancelled and not results:
            return self.tr("已取消，未导入任何文件。")
        if cancelled and len(results) < self._total:
            text = self.tr("已在第 {done}/{total} 个文件后取消：{counts}").format(
                done=len(results), total=self._total, counts=text)
        return text

    def _count_text(self, status: str, n: int) -> str:
        return self.tr("{status} {n} 个").format(n=n, status=self.status_word(status))


class _DropFilter(QObject):
    """Accepts drags that carry local files and hands the dropped paths to a callback."""

    def __init__(self, widget: QWidget, callback: Callable[[list[Path]], None]):
        super().__init__(widget)  # lives and dies with the widget
        self._callback = callback

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove):
            if _local_paths(event.mimeData()):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop:
            paths = _local_paths(event.mimeData())
            if paths:
                event.acceptProposedAction()
                self._callback(paths)
                return True
        return False


def _local_paths(mime) -> list[Path]:
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]


def accept_file_drops(widget: QWidget, callback: Callable[[list[Path]], None]) -> QObject:
    """Make widget accept dropped files and folders: callback(paths) runs on each drop."""
    drop_filter = _DropFilter(widget, callback)
    targets = [widget]
    if isinstance(widget, QAbstractScrollArea):
        targets.append(widget.viewport())  # scroll areas get drag events on their viewport
    for target in targets:
        target.setAcceptDrops(True)
        target.installEventFilter(drop_filter)
    return drop_filter
