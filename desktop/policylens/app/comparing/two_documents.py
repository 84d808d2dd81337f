"""Two whole documents aligned clause by clause (Compare menu)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..common.context import Feature, FeatureContext


class TwoDocumentsFeature(QObject, Feature):

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context, self.window = context, context.window

    def compare_two_documents(self, key_b: str | None = None):
        """The open document on the left, the next one in the corpus (or key_b) on the right."""
        records, reader = self.window.records, self.context.reader
        keys = [r["key"] for r in records]
        if len(keys) < 2:
            self.context.show_message(self.tr("至少需要两份文件才能比较"), 5000)
            return None
        key_a = reader.current.key if reader.current is not None else keys[0]
        if key_b is None or key_b not in keys:
            key_b = keys[(keys.index(key_a) + 1) % len(keys)] if key_a in keys else keys[1]
        from .two_doc_view import open_two_docs  # loaded when first used: not at start-up

        session = self.context.session  # None: annotations read only, the report shows no notes
        view = open_two_docs(self.window, records, self.context.corpus_source.document, key_a, key_b,
                             self.context.data_dir, (lambda: session.project) if session else None)
        view.clauseActivated.connect(self.window.open_clause)
        return self.context.keep_tool_window(view)
