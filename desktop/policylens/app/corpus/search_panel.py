"""Full-text search across the corpus: query, filters, and results grouped by document and clause.

The search itself is core.search.CorpusSearch and the results model is search_model; this module
only collects the query and filters, shows the hits and reports the activated hit.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QHBoxLayout, QLabel, QLineEdit,
                               QTreeView, QVBoxLayout, QWidget)

from ...core.places import place_label
from ...core.search import CorpusSearch, Hit
from .search_model import SearchResultsModel, SnippetDelegate


class SearchPanel(QWidget):
    hitActivated = Signal(str, int, int)  # doc_key, start, end (code-point offsets in the clean text)
    resultsChanged = Signal(int)  # number of hits shown, after every search
    DEBOUNCE_MS = 250  # long enough to skip half-typed words, short enough to feel live
    LIMIT = 1000

    def __init__(self, documents=(), parent=None):
        super().__init__(parent)
        self.model = SearchResultsModel(self)
        self._search = CorpusSearch([])
        self._titles: dict[str, str] = {}
        self._hits: list[Hit] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._build()
        self._connect()
        self.set_documents(documents)

    def _build(self) -> None:
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr("搜索全文（简繁通用）…"))
        self.query_edit.setClearButtonEnabled(True)
        self.place_combo = QComboBox(self)
        self.level_combo = QComboBox(self)
        self.agency_combo = QComboBox(self)
        self.agency_combo.setEditable(True)
        self.agency_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.agency_combo.lineEdit().setPlaceholderText(self.tr("单位（任意角色）"))
        self.agency_combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.agency_combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setItemDelegate(SnippetDelegate(self.view))
        self.status_label = QLabel(self)
        filters = QHBoxLayout()
        for widget in (self.place_combo, self.level_combo, self.agency_combo):
            filters.addWidget(widget, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.query_edit)
        column.addLayout(filters)
        column.addWidget(self.view, 1)
        column.addWidget(self.status_label)

    def _connect(self) -> None:
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._timer.start)
        self.query_edit.returnPressed.connect(self.run_search)
        self.place_combo.currentIndexChanged.connect(self._timer.start)
        self.level_combo.currentIndexChanged.connect(self._timer.start)
        self.agency_combo.editTextChanged.connect(self._timer.start)
        self.view.activated.connect(self._activated)

    # --- public ---------------------------------------------------------------------------
    def set_documents(self, documents) -> None:
        documents = list(documents)
        self._search = CorpusSearch(documents)
        self._titles = {d.key: f"{place_label(d.meta.place, d.meta.level)}  {d.meta.title or d.key}" for d in documents}
        self._fill_filters()
        self.run_search()

    def show_loading(self, done: int, total: int) -> None:
        """Say that the corpus is still being indexed (results would be incomplete)."""
        self.status_label.setText(self.tr("正在建立全文索引 {done}/{total}…").format(done=done, total=total))

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def filters(self) -> dict:
        """The keyword arguments of CorpusSearch.search for the current filter widgets."""
        place, level = self.place_combo.currentData(), self.level_combo.currentData()
        agency = self.agency_combo.currentText().strip()
        return {"places": None if place is None else {place},
                "levels": None if level is None else {level},
                "agencies": self._agencies(agency) if agency else None}

    def run_search(self) -> None:
        self._timer.stop()
        self._hits = self._search.search(self.query_edit.text(), limit=self.LIMIT, **self.filters())
        self.model.set_hits(self._hits, self._titles)
        self.view.expandAll()
        self._show_status()
        self.resultsChanged.emit(len(self._hits))

    # --- helpers --------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        for combo in (self.place_combo, self.level_combo, self.agency_combo):
            combo.blockSignals(True)  # one search after refilling, not one per item
            combo.clear()
        self.place_combo.addItem(self.tr("全部地区"), None)
        for place in self._search.places():
            self.place_combo.addItem(place, place)
        self.level_combo.addItem(self.tr("全部层级"), None)
        names = {0: self.tr("前言/结尾"), 1: self.tr("一级 一、"), 2: self.tr("二级 (一)"),
                 3: self.tr("三级 1."), 4: self.tr("四级 (1)")}
        for level in self._search.levels():
            self.level_combo.addItem(names.get(level, str(level)), level)
        self.agency_combo.addItem("")
        self.agency_combo.addItems(self._search.agencies())
        for combo in (self.place_combo, self.level_combo, self.agency_combo):
            combo.blockSignals(False)

    def _agencies(self, typed: str) -> set[str]:
        # An exact canonical name filters on that agency alone; partial text on every name
        # containing it, so 公安 keeps both 市公安局 and 县公安局.
        return {typed} if typed in self._search.agencies() else self._search.match_agencies(typed)

    def _show_status(self) -> None:
        docs = len({h.doc_key for h in self._hits})
        text = self.tr("{hits} 处匹配，{docs} 份文件", "", docs).format(hits=len(self._hits), docs=docs)
        if len(self._hits) >= self.LIMIT:
            text += self.tr("（仅显示前 {limit} 处）").format(limit=self.LIMIT)
        self.status_label.setText(text if self.query_edit.text().strip() else "")

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(SearchResultsModel.HitRole)
        if hit is not None:
            self.hitActivated.emit(hit.doc_key, hit.start, hit.end)
