"""The researcher's own stop words: DATA_DIR/user/stopwords.txt, one word a line, # comments.

They add to the bundled list (core/frequencies.py); the file is written atomically, and the
command line's `frequencies` reads the same file.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QPlainTextEdit, QVBoxLayout

from ...store.atomic import write_bytes_atomic


class StopwordsDialog(QDialog):
    def __init__(self, path: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("停用词"))
        self.path = Path(path)
        self.edit = QPlainTextEdit(self)
        try:
            self.edit.setPlainText(self.path.read_text("utf-8-sig"))
        except FileNotFoundError:
            pass
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("统计词频时略去的词，每行一个（# 开头为注释）；内置停用词之外另加。"), self))
        layout.addWidget(self.edit, 1)
        layout.addWidget(buttons)
        self.resize(420, 480)

    def save(self) -> bool:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            text = self.edit.toPlainText()
            write_bytes_atomic(self.path, (text if text.endswith("\n") or not text else text + "\n").encode("utf-8"))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("停用词"), self.tr("无法保存 {file}：{error}").format(file=self.path,
                                                                                             error=exc))
            return False
        return True

    @classmethod
    def ask(cls, path: Path, parent=None) -> bool:
        dialog = cls(path, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.save()
