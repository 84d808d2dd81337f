"""Two whole documents aligned clause by clause (Compare menu)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..shell.actions import Spec


class WindowTwoDocs:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = (
        Spec("compare", "compare_two_documents", QT_TRANSLATE_NOOP("actions", "比较两份文件…"), "compare_two_documents",
             ("Ctrl+Shift+B",)),
    )

    def _init_two_docs(self) -> None:
        """Called once by MainWindow after its actions are built."""

    def compare_two_documents(self, key_b: str | None = None):
        """The open document on the left, the next one in the corpus (or key_b) on the right."""
        keys = [r["key"] for r in self.records]
        if len(keys) < 2:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "至少需要两份文件才能比较"), 5000)
            return None
        key_a = self.reader.current.key if self.reader.current is not None else keys[0]
        if key_b is None or key_b not in keys:
            key_b = keys[(keys.index(key_a) + 1) % len(keys)] if key_a in keys else keys[1]
        from .two_doc_view import open_two_docs  # loaded when first used: not at start-up

        view = open_two_docs(self, self.records, self.corpus_source.document, key_a, key_b, self.data_dir)
        view.clauseActivated.connect(self.open_clause)
        return self._keep_tool_window(view)
