"""A highlight is edited where it is: the reader's context menu and a double-click on it.

Right-clicking a highlight offers Edit, Recolour and Delete for it (a submenu per highlight where
several overlap, innermost first); double-clicking one opens its editor. Every change goes
through the annotation session, so each is one undo step like any other.
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from .annotation_editor import PRESETS, AnnotationEditor, swatch
from .annotation_session import AnnotationSession
from ..common.marks import Mark
from ..common.offsets import OffsetView

QUOTE_CHARS = 16  # of a submenu's title: enough to tell overlapping highlights apart
MOST_MARKS = 6


class HighlightActions(QObject):
    def __init__(self, view: OffsetView, session: AnnotationSession, parent: QWidget):
        super().__init__(parent)
        self.view, self.session, self.window = view, session, parent
        view.viewport().installEventFilter(self)

    def marks_under(self, pos: QPoint) -> list[Mark]:
        """The highlights under a point of the viewport, innermost first."""
        offset = self.view.offset_of(self.view.cursorForPosition(pos).position())
        return self.view.marks_at(offset)

    def add_entries(self, menu: QMenu, pos: QPoint) -> None:
        marks = self.marks_under(pos)[:MOST_MARKS]
        if not marks:
            return
        menu.addSeparator()
        if len(marks) == 1:
            self._entries(menu, marks[0])
            return
        for mark in marks:
            quote = self.view.current.text[mark.start:mark.end] if self.view.current else ""
            short = quote if len(quote) <= QUOTE_CHARS else quote[:QUOTE_CHARS] + "…"
            self._entries(menu.addMenu(swatch(mark.color), self.tr("批注“{quote}”").format(quote=short)), mark)

    def _entries(self, menu: QMenu, mark: Mark) -> None:
        menu.addAction(self.tr("编辑批注…"), lambda: self.edit(mark.id))
        colours = menu.addMenu(self.tr("更改颜色"))
        for color in PRESETS:
            action = colours.addAction(swatch(color), color, lambda c=color: self.recolour(mark.id, c))
            action.setCheckable(True)
            action.setChecked(color == mark.color)
        menu.addAction(self.tr("删除批注"), lambda: self.delete(mark.id))

    # -- the changes -------------------------------------------------------------------------

    def edit(self, annotation_id: str):
        project = self.session.project
        annotation = project.annotations.get(annotation_id)
        if annotation is None:
            return None
        paths = sorted(project.code_path(c) for c in project.codes)
        values = AnnotationEditor.ask(self.window, self.session.values_of(annotation), paths,
                                      annotation.anchor.exact)
        if values is None:
            return None
        return self.session.attempt(self.window, self.session.edit, annotation_id, values)

    def recolour(self, annotation_id: str, color: str):
        annotation = self.session.project.annotations.get(annotation_id)
        if annotation is None:
            return None
        values = replace(self.session.values_of(annotation), color=color)
        return self.session.attempt(self.window, self.session.edit, annotation_id, values)

    def delete(self, annotation_id: str):
        return self.session.attempt(self.window, self.session.delete, annotation_id)

    def eventFilter(self, watched, event) -> bool:
        if (event.type() == QEvent.Type.MouseButtonDblClick and event.button() == Qt.MouseButton.LeftButton):
            marks = self.marks_under(event.position().toPoint())
            if marks:
                self.edit(marks[0].id)
                return True  # not also a word selection under the dialog
        return super().eventFilter(watched, event)
