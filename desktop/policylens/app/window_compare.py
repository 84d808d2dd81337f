"""The Compare menu: a clause beside its counterparts, and the text-reuse heatmap."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from .actions import Spec

MAX_COMPARED = 30  # documents opened side by side; clause families will lift this limit


class WindowCompare:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = (
        Spec("compare", "compare_clause", QT_TRANSLATE_NOOP("actions", "各地对照此条款…"), "compare_clause", ("Ctrl+D",)),
        Spec("compare", "reuse_matrix", QT_TRANSLATE_NOOP("actions", "文本复用矩阵…"), "show_reuse", ("Ctrl+Shift+D",)),
    )

    def _init_compare(self) -> None:
        """Called once by MainWindow after its actions are built."""

    def compare_clause(self):
        """The clause selected in the outline beside its counterparts in the other documents."""
        clause = self.outline.clause(self.outline_view.currentIndex())
        doc = self.reader.current
        if clause is None or doc is None:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "先在大纲中选择一个条款"), 5000)
            return None
        return self.compare_clause_at(doc.key, clause.id)

    def compare_clause_at(self, doc_key: str, clause_id: str, reference_key: str | None = None):
        """The side-by-side view of one clause of one document, opened from anywhere in the app.

        reference_key names the document whose column is the reference (default: doc_key).
        Returns the view, or None (with a status message) if there is no such clause.
        """
        doc = self.corpus_source.document(doc_key) if doc_key in self.corpus_source else None
        clause = next((c for c in doc.clauses if c.id == clause_id), None) if doc else None
        if clause is None:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "找不到条款 {clause}").format(clause=f"{doc_key} {clause_id}"), 5000)
            return None
        keys = [r["key"] for r in self.records][:MAX_COMPARED]
        if doc.key not in keys:
            keys = [doc.key, *keys[:-1]]
        docs = [doc if key == doc.key else self.corpus_source.document(key) for key in keys]
        if len(self.records) > MAX_COMPARED:
            self.statusBar().showMessage(QCoreApplication.translate(
                "MainWindow", "对照前 {n} 份文件").format(n=MAX_COMPARED), 5000)
        from .compare_view import open_compare  # loaded when first used: not at start-up

        view = self._keep_tool_window(open_compare(self, docs, doc, clause))
        if reference_key and reference_key != doc_key:  # once the columns are known
            view.computed.connect(lambda: view.set_reference(reference_key)
                                  if view.reference_key == doc_key else None)
        return view

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

