"""The annotation toolbar: one click highlights the selection in a colour; the annotate, clause,
code and memo actions of the Annotate menu beside them. Shown or hidden from the View menu."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QToolBar, QWidget

from .annotation_editor import PRESETS, swatch


class AnnotationToolbar(QToolBar):
    colorChosen = Signal(str)  # highlight the reader's selection in this colour

    def __init__(self, actions: list[QAction | None], parent: QWidget | None = None):
        """actions: the window's actions to offer after the colours; None puts a separator."""
        super().__init__(parent)
        self.setObjectName("annotationToolbar")  # restoreState finds it by this name
        self.setWindowTitle(self.tr("批注工具栏"))
        self.color_actions: dict[str, QAction] = {}
        for color in PRESETS:
            action = self.addAction(swatch(color, 16), color)
            action.setToolTip(self.tr("用此颜色高亮所选文字（{color}）").format(color=color))
            action.setObjectName(f"highlight{color}")
            action.triggered.connect(lambda _checked=False, c=color: self.colorChosen.emit(c))
            self.color_actions[color] = action
        self.addSeparator()
        for action in actions:
            if action is None:
                self.addSeparator()
            else:
                self.addAction(action)
