"""Removing a document from the window: a confirmation, the workspace's remove on the runner,
then the session runs the change to the annotations (kept, listed for review).

    removal = DocumentRemoval(main_window)
    removal.remove_current()    # the document current in the corpus list, else the one shown
    removal.remove(key)         # a given one (a context menu on the corpus list, say)

It also puts back the annotations of a removed document when the document is imported again.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QMessageBox

from ..common.runner import Runner


class DocumentRemoval(QObject):
    removed = Signal(str, int)  # key, annotations kept for review
    failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._runner = Runner(self, "policylens-remove")
        self._runner.finished.connect(self._finish)
        self._runner.failed.connect(self._failed)
        if window.annotations is not None:  # changes to the annotations go through its session
            window.corpus_source.workspace.attach_annotations(window.annotations.store)
        window.import_dialog.imported.connect(self._restore_review)
        window.shuttingDown.connect(self._runner.shutdown)

    def current_key(self) -> str | None:
        window = self.window
        index = window.corpus_view.currentIndex()
        if index.isValid():
            key = window.corpus.key_at(window.corpus_filter.mapToSource(index))
            if key:
                return key
        return window.reader.current.key if window.reader.current else None

    @Slot()
    def remove_current(self) -> bool:
        key = self.current_key()
        return self.remove(key) if key else False

    def remove(self, key: str) -> bool:
        """Ask, then remove; False if the user said no or something else is changing the corpus."""
        window = self.window
        if self._runner.busy() or window.import_dialog.is_running():
            window.statusBar().showMessage(self.tr("语料库正在更新：请稍后再移除文件"), 0)
            return False
        if self.confirmation(key).exec() != QMessageBox.StandardButton.Yes:
            return False
        workspace = window.corpus_source.workspace.separate()
        window.statusBar().showMessage(self.tr("正在移除 {title}…").format(title=self._title(key)), 0)
        self._runner.start(lambda job: workspace.remove(key, job.report))
        return True

    def confirmation(self, key: str) -> QMessageBox:
        session = self.window.annotations
        count = len(session.project.for_document(key)) if session else 0
        text = self.tr("从语料库中移除“{title}”？").format(title=self._title(key))
        if count:
            kept = self.tr("它的 {n} 条批注不会删除：将保留在“待复核”列表中，重新导入该文件后可恢复。", "", count)
            text += "\n\n" + kept.format(n=count)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("移除文件"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self.window)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box

    def _title(self, key: str) -> str:
        try:
            return self.window.corpus_source.store.record(key).get("title") or key
        except Exception:  # already gone: the key says which
            return key

    def _finish(self, removal) -> None:
        window = self.window
        session = window.annotations
        if removal.command is not None and session is not None:
            session.run(removal.command)  # one Change: the review list and the reader refresh
        shown = window.reader.current
        window.imported([removal.key])
        if shown is not None and shown.key == removal.key and window.corpus_source.records():
            window.open_document(window.corpus_source.records()[0]["key"], 0, remember=False)
        kept = len(removal.kept_for_review)
        done = self.tr("已移除 {title}；{n} 条批注保留在待复核列表中", "", kept)
        window.statusBar().showMessage(done.format(title=removal.title, n=kept), 0)
        self.removed.emit(removal.key, kept)

    def _failed(self, error: str) -> None:
        message = self.tr("移除失败：{error}").format(error=error)
        self.window.statusBar().showMessage(message, 0)
        self.failed.emit(message)

    def _restore_review(self, keys: list) -> None:
        """Documents imported again: their annotations kept for review go back in place."""
        session = self.window.annotations
        if session is None:
            return
        for summary in self.window.corpus_source.workspace.plan_reanchor(keys):
            if summary.command is not None:
                session.run(summary.command)
