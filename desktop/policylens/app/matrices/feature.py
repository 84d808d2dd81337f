"""Coverage and parameter matrices (Compare menu), and the code × attribute matrix (Research menu),
whose cells list their passages and open them in the reader.

The coverage matrix reads the clause families through the context's AlignmentLoader (its
access() waits for a running update) and is computed again whenever the loader has updated
the families.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..common.context import Feature, FeatureContext
from ..common.window_geometry import show_tool_window


class MatricesFeature(QObject, Feature):

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context, self.window = context, context.window
        self._scope: set[str] | None = None  # the documents of the corpus scope (None: all)
        self._attribute_views: list = []  # open code × attribute matrices, which follow the scope

    def show_coverage(self):
        """The coverage matrix, with the open document as the template."""
        if not self._matrices_ready():
            return None
        from .coverage_view import Choice, CoverageView  # loaded when first used: not at start-up
        from ..common.document_names import document_names
        from ..common.in_force_box import in_force_of

        docs, context = self.window.documents, self.context
        choices = [Choice(d.key, name, d.meta.title) for d, name in zip(docs, document_names(docs))]
        current = context.reader.current
        view = CoverageView(context.alignment.access, choices, self._clauses_of,
                            current.key if current else None, self.window, in_force_of(docs),
                            lambda: self._shares(docs))
        context.alignment.updated.connect(view.recompute)  # imports and corrections change the families
        view.clause_activated.connect(
            lambda key, clause, reference: context.compare_clause_at(key, clause, reference or None))
        return self._matrix_window(view, self.tr("覆盖矩阵"), (1100, 700))

    def show_parameters(self):
        """The parameter table of the corpus: documents × conditions and targets."""
        if not self._matrices_ready():
            return None
        from .parameter_view import ParameterView  # loaded when first used: not at start-up
        from ..common.document_names import document_names

        view = ParameterView(self.window, self._attributes)
        view.span_activated.connect(self.window.open_span)
        docs = self.window.documents
        view.set_documents(docs, dict(zip((d.key for d in docs), document_names(docs))))
        return self._matrix_window(view, self.tr("参数表"), (1100, 500))

    def show_code_attributes(self):
        """The code × attribute matrix (codes by province, year, type …) of the documents in scope."""
        if self.context.session is None:
            self.context.show_message(self.tr("批注无法打开：没有编码可以统计"), 5000)
            return None
        from .attribute_matrix_view import AttributeMatrixView  # loaded when first used: not at start-up

        view = AttributeMatrixView(self.context.session, self.context.corpus_source, self._scope, self.window)
        view.passageActivated.connect(self.window.open_span)
        self._attribute_views.append(view)
        view.destroyed.connect(lambda _obj=None, view=view: self._attribute_views.remove(view))
        return self._matrix_window(view, self.tr("编码×属性矩阵"), (1000, 700))

    def scope_changed(self, keys) -> None:
        self._scope = keys
        for view in self._attribute_views:
            view.set_scope(keys)

    def _attributes(self):
        """The attribute columns a per-document export adds (as the annotation exports do), and the values."""
        corpus = self.context.corpus_source
        names = [n for n in corpus.attribute_names() if n not in ("title", "wrapper_type")]
        return names, corpus.attribute_table()

    def _shares(self, docs: list) -> dict:
        """Every document's share of new text (any thread): read back from the cache the corpus list fills."""
        from ...store.novelty_cache import document_shares
        return document_shares(self.context.data_dir, docs).shares

    def _clauses_of(self, key: str):
        summary = self.context.corpus_source.summaries.get(key)  # loaded: the matrices wait for corpus_ready
        return summary.clauses if summary is not None else None

    def _matrices_ready(self) -> bool:
        ready = self.window.corpus_ready
        if not ready:
            self.context.show_message(self.tr("全文索引尚未建完，请稍候"), 5000)
        return ready

    def _matrix_window(self, view, title: str, size: tuple[int, int]):
        return show_tool_window(self.context.keep_tool_window(view), title, *size)
