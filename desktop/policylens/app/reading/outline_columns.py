"""The outline's columns share a narrow pane: the clause's number and title come first.

At 1024 px the outline pane is some 200 px wide; a fixed 110 px lead-agency column left the
clause column only its indentation and an ellipsis. The agency column gets a third of the
pane at most, and none below NARROW (its names stay in each clause's tooltip).
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTreeView

AGENCY_COLUMN, AGENCY_WIDTH, NARROW = 1, 110, 260


class OutlineColumns(QObject):
    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view
        view.viewport().installEventFilter(self)

    def fit(self) -> None:
        width, header = self.view.viewport().width(), self.view.header()
        header.setSectionHidden(AGENCY_COLUMN, width < NARROW)
        header.resizeSection(AGENCY_COLUMN, min(AGENCY_WIDTH, width // 3))

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False
