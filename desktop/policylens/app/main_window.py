"""The main window: corpus list | outline tree | reader, with state kept in an INI file."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLineEdit, QMainWindow, QSplitter,
                               QTreeView, QVBoxLayout, QWidget)

from ..core.document import Document
from .corpus_model import CorpusFilter, CorpusModel
from .outline_model import OutlineModel
from .reader import ReaderPane


class MainWindow(QMainWindow):
    def __init__(self, documents: list[Document], settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.documents = documents
        self.setWindowTitle(self.tr("PolicyLens 政策文件阅读器"))
        self.corpus = CorpusModel(documents, self)
        self.corpus_filter = CorpusFilter(self)
        self.corpus_filter.setSourceModel(self.corpus)
        self.outline = OutlineModel(self)
        self._build()
        self._connect()
        self._show_counts()
        self.resize(1340, 840)  # a first-run size; restored geometry overrides it
        self._restore()
        if documents:
            self.corpus_view.setCurrentIndex(self.corpus_filter.index(0, 0))  # column 0: no sideways scroll

    # --- construction -----------------------------------------------------------------------
    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选：地区、标题、文号…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.corpus_view = self._tree(self.corpus_filter, root_decorated=False)
        self.corpus_view.setSortingEnabled(True)
        self.corpus_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep file order at first
        self.outline_view = self._tree(self.outline, root_decorated=True)
        self.reader = ReaderPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self._corpus_pane(), self.outline_view, self.reader):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(2, 1)
        self.splitter.setSizes([380, 360, 600])
        self.setCentralWidget(self.splitter)
        self._size_columns()

    def _tree(self, model, root_decorated: bool) -> QTreeView:
        view = QTreeView(self)
        view.setModel(model)
        view.setUniformRowHeights(True)
        view.setRootIsDecorated(root_decorated)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setAlternatingRowColors(True)
        return view

    def _corpus_pane(self) -> QWidget:
        pane = QWidget(self)
        column = QVBoxLayout(pane)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.filter_edit)
        column.addWidget(self.corpus_view, 1)
        return pane

    def _size_columns(self) -> None:
        header = self.corpus_view.header()
        header.setStretchLastSection(False)
        for column in range(self.corpus.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(CorpusModel.TITLE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CorpusModel.TITLE, 150)
        outline_header = self.outline_view.header()
        outline_header.setStretchLastSection(False)
        outline_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Titles matter more than agency lists, which stay readable in full as tooltips.
        outline_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        outline_header.resizeSection(1, 110)

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.corpus_filter.set_query)
        self.corpus_view.selectionModel().currentRowChanged.connect(self._document_chosen)
        self.outline_view.selectionModel().currentRowChanged.connect(self._clause_chosen)
        self.outline_view.clicked.connect(self._clause_chosen)  # re-clicking scrolls back

    # --- behaviour --------------------------------------------------------------------------
    def show_document(self, doc: Document) -> None:
        self.outline.set_clauses(doc.clauses)
        self.outline_view.expandAll()
        self.reader.view.show_document(doc)
        self.statusBar().showMessage(self._counts_text() + "  |  " + doc.meta.title)

    def _document_chosen(self, current: QModelIndex, _previous=None) -> None:
        if current.isValid():
            self.show_document(self.corpus.document(self.corpus_filter.mapToSource(current).row()))

    def _clause_chosen(self, current: QModelIndex, _previous=None) -> None:
        clause = self.outline.clause(current)
        if clause is not None:
            self.reader.view.scroll_to_clause(clause)

    def select_clause(self, clause_index: int) -> None:
        """Make a clause current in the outline (and so in the reader)."""
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.outline_view.selectionModel().setCurrentIndex(self.outline.index_of(clause_index), flags)

    def _counts_text(self) -> str:
        clauses = sum(len(d.clauses) for d in self.documents)
        return self.tr("已加载 {docs} 份文件，共 {clauses} 个条款").format(docs=len(self.documents), clauses=clauses)

    def _show_counts(self) -> None:
        self.statusBar().showMessage(self._counts_text())

    # --- state ------------------------------------------------------------------------------
    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.value("window/splitter")
        if state is not None:
            self.splitter.restoreState(state)

    def save_state(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.sync()

    def closeEvent(self, event) -> None:
        self.save_state()
        super().closeEvent(event)
