"""A list's columns in a pane narrower than all of them: the least needed give way first.

The corpus list has place, level, script, title, date and number; at 1024 px its pane is some
260 px, and the date and number ran off to the right behind a scroll bar while the title kept
a few characters. Here the columns named to give way are hidden, one after another, while the
others (each at its content's width) and the stretched column's least width do not fit; they
come back when the pane widens. Document info shows them for the open document.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTreeView


class NarrowColumns(QObject):
    def __init__(self, view: QTreeView, stretched: int, least_chars: int, give_way: tuple[int, ...]):
        """stretched: the column that takes the room left, wanted least_chars wide at least;
        give_way: the columns to hide, the first first."""
        super().__init__(view)
        self.view, self.stretched, self.give_way = view, stretched, give_way
        self.least = view.fontMetrics().horizontalAdvance("中") * least_chars
        view.viewport().installEventFilter(self)

    def width_of(self, column: int) -> int:
        return max(self.view.sizeHintForColumn(column), self.view.header().sectionSizeHint(column))

    def fit(self) -> None:
        header, room = self.view.header(), self.view.viewport().width()
        indent = self.view.indentation() if self.view.rootIsDecorated() else 0
        others = [c for c in range(header.count())
                  if c != self.stretched and (c in self.give_way or not header.isSectionHidden(c))]
        needed = indent + self.least + sum(self.width_of(c) for c in others)
        hidden = set()
        for column in self.give_way:
            if needed <= room:
                break
            hidden.add(column)
            needed -= self.width_of(column)
        for column in self.give_way:
            if header.isSectionHidden(column) != (column in hidden):
                header.setSectionHidden(column, column in hidden)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
