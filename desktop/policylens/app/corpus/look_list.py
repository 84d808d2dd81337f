"""The documents of an import that need a reader's eye, each with its reasons, in the import
report: no title, no place, no date, no structure, damaged spans, text read by OCR
(core.import_report). Double-click or Open shows the document in the window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core import import_report

KEY_ROLE = Qt.ItemDataRole.UserRole


class LookList(QWidget):
    documentRequested = Signal(str)  # the key of a document to open

    FILE, REASONS = range(2)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("文件"), self.tr("需要查看的原因")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.FILE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(self.FILE, 280)
        header.setStretchLastSection(True)
        self.open_button = QPushButton(self.tr("打开文件"), self)
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_current)
        self.table.itemSelectionChanged.connect(
            lambda: self.open_button.setEnabled(bool(self.table.selectedItems())))
        self.table.itemActivated.connect(lambda _item: self.open_current())  # double-click, Enter
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.heading, 1)
        top.addWidget(self.open_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(top)
        column.addWidget(self.table, 1)

    def reason_words(self) -> dict[str, str]:
        return {import_report.NO_TITLE: self.tr("无标题"), import_report.NO_PLACE: self.tr("无地区"),
                import_report.NO_DATE: self.tr("无日期"), import_report.NO_STRUCTURE: self.tr("无条款结构"),
                import_report.DAMAGED: self.tr("有损坏的字符"), import_report.OCR: self.tr("文字经 OCR 识别")}

    def set_results(self, results) -> int:
        """List the documents of results (ImportResults) that need a look; how many there are."""
        documents = import_report.needs_look(results)
        words = self.reason_words()
        self.table.setRowCount(len(documents))
        for row, document in enumerate(documents):
            name = QTableWidgetItem(Path(document["path"]).name)
            name.setToolTip(document["path"])
            name.setData(KEY_ROLE, document["key"])
            said = self.tr("、").join(words.get(reason, reason) for reason in document["reasons"])
            reasons = QTableWidgetItem(said)
            reasons.setToolTip(said)
            reasons.setData(KEY_ROLE, document["key"])
            self.table.setItem(row, self.FILE, name)
            self.table.setItem(row, self.REASONS, reasons)
        self.heading.setText(self.tr("需要查看 {n} 份文件（双击打开）：", "", len(documents)).format(n=len(documents)))
        self.setVisible(bool(documents))
        return len(documents)

    def rows(self) -> list[tuple[str, str]]:
        """(file name, reasons) of every row, as shown."""
        return [(self.table.item(r, self.FILE).text(), self.table.item(r, self.REASONS).text())
                for r in range(self.table.rowCount())]

    def open_current(self) -> None:
        chosen = self.table.selectedItems() or [self.table.currentItem()]
        key = chosen[0].data(KEY_ROLE) if chosen[0] is not None else None
        if key:
            self.documentRequested.emit(key)
