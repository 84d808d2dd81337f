"""The main window's menu actions (named in actions.TABLE): thin calls into its widgets."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..common.file_dialogs import ask_open_paths


class WindowActions:
    """Mixed into MainWindow; each method is an action's slot (extra 'checked' args ignored).

    Strings are translated in the MainWindow context explicitly: lupdate cannot know which
    class a mixin's self.tr() runs in."""

    def import_files(self):
        title = QCoreApplication.translate("MainWindow", "导入文件")
        kinds = QCoreApplication.translate(
            "MainWindow", "政策文件 (*.txt *.md *.html *.htm *.mht *.mhtml *.docx *.doc *.wps *.pdf);;所有文件 (*)")
        self.import_paths(ask_open_paths(self, title, kinds))

    def import_paths(self, paths: list[Path]) -> None:
        if paths and self.data_dir is not None:
            self.import_dialog.run(self.data_dir, paths)

    def _imported(self, keys: list) -> None:
        current = self.position()
        self.corpus_source.refresh()
        self.set_records(self.corpus_source.records())
        self.load_corpus_views()
        if current:
            self.open_document(current.doc_key, current.offset, remember=False)
        self.corpusImported.emit(list(keys))

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

    def _keep_tool_window(self, view):
        self.tool_windows.append(view)
        view.destroyed.connect(lambda _obj=None, view=view: self.tool_windows.remove(view))
        return view

    def edit_preferences(self):
        from .preferences_dialog import PreferencesDialog  # with the alias editor: not at start-up

        prefs = PreferencesDialog.ask(self.prefs, self.data_dir, self)
        if prefs is not None:
            self.apply_preferences(prefs)
