"""The main window's menu actions (named in actions.TABLE): thin calls into its widgets."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from .. import __version__
from .preferences_dialog import PreferencesDialog

MAX_COMPARED = 30  # documents opened side by side; clause families will lift this limit


class WindowActions:
    """Mixed into MainWindow; each method is an action's slot (extra 'checked' args ignored).

    Strings are translated in the MainWindow context explicitly: lupdate cannot know which
    class a mixin's self.tr() runs in."""

    def import_files(self):
        title = QCoreApplication.translate("MainWindow", "导入文件")
        kinds = QCoreApplication.translate("MainWindow", "政策文件 (*.txt *.html *.htm *.docx);;所有文件 (*)")
        paths, _filter = QFileDialog.getOpenFileNames(self, title, "", kinds)
        self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        if paths and self.data_dir is not None:
            self.import_dialog.run(self.data_dir, paths)

    def _imported(self, _keys: list) -> None:
        current = self.position()
        self.corpus_source.refresh()
        self.set_records(self.corpus_source.records())
        self.load_corpus_views()
        if current:
            self.open_document(current.doc_key, current.offset, remember=False)

    def find_in_document(self):
        self.reader.show_find()

    def search_corpus(self):
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.query_edit.setFocus()
        self.search.query_edit.selectAll()

    def set_script(self, mode: str) -> None:
        self.reader.set_script(mode)

    def toggle_raw(self, checked=False):
        self.reader.set_raw(bool(checked))

    def zoom_in(self):
        self.reader.zoom_in()

    def zoom_out(self):
        self.reader.zoom_out()

    def zoom_reset(self):
        self.reader.zoom_reset()

    def set_outline_depth(self, depth: int) -> None:
        """Show clauses down to this level (1-4); the preamble and closing are always visible."""
        self.outline_view.collapseAll()
        if depth > 1:
            self.outline_view.expandToDepth(depth - 2)

    def expand_outline(self):
        self.outline_view.expandAll()

    def collapse_outline(self):
        self.outline_view.collapseAll()

    def go_back(self):
        self._go(self.history.back)

    def go_forward(self):
        self._go(self.history.forward)

    def _go(self, step) -> None:
        current = self.position()
        target = step(current) if current else None
        if target is not None:
            self.open_document(target.doc_key, target.offset, remember=False)

    def compare_clause(self):
        """The clause selected in the outline beside its counterparts in the other documents."""
        clause = self.outline.clause(self.outline_view.currentIndex())
        doc = self.reader.current
        if clause is None or doc is None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "先在大纲中选择一个条款"), 5000)
            return None
        keys = [r["key"] for r in self.records][:MAX_COMPARED]
        if doc.key not in keys:
            keys = [doc.key, *keys[:-1]]
        docs = [doc if key == doc.key else self.corpus_source.document(key) for key in keys]
        if len(self.records) > MAX_COMPARED:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "对照前 {n} 份文件").format(n=MAX_COMPARED), 5000)
        from .compare_view import open_compare  # loaded when first used: not at start-up

        return self._keep_tool_window(open_compare(self, docs, doc, clause))

    def show_reuse(self):
        """The document × document text-reuse heatmap of the loaded corpus, in a window."""
        if not self.corpus_ready:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "全文索引尚未建完，请稍候"), 5000)
            return None
        from .reuse_view import ReuseView  # loaded when first used: not at start-up

        view = self._keep_tool_window(ReuseView(self))
        view.setWindowFlag(Qt.WindowType.Window)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.setWindowTitle(QCoreApplication.translate("MainWindow", "文本复用矩阵"))
        view.pair_activated.connect(lambda row, _column: self.open_document(row, 0))
        view.set_documents(self.documents)
        view.resize(900, 600)
        view.show()
        return view

    def _keep_tool_window(self, view):
        self.tool_windows.append(view)
        view.destroyed.connect(lambda _obj=None, view=view: self.tool_windows.remove(view))
        return view

    def edit_preferences(self):
        prefs = PreferencesDialog.ask(self.prefs, self.data_dir, self)
        if prefs is not None:
            self.apply_preferences(prefs)

    def show_about(self):
        title = QCoreApplication.translate("MainWindow", "关于 PolicyLens")
        text = QCoreApplication.translate(
            "MainWindow", "PolicyLens {version}\n离线阅读、标注和比较政策文件。\n数据文件夹：{data}")
        QMessageBox.about(self, title, text.format(version=__version__, data=self.data_dir or "—"))
