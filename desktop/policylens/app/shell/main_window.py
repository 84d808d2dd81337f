"""The main window: corpus list | outline tree | reader, with docks for document info,
agencies and corpus search. Actions come from actions.TABLE; state is kept in an INI file."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QDockWidget, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMainWindow, QMessageBox, QSplitter, QTreeView, QVBoxLayout, QWidget)

from . import appearance, saved_layout
from ..common.first_paint import FirstPaint
from .preferences import Preferences
from ..common.window_geometry import resize_to_fit
from ..common.error_text import error_text

# The menus, features, panels and models are imported where the window is built (open_corpus
# and what it calls): they pull in document parsing and the stores, and the frame painted
# first draws none of them.
if TYPE_CHECKING:
    from ...core.document import Document
    from ..corpus.corpus_source import Corpus
    from ..reading.history import Position

RESIZE_SAMPLE_ROWS = 60
SPLITTER_SHARES = (1, 1, 2)  # corpus list, outline, reader: how a change of width is shared
EXPAND_ALL_UP_TO = 300  # documents; a larger corpus opens with its place groups collapsed
BOTTOM_DOCKS_SHARE = 0.37  # of the window's height: six rows of the agency clause list at 768 px


OWN = object()  # MainWindow(annotations=OWN): open the user's annotations for this window alone


class MainWindow(QMainWindow):
    languageChanged = Signal(str)  # the UI language preference changed: the window is rebuilt
    corpusLoaded = Signal()  # every document's summary is loaded (search and agency index ready)
    corpusImported = Signal(list)  # keys of documents an import added or changed
    shuttingDown = Signal()  # the window closes: features stop their background work
    def __init__(self, corpus: Corpus | None, settings: QSettings, annotations=OWN, parent=None):
        """The window over a corpus, built in full; with corpus None, only the frame (title,
        size, "opening…"), which is quick to paint: open_corpus() builds the rest later."""
        super().__init__(parent)
        self.settings, self.corpus_source = settings, None
        self.tool_windows: list[QWidget] = []  # open comparison windows (each has shutdown())
        self.features: tuple = ()
        # The corpus's counts stay at the status bar's right, beside whatever a background job
        # says on its left (a families update's progress no longer hides them).
        self.counts_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.setWindowTitle(self.tr("PolicyLens 政策文件阅读器"))
        if corpus is not None:
            self.open_corpus(corpus, annotations)
            return
        self.setCentralWidget(QLabel(self.tr("正在打开语料库…"), self, alignment=Qt.AlignmentFlag.AlignCenter))
        self.statusBar().showMessage(self.tr("正在打开…"))
        # The theme is drawn by the first paint: a dark frame must not flash light first.
        appearance.for_app(QApplication.instance()).set_theme(Preferences.load(settings).theme)
        resize_to_fit(self, 1340, 840)
        geometry = settings.value(saved_layout.GEOMETRY)
        if geometry is not None and settings.value(saved_layout.SCREEN) in (None, saved_layout.screen_text(self)):
            self.restoreGeometry(geometry)

    def open_corpus(self, corpus: Corpus, annotations=OWN) -> None:
        """Build the reader, the docks and every feature over the corpus, in the frame."""
        from ..corpus.corpus_model import CorpusFilter, CorpusModel
        from ..corpus.novelty_column import NoveltyColumn
        from ..corpus.summary_loader import SummaryLoader
        from ..corpus.document_removal import DocumentRemoval
        from ..annotating.feature import open_annotations
        from ..reading.history import History
        from ..common.outline_model import OutlineModel
        from . import actions

        self.corpus_source = corpus
        self.data_dir: Path = corpus.data_dir
        self.history = History()
        self.summaries = SummaryLoader(corpus, self)
        self.corpus = CorpusModel([], self)
        self.corpus_filter = CorpusFilter(self)
        self.corpus_filter.setSourceModel(self.corpus)
        self.novelty_column = NoveltyColumn(self.corpus, self.data_dir, lambda: self.documents, self)
        self._open_groups: set[str] = set()  # corpus groups open before a filter was typed
        self.outline = OutlineModel(self)
        self._build()
        self._owns_annotations = annotations is OWN
        self.annotations = open_annotations(self, self.data_dir) if annotations is OWN else annotations
        self.document_removal = DocumentRemoval(self)  # remove_current(): for menus and the corpus list
        self._build_features()
        self.actions_by_name = actions.build(self)
        for feature in self.features:
            feature.contribute(self.actions_by_name)
        self.actions_by_name["script_original"].setChecked(True)
        self._connect()
        self.set_records(corpus.records())
        resize_to_fit(self, 1340, 840)  # a first-run size; restored geometry overrides it
        self._fit_docks()
        # View ▸ Reset Layout goes back to these, as does a restored layout that leaves no room.
        self._default_layout, self._default_splitter = self.saveState(), self.splitter.saveState()
        self._restore()
        self.prefs = Preferences()
        self.apply_preferences(Preferences.load(self.settings))
        # What only corpus-wide views need is read after the reader has painted.
        self._after_paint = FirstPaint(self.reader.view.viewport(), self.load_corpus_views)
        if self.isVisible():  # built in a frame already shown: what showEvent would have done
            QTimer.singleShot(0, self._check_restored_layout)
            self._schedule_position_restore()

    @property
    def ready(self) -> bool:
        """Built over a corpus (not only the frame painted at start-up)."""
        return bool(self.features)

    # --- construction -----------------------------------------------------------------------
    def _build_features(self) -> None:
        """The context, then every feature from it, in the order their docks are laid out."""
        from ..annotating.colleagues import ColleaguesFeature
        from ..annotating.feature import AnnotatingFeature
        from ..comparing.alignment_loader import AlignmentLoader
        from ..comparing.feature import ComparingFeature
        from ..comparing.two_documents import TwoDocumentsFeature
        from ..diffusion.feature import DiffusionFeature
        from ..help.feature import HelpFeature
        from ..research.feature import ResearchFeature
        from ..matrices.feature import MatricesFeature
        from ..reading.feature import ReadingFeature
        from ..common.context import FeatureContext

        context = FeatureContext(
            window=self, settings=self.settings, data_dir=self.data_dir, corpus_source=self.corpus_source,
            session=self.annotations, reader=self.reader, status_bar=self.statusBar(),
            alignment=AlignmentLoader(self.data_dir, self), keep_tool_window=self.keep_tool_window,
            add_dock=self.add_dock,
            compare_clause_at=lambda *args: self.comparing.compare_clause_at(*args))
        self.reading = ReadingFeature(context)
        self.annotating = AnnotatingFeature(context)
        self.colleagues = ColleaguesFeature(context)
        self.comparing = ComparingFeature(context)
        self.two_documents = TwoDocumentsFeature(context)
        self.matrices = MatricesFeature(context)
        self.help = HelpFeature(context)
        self.research = ResearchFeature(context)
        self.diffusion = DiffusionFeature(context)
        self.features = (self.reading, self.annotating, self.colleagues, self.comparing, self.two_documents,
                         self.matrices, self.research, self.diffusion, self.help)

    def _build(self) -> None:
        from ..corpus.agency_grouping import AgencyGrouping
        from ..corpus.agency_panel import AgencyPanel
        from ..corpus.corpus_grouping import CorpusGrouping, GroupingBox
        from ..corpus.import_dialog import ImportDialog
        from ..corpus.scope_bar import ScopeBar
        from ..corpus.search_grouping import SearchGrouping
        from ..corpus.search_panel import SearchPanel
        from ..reading.info_panel import InfoPanel
        from ..reading.reader import ReaderPane

        self.scope_bar = ScopeBar(self.corpus_source, self, self.settings)  # the views follow it
        self.grouping_box = GroupingBox(self.settings, self)
        self.corpus_grouping = CorpusGrouping(self.grouping_box, self.corpus, self.corpus_source, self.scope_bar,
                                              self._corpus_regrouped)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选：地区、标题、文号…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.corpus_view = self._tree(self.corpus_filter, root_decorated=True)
        self.corpus_view.setSortingEnabled(True)
        self.corpus_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # keep file order at first
        self.outline_view = self._tree(self.outline, root_decorated=True)
        self.reader = ReaderPane(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self._corpus_pane(), self.outline_view, self.reader):
            self.splitter.addWidget(widget)
        # The reader is the work surface: a narrower window takes from the lists too, the reader
        # keeping about half (with the lists' factor 0 it alone shrank, to 14 characters a line).
        for index, factor in enumerate(SPLITTER_SHARES):
            self.splitter.setStretchFactor(index, factor)
        self.splitter.setSizes([340, 300, 700])
        self.setCentralWidget(self.splitter)
        self.info = InfoPanel(self)
        self.agencies = AgencyPanel(parent=self)
        self.search = SearchPanel(parent=self)
        self.search.set_data_dir(self.data_dir)  # saved searches
        self.search_grouping = SearchGrouping(self.search, self.corpus_source, self.settings)
        self.agency_grouping = AgencyGrouping(self.agencies, self.corpus_source, self.settings)
        # An attribute or a set changed elsewhere (the attributes table, the command line): the
        # scope bar has read it again, and what is grouped by it is grouped again.
        self.scope_bar.refreshed.connect(self.search_grouping.regroup)
        self.scope_bar.refreshed.connect(self.agency_grouping.show)
        self.import_dialog = ImportDialog(self)
        self._docks()
        self._size_columns()

    def _docks(self) -> None:
        self.info_dock = self.add_dock("infoDock", self.tr("文件信息"), self.info, Qt.DockWidgetArea.RightDockWidgetArea)
        self.agency_dock = self.add_dock("agencyDock", self.tr("单位"), self.agencies, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.search_dock = self.add_dock("searchDock", self.tr("语料库搜索"), self.search, Qt.DockWidgetArea.BottomDockWidgetArea)
        self.tabifyDockWidget(self.agency_dock, self.search_dock)
        self.agency_dock.raise_()
        self.info_dock.hide()  # opened from the View menu; the first window stays uncluttered

    def _fit_docks(self) -> None:
        """The bottom docks' first height, a share of the window's: the reading panes keep most
        of it, the lists below get rows enough to read (a fixed 230 px left two at 768 px)."""
        self.resizeDocks([self.agency_dock], [round(self.height() * BOTTOM_DOCKS_SHARE)], Qt.Orientation.Vertical)

    def reset_layout(self) -> None:
        """Docks and toolbars back where a first run puts them, sized to the window as it is."""
        self.restoreState(self._default_layout)
        self.splitter.restoreState(self._default_splitter)
        self._fit_docks()

    def _filter_corpus(self, text: str) -> None:
        """Filter the corpus list; matches are shown expanded, and clearing the filter brings
        back the groups that were open before it (a proxy reset would collapse them all)."""
        view = self.corpus_view
        if text.strip() and not self.corpus_filter.filterRegularExpression().pattern():
            self._open_groups = {self.corpus_filter.index(row, 0).data()
                                 for row in range(self.corpus_filter.rowCount())
                                 if view.isExpanded(self.corpus_filter.index(row, 0))}
        self.corpus_filter.set_query(text)
        if text.strip():
            view.expandAll()
            return
        for row in range(self.corpus_filter.rowCount()):
            index = self.corpus_filter.index(row, 0)
            view.setExpanded(index, index.data() in self._open_groups)

    def add_dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        # Docks move between areas and close, but never float over the reader: dragging a
        # title bar to resize a dock tore it off.
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

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
        column.addWidget(self.scope_bar)
        row = QHBoxLayout()
        row.setSpacing(2)
        row.addWidget(self.filter_edit, 1)
        row.addWidget(self.grouping_box)
        column.addLayout(row)
        column.addWidget(self.corpus_view, 1)
        return pane

    def _size_columns(self) -> None:
        from ..common.narrow_columns import NarrowColumns
        from ..corpus.corpus_model import CorpusModel
        from ..reading.outline_columns import OutlineColumns

        header = self.corpus_view.header()
        header.setStretchLastSection(False)
        # Fit columns to the first rows only: measuring every row of a 3,000-document corpus
        # costs seconds at start-up, and the columns hold short values of one shape.
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        for column in range(self.corpus.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The title takes what the pane has left, so date and number stay in view; a narrow
        # pane scrolls rather than cut the title below a readable width.
        header.setSectionResizeMode(CorpusModel.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("中") * 3)
        # A narrow pane gives the title and the date the room: the share of new text, the number,
        # the script and the level give way (the level reads in the titles, 三门峡市…, 始兴县…; Document info has all three).
        self._corpus_columns = NarrowColumns(self.corpus_view, CorpusModel.TITLE, 7,
                                             (CorpusModel.NOVELTY, CorpusModel.NUMBER, CorpusModel.SCRIPT,
                                              CorpusModel.LEVEL))
        outline_header = self.outline_view.header()
        outline_header.setStretchLastSection(False)
        outline_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # Titles matter more than agency lists, which stay readable in full as tooltips.
        outline_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        outline_header.resizeSection(1, 110)
        self._outline_columns = OutlineColumns(self.outline_view)  # narrow panes: the clause first

    def _connect(self) -> None:
        from ..corpus.corpus_menu import CorpusMenu
        from ..corpus.import_dialog import accept_file_drops

        self.filter_edit.textChanged.connect(self._filter_corpus)
        self.scope_bar.scopeChanged.connect(self._scope_changed)
        self.search.scopeWanted.connect(self.scope_bar.apply_written)
        self.corpus_view.selectionModel().currentRowChanged.connect(self._document_chosen)
        self.outline_view.clicked.connect(self._clause_clicked)
        self.outline_view.activated.connect(self._clause_clicked)  # Enter on a node
        self.outline_view.selectionModel().currentRowChanged.connect(self._clause_current)
        self.reader.positionChanged.connect(self._follow_reader)
        self.search.hitActivated.connect(self.open_span)
        self.agencies.clauseActivated.connect(self.open_clause)
        self.corpus_menu = CorpusMenu(self.corpus_view, self)
        self.info.documentLinkActivated.connect(lambda key: self.open_document(key, 0))
        self.info.spanActivated.connect(self.reader.highlight_span)
        self.info.set_lineage_source(self.diffusion.document_lineage)  # who cites it, what it copied
        self.corpusLoaded.connect(self.info.refresh_lineage)
        self.shuttingDown.connect(self.info.shutdown)
        self.import_dialog.imported.connect(self.imported)
        self.import_dialog.documentRequested.connect(lambda key: self.open_document(key, 0))
        self.summaries.progress.connect(self._summaries_progress)
        self.summaries.loaded.connect(self._summaries_loaded)
        self.summaries.failed.connect(lambda message: self.statusBar().showMessage(message))
        self.summaries.failed.connect(self.agencies.show_failed)
        for dock in (self.info_dock, self.agency_dock, self.search_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.reader.view.documentChanged.connect(self._document_opened)
        accept_file_drops(self, self.import_paths)
        self.reader.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.view.customContextMenuRequested.connect(self._reader_menu)

    # --- corpus actions -----------------------------------------------------------------------
    def import_files(self):
        from ..common.file_dialogs import ask_open_paths

        title = self.tr("导入文件")
        kinds = self.tr("政策文件 (*.txt *.md *.html *.htm *.mht *.mhtml *.docx *.doc *.wps *.pdf);;所有文件 (*)")
        self.import_paths(ask_open_paths(self, title, kinds))

    def import_paths(self, paths: list[Path]) -> None:
        if paths and self.data_dir is not None:
            self.import_dialog.run(self.data_dir, paths)

    def show_import_report(self) -> None:
        """The last import's report again, with the documents that need a look."""
        if not self.import_dialog.show_report():
            self.statusBar().showMessage(self.tr("本次运行还没有导入文件。"), 5000)

    def imported(self, keys: list) -> None:
        """The store has new or changed documents (an import or a re-analysis): show them."""
        current = self.position()
        self.corpus_source.refresh()
        self.set_records(self.corpus_source.records())
        self.load_corpus_views()
        if current:
            self.open_document(current.doc_key, current.offset, remember=False)
        for feature in self.features:
            feature.corpus_changed(list(keys))
        self.corpusImported.emit(list(keys))

    def search_corpus(self):
        self.search_dock.show()
        self.search_dock.raise_()
        self.search.query_edit.setFocus()
        self.search.query_edit.selectAll()

    def keep_tool_window(self, view):
        """Keep a comparison or matrix window until it is destroyed; shut down with this one."""
        self.tool_windows.append(view)
        view.destroyed.connect(lambda _obj=None, view=view: self.tool_windows.remove(view))
        return view

    def edit_preferences(self):
        from .preferences_dialog import PreferencesDialog  # with the alias editor: not at start-up

        prefs = PreferencesDialog.ask(self.prefs, self.data_dir, self)
        if prefs is not None:
            self.apply_preferences(prefs)

    # --- documents and positions ------------------------------------------------------------
    def _document_opened(self) -> None:
        for feature in self.features:
            feature.document_opened(self.reader.current)

    def set_records(self, records: list[dict]) -> None:
        """Show the store's documents; corpus-wide views follow once summaries are loaded."""
        self.records = records
        self.corpus.set_records(records)
        self.scope_bar.refresh()
        for feature in self.features:
            feature.records_changed(records)
        if len(records) <= EXPAND_ALL_UP_TO:
            self.corpus_view.expandAll()
        self.info.set_corpus(records)
        self._show_counts()
        if records and not self.reader.current:
            first = self.corpus_filter.mapFromSource(self.corpus.index_of(records[0]["key"]))
            self.corpus_view.expand(first.parent())
            self.corpus_view.setCurrentIndex(first)

    def load_corpus_views(self) -> None:
        """Start (or bring up to date) the summaries behind search and the agency index."""
        self.summaries.start()

    @property
    def documents(self) -> list:
        """Summaries of every document loaded so far (all of them once `corpus_ready`)."""
        return self.corpus_source.summary_list()

    @property
    def corpus_ready(self) -> bool:
        return self.ready and not self.summaries.busy() and not self.corpus_source.stale_summaries()

    def _summaries_progress(self, n: int, total: int) -> None:
        if n % 25 and n != total:  # a status update per document would cost more than the reading
            return
        self.statusBar().showMessage(self.tr("正在建立全文索引 {n}/{total}…").format(n=n, total=total))
        for panel in (self.search, self.agencies):
            panel.show_loading(n, total)

    def _summaries_loaded(self) -> None:
        documents = self.documents
        self.scope_bar.set_documents(documents)  # what is in force on a date is read from them
        self.search.set_documents(documents)
        self.agencies.set_documents(self.scoped(documents))
        self.novelty_column.fill()
        self._show_counts()
        for feature in self.features:
            feature.corpus_loaded()
        self.corpusLoaded.emit()

    # --- the document scope (corpus/scope_bar.py) ----------------------------------------------
    def scoped(self, documents: list) -> list:
        """Those of the documents (or summaries) that are in the scope bar's scope."""
        keys = self.scope_bar.keys()
        return list(documents) if keys is None else [d for d in documents if d.key in keys]

    def _scope_changed(self, keys) -> None:
        """The corpus list, the agency view and every feature follow the scope."""
        self.corpus_filter.set_keys(keys)
        if keys is not None or self.filter_edit.text().strip():
            self.corpus_view.expandAll()
        if self.corpus_ready:
            self.agencies.set_documents(self.scoped(self.documents))
        self.search.set_scope(keys, self.scope_bar.written())
        for feature in self.features:
            feature.scope_changed(keys)

    def _corpus_regrouped(self) -> None:
        """Grouped anew: open as after a start, the open document selected again."""
        if len(self.records) <= EXPAND_ALL_UP_TO or self.scope_bar.keys() is not None \
                or self.filter_edit.text().strip():
            self.corpus_view.expandAll()
        if self.reader.current is not None:
            self._select_in_corpus(self.reader.current.key)

    def show_document(self, doc: Document) -> None:
        if self.reader.current is doc:
            return
        self.outline.set_clauses(doc.clauses)
        self.outline_view.expandAll()
        self.reader.show_document(doc, self.annotating.marks_for(doc))
        self.info.set_document(doc)
        self.statusBar().showMessage(doc.meta.title)  # beside the corpus's counts

    def position(self) -> Position | None:
        from ..reading.history import Position

        doc = self.reader.current
        return Position(doc.key, self.reader.current_offset()) if doc else None

    def open_document(self, key: str, offset: int, remember: bool = True) -> None:
        """Show a document at a clean-text offset, recording where the user came from."""
        if key not in self.corpus:
            return
        if remember:
            self.history.visit(self.position())
        self._select_in_corpus(key)
        self.show_document(self.corpus_source.document(key))
        self.reader.scroll_to_offset(offset)
        self._select_clause_at(offset)

    def open_span(self, key: str, start: int, end: int) -> None:
        self.open_document(key, start)
        self.reader.highlight_span(start, end)

    def open_clause(self, key: str, clause_id: str) -> None:
        doc = self.corpus_source.document(key) if key in self.corpus else None
        clause = next((c for c in doc.clauses if c.id == clause_id), None) if doc else None
        if clause is not None:
            self.open_span(key, clause.title_start, clause.title_end)

    def _select_in_corpus(self, key: str) -> None:
        index = self.corpus_filter.mapFromSource(self.corpus.index_of(key))
        if index.isValid():
            self.corpus_view.expand(index.parent())
            self.corpus_view.selectionModel().blockSignals(True)
            self.corpus_view.setCurrentIndex(index)
            self.corpus_view.selectionModel().blockSignals(False)

    def _document_chosen(self, current: QModelIndex, _previous=None) -> None:
        key = self.corpus.key_at(self.corpus_filter.mapToSource(current)) if current.isValid() else None
        if key is not None:  # not a place group
            doc = self.corpus_source.document(key)
            if doc is not self.reader.current:
                self.history.visit(self.position())
                self.show_document(doc)

    def _clause_clicked(self, index: QModelIndex) -> None:
        clause = self.outline.clause(index)
        if clause is not None:
            self.history.visit(self.position())
            self.reader.scroll_to_offset(clause.start)

    def _clause_current(self, current: QModelIndex, _previous=None) -> None:
        if not self._following and self.outline_view.hasFocus():
            self._clause_clicked(current)  # keyboard navigation in the outline moves the reader

    _following = False

    def _follow_reader(self, offset: int) -> None:
        self._select_clause_at(offset)

    def _select_clause_at(self, offset: int) -> None:
        """Select the clause that contains offset, without moving the reader."""
        doc = self.reader.current
        index = next((i for i, c in enumerate(doc.clauses) if c.start <= offset < c.end), None) if doc else None
        if index is not None:
            self._following = True
            self.select_clause(index)
            self._following = False

    def current_clause(self):
        """The clause selected in the outline, or None."""
        return self.outline.clause(self.outline_view.currentIndex())

    def select_clause(self, clause_index: int) -> None:
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.outline_view.selectionModel().setCurrentIndex(self.outline.index_of(clause_index), flags)

    def _counts_text(self) -> str:
        clauses = sum(r["clauses"] for r in self.records)
        return self.tr("语料库：{docs} 份文件，共 {clauses} 个条款", "", len(self.records)).format(docs=len(self.records), clauses=clauses)

    def _show_counts(self) -> None:
        self.counts_label.setText(self._counts_text())

    def _reader_menu(self, pos) -> None:
        """The text view's own menu (copy, select all) with the annotation actions."""
        menu = self.reader.view.createStandardContextMenu(pos)
        menu.addSeparator()
        for name in ("highlight", "annotate", "annotate_clause", None, "compare_clause"):
            if name is None:
                menu.addSeparator()
                continue
            menu.addAction(self.actions_by_name[name])
        self.annotating.add_reader_menu_entries(menu, pos)
        menu.exec(self.reader.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- preferences ------------------------------------------------------------------------
    def apply_preferences(self, prefs: Preferences) -> None:
        """Apply and keep new preferences; a new language rebuilds the window (languageChanged)."""
        previous, self.prefs = self.prefs, prefs
        prefs.save(self.settings)
        if self.annotations is not None:
            self.annotations.coder = prefs.coder
        appearance.for_app(QApplication.instance()).set_theme(prefs.theme)
        self.reader.set_base_size(prefs.font_size or None)
        if prefs.script != previous.script:
            self.actions_by_name[f"script_{prefs.script}"].setChecked(True)
            self.reader.set_script(prefs.script)
        if prefs.language != previous.language:
            self.languageChanged.emit(prefs.language)

    # --- state ------------------------------------------------------------------------------
    def _restore(self) -> None:
        self._check_layout = saved_layout.restore(self.settings, self, self.splitter)

    def _check_restored_layout(self) -> None:
        """Once laid out: what of a restored layout cramps the reader gives way to the default
        (the docks if it is too short, the panes beside it if too narrow)."""
        cramped = saved_layout.cramped(self, self.reader, self.reader.view) if self._check_layout else set()
        if "height" in cramped:
            self.restoreState(self._default_layout)
            self._fit_docks()
        if "width" in cramped:
            self.splitter.restoreState(self._default_splitter)
        self._check_layout = False

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.ready:
            if self._check_layout:
                QTimer.singleShot(0, self._check_restored_layout)  # once the window has its size
            self._schedule_position_restore()

    def _schedule_position_restore(self) -> None:
        if not getattr(self, "_position_restored", False):
            self._position_restored = True
            # Scroll only once the window has its real size, or the top line comes out wrong.
            QTimer.singleShot(0, self._restore_reading_position)

    def _restore_reading_position(self) -> None:
        key = self.settings.value("reading/document")
        if isinstance(key, str) and key in self.corpus:
            self.open_document(key, int(self.settings.value("reading/offset", 0)), remember=False)

    def save_state(self) -> None:
        saved_layout.save(self.settings, self, self.splitter)
        if self.reader.current is not None:
            self.settings.setValue("reading/document", self.reader.current.key)
            self.settings.setValue("reading/offset", self.reader.current_offset())
        self.settings.sync()

    def shutdown(self) -> None:
        """Stop background work and keep the state: on close, and when the application quits."""
        if not self.ready:  # closed while opening: nothing runs yet, no state to keep
            return
        self.shuttingDown.emit()
        self.novelty_column.shutdown()
        for feature in self.features:
            feature.shutdown()
        self.import_dialog.shutdown()
        self.scope_bar.shutdown()
        self.summaries.shutdown()
        for view in list(self.tool_windows):
            view.shutdown()  # comparison windows run worker threads that must end first
        self.save_state()
        self._close_annotations()

    def _close_annotations(self) -> None:
        from ...core.annotations import AnnotationError
        from ...store import StoreError

        if self.annotations is not None and self._owns_annotations:
            try:
                self.annotations.close()
            except (StoreError, AnnotationError) as exc:
                QMessageBox.warning(self, self.tr("保存批注时出错"), error_text(exc))
            self.annotations = None

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)
