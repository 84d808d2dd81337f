"""Agencies across the corpus: who leads, cooperates or is responsible, and in which clauses.

The counting and lookup live in core.agency_index.AgencyIndex; the models here only present
its rows, and the panel wires the filter box, role check boxes and the two lists together.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QSplitter, QStyle, QTableView, QVBoxLayout, QWidget)

from ...core.agencies import ROLES
from ...core.agency_index import DEFAULT_ROLES, AgencyIndex, AgencyRow, ClauseRow
from ...core.script import fold
from ..common import styles
from ..common.clause_names import clause_name

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
HEADER_PADDING = 20  # the sort indicator and the section margins


def role_names(_widget=None) -> dict[str, str]:
    return {role: styles.role_name(role) for role in ROLES}


class AgencyTableModel(QAbstractTableModel):
    NameRole = Qt.ItemDataRole.UserRole + 1  # the canonical name, on every column
    FilterRole = Qt.ItemDataRole.UserRole + 2  # the folded name the filter box matches
    NAME, LEAD, COOPERATE, RESPONSIBLE, MENTION, PLACES, TOTAL = range(7)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[AgencyRow] = []

    def set_rows(self, rows: list[AgencyRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 7

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return self._cell(row, column)
        if role == self.NameRole:
            return row.canonical
        if role == self.FilterRole:
            return fold(row.canonical)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{place}: {n}" for place, n in row.places.items())
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, row: AgencyRow, column: int):
        if column == self.NAME:
            return row.canonical + (self.tr("（统称）") if row.collective else "")
        if column == self.PLACES:
            return len(row.places)
        if column == self.TOTAL:
            return row.total
        return row.roles[ROLES[column - self.LEAD]]  # ints, so the proxy sorts numerically

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role not in (_DISPLAY, _TOOLTIP) or not 0 <= section < 7:
            return None
        names = role_names(self)
        return [self.tr("单位"), *(names[r] for r in ROLES), self.tr("地区数"), self.tr("合计")][section]


class AgencyFilter(QSortFilterProxyModel):
    """Keeps the agencies whose folded name contains the folded text typed."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(AgencyTableModel.FilterRole)
        self.setFilterKeyColumn(AgencyTableModel.NAME)

    def set_query(self, text: str) -> None:
        self.setFilterFixedString(fold(text.strip()))


class AgencyClauseModel(QAbstractTableModel):
    DocKeyRole = Qt.ItemDataRole.UserRole + 1
    ClauseIdRole = Qt.ItemDataRole.UserRole + 2
    PLACE, LABEL, TITLE, ROLES_COLUMN = range(4)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[ClauseRow] = []

    def set_rows(self, rows: list[ClauseRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ClauseRow]:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 4

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return (row.place, row.label or self._unnumbered(row.clause_id), row.title,
                    self.roles_text(row.roles))[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TITLE:
            return row.title
        if role == self.DocKeyRole:
            return row.doc_key
        if role == self.ClauseIdRole:
            return row.clause_id
        return None

    def roles_text(self, roles: tuple) -> str:
        return self.tr("、").join(styles.role_name(r) for r in roles)

    def _unnumbered(self, clause_id: str) -> str:
        return clause_name(clause_id)

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 4:
            return None
        return (self.tr("地区"), self.tr("条款"), self.tr("标题"), self.tr("角色"))[section]


class AgencyPanel(QWidget):
    agencySelected = Signal(str, object)  # canonical name, set of roles shown
    clauseActivated = Signal(str, str)  # doc_key, clause_id

    def __init__(self, documents=(), parent=None):
        super().__init__(parent)
        self.index = AgencyIndex([])
        self.agency_model = AgencyTableModel(self)
        self.agency_filter = AgencyFilter(self)
        self.agency_filter.setSourceModel(self.agency_model)
        self.clause_model = AgencyClauseModel(self)
        self._agency: str | None = None
        self._build()
        self._connect()
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
        self.agency_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agency_view.verticalHeader().hide()
        self.agency_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        counts = self.agency_view.horizontalHeader()
        # Counts are short numbers, but their header is read whole (English role names are
        # long): each column as wide as its header or five digits; the names take the rest.
        counts.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        counts.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        metrics = counts.fontMetrics()
        for column in range(1, self.agency_model.columnCount()):
            header = self.agency_model.headerData(column, Qt.Orientation.Horizontal) or ""
            width = max(metrics.horizontalAdvance(header), metrics.horizontalAdvance("00000"))
            counts.resizeSection(column, width + HEADER_PADDING)
        self.role_boxes = {role: QCheckBox(name, self) for role, name in role_names(self).items()}
        for role, box in self.role_boxes.items():
            box.setChecked(role in DEFAULT_ROLES)
        self.summary_label = QLabel(self)
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
        boxes = QHBoxLayout()
        for box in self.role_boxes.values():
            boxes.addWidget(box)
        boxes.addStretch(1)
        lower = QWidget(self)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(boxes)
        column.addWidget(self.summary_label)
        column.addWidget(self.clause_view, 1)
        upper = QWidget(self)
        left = QVBoxLayout(upper)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.filter_edit)
        left.addWidget(self.agency_view, 1)
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

    def _connect(self) -> None:
        self.filter_edit.textChanged.connect(self.agency_filter.set_query)
        self.agency_view.selectionModel().currentRowChanged.connect(self._agency_chosen)
        for box in self.role_boxes.values():
            box.toggled.connect(self._roles_changed)
        self.clause_view.activated.connect(self._clause_activated)

    # --- public ---------------------------------------------------------------------------
    def set_documents(self, documents) -> None:
        self.index = AgencyIndex(documents)
        self.agency_model.set_rows(self.index.agencies())
        self._agency = None
        self._show_clauses()

    def show_loading(self, done: int, total: int) -> None:
        """Say that the agency index is still being built."""
        self.summary_label.setText(self.tr("正在建立单位索引 {done}/{total}…").format(done=done, total=total))

    def roles(self) -> set[str]:
        return {role for role, box in self.role_boxes.items() if box.isChecked()}

    def current_agency(self) -> str | None:
        return self._agency

    def select_agency(self, canonical: str) -> None:
        """Show the clauses of an agency, as if its row had been clicked."""
        self._agency = canonical
        self._show_clauses()
        self.agencySelected.emit(canonical, self.roles())

    # --- behaviour ------------------------------------------------------------------------
    def _agency_chosen(self, current: QModelIndex, _previous=None) -> None:
        # Filtering away the current row reports an invalid index; keep the list shown.
        if current.isValid():
            self.select_agency(current.data(AgencyTableModel.NameRole))

    def _roles_changed(self, _checked=None) -> None:
        if self._agency is not None:
            self.select_agency(self._agency)

    def _show_clauses(self) -> None:
        rows = self.index.clauses(self._agency, self.roles()) if self._agency else []
        self.clause_model.set_rows(rows)
        self._fit_columns(rows)
        if self._agency is None:
            self.summary_label.setText(self.tr("选择一个单位查看其条款"))
            return
        places = len({r.place for r in rows})
        self.summary_label.setText(self.tr("{agency}：{clauses} 个条款，{places} 个地区", "", places).format(
            agency=self._agency, clauses=len(rows), places=places))

    def _fit_columns(self, rows: list[ClauseRow]) -> None:
        # Measured on distinct values, not rows: an agency can act in 20,000 clauses.
        metrics, header = self.clause_view.fontMetrics(), self.clause_view.horizontalHeader()
        pad = 2 * self.clause_view.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 16
        roles = {self.clause_model.roles_text(combination) for combination in {r.roles for r in rows}}
        for column, values in ((AgencyClauseModel.PLACE, {r.place for r in rows}),
                               (AgencyClauseModel.LABEL, {r.label for r in rows}),
                               (AgencyClauseModel.ROLES_COLUMN, roles)):
            title = self.clause_model.headerData(column, Qt.Orientation.Horizontal) or ""
            widest = max((metrics.horizontalAdvance(v) for v in values | {title}), default=0)
            header.resizeSection(column, widest + pad)

    def _clause_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clauseActivated.emit(index.data(AgencyClauseModel.DocKeyRole),
                                      index.data(AgencyClauseModel.ClauseIdRole))
