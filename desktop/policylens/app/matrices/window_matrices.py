"""Coverage and parameter matrices (Compare menu).

The coverage matrix reads the clause families through the window's AlignmentLoader (its
access() waits for a running update) and is computed again whenever the loader has updated
the families; without a loader the window keeps an AlignmentStore of its own.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..shell.actions import Spec
from ..shell.window_geometry import show_tool_window


class WindowMatrices:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = (
        Spec("compare", "coverage_matrix", QT_TRANSLATE_NOOP("actions", "覆盖矩阵…"), "show_coverage",
             ("Ctrl+Shift+G",)),
        Spec("compare", "parameter_table", QT_TRANSLATE_NOOP("actions", "参数表…"), "show_parameters",
             ("Ctrl+Shift+P",)),
    )

    def _init_matrices(self) -> None:
        """Called once by MainWindow after its actions are built."""
        self._matrix_alignment = None  # without the window's loader: our own store and its lock
        self._matrix_lock = threading.Lock()

    def show_coverage(self):
        """The coverage matrix, with the open document as the template."""
        if not self._matrices_ready():
            return None
        from .coverage_view import Choice, CoverageView  # loaded when first used: not at start-up
        from ..comparing.reuse_view import document_names

        docs = self.documents
        choices = [Choice(d.key, name, d.meta.title) for d, name in zip(docs, document_names(docs))]
        loader = getattr(self, "alignment", None)
        view = CoverageView(self.alignment_access(), choices, self._clauses_of,
                            self.reader.current.key if self.reader.current else None, self)
        if hasattr(loader, "updated"):  # imports and corrections change the families
            loader.updated.connect(view.recompute)
        view.clause_activated.connect(lambda key, clause, reference: self.compare_clause_at(key, clause, reference or None))
        return self._matrix_window(view, QCoreApplication.translate("MainWindow", "覆盖矩阵"), (1100, 700))

    def show_parameters(self):
        """The parameter table of the corpus: documents × conditions and targets."""
        if not self._matrices_ready():
            return None
        from .parameter_view import ParameterView  # loaded when first used: not at start-up
        from ..comparing.reuse_view import document_names

        view = ParameterView(self)
        view.span_activated.connect(self.open_span)
        docs = self.documents
        view.set_documents(docs, dict(zip((d.key for d in docs), document_names(docs))))
        return self._matrix_window(view, QCoreApplication.translate("MainWindow", "参数表"), (1100, 500))

    def _clauses_of(self, key: str):
        summary = self.corpus_source.summaries.get(key)  # loaded: the matrices wait for corpus_ready
        return summary.clauses if summary is not None else None

    def alignment_access(self):
        """A function whose context holds the AlignmentStore (for worker threads)."""
        loader = getattr(self, "alignment", None)
        return loader.access if hasattr(loader, "access") else self._own_alignment

    @contextmanager
    def _own_alignment(self):
        from ...store.alignment import AlignmentStore

        with self._matrix_lock:
            store = self.corpus_source.store
            if self._matrix_alignment is None or self._matrix_alignment.corpus is not store:
                self._matrix_alignment = AlignmentStore(store)  # the store was reopened after an import
            yield self._matrix_alignment

    def _matrices_ready(self) -> bool:
        if not self.corpus_ready:
            self.statusBar().showMessage(QCoreApplication.translate("MainWindow", "全文索引尚未建完，请稍候"), 5000)
        return self.corpus_ready

    def _matrix_window(self, view, title: str, size: tuple[int, int]):
        return show_tool_window(self._keep_tool_window(view), title, *size)
