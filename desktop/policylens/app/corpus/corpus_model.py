"""The list of documents, and a filter that matches as the user types.

Rows are the store's lean index records (plain dicts), grouped by place and level or by what
the user chose (corpus_grouping.py), so the list shows a corpus of thousands without opening a
single document. Filtering folds both sides with the core's
fold(), so typing simplified 户籍 finds a traditional 戶籍 title, and full-width punctuation
matches half-width.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont

from ...core.grouping import NONE, Group, group_by_place
from ...core.places import place_label
from ...core.script import fold
from ..common.document_names import document_date
from ..common.novelty_text import share_text, share_tooltip

_DISPLAY = Qt.ItemDataRole.DisplayRole
Grouping = Callable[[list], "list[Group] | None"]  # records -> groups; None lists them without groups


class CorpusModel(QAbstractItemModel):
    """Documents grouped by place and level (三门峡 市, 始兴 县), or by the grouping set: a group
    per value, its documents below it, or with no grouping a flat list. A document index's
    internal id is its group's row + 1 (a flat list is group 0, unshown); a group's is 0."""
    DocumentRole = Qt.ItemDataRole.UserRole + 1
    SearchRole = Qt.ItemDataRole.UserRole + 2  # folded text the filter matches against
    PLACE, LEVEL, SCRIPT, TITLE, DATE, NUMBER = range(6)  # the place first: it carries the tree
    NOVELTY = 6  # the share of new text, filled in off the UI thread (set_novelty)
    ShareRole = Qt.ItemDataRole.UserRole + 3  # the share as a number (None until known), to sort by
    _SHARE_ROLES = (_DISPLAY, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole, ShareRole)

    def __init__(self, records: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self._novelty: dict = {}  # key -> core.diffusion.novelty_shares.Share, of the records shown
        self.modelReset.connect(self._novelty.clear)  # new records: their shares are computed again
        self._docs: list[dict] = []
        self._search: list[str] = []
        self._groups: list[Group] = []
        self._members: list[list[int]] = []  # group row -> indices into _docs
        self._group_search: list[str] = []
        self._where: dict[str, tuple[int, int]] = {}  # key -> (group row, row in group): its first
        self._grouping: Grouping = group_by_place
        self._flat = False
        self._by_place = True  # place groups show their level in the level column
        self.set_records(records or [])

    def set_grouping(self, grouping: Grouping, by_place: bool = False) -> None:
        """Group the documents (these and later ones) by grouping(records)."""
        self._grouping, self._by_place = grouping, by_place
        self.set_records(self._docs)

    def set_records(self, records: list[dict]) -> None:
        self.beginResetModel()
        self._docs = list(records)
        self._search = [self._haystack(r) for r in self._docs]
        groups = self._grouping(self._docs)
        self._flat = groups is None
        row_of = {r["key"]: i for i, r in enumerate(self._docs)}
        self._groups = [] if groups is None else list(groups)
        self._members = [list(range(len(self._docs)))] if groups is None else \
            [[row_of[key] for key in g.keys if key in row_of] for g in self._groups]
        self._group_search = [fold(f"{self._group_label(g)} {g.level}").lower() for g in self._groups]
        self._where = {}
        for g, members in enumerate(self._members):
            for row, i in enumerate(members):
                self._where.setdefault(self._docs[i]["key"], (g, row))
        self.endResetModel()

    def _group_label(self, group: Group) -> str:
        if group.value != NONE:
            return place_label(group.value, group.level) if self._by_place else group.value
        return self.tr("（未识别地区）") if self._by_place else self.tr("（无）")

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
            return self.createIndex(row, column, 1 if self._flat else 0)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index=QModelIndex()):
        if not index.isValid() or index.internalId() == 0 or self._flat:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._members[0]) if self._flat else len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0 and not self._flat:
            return len(self._members[parent.row()])
        return 0

    def columnCount(self, parent=QModelIndex()):
        return 7

    def set_novelty(self, shares: dict) -> None:
        """key -> Share (novelty_shares.Share) of the documents shown."""
        self._novelty.update(shares)
        for parent in [QModelIndex()] + [self.index(r, 0) for r in range(self.rowCount())]:
            rows = self.rowCount(parent)
            if rows:
                self.dataChanged.emit(self.index(0, self.NOVELTY, parent), self.index(rows - 1, self.NOVELTY, parent))

    def share_of(self, key: str):
        return self._novelty.get(key)

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        record = self._record(index)
        if index.column() == self.NOVELTY and role in self._SHARE_ROLES:
            return self._share_data(index, record, role)
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

    def _share_data(self, index: QModelIndex, record: dict | None, role):
        """A document's share; a group's is its documents' new characters over their characters."""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if record is not None:
            share = self._novelty.get(record["key"])
        else:
            found = [self._novelty.get(self._docs[i]["key"]) for i in self._members[index.row()]]
            share = None if None in found else GroupShare(found)
        if role == self.ShareRole:
            return share.share if share else None
        if role == _DISPLAY:
            return share_text(share) if share else ""
        if share is None:
            return self.tr("正在计算新内容占比…")
        if record is None:
            return self.tr("这 {n} 份文件共 {new} / {chars} 字新内容。").format(
                n=share.documents, new=share.new_chars, chars=share.chars)
        return share_tooltip(share)

    def _group_data(self, index: QModelIndex, role):
        group = self._groups[index.row()]
        if role == _DISPLAY:
            n = len(self._members[index.row()])
            label = group.value if self._by_place and group.value != NONE else self._group_label(group)
            return {self.PLACE: label, self.LEVEL: group.level,
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
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 7:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == self.NOVELTY:
            return share_tooltip(None)
        if role != _DISPLAY:
            return None
        return (self.tr("地区"), self.tr("级别"), self.tr("字"), self.tr("标题"),
                self.tr("日期"), self.tr("文号"), self.tr("新内容占比"))[section]

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


class GroupShare:
    """A group's share of new text: its documents' new characters over their characters."""

    def __init__(self, shares: list):
        self.new_chars, self.chars = sum(s.new_chars for s in shares), sum(s.chars for s in shares)
        self.documents = len(shares)

    @property
    def share(self) -> float:
        return self.new_chars / self.chars if self.chars else 0.0


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

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        """The share of new text sorts as a number; a document not yet computed after every share."""
        if left.column() != CorpusModel.NOVELTY:
            return super().lessThan(left, right)
        a, b = left.data(CorpusModel.ShareRole), right.data(CorpusModel.ShareRole)
        if a is None or b is None:
            return a is not None and b is None
        return a < b

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex) -> bool:
        """A document in scope whose own text or group's matches; a group is shown for the
        documents of it that are (recursive filtering), so typing 广东 in a list grouped by
        province keeps the documents of the 广东 group."""
        index = self.sourceModel().index(source_row, 0, source_parent)
        key = index.data(CorpusModel.DocumentRole)
        if key is None or (self.keys is not None and key not in self.keys):
            return False
        return self._matches(index) or (source_parent.isValid() and self._matches(source_parent))

    def _matches(self, index: QModelIndex) -> bool:
        pattern = self.filterRegularExpression()
        return not pattern.pattern() or pattern.match(index.data(CorpusModel.SearchRole) or "").hasMatch()
