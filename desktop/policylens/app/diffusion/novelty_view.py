"""Diffusion ▸ What a document added: its text with the spans no earlier or higher document wrote.

The novelty of the chosen document (core/diffusion/novelty.py) is computed against every other
document of the corpus (or those in force on a date); its new spans are highlighted in its text
and listed beside it with their length. A double click on a span opens it in the reader.
Export: the spans (CSV, XLSX).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit

from ...core.diffusion.novelty import Novelty
from ..common import styles
from .base_view import DiffusionView
from .exports import Export

NEW_COLOUR, NEW_COLOUR_DARK = "#c8f0c0", "#2c5a26"
SPAN_COLUMNS = ("key", "start", "end", "characters", "text")


class NoveltyView(DiffusionView):
    def __init__(self, snapshot, choices: list[tuple[str, str]], current: str | None, parent=None):
        """choices: (key, name) of every document; current: the one to show first."""
        super().__init__(snapshot, ("csv", "xlsx"), parent)
        self.novelty: Novelty | None = None
        self.text = ""
        self.document_box = QComboBox(self)
        for key, name in choices:
            self.document_box.addItem(name, key)
        self.document_box.setMinimumContentsLength(30)
        if current:
            self.document_box.setCurrentIndex(max(self.document_box.findData(current), 0))
        self.document_box.currentIndexChanged.connect(lambda _i: self.refresh())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("文件："), self))
        row.addWidget(self.document_box, 1)
        self.body.insertLayout(1, row)
        self.share_label = QLabel(self)
        self.share_label.setWordWrap(True)
        self.reader = QPlainTextEdit(self)
        self.reader.setReadOnly(True)
        self.spans = QListWidget(self)
        self.spans.itemDoubleClicked.connect(self._span_activated)
        self.spans.currentItemChanged.connect(lambda item, _old: self._scroll_to(item))
        self.body.addWidget(self.share_label)
        self.add_split(Qt.Orientation.Horizontal, (self.reader, 3), (self.spans, 1))

    def current_key(self) -> str | None:
        return self.document_box.currentData()

    def parameters(self) -> dict:
        return {"key": self.current_key()}

    def compute(self, data, in_force, params, job):
        key = params["key"]
        if key not in data.facts:
            return None
        if in_force is not None:  # compared with what was in force then; the document itself always
            from ...core.diffusion.novelty import novelty
            others = data.subset(k for k in in_force if k != key)
            return novelty(others, data.facts[key], data.documents[key].text), data.documents[key].text
        return data.novelty(key), data.documents[key].text

    def show_result(self, result) -> None:
        self.novelty, self.text = result if result else (None, "")
        self.reader.setPlainText(self.text)
        self.spans.clear()
        if self.novelty is None:
            self.share_label.setText(self.tr("没有选择文件"))
            return
        found = self.novelty
        self.share_label.setText(self.tr("新文本占 {share:.1%}（{new} / {chars} 字）；与 {n} 份更早或更高层级的文件比较。"
                                         "绿色：此前无人写过的文字。").format(
            share=found.share, new=found.new_chars, chars=found.chars, n=found.compared))
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(NEW_COLOUR_DARK if styles.is_dark() else NEW_COLOUR))
        cursor = QTextCursor(self.reader.document())
        for start, end in found.spans:
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
            item = QListWidgetItem(self.tr("{n} 字：{text}").format(
                n=end - start, text=self.text[start:end].replace("\n", " ")[:40]))
            item.setData(Qt.ItemDataRole.UserRole, (start, end))
            self.spans.addItem(item)

    def _scroll_to(self, item) -> None:
        if item is None:
            return
        start, _end = item.data(Qt.ItemDataRole.UserRole)
        cursor = self.reader.textCursor()
        cursor.setPosition(start)
        self.reader.setTextCursor(cursor)
        self.reader.centerCursor()

    def _span_activated(self, item) -> None:
        self.span_activated.emit(self.current_key(), *item.data(Qt.ItemDataRole.UserRole))

    def export(self) -> Export | None:
        if self.novelty is None:
            return None
        rows = [[self.novelty.key, a, b, b - a, self.text[a:b]] for a, b in self.novelty.spans]
        return Export([(self.tr("新文本"), SPAN_COLUMNS, rows)])

    def export_name(self) -> str:
        return self.tr("新增文本 {name}").format(name=self.document_box.currentText())
