"""The list of documents, and a filter that matches as the user types.

Rows are the store's lean index records (plain dicts), grouped by place and level, so the
list shows a corpus of thousands without opening a single document. Filtering folds both sides with the core's
fold(), so typing simplified 户籍 finds a traditional 戶籍 title, and full-width punctuation
matches half-width.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from ...core.places import place_label
from ...core.script import fold
from ..common.document_names import document_date

_DISPLAY = Qt.ItemDataRole.DisplayRole


class CorpusModel(QAbstractItemModel):
    """Documents grouped by place and level (三门峡 市, 始兴 县): a group per place, its
    documents below it. A document index's internal id is its group's row + 1; a group's is 0."""
    DocumentRole = Qt.ItemDataRole.UserRole + 1
    SearchRole = Qt.ItemDataRole.UserRole + 2  # folded text the filter matches against
    PLACE, LEVEL, SCRIPT, TITLE, DATE, NUMBER = range(6)  # the place first: it carries the tree

    def __init__(self, records: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self._docs: list[dict] = []
        self._search: list[str] = []
        self._groups: list[tuple[str, str]] = []  # (place, level), in order of first appearance
        self._members: list[list[int]] = []  # group row -> indices into _docs
        self._group_search: list[str] = []
        self._where: dict[str, tuple[int, int]] = {}  # key -> (group row, row in group)
        self.set_records(records or [])

    def set_records(self, records: list[dict]) -> None:
        self.beginResetModel()
        self._docs = list(records)
        self._search = [self._haystack(r) for r in self._docs]
        groups: dict[tuple[str, str], list[int]] = {}
        for i, record in enumerate(self._docs):
            groups.setdefault((record["place"], record["level"]), []).append(i)
        self._groups, self._members = list(groups), list(groups.values())
        self._group_search = [fold(f"{place_label(place, level)} {level}").lower() for place, level in self._groups]
        self._where = {self._docs[i]["key"]: (g, row) for g, members in enumerate(self._members)
                       for row, i in enumerate(members)}
        self.endResetModel()

    # --- documents by key -------------------------------------------------------------------
    def index_of(self, key: str) -> QModelIndex:
        """The document's index (column 0); invalid if the key is not in the corpus."""
        where = self._where.get(key)
        return self.createIndex(where[1], 0, where[0] + 1) if where else QModelIndex()

    def key_at(self, index: QModelIndex) -> str | None:
        """The key of the document at index; None for a group or an invalid index."""
        record = self._record(index)
        return record["key"] if record else None

    def __contains__(self, key: str) -> bool:
        return key in self._where

    def _record(self, index: QModelIndex) -> dict | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._docs[self._members[index.internalId() - 1][index.row()]]

    # --- the tree -----------------------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._members[parent.row()])
        return 0

    def columnCount(self, parent=QModelIndex()):
        return 6

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        record = self._record(index)
        if record is None:
            return self._group_data(index, role)
        if role == _DISPLAY:
            return self._cell(record, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{record['title']}\n{record['name']}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.SCRIPT, self.LEVEL):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.DocumentRole:
            return record["key"]
        if role == self.SearchRole:
            return self._search[self._members[index.internalId() - 1][index.row()]]
        return None

    def _group_data(self, index: QModelIndex, role):
        place, level = self._groups[index.row()]
        if role == _DISPLAY:
            n = len(self._members[index.row()])
            return {self.PLACE: place or self.tr("（未识别地区）"), self.LEVEL: level,
                    self.TITLE: self.tr("{n} 份文件", "", n).format(n=n)}.get(index.column(), "")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.LEVEL:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() == self.PLACE:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.SearchRole:
            return self._group_search[index.row()]
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 6:
            return None
        return (self.tr("地区"), self.tr("级别"), self.tr("字"), self.tr("标题"),
                self.tr("日期"), self.tr("文号"))[section]

    def _cell(self, record: dict, column: int) -> str:
        if column == self.SCRIPT:
            return self.tr("繁") if record["script"] == "traditional" else self.tr("简")
        values = {self.PLACE: record["place"], self.LEVEL: record["level"], self.TITLE: record["title"],
                  self.DATE: document_date(record), self.NUMBER: record["doc_number"]}
        return values[column] or ""

    @staticmethod
    def _haystack(record: dict) -> str:
        return fold(" ".join([place_label(record["place"], record["level"]), record["level"], record["title"], record["issuer"],
                              record["doc_number"], document_date(record), record["key"]])).lower()


class CorpusFilter(QSortFilterProxyModel):
    """Keeps the documents whose folded metadata contains the folded query and that are in the
    scope (the scope bar's keys; None is every document), and their groups."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.keys: set[str] | None = None
        self.setRecursiveFilteringEnabled(True)
        self.setFilterRole(CorpusModel.SearchRole)
        self.setFilterKeyColumn(CorpusModel.TITLE)  # the search role is the same on every column

    def set_query(self, text: str) -> None:
        self.setFilterFixedString(fold(text.strip()).lower())

    def set_keys(self, keys: set[str] | None) -> None:
        self.beginFilterChange()
        self.keys = None if keys is None else set(keys)
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        if self.keys is not None:
            if not source_parent.isValid():
                return False  # a group is shown for the documents of it in scope (recursive filtering)
            key = self.sourceModel().index(source_row, 0, source_parent).data(CorpusModel.DocumentRole)
            if key not in self.keys:
                return False
        return super().filterAcceptsRow(source_row, source_parent)
