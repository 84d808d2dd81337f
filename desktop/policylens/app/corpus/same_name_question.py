"""The question asked after an import about a file that shares a stored document's name.

The store leaves such a file out when its text is neither clearly the same document nor clearly
another (store.identity); the user answers here: a new version of one of the candidates, a
document of its own, or not now. The dialog is window-modal and opened with open(), so the
import dialog's event loop keeps running.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ...store import SEPARATE, ImportResult


class SameNameQuestion(QDialog):
    """Asks about one result; emits answered(answer, for_the_rest) once, then closes."""

    answered = Signal(object, bool)  # a candidate's key, SEPARATE or None (not now); apply to the rest

    def __init__(self, result: ImportResult, remaining: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.result = result
        self.setWindowTitle(self.tr("同名文件"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(520)  # the reason names two paths: narrower wraps it into a column
        self._sent = False
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("{name}（{path}）与语料库中的文件同名，无法确定是同一文件的新版本还是另一个文件：").format(
            name=Path(result.path).name, path=result.path), self)
        intro.setWordWrap(True)
        intro.setToolTip(result.path)
        detail = QLabel(result.message, self)
        detail.setWordWrap(True)
        detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        column.addWidget(intro)
        column.addWidget(detail)
        self.version_buttons = []
        for key in result.candidates:
            button = self._button(self.tr("是 {key} 的新版本").format(key=key), key)
            self.version_buttons.append(button)
            column.addWidget(button)
        self.separate_button = self._button(self.tr("是另一个文件，分开保存"), SEPARATE)
        self.skip_button = self._button(self.tr("暂不导入"), None)
        column.addWidget(self.separate_button)
        column.addWidget(self.skip_button)
        self.rest_box = QCheckBox(self.tr("其余 {n} 个同名文件也这样处理").format(n=remaining), self)
        self.rest_box.setVisible(remaining > 0)
        column.addWidget(self.rest_box)

    def _button(self, text: str, answer: str | None) -> QPushButton:
        button = QPushButton(text, self)
        button.setAutoDefault(False)  # Enter must not pick an answer the user did not choose
        button.clicked.connect(lambda: self._answer(answer))
        return button

    def _answer(self, answer: str | None) -> None:
        if not self._sent:
            self._sent = True
            self.answered.emit(answer, self.rest_box.isChecked())
        self.accept()

    def reject(self) -> None:  # Escape or the close button: not now
        if not self._sent:
            self._sent = True
            self.answered.emit(None, self.rest_box.isChecked())
        super().reject()


def answer_for(answer: str | None, result: ImportResult) -> str | None:
    """A 'for the rest' answer applied to another result: a version only of its single candidate."""
    if answer is None or answer == SEPARATE:
        return answer
    return result.candidates[0] if len(result.candidates) == 1 else None
