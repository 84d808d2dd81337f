"""The list of documents, and a filter that matches as the user types.

Rows are the store's lean index records (plain dicts), so the list shows a corpus of
thousands without opening a single document. Filtering folds both sides with the core's
fold(), so typing simplified 户籍 finds a traditional 戶籍 title, and full-width punctuation
matches half-width.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ..core.script import fold

_DISPLAY = Qt.ItemDataRole.DisplayRole


def document_date(record: dict) -> str:
    """The date a reader cares about: issued, else written, else published on the web."""
    dates = record["dates"]
    return dates.get("issued") or dates.get("written") or dates.get("published") or ""


class CorpusModel(QAbstractTableModel):
    DocumentRole = Qt.ItemDataRole.UserRole + 1
    SearchRole = Qt.ItemDataRole.UserRole + 2  # folded text the filter matches against
    SCRIPT, PLACE, LEVEL, TITLE, DATE, NUMBER = range(6)

    def __init__(self, records: list[dict] | None = None, parent=None):
        super().__init__(parent)
        self._docs: list[dict] = []
        self._search: list[str] = []
        self._rows: dict[str, int] = {}
        self.set_records(records or [])

    def set_records(self, records: list[dict]) -> None:
        self.beginResetModel()
        self._docs = list(records)
        self._search = [self._haystack(r) for r in self._docs]
        self._rows = {r["key"]: row for row, r in enumerate(self._docs)}
        self.endResetModel()

    def key(self, row: int) -> str:
        return self._docs[row]["key"]

    def record(self, row: int) -> dict:
        return self._docs[row]

    def row_of(self, key: str) -> int | None:
        return self._rows.get(key)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._docs)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 6

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        doc = self._docs[index.row()]
        if role == _DISPLAY:
            return self._cell(doc, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{doc['title']}\n{doc['name']}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.SCRIPT, self.LEVEL):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.DocumentRole:
            return doc["key"]
        if role == self.SearchRole:
            return self._search[index.row()]
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 6:
            return None
        return (self.tr("字"), self.tr("地区"), self.tr("级别"), self.tr("标题"),
                self.tr("日期"), self.tr("文号"))[section]

    def _cell(self, record: dict, column: int) -> str:
        if column == self.SCRIPT:
            return self.tr("繁") if record["script"] == "traditional" else self.tr("简")
        values = {self.PLACE: record["place"], self.LEVEL: record["level"], self.TITLE: record["title"],
                  self.DATE: document_date(record), self.NUMBER: record["doc_number"]}
        return values[column] or ""

    @staticmethod
    def _haystack(record: dict) -> str:
        return fold(" ".join([record["place"] + record["level"], record["title"], record["issuer"],
                              record["doc_number"], document_date(record), record["key"]])).lower()


class CorpusFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded metadata contains the folded query."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(CorpusModel.SearchRole)
        self.setFilterKeyColumn(CorpusModel.TITLE)  # the search role is the same on every column

    def set_query(self, text: str) -> None:
        self.setFilterFixedString(fold(text.strip()).lower())
