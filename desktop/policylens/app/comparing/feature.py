"""The Compare menu: a clause family side by side, the family list, the text-reuse heatmap.

The families are brought up to date off the UI thread (the context's AlignmentLoader) once the
corpus is loaded and after each import; the status bar shows the progress. jieba's dictionary,
which the word diffs need and which takes a second or two to load, is loaded on a worker once
the corpus is loaded, so the first comparison (Ctrl+D) fills at once.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt

from ..common.context import Feature, FeatureContext
from ..common.runner import Runner
from ..common.window_geometry import show_tool_window
from .family_panel import FamilyPanel


class ComparingFeature(QObject, Feature):
    """Each public method is an action's slot or a way in from other features (compare_clause_at)."""

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context, self.window = context, context.window
        self.alignment = alignment = context.alignment
        self._comparison_source = None
        self._dictionary = Runner(self, "policylens-jieba")
        alignment.progress.connect(self._alignment_progress)
        alignment.updated.connect(self._alignment_updated)
        alignment.failed.connect(lambda message: context.show_message(
            self.tr("条款族未能更新：{message}").format(message=message)))
        window = self.window
        self.families = FamilyPanel(alignment, parent=window)
        self.family_dock = context.add_dock("familyDock", self.tr("条款族"), self.families,
                                            Qt.DockWidgetArea.BottomDockWidgetArea)
        window.tabifyDockWidget(window.agency_dock, self.family_dock)
        window.agency_dock.raise_()
        self.families.familyActivated.connect(self.compare_clause_at)

    # --- hooks --------------------------------------------------------------------------------
    def contribute(self, actions: dict) -> None:
        self.window.view_menu.addAction(self.family_dock.toggleViewAction())

    def corpus_loaded(self) -> None:
        self.alignment.start()
        self._dictionary.start(_load_word_dictionary)

    def corpus_changed(self, keys: list) -> None:
        self.alignment.start()

    def document_opened(self, doc) -> None:
        self.families.set_document(doc)

    def shutdown(self) -> None:
        self.families.shutdown()
        self.alignment.shutdown()
        self._dictionary.shutdown()

    @property
    def comparison_source(self):
        """What side-by-side views read (made when the first one opens: not at start-up)."""
        if self._comparison_source is None:
            from .compare_source import ComparisonSource

            self._comparison_source = ComparisonSource(self.alignment, self.context.corpus_source.workspace)
        return self._comparison_source

    def _alignment_progress(self, n: int, total: int) -> None:
        if n % 25 and n != total:  # a status update per document would cost more than the work
            return
        self.context.show_message(self.tr("正在计算条款族 {n}/{total}…").format(n=n, total=total))

    def _alignment_updated(self, update) -> None:
        if update.added or update.removed or update.rebuilt_because:
            self.context.show_message(self.tr("条款族已更新（{n} 份文件）").format(n=len(update.added)), 5000)

    # --- actions ------------------------------------------------------------------------------
    def show_families(self):
        self.family_dock.show()
        self.family_dock.raise_()
        self.families.filter_edit.setFocus()

    def compare_clause(self):
        """The clause selected in the outline beside its counterparts in the other documents."""
        clause, doc = self.window.current_clause(), self.context.reader.current
        if clause is None or doc is None:
            self.context.show_message(self.tr("先在大纲中选择一个条款"), 5000)
            return None
        return self.compare_clause_at(doc.key, clause.id)

    def compare_clause_at(self, doc_key: str, clause_id: str, reference_key: str | None = None):
        """The side-by-side view of a clause's family, opened from anywhere in the app.

        reference_key names the document whose clause in the family is the reference (default:
        doc_key). Returns the view, or None (with a status message) if there is no such clause.
        """
        corpus = self.context.corpus_source
        doc = corpus.document(doc_key) if doc_key in corpus else None
        clause = next((c for c in doc.clauses if c.id == clause_id), None) if doc else None
        if clause is None:
            self.context.show_message(self.tr("找不到条款 {clause}").format(clause=f"{doc_key} {clause_id}"), 5000)
            return None
        from .compare_view import open_compare  # loaded when first used: not at start-up

        session = self.context.session  # None: annotations read only, the report shows no notes
        return self.context.keep_tool_window(open_compare(self.window, self.comparison_source, doc, clause,
                                                          reference_key, (lambda: session.project) if session else None))

    def show_reuse(self):
        """The document × document text-reuse heatmap of the loaded corpus, in a window."""
        if not self.window.corpus_ready:
            self.context.show_message(self.tr("全文索引尚未建完，请稍候"), 5000)
            return None
        from .reuse_view import ReuseView  # loaded when first used: not at start-up

        view = self.context.keep_tool_window(ReuseView(self.window))
        view.pair_activated.connect(lambda row, _column: self.window.open_document(row, 0))
        view.set_documents(self.window.documents)
        return show_tool_window(view, self.tr("文本复用矩阵"), 900, 600)


def _load_word_dictionary(_job) -> None:
    from ...core import worddiff  # jieba: imported here, on the worker, never before the first paint

    worddiff.warm_up()
