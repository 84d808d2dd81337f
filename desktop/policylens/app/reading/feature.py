"""Reading: find, script, raw text, zoom, outline depth, back and forward (View, Edit, Go menus)."""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..common.context import Feature, FeatureContext


class ReadingFeature(QObject, Feature):
    """Each method is an action's slot (see actions.TABLE)."""

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context = context
        self.reader, self.window = context.reader, context.window

    def find_in_document(self):
        self.reader.show_find()

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
        view = self.window.outline_view
        view.collapseAll()
        if depth > 1:
            view.expandToDepth(depth - 2)

    def expand_outline(self):
        self.window.outline_view.expandAll()

    def collapse_outline(self):
        self.window.outline_view.collapseAll()

    def go_back(self):
        self._go(self.window.history.back)

    def go_forward(self):
        self._go(self.window.history.forward)

    def _go(self, step) -> None:
        current = self.window.position()
        target = step(current) if current else None
        if target is not None:
            self.window.open_document(target.doc_key, target.offset, remember=False)
