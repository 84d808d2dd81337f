"""Agencies across the corpus: who leads, cooperates or is responsible, and in which clauses.

The counting and lookup live in core.agency_index.AgencyIndex and the models in agency_models;
the panel wires the filter box, role check boxes and the two lists together. Several agencies
can be chosen at once (Ctrl/Shift-click), and one department named at several levels
(市公安局, 县公安局, 省公安厅) can be one row; the clauses listed can be exported.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QProgressBar, QSplitter, QStackedWidget, QStyle, QTableView, QVBoxLayout,
                               QWidget)

from ...core.agency_index import DEFAULT_ROLES, AgencyIndex, ClauseRow
from ..common.elided_label import ElidedLabel
from ..common.export_buttons import ExportButtons
from ..common.flow_layout import FlowLayout
from .agency_models import AgencyClauseModel, AgencyFilter, AgencyTableModel, role_names

HEADER_PADDING = 20  # the sort indicator and the section margins


class AgencyPanel(QWidget):
    agencySelected = Signal(str, object)  # canonical name, set of roles shown
    clauseActivated = Signal(str, str)  # doc_key, clause_id

    def __init__(self, documents=None, parent=None):
        """Over documents; with None, the panel says it is loading until set_documents()."""
        super().__init__(parent)
        self.index = AgencyIndex([])
        self.agency_model = AgencyTableModel(self)
        self.agency_filter = AgencyFilter(self)
        self.agency_filter.setSourceModel(self.agency_model)
        self.clause_model = AgencyClauseModel(self)
        self._agencies: tuple[str, ...] = ()  # the agencies whose clauses are listed
        self._label: str | None = None  # what the summary calls them
        self._build()
        self._connect()
        if documents is None:  # the window reads the summaries after its first paint
            self._show_loading_state()
        else:
            self.set_documents(documents)

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选单位…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.agency_view = QTableView(self)
        self.agency_view.setModel(self.agency_filter)
        self.agency_view.setSortingEnabled(True)
        self.agency_view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the index's order first
        self.agency_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agency_view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.agency_view.verticalHeader().hide()
        self.agency_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        counts = self.agency_view.horizontalHeader()
        # Counts are short numbers, but their header is read whole (English role names are
        # long): each column as wide as its header or five digits; the names take the rest.
        counts.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        counts.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = counts.fontMetrics()
        for column in range(1, AgencyTableModel.MEMBERS):
            header = self.agency_model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(header), metrics.horizontalAdvance("00000"))
            counts.resizeSection(column, width + HEADER_PADDING)
        self.role_boxes = {role: QCheckBox(name, self) for role, name in role_names(self).items()}
        for role, box in self.role_boxes.items():
            box.setChecked(role in DEFAULT_ROLES)
        counts.setSectionResizeMode(AgencyTableModel.MEMBERS, QHeaderView.ResizeMode.ResizeToContents)
        self.agency_view.setColumnHidden(AgencyTableModel.MEMBERS, True)
        self.levels_box = QCheckBox(self.tr("合并各级同一部门"), self)
        self.levels_box.setToolTip(self.tr("把省、市、县、区的同一部门（如市公安局、县公安局）算作一行"))
        self.summary_label = QLabel(self)
        self.summary_label.setWordWrap(True)
        # Clauses per place, for the agencies chosen: one line beside the summary (all of them in
        # its tooltip), so that a corpus of many places does not take the clause list's rows.
        self.places_label = ElidedLabel(self)
        self.exports = ExportButtons(self._clause_table, lambda: self._label or self.tr("单位条款"), self,
                                     formats=("csv", "xlsx"), write=_write_clauses)
        # A table, not a tree: QTreeView lays out every row of its model on each change, and an
        # agency can act in 20,000 clauses of a large corpus.
        self.clause_view = QTableView(self)
        self.clause_view.setModel(self.clause_model)
        self.clause_view.setAlternatingRowColors(True)
        self.clause_view.setShowGrid(False)
        self.clause_view.setWordWrap(False)
        self.clause_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.clause_view.verticalHeader().hide()
        self.clause_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.clause_view.horizontalHeader()
        header.setSectionResizeMode(AgencyClauseModel.TITLE, QHeaderView.ResizeMode.Stretch)
        self.clause_view.horizontalHeader().setHighlightSections(False)
        self._lay_out()

    def _lay_out(self) -> None:
        # The dock sits low under the reader: the clause list gets every row the controls can
        # give: the roles on one row (wrapping when the pane is narrow); the summary, the places
        # (cut short with …) and the exports on the next.
        controls = FlowLayout()
        for box in self.role_boxes.values():
            controls.addWidget(box)
        summary = self.summary_row = QHBoxLayout()  # agency_grouping adds its box here
        summary.setSpacing(12)
        summary.addWidget(self.summary_label)
        summary.addWidget(self.places_label, 1)
        summary.addWidget(self.exports)
        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addLayout(controls)
        column.addLayout(summary)
        self.clause_stack = QStackedWidget(lower)  # the table, or agency_grouping's tree of groups
        self.clause_stack.addWidget(self.clause_view)
        column.addWidget(self.clause_stack, 1)
        upper = QWidget(self)
        left = QVBoxLayout(upper)
        left.setContentsMargins(0, 0, 0, 0)
        left.setSpacing(3)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_edit, 1)
        filters.addWidget(self.levels_box)
        left.addLayout(filters)
        self.table_stack = QStackedWidget(upper)
        self.table_stack.addWidget(self._loading_page())
        self.table_stack.addWidget(self.agency_view)
        left.addWidget(self.table_stack, 1)
        # Side by side: the dock sits low and wide under the reading panes, where a list over a
        # list left each only a row or two.
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([520, 700])
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.splitter, 1)

    def _loading_page(self) -> QWidget:
        """What the table's place shows while the index is built: an empty table would say
        that the corpus names no agency."""
        self.loading_page = QWidget(self)
        self.loading_label = QLabel(self.tr("正在读取各文件的单位…"), self.loading_page)
        self.loading_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading_label.setWordWrap(True)
        self.loading_bar = QProgressBar(self.loading_page)
        self.loading_bar.setRange(0, 0)  # busy until the first count comes
        column = QVBoxLayout(self.loading_page)
        column.addStretch(1)
        column.addWidget(self.loading_label)
        column.addWidget(self.loading_bar)
        column.addStretch(1)
        return self.loading_page

    def _show_loading_state(self) -> None:
        self.table_stack.setCurrentWidget(self.loading_page)
        for widget in (self.filter_edit, self.levels_box):
            widget.setEnabled(False)
        self.summary_label.setText(self.tr("正在建立单位索引…"))
        self.places_label.hide()

    def is_loading(self) -> bool:
        return self.table_stack.currentWidget() is self.loading_page

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.agency_filter.set_query)
        self.agency_view.selectionModel().selectionChanged.connect(self._agencies_chosen)
        self.levels_box.toggled.connect(self._levels_toggled)
        for box in self.role_boxes.values():
            box.toggled.connect(self._roles_changed)
        self.clause_view.activated.connect(self._clause_activated)

    # --- public ---------------------------------------------------------------------------
    def set_documents(self, documents) -> None:
        self.table_stack.setCurrentWidget(self.agency_view)
        for widget in (self.filter_edit, self.levels_box):
            widget.setEnabled(True)
        self.index = AgencyIndex(documents)
        self._fill_agencies()
        self._agencies, self._label = (), None
        self._show_clauses()

    def show_loading(self, done: int, total: int) -> None:
        """Say that the agency index is still being built, and how far it is."""
        self.summary_label.setText(self.tr("正在建立单位索引 {done}/{total}…").format(done=done, total=total))
        if self.is_loading():
            self.loading_bar.setRange(0, max(total, 1))
            self.loading_bar.setValue(done)

    def show_failed(self, message: str) -> None:
        """The index could not be built: say why where the table would be, rather than loading on."""
        if self.is_loading():
            self.loading_label.setText(self.tr("无法建立单位索引：{reason}").format(reason=message))
            self.loading_bar.hide()
            self.summary_label.clear()

    def roles(self) -> set[str]:
        return {role for role, box in self.role_boxes.items() if box.isChecked()}

    def current_agency(self) -> str | None:
        return self._label

    def current_agencies(self) -> tuple[str, ...]:
        return self._agencies

    def select_agency(self, canonical: str) -> None:
        """Show the clauses of an agency, as if its row had been clicked."""
        self.select_agencies((canonical,), canonical)

    def select_agencies(self, names, label: str | None = None) -> None:
        """Show the clauses of any of several agencies, in corpus order."""
        self._agencies = tuple(names)
        self._label = label or self.tr("、").join(self._agencies) or None
        self._show_clauses()
        if self._agencies:
            self.agencySelected.emit(self._label, self.roles())

    def clause_rows(self) -> list[ClauseRow]:
        return self.clause_model.rows()

    def _clause_table(self):
        """The clause list as shown, plus the document each clause is in; None when it is empty."""
        model = self.clause_model
        if not model.rows():
            return None
        titles = {doc.key: doc.meta.title for doc in self.index.documents()}
        columns = [*model.headers(), self.tr("文件")]
        rows = [[*model.cells(row), titles.get(row.doc_key, row.doc_key)] for row in model.rows()]
        return self._label or "clauses", columns, rows

    # --- behaviour ------------------------------------------------------------------------
    def _fill_agencies(self) -> None:
        grouped = self.levels_box.isChecked()
        self.agency_model.set_rows(self.index.departments() if grouped else self.index.agencies())
        self.agency_view.setColumnHidden(AgencyTableModel.MEMBERS, not grouped)

    def _levels_toggled(self, _checked=None) -> None:
        self._fill_agencies()
        self._agencies, self._label = (), None
        self._show_clauses()

    def _agencies_chosen(self, _selected=None, _deselected=None) -> None:
        rows = self.agency_view.selectionModel().selectedRows(AgencyTableModel.NAME)
        if not rows:  # filtering away the chosen rows: keep the list shown
            return
        rows.sort(key=lambda index: index.row())
        names: list[str] = []
        for index in rows:
            for name in index.data(AgencyTableModel.MembersRole) or (index.data(AgencyTableModel.NameRole),):
                if name not in names:
                    names.append(name)
        label = self.tr("、").join(index.data(Qt.ItemDataRole.DisplayRole) for index in rows)
        self.select_agencies(names, label if len(rows) > 1 or rows[0].data(AgencyTableModel.MembersRole) else None)

    def _roles_changed(self, _checked=None) -> None:
        if self._agencies:
            self.select_agencies(self._agencies, self._label)

    def _show_clauses(self) -> None:
        rows = self.index.clauses(self._agencies, self.roles()) if self._agencies else []
        self.clause_model.set_rows(rows)
        self._fit_columns(rows)
        self.clause_view.setColumnHidden(AgencyClauseModel.AGENCY, len(self._agencies) < 2)
        self.exports.set_ready(bool(rows))
        if not self._agencies:
            self.summary_label.setText(self.tr("选择一个或多个单位查看其条款（Ctrl 或 Shift 多选）"))
            self.places_label.clear()
            self.places_label.hide()  # an empty line would push the list down
            return
        places: dict[str, int] = {}
        for row in rows:
            places[row.place] = places.get(row.place, 0) + 1
        self.summary_label.setText(self.tr("{agency}：{clauses} 个条款，{places} 个地区", "", len(places)).format(
            agency=self._label, clauses=len(rows), places=len(places)))
        self.places_label.show()
        self.places_label.setText(" · ".join(f"{place or self.tr('（地区不明）')} {n}" for place, n in places.items()))
    def _fit_columns(self, rows: list[ClauseRow]) -> None:
        # Measured on distinct values, not rows: an agency can act in 20,000 clauses.
        metrics, header = self.clause_view.fontMetrics(), self.clause_view.horizontalHeader()
        pad = 2 * self.clause_view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 16
        roles = {self.clause_model.roles_text(combination) for combination in {r.roles for r in rows}}
        for column, values in ((AgencyClauseModel.PLACE, {r.place for r in rows}),
                               (AgencyClauseModel.LABEL, {r.label for r in rows}),
                               (AgencyClauseModel.ROLES_COLUMN, roles),
                               (AgencyClauseModel.AGENCY, {self.clause_model.cells(r)[-1] for r in rows})):
            title = self.clause_model.headerData(column, Qt.Orientation.Horizontal) or ""
            widest = max((metrics.horizontalAdvance(v) for v in values | {title}), default=0)
            header.resizeSection(column, widest + pad)

    def _clause_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clauseActivated.emit(index.data(AgencyClauseModel.DocKeyRole),
                                      index.data(AgencyClauseModel.ClauseIdRole))


def _write_clauses(table, fmt: str, path: Path) -> None:
    from ...exchange.reports.table_export import write_rows

    title, columns, rows = table
    write_rows(title, columns, rows, fmt, path, {columns[2]: 50, columns[-1]: 50})
