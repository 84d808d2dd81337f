"""The Diffusion menu: adoption timelines, the lineage graph, novelty, tasks and co-assignment.

Each window is a module of its own, loaded when first opened; they share one DiffusionSource
(the corpus read once off the UI thread), which an import or a re-analysis drops. The clause
families come from the window's AlignmentLoader (access() waits for a running update).
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..common.context import Feature, FeatureContext
from ..common.window_geometry import show_tool_window
from .source import DiffusionSource


class DiffusionFeature(QObject, Feature):
    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context, self.window = context, context.window
        self.source = DiffusionSource(context.data_dir, lambda: self.window.documents)
        self.views: list = []

    def corpus_changed(self, keys: list) -> None:
        self.source.invalidate()
        for view in list(self.views):
            view.refresh()

    def document_lineage(self):
        """On the UI thread, for the document info panel: a function a worker calls with a
        document key (and a progress report) for its lineage, or None while the corpus loads."""
        if not self.window.corpus_ready:
            return None
        get = self.source.snapshot()
        return lambda key, report=None: get(report).document_lineage(key)

    def families(self) -> list:
        """(id, name, members) of every clause family, corrections applied (any thread: it may wait)."""
        with self.context.alignment.access() as alignment:
            alignment.update()
            return [(f.id, f.name, [(m.ref.key, m.ref.clause_id, m.title) for m in f.members])
                    for f in alignment.families()]

    # -- the windows ---------------------------------------------------------------------------
    def show_timeline(self):
        from .timeline_view import TimelineView
        return self._open(TimelineView(self.source.snapshot, self.families, self.window),
                          self.tr("采纳时间线"), (1150, 720))

    def show_lineage(self):
        from .lineage_view import LineageView
        return self._open(LineageView(self.source.snapshot, self.families, self.context.corpus_source, self.window),
                          self.tr("谱系图"), (1200, 760))

    def show_novelty(self):
        from ..common.document_names import document_names
        from .novelty_view import NoveltyView

        docs = self.window.documents
        current = self.context.reader.current
        choices = list(zip((d.key for d in docs), document_names(docs)))
        return self._open(NoveltyView(self.source.snapshot, choices, current.key if current else None, self.window),
                          self.tr("新增文本"), (1100, 720))

    def show_tasks(self):
        from .tasks_view import TasksView
        return self._open(TasksView(self.source.snapshot, self.families, self.window),
                          self.tr("任务分工表"), (1150, 640))

    def show_coassignment(self):
        from .coassignment_view import CoassignmentView
        return self._open(CoassignmentView(self.source.snapshot, self.families, self.window),
                          self.tr("单位协同"), (1200, 700))

    def _open(self, view, title: str, size: tuple[int, int]):
        if not self.window.corpus_ready:
            self.context.show_message(self.tr("全文索引尚未建完，请稍候"), 5000)
            view.deleteLater()
            return None
        window = self.window
        view.document_activated.connect(lambda key: window.open_document(key, 0))
        view.clause_activated.connect(window.open_clause)
        view.span_activated.connect(window.open_span)
        self.views.append(view)
        view.destroyed.connect(lambda _obj=None, view=view: self.views.remove(view))
        view.setWindowTitle(title)
        shown = show_tool_window(self.context.keep_tool_window(view), title, *size)
        view.refresh()
        return shown

    def shutdown(self) -> None:
        for view in list(self.views):
            view.shutdown()
