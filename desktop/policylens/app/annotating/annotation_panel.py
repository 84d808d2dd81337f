"""The annotations of the project: a filtered list, and apart from it the ones that need review.

Filtering is core.annotations.Project.filter; the models (annotation_list_model.py) only
present its rows. Grouped (annotation_grouping.py), the list is a tree of groups over the same
model's rows (common/grouped_rows.py). Every change reaches the panel through the session's `changed` signal,
whoever made it, so undo and redo in the Edit menu refresh the lists as well as actions
taken here.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QLabel, QLineEdit, QSplitter,
                               QStackedWidget, QTableView, QVBoxLayout, QWidget)

from ...core.annotations import Annotation, Change, Project
from ..common.grouped_rows import GroupedRows, grouped_tree, show_groups
from ..common.table_views import read_only_rows
from .annotation_editor import AnnotationEditor, swatch
from .annotation_grouping import AnnotationGrouping
from .annotation_list_model import AnnotationListModel
from .annotation_session import AnnotationSession


class AnnotationPanel(QWidget):
    annotationActivated = Signal(str, int, int)  # doc_key, start, end in the clean text
    reviewActivated = Signal(str)  # id of an annotation that needs review
    PIECEMEAL = 50  # changes naming more annotations rebuild the lists
    TYPING_PAUSE = 250  # ms; with more than LARGE annotations, typing filters after a pause
    LARGE = 2000  # about 20 ms of folding and matching per keystroke

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._labels: dict[str, str] = {}
        self._scope: set[str] | None = None  # the documents in the corpus scope; None: all
        self._last_view: QAbstractItemView | None = None
        self.grouping: AnnotationGrouping | None = None  # set by use_grouping; none: a flat list
        self._typing = QTimer(self, singleShot=True, interval=self.TYPING_PAUSE)
        self.model = AnnotationListModel(self)
        self.review_model = AnnotationListModel(self)
        self.grouped = GroupedRows(self.model, self)
        self._build()
        self._connect()
        self.refresh()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.document_combo, self.code_combo, self.color_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo in (self.document_combo, self.code_combo, self.color_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.text_edit = QLineEdit(self)
        self.text_edit.setPlaceholderText(self.tr("筛选原文或笔记…"))
        self.text_edit.setClearButtonEnabled(True)
        self.view, self.review_view = self._table(self.model), self._table(self.review_model)
        self.tree = grouped_tree(self.grouped, AnnotationListModel.QUOTE, self)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.list_stack = QStackedWidget(self)  # the flat list, or the tree when grouped
        self.list_stack.addWidget(self.view)
        self.list_stack.addWidget(self.tree)
        self._last_view = self.view
        self.summary_label, self.review_label = QLabel(self), QLabel(self)
        self.edit_action = QAction(self.tr("编辑批注…"), self)
        self.edit_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.delete_action = QAction(self.tr("删除批注"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        for action in (self.edit_action, self.delete_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._lay_out()

    def _table(self, model: AnnotationListModel) -> QTableView:
        view = QTableView(self)
        view.setModel(model)
        read_only_rows(view, AnnotationListModel.QUOTE)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setWordWrap(False)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return view

    def _lay_out(self) -> None:
        filters = self._filters_row = QHBoxLayout()
        for widget in (self.document_combo, self.code_combo, self.color_combo):
            filters.addWidget(widget)
        filters.addWidget(self.text_edit, 1)
        upper, lower = QWidget(self), QWidget(self)
        for holder, label, view in ((upper, self.summary_label, self.list_stack),
                                    (lower, self.review_label, self.review_view)):
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(label)
            column.addWidget(view, 1)
        upper.layout().insertLayout(0, filters)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.review_section = lower  # shown only while some annotation needs review
        self.splitter.setStretchFactor(0, 3)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter)
        self.view.addActions([self.edit_action, self.delete_action])
        self.tree.addActions([self.edit_action, self.delete_action])
        self.review_view.addActions([self.edit_action, self.delete_action])

    def _connect(self) -> None:
        self.session.changed.connect(self.refresh)
        for combo in (self.document_combo, self.code_combo, self.color_combo):
            combo.currentIndexChanged.connect(self._show_list)
        self.text_edit.textChanged.connect(self._text_changed)
        self._typing.timeout.connect(self._show_list)
        self.view.activated.connect(self._activated)
        self.tree.activated.connect(self._activated)
        self.review_view.activated.connect(self._review_activated)
        for view in (self.view, self.tree, self.review_view):
            view.selectionModel().currentChanged.connect(lambda *_, v=view: self._use_view(v))
        self.edit_action.triggered.connect(self.edit_selected)
        self.delete_action.triggered.connect(self.delete_selected)

    # -- public ------------------------------------------------------------------------------

    def use_grouping(self, settings, corpus) -> None:
        """Offer grouping the list by the annotations' documents, codes, coders or documents'
        attributes (corpus: corpus_source.Corpus), the choice kept in settings."""
        self.grouping = AnnotationGrouping(settings, corpus, self)
        self._filters_row.addWidget(self.grouping.box)
        self.grouping.box.chosen.connect(self._show_groups)
        self._show_groups()

    def set_documents(self, labels: dict[str, str]) -> None:
        """Document key -> the name shown for it (a place, a title)."""
        self._labels = dict(labels)
        self.refresh()

    def set_scope(self, keys: set[str] | None) -> None:
        """List only the annotations of these documents (the corpus list's scope); None: all.
        Those that need review are listed whatever the scope: they wait for the researcher."""
        self._scope = None if keys is None else set(keys)
        self._show_list()

    def refresh(self, change: Change | None = None) -> None:
        """Show a change: the rows it names alone when it is small and leaves the codes as they were."""
        if change is not None and not change.codes and len(change.annotations) <= self.PIECEMEAL:
            self._show_change(change)
            return
        self._fill_filters()
        self._name_things()
        if self.grouping is not None:
            self.grouping.box.offer_from(self.grouping.corpus)
        self._show_list()
        self.review_model.set_rows(self.session.project.needing_review())
        self._count_review()

    def filters(self) -> dict:
        """The keyword arguments of Project.filter for the filter widgets."""
        return {"document": self.document_combo.currentData(), "code": self.code_combo.currentData(),
                "color": self.color_combo.currentData(), "text": self.text_edit.text().strip()}

    def show_segments(self, code_id: str | None, doc_key: str | None) -> None:
        """List one code's segments (with its sub-codes') in one document: a matrix cell."""
        self.text_edit.blockSignals(True)
        self.text_edit.clear()
        self.text_edit.blockSignals(False)
        self._typing.stop()
        self.color_combo.setCurrentIndex(0)
        for combo, data in ((self.code_combo, code_id), (self.document_combo, doc_key)):
            combo.setCurrentIndex(max(0, combo.findData(data)) if data is not None else 0)

    def selected(self) -> Annotation | None:
        """The current annotation of the list used last (the main list at first)."""
        index = self._last_view.currentIndex()
        return index.data(AnnotationListModel.AnnotationRole) if index.isValid() else None

    def edit_selected(self) -> None:
        annotation = self.selected()
        if annotation is None:
            return
        paths = [self.session.project.code_path(c) for c in self.session.project.codes]
        values = AnnotationEditor.ask(self, self.session.values_of(annotation), paths, annotation.anchor.exact)
        if values is not None:
            self.session.attempt(self, self.session.edit, annotation.id, values)

    def delete_selected(self) -> None:
        annotation = self.selected()
        if annotation is not None:
            self.session.attempt(self, self.session.delete, annotation.id)

    # -- helpers -----------------------------------------------------------------------------

    def _show_list(self, *_args) -> None:
        self.model.set_rows([a for a in self.session.project.filter(**self.filters())
                             if not a.needs_review and self._in_scope(a)])
        self._count_list()
        self._show_groups()

    def _text_changed(self, _text: str) -> None:
        if len(self.session.project.annotations) > self.LARGE:
            self._typing.start()
        else:
            self._show_list()

    def _show_change(self, change: Change) -> None:
        project = self.session.project
        changed = [a for a in map(project.annotations.get, change.annotations) if a is not None]
        if any(self.document_combo.findData(a.document) < 0 or self.color_combo.findData(a.color) < 0
               for a in changed):
            self._fill_filters()  # offer the new document or colour
        shown = {a.id for a in self._matching(changed)}
        for annotation_id in change.annotations:
            self.model.take(annotation_id)
            self.review_model.take(annotation_id)
        for a in changed:
            if a.needs_review:
                self.review_model.put(a)
            elif a.id in shown:
                self.model.put(a)
        self._count_list()
        self._show_groups()
        self._count_review()

    def _matching(self, annotations: list[Annotation]) -> list[Annotation]:
        """Those of the annotations the filters keep, as Project.filter decides it."""
        few = Project(codes=self.session.project.codes)
        few.apply({("annotations", a.id): a for a in annotations})
        return [a for a in few.filter(**self.filters()) if self._in_scope(a)]

    def _in_scope(self, annotation: Annotation) -> bool:
        return self._scope is None or annotation.document in self._scope

    def _name_things(self) -> None:
        project = self.session.project
        paths = {c: project.code_path(c) for c in project.codes}
        for model in (self.model, self.review_model):
            model.set_names(paths, self._labels, self.tr("；"))

    def _show_groups(self, *_args) -> None:
        """The tree of groups when grouped (all open, the current annotation kept), else the flat list."""
        groups = self.grouping.groups(self.model.rows, self._labels, self._code_paths) if self.grouping else None
        if groups is None:
            self.list_stack.setCurrentWidget(self.view)
            if self._last_view is self.tree:
                self._last_view = self.view
            return
        current = self.selected() if self._last_view is self.tree else None
        show_groups(self.tree, groups)
        if current is not None:
            self._select_in_tree(current.id)
        self.list_stack.setCurrentWidget(self.tree)

    def _code_paths(self) -> dict[str, str]:
        project = self.session.project
        return {c: project.code_path(c) for c in project.codes}

    def _select_in_tree(self, annotation_id: str) -> None:
        for group in range(self.grouped.rowCount()):
            parent = self.grouped.index(group, 0)
            for row in range(self.grouped.rowCount(parent)):
                index = self.grouped.index(row, 0, parent)
                if index.data(AnnotationListModel.IdRole) == annotation_id:
                    self.tree.setCurrentIndex(index)
                    return

    def _count_list(self) -> None:
        n = self.model.rowCount()
        text = self.tr("{n} 条批注", "", n) if self._scope is None else self.tr("{n} 条批注（在筛选范围的文件中）", "", n)
        self.summary_label.setText(text.format(n=n))

    def _count_review(self) -> None:
        count = self.review_model.rowCount()
        self.review_label.setText(self.tr("需要复核：{n} 条（原文已改动，未能确定位置）").format(n=count))
        self.review_section.setVisible(count > 0)  # an empty list gives the main one its room

    def _fill_filters(self) -> None:
        project = self.session.project
        documents = sorted({a.document for a in project.annotations.values()} | set(self._labels),
                           key=lambda k: self._labels.get(k, k))
        codes = sorted((project.code_path(c), c) for c in project.codes)
        colors = sorted({a.color for a in project.annotations.values()})
        self._refill(self.document_combo, self.tr("全部文件"),
                     [(self._labels.get(k, k), k, None) for k in documents])
        self._refill(self.code_combo, self.tr("全部编码"), [(path, c, None) for path, c in codes])
        self._refill(self.color_combo, self.tr("全部颜色"), [(c, c, swatch(c)) for c in colors])

    @staticmethod
    def _refill(combo: QComboBox, everything: str, items: list[tuple]) -> None:
        """Refill a filter with (text, data, icon) items, keeping the current choice if it is still there."""
        current = combo.currentData()
        combo.blockSignals(True)  # one refresh of the list, not one per item
        combo.clear()
        combo.addItem(everything, None)
        for text, data, icon in items:
            if icon is None:
                combo.addItem(text, data)
            else:
                combo.addItem(icon, text, data)
        combo.setCurrentIndex(max(0, combo.findData(current)) if current is not None else 0)
        combo.blockSignals(False)

    def _use_view(self, view: QTableView) -> None:
        self._last_view = view

    def _activated(self, index: QModelIndex) -> None:
        annotation = index.data(AnnotationListModel.AnnotationRole)
        if annotation is not None:
            self.annotationActivated.emit(annotation.document, annotation.anchor.start, annotation.anchor.end)

    def _review_activated(self, index: QModelIndex) -> None:
        annotation = index.data(AnnotationListModel.AnnotationRole)
        if annotation is not None:
            self.reviewActivated.emit(annotation.id)
