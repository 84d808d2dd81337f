"""The clause families as a table: a row per clause with its family's name, size and strength,
and a filter that matches the folded place, clause, title and family name as the user types.

A clause that is a weak member of its family (joined by where it stands in its outline more
than by its words) is shown greyed and in italics, its score in the tooltip: shown, never left out.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QColor, QFont

from ...core.scores import score_text
from ...core.script import fold
from ..common import styles
from ..common.clause_names import clause_name
from ..common.table_model import RowTableModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class FamilyRow(NamedTuple):
    key: str  # the document the row opens the view on
    clause_id: str
    place: str
    title: str
    documents: int  # in the family; 1: no other document has the clause
    family: str = ""  # the family's name (core.family_names); "": in no family
    strength: float | None = None  # the family's mean member score; None: not computed
    score: float | None = None  # this clause's mean similarity to the other members
    weak: bool = False  # a member by its place in the outline more than by its words


class FamilyModel(RowTableModel):
    PLACE, CLAUSE, TITLE, FAMILY, DOCUMENTS, STRENGTH = range(6)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[FamilyRow] = []
        self._folded: list[str] = []

    def set_rows(self, rows: list[FamilyRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self._folded = [fold(f"{r.place} {r.clause_id} {r.title} {r.family}") for r in rows]
        self.endResetModel()

    def matches(self, row: int, folded_query: str) -> bool:
        return folded_query in self._folded[row]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("文件"), self.tr("条款"), self.tr("标题"), self.tr("条款族"), self.tr("文件数"),
                self.tr("强度"))

    def display(self, row: FamilyRow, column: int) -> str:
        if column == self.STRENGTH:
            return "" if row.strength is None else score_text(row.strength)
        return str(self._value(row, column))

    def row_data(self, row: FamilyRow, column: int, role):
        if role == SORT_ROLE:
            return self._value(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.DOCUMENTS, self.STRENGTH):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.weak and role == Qt.ItemDataRole.ForegroundRole:
            return QColor(styles.colours().removed)
        if row.weak and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def _tooltip(self, row: FamilyRow, column: int) -> str | None:
        text = {self.TITLE: row.title, self.FAMILY: row.family}.get(column)
        if not row.weak:
            return text
        note = self.tr("弱成员：与本族其他条款的平均相似度仅 {score}，主要因其在提纲中的位置归入本族").format(
            score=score_text(row.score or 0.0))
        return f"{text}\n{note}" if text else note

    @staticmethod
    def _value(row: FamilyRow, column: int):
        strength = -1.0 if row.strength is None else row.strength
        return (row.place, clause_name(row.clause_id), row.title, row.family, row.documents, strength)[column]


class FamilyFilter(QSortFilterProxyModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._query = ""
        self.setSortRole(SORT_ROLE)

    def set_query(self, text: str) -> None:
        self._query = fold(text.strip())
        self.setFilterFixedString(self._query)  # refilters; filterAcceptsRow matches folded rows

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        return not self._query or self.sourceModel().matches(row, self._query)
