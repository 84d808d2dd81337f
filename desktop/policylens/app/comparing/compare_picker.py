"""Choosing a clause of a document by hand, to correct the alignment (link it to the reference).

The dialog lists documents (filterable, when there is a choice) and the clause tree of the one
selected; OK is enabled once a clause is selected.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QSplitter, QTreeView, QVBoxLayout)

from ...core.document import Document
from ...core.script import fold
from ..common.outline_model import OutlineModel

KEY_ROLE = Qt.ItemDataRole.UserRole + 1


class ClausePicker(QDialog):
    def __init__(self, documents: list[tuple[str, str]], open_document: Callable[[str], Document],
                 prompt: str, parent=None):
        """documents: (key, label) to choose from; with one, only its clauses are shown."""
        super().__init__(parent)
        self._open = open_document
        self.doc: Document | None = None
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选文件：地区、标题…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.documents = QListWidget(self)
        for key, label in documents:
            item = QListWidgetItem(label)
            item.setData(KEY_ROLE, key)
            item.setData(Qt.ItemDataRole.ToolTipRole, label)
            self.documents.addItem(item)
        self.outline = OutlineModel(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.outline)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setEnabled(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.documents)
        splitter.addWidget(self.tree)
        splitter.setSizes([260, 440])
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt, self))
        layout.addWidget(self.filter_edit)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.buttons)
        single = len(documents) == 1
        self.filter_edit.setVisible(not single)
        self.documents.setVisible(not single)
        self.filter_edit.textChanged.connect(self._filter)
        self.documents.currentItemChanged.connect(self._document_chosen)
        self.tree.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.ok_button.setEnabled(self.outline.clause(current) is not None))
        self.tree.doubleClicked.connect(lambda index: self.outline.clause(index) and self.accept())
        if documents:
            self.documents.setCurrentRow(0)
        self.resize(760, 520)

    def _filter(self, text: str) -> None:
        wanted = fold(text.strip())
        for row in range(self.documents.count()):
            item = self.documents.item(row)
            item.setHidden(bool(wanted) and wanted not in fold(item.text()))

    def _document_chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.doc = self._open(item.data(KEY_ROLE)) if item is not None else None
        self.outline.set_clauses(self.doc.clauses if self.doc else [])
        self.tree.expandAll()
        self.ok_button.setEnabled(False)

    def select(self, key: str, clause_id: str) -> None:
        """Select a document and one of its clauses (as a user's clicks would)."""
        for row in range(self.documents.count()):
            if self.documents.item(row).data(KEY_ROLE) == key:
                self.documents.setCurrentRow(row)
        index = next(i for i, c in enumerate(self.doc.clauses) if c.id == clause_id)
        self.tree.setCurrentIndex(self.outline.index_of(index))

    def chosen(self) -> tuple[str, str] | None:
        """(document key, clause id) of the selected clause, or None."""
        clause = self.outline.clause(self.tree.currentIndex())
        return (self.doc.key, clause.id) if clause is not None and self.doc is not None else None
