"""Full-text search across the corpus: query, filters, and results grouped by document and clause.

The query is core/query.py's language, as on the command line (AND/OR/NOT, 与/或/非,
"phrases", /regular expressions/, NEAR/N); a malformed query is said under the field with the
place it went wrong marked. The results model is search_model; this module collects the query
and filters, shows the hits, narrows a search to the results of the ones before it
(search_within.py), keeps saved searches (store/user_collections.py) and asks for auto-coding,
which the window runs as one undoable step (autocodeRequested).
"""
from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QInputDialog, QLabel, QLineEdit, QMenu, QToolButton, QTreeView,
                               QVBoxLayout, QWidget)

from ...core.errors import PolicyLensError
from ...core.query import QueryError, Term, parse, run, span_hits
from ...core.places import place_label
from ...core.search import CorpusSearch, Hit
from ..common.error_text import error_text
from .search_grouping import GroupedSearchModel
from .search_model import SearchResultsModel, SnippetDelegate
from .search_within import Narrowing, WithinBar

UNITS = ("hit", "sentence", "clause")


class SearchPanel(QWidget):
    hitActivated = Signal(str, int, int)  # doc_key, start, end (code-point offsets in the clean text)
    resultsChanged = Signal(int)  # number of hits shown, after every search
    scopeWanted = Signal(list)  # a saved search's scope conditions, for the window's scope bar
    autocodeRequested = Signal(list, str, str)  # the clause hits (core.query.ClauseHit), code path, unit
    DEBOUNCE_MS = 250  # long enough to skip half-typed words, short enough to feel live
    LIMIT = 1000

    def __init__(self, documents=(), parent=None):
        super().__init__(parent)
        self.model = GroupedSearchModel(self)  # search_grouping.SearchGrouping groups it
        self._search = CorpusSearch([])
        self._titles: dict[str, str] = {}
        self._hits: list[Hit] = []
        self._documents: list = []
        self._data_dir: Path | None = None
        self._scope_set: str | None = None  # a saved search's set, until the query is edited
        self._window_keys: set[str] | None = None  # the window's document scope (None: all)
        self._where: list[str] = []  # that scope's conditions as written, kept with a saved search
        self.narrowing = Narrowing()  # the earlier queries a search is within
        self._error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.DEBOUNCE_MS)
        self._build()
        self._connect()
        self.set_documents(documents)

    def _build(self) -> None:
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr("搜索全文（简繁通用）：户籍 AND 居住证 …"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.setToolTip(self.grammar_text())
        self.saved_button = QToolButton(self)
        self.saved_button.setText(self.tr("已存搜索"))
        self.saved_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.saved_button.setMenu(QMenu(self.saved_button))
        self.saved_button.menu().aboutToShow.connect(self._fill_saved_menu)
        self.code_button = QToolButton(self)
        self.code_button.setText(self.tr("全部编码…"))
        self.code_button.setToolTip(self.tr("用一个编码标注全部结果（自动编码），可一步撤销"))
        self.code_button.setEnabled(False)
        self.within_button = QToolButton(self)
        self.within_button.setText(self.tr("在结果中"))
        self.within_button.setToolTip(self.tr("只在当前结果的条款中进行下一次搜索"))
        self.within_button.setEnabled(False)
        self.within_bar = WithinBar(self)
        self.error_label = QLabel(self)
        self.error_label.setTextFormat(Qt.TextFormat.RichText)
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
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
        filters = self.filter_row = QHBoxLayout()  # search_grouping adds its box here
        for widget in (self.place_combo, self.level_combo, self.agency_combo):
            filters.addWidget(widget, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        query_row = QHBoxLayout()
        query_row.addWidget(self.query_edit, 1)
        query_row.addWidget(self.within_button)
        query_row.addWidget(self.saved_button)
        query_row.addWidget(self.code_button)
        column.addLayout(query_row)
        column.addWidget(self.within_bar)
        column.addWidget(self.error_label)
        column.addLayout(filters)
        column.addWidget(self.view, 1)
        column.addWidget(self.status_label)

    def _connect(self) -> None:
        self._timer.timeout.connect(self.run_search)
        self.query_edit.textChanged.connect(self._query_edited)
        self.query_edit.returnPressed.connect(self.run_search)
        self.place_combo.currentIndexChanged.connect(self._timer.start)
        self.level_combo.currentIndexChanged.connect(self._timer.start)
        self.agency_combo.editTextChanged.connect(self._timer.start)
        self.view.activated.connect(self._activated)
        self.code_button.clicked.connect(self._ask_autocode)
        self.within_button.clicked.connect(self.search_within)
        self.within_bar.cleared.connect(self.search_everywhere)

    # --- public ---------------------------------------------------------------------------
    def set_documents(self, documents) -> None:
        documents = list(documents)
        self._documents = documents
        self._search = CorpusSearch(documents)
        self._titles = {d.key: f"{place_label(d.meta.place, d.meta.level)}  {d.meta.title or d.key}" for d in documents}
        self._fill_filters()
        self.run_search()

    def set_scope(self, keys: set[str] | None, where: list[str]) -> None:
        """Search only the documents of the window's scope (corpus/scope_bar.py); `where` is that
        scope written as conditions, saved with a search."""
        self._window_keys = None if keys is None else set(keys)
        self._where = list(where)
        if self._documents:
            self.run_search()

    def show_loading(self, done: int, total: int) -> None:
        """Say that the corpus is still being indexed (results would be incomplete)."""
        self.status_label.setText(self.tr("正在建立全文索引 {done}/{total}…").format(done=done, total=total))

    def set_data_dir(self, data_dir: Path | None) -> None:
        """Where the saved searches live (DATA_DIR/user/collections.json)."""
        self._data_dir = Path(data_dir) if data_dir else None

    def hits(self) -> list[Hit]:
        return list(self._hits)

    def grammar_text(self) -> str:
        # one literal: lupdate does not join adjacent strings
        return self.tr("检索语法：\n户籍 居住证（或 AND、与、&）：同一条款含两者\n户籍 OR 居住证（或 或、|）：含其一\nNOT 户籍（或 非、-户籍）：不含\n\"居住证制度\"：短语；/居住证.{0,4}制度/：正则表达式\n户籍 NEAR/5 居住证：同一条款内相距不超过 5 个字符\n括号分组；简繁、全半角、大小写通用")

    def filters(self) -> dict:
        """The keyword arguments of CorpusSearch.search for the current filter widgets."""
        place, level = self.place_combo.currentData(), self.level_combo.currentData()
        agency = self.agency_combo.currentText().strip()
        return {"places": None if place is None else {place},
                "levels": None if level is None else {level},
                "agencies": self._agencies(agency) if agency else None}

    def run_search(self) -> None:
        self._timer.stop()
        self._hits = self._query_hits(self.query_edit.text())
        self.code_button.setEnabled(bool(self._hits))
        self.within_button.setEnabled(bool(self._hits))
        self.model.set_hits(self._hits, self._titles)
        self.view.expandAll()
        self._show_status()
        self.resultsChanged.emit(len(self._hits))

    def _query_hits(self, text: str) -> list[Hit]:
        """The first LIMIT matches of the query within the filters; [] (and why, under the
        field) when the query is malformed."""
        self.error_label.hide()
        self._error = ""
        if not text.strip():
            return []
        try:
            tree = parse(text)
        except QueryError as exc:
            self._show_error(text, exc)
            return []
        filters = self.filters()
        if isinstance(tree, Term) and tree.literal is not None and not self._scope_set \
                and self._window_keys is None and not self.narrowing:
            # One word or phrase: the literal search, which stops at LIMIT as it goes.
            return self._search.search(tree.text, limit=self.LIMIT, **filters)
        limit = self.LIMIT if filters["agencies"] is None and not self.narrowing else None  # filtered after
        return span_hits(self._clause_hits(tree, filters, limit), self._documents, self.LIMIT)

    def clause_hits(self) -> list:
        """Every clause the query is true of within the filters (not cut to LIMIT): what
        auto-coding codes; [] for a malformed query."""
        try:
            tree = parse(self.query_edit.text())
        except QueryError:
            return []
        return self._clause_hits(tree, self.filters(), None)

    def _clause_hits(self, tree, filters: dict, limit: int | None) -> list:
        keys = self._scope_keys(filters["places"])
        if self.narrowing:
            keys = self.narrowing.documents() if keys is None else keys & self.narrowing.documents()
        hits = run(tree, self._documents, keys=keys, levels=filters["levels"], spans=limit)
        if filters["agencies"] is not None:
            hits = self._with_agencies(hits, filters["agencies"])
        return self.narrowing.keep(hits)

    # --- search within the results ----------------------------------------------------------
    def search_within(self) -> bool:
        """Search the clauses of the current results alone from now on; the field is cleared
        for the next query."""
        query = self.query_edit.text()
        if not self._hits or not query.strip():
            return False
        self.narrowing.narrow(query, self.clause_hits())
        self.within_bar.show_narrowing(self.narrowing)
        self.query_edit.blockSignals(True)
        self.query_edit.clear()
        self.query_edit.blockSignals(False)
        self.query_edit.setFocus()
        self.run_search()
        return True

    def search_everywhere(self) -> None:
        """Forget the earlier results: the query searches every document of the scope again."""
        self.narrowing.clear()
        self.within_bar.show_narrowing(self.narrowing)
        self.run_search()

    def _scope_keys(self, places) -> set[str] | None:
        keys = None if places is None else {d.key for d in self._documents if d.meta.place in places}
        if self._scope_set:
            members = self._collections().members(self._scope_set)
            keys = members if keys is None else keys & members
        if self._window_keys is not None:
            keys = self._window_keys if keys is None else keys & self._window_keys
        return keys

    def _with_agencies(self, hits: list, agencies: set[str]) -> list:
        naming = {(d.key, c.id) for d in self._documents for c in d.clauses
                  if any(a.canonical in agencies for a in c.agencies)}
        return [h for h in hits if (h.doc_key, h.clause_id) in naming]

    def _show_error(self, text: str, exc: QueryError) -> None:
        at = min(exc.position, len(text))
        marked = (escape(text[:at]) + "<u><b>" + (escape(text[at:at + 1]) or "&nbsp;&nbsp;") + "</b></u>"
                  + escape(text[at + 1:]))
        self._error = error_text(exc)
        self.error_label.setText(f"{escape(self._error)}<br><span style='font-family:monospace'>{marked}</span>")
        self.error_label.show()

    def error_message(self) -> str:
        """The inline error shown for a malformed query, as plain text ('' when none)."""
        return self._error

    def _query_edited(self) -> None:
        self._scope_set = None  # a saved search's set holds for that search, not for a new query
        self._timer.start()

    # --- saved searches -----------------------------------------------------------------------
    def _collections(self):
        """The saved searches and sets (read when asked: the store modules load after the first paint)."""
        from ...store.user_collections import UserCollections

        return UserCollections(self._data_dir)

    def _fill_saved_menu(self) -> None:
        menu = self.saved_button.menu()
        menu.clear()
        try:
            searches = self._collections().searches if self._data_dir else {}
        except (PolicyLensError, OSError) as exc:
            menu.addAction(error_text(exc)).setEnabled(False)
            searches = {}
        for name, saved in sorted(searches.items()):
            action = menu.addAction(f"{name}    {saved['query']}")
            action.triggered.connect(lambda _checked=False, name=name: self.run_saved(name))
        if not searches:
            menu.addAction(self.tr("（没有已存搜索）")).setEnabled(False)
        menu.addSeparator()
        save = menu.addAction(self.tr("保存当前搜索…"))
        save.setEnabled(bool(self.narrowing.joined(self.query_edit.text())) and self._data_dir is not None)
        save.triggered.connect(lambda: self.save_search(self.ask_name()))

    def ask_name(self) -> str:
        """The name to save the search under, "" if cancelled (tests replace this)."""
        name, ok = QInputDialog.getText(self, self.tr("保存搜索"), self.tr("名称："))
        return name.strip() if ok else ""

    def save_search(self, name: str) -> bool:
        """Keep the query with its place and level filters (and set) under name."""
        if not name:
            return False
        filters = self.filters()
        try:
            collections = self._collections()
            collections.save_search(name, self.narrowing.joined(self.query_edit.text()), sorted(filters["places"] or []),
                                    sorted(filters["levels"] or []), self._scope_set, self._where)
            collections.save()
        except (PolicyLensError, OSError) as exc:
            self.status_label.setText(error_text(exc))
            return False
        self.status_label.setText(self.tr("已保存搜索“{name}”").format(name=name))
        return True

    def run_saved(self, name: str) -> bool:
        """Put a saved search's query and scope in the panel and run it."""
        try:
            saved = self._collections().search(name)
        except (PolicyLensError, OSError) as exc:
            self.status_label.setText(error_text(exc))
            return False
        for combo, values in ((self.place_combo, saved["places"]), (self.level_combo, saved["levels"])):
            combo.blockSignals(True)
            found = combo.findData(values[0]) if values else 0
            combo.setCurrentIndex(max(found, 0))
            combo.blockSignals(False)
        self.query_edit.blockSignals(True)
        self.query_edit.setText(saved["query"])
        self.query_edit.blockSignals(False)
        self._scope_set = saved["set"] or None
        self.narrowing.clear()  # a saved search holds its whole query
        self.within_bar.show_narrowing(self.narrowing)
        if saved.get("where", []) != self._where:
            self.scopeWanted.emit(list(saved.get("where", [])))  # the window's scope bar answers
        self.run_search()
        return True

    # --- auto-coding --------------------------------------------------------------------------
    def ask_autocode(self) -> tuple[str, str] | None:
        """The code path and unit to code every hit with; None if cancelled (tests replace this)."""
        return AutocodeDialog.ask(self)

    def _ask_autocode(self) -> None:
        answer = self.ask_autocode() if self._hits else None
        if answer and answer[0].strip():
            self.autocodeRequested.emit(self.clause_hits(), answer[0].strip(), answer[1])

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
        if self._scope_set:
            text += self.tr("（集合“{name}”内）").format(name=self._scope_set)
        if not self.query_edit.text().strip():
            text = self.tr("输入检索式，在 {n} 个条款中搜索", "", len(self.narrowing.clauses)).format(
                n=len(self.narrowing.clauses)) if self.narrowing else ""
        self.status_label.setText(text)

    def _activated(self, index: QModelIndex) -> None:
        hit = index.data(SearchResultsModel.HitRole)
        if hit is not None:
            self.hitActivated.emit(hit.doc_key, hit.start, hit.end)


class AutocodeDialog(QDialog):
    """The code every hit gets (a path, created if new) and how much of the text around it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("自动编码"))
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("编码路径（用 / 分级），如 落户条件/租赁住所"))
        self.unit_box = QComboBox(self)
        for unit, text in zip(UNITS, (self.tr("检索词本身"), self.tr("所在句子"), self.tr("整个条款"))):
            self.unit_box.addItem(text, unit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("编码："), self.code_edit)
        form.addRow(self.tr("范围："), self.unit_box)
        form.addRow(buttons)

    @classmethod
    def ask(cls, parent=None) -> tuple[str, str] | None:
        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.code_edit.text(), dialog.unit_box.currentData()
