"""The corpus list's context menu: open a document, compare it with the open one, show its
file, remove it (document_removal.py asks first; its annotations are kept for review).

A right-click acts on the document under the pointer, not on the one selected.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMenu, QTreeView


class CorpusMenu(QObject):
    def __init__(self, view: QTreeView, window):
        super().__init__(view)
        self.view, self.window = view, window
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show)

    def key_at(self, pos: QPoint) -> str | None:
        index = self.view.indexAt(pos)
        return self.window.corpus.key_at(self.view.model().mapToSource(index)) if index.isValid() else None

    def menu_for(self, key: str) -> QMenu:
        """The menu for one document (built for each right-click; tests read it)."""
        menu = QMenu(self.view)
        menu.addAction(self.tr("打开"), lambda: self.window.open_document(key, 0))
        current = self.window.reader.current
        compare = menu.addAction(self.tr("与当前打开的文件比较"),
                                 lambda: self.window.two_documents.compare_two_documents(key))
        compare.setEnabled(current is not None and current.key != key)
        folder = self.source_folder(key)
        show = menu.addAction(self.tr("在文件夹中显示来源文件"), lambda: self.show_in_folder(key))
        show.setEnabled(folder is not None)
        if folder is not None:
            show.setToolTip(str(folder))
        menu.addSeparator()
        menu.addAction(self.tr("移除文件…"), lambda: self.window.document_removal.remove(key))
        menu.setToolTipsVisible(True)
        return menu

    def source_folder(self, key: str) -> Path | None:
        """The folder of the file the document was imported from, if it is still there."""
        record = next((r for r in self.window.records if r["key"] == key), None)
        source = Path(record.get("source_path") or "") if record else None
        return source.parent if source and source.name and source.parent.is_dir() else None

    def show_in_folder(self, key: str) -> bool:
        folder = self.source_folder(key)
        return folder is not None and QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _show(self, pos: QPoint) -> None:
        key = self.key_at(pos)
        if key is not None:
            self.menu_for(key).exec(self.view.viewport().mapToGlobal(pos))
