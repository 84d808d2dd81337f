"""The agency panel's models: agencies (or departments across levels) with counts, and their clauses.

They only present core.agency_index rows; the panel (agency_panel) wires them to the views.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ...core.agencies import ROLES
from ...core.agency_index import AgencyRow, ClauseRow
from ...core.script import fold
from ..common import styles
from ..common.clause_names import clause_name

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


def role_names(_widget=None) -> dict[str, str]:
    return {role: styles.role_name(role) for role in ROLES}


class AgencyTableModel(QAbstractTableModel):
    NameRole = Qt.ItemDataRole.UserRole + 1  # the canonical name, on every column
    FilterRole = Qt.ItemDataRole.UserRole + 2  # the folded name the filter box matches
    NAME, LEAD, COOPERATE, RESPONSIBLE, MENTION, PLACES, TOTAL, MEMBERS = range(8)
    MembersRole = Qt.ItemDataRole.UserRole + 3  # the agencies a department row groups, () for one

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
        return 0 if parent.isValid() else 8

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == _DISPLAY:
            return self._cell(row, column)
        if role == self.NameRole:
            return row.canonical
        if role == self.MembersRole:
            return row.members
        if role == self.FilterRole:  # a department is found by any of its members' names too
            return fold(" ".join((row.canonical, *row.members)))
        if role == Qt.ItemDataRole.ToolTipRole:
            members = [self.tr("、").join(row.members)] if row.members else []
            return "\n".join(members + [f"{place}: {n}" for place, n in row.places.items()])
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (self.NAME, self.MEMBERS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _cell(self, row: AgencyRow, column: int):
        if column == self.NAME:
            if row.members:
                return self.tr("{department}（各级）").format(department=row.canonical)
            return row.canonical + (self.tr("（统称）") if row.collective else "")
        if column == self.MEMBERS:
            return self.tr("、").join(row.members)
        if column == self.PLACES:
            return len(row.places)
        if column == self.TOTAL:
            return row.total
        return row.roles[ROLES[column - self.LEAD]]  # ints, so the proxy sorts numerically

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role not in (_DISPLAY, _TOOLTIP) or not 0 <= section < 8:
            return None
        names = role_names(self)
        return [self.tr("单位"), *(names[r] for r in ROLES), self.tr("地区数"), self.tr("合计"),
                self.tr("包括")][section]


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
    PLACE, LABEL, TITLE, ROLES_COLUMN, AGENCY = range(5)

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
        return 0 if parent.isValid() else 5

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == _DISPLAY:
            return self.cells(row)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.TITLE:
            return row.title
        if role == self.DocKeyRole:
            return row.doc_key
        if role == self.ClauseIdRole:
            return row.clause_id
        return None

    def cells(self, row: ClauseRow) -> tuple:
        return (row.place, row.label or clause_name(row.clause_id), row.title, self.roles_text(row.roles),
                self.tr("、").join(row.agencies))

    def headers(self) -> list[str]:
        return [self.headerData(c, Qt.Orientation.Horizontal) for c in range(self.columnCount())]

    def roles_text(self, roles: tuple) -> str:
        return self.tr("、").join(styles.role_name(r) for r in roles)

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 5:
            return None
        return (self.tr("地区"), self.tr("条款"), self.tr("标题"), self.tr("角色"), self.tr("单位"))[section]
