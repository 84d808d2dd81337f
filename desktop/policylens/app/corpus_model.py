"""The list of documents, and a filter that matches as the user types.

Filtering folds both sides with the core's fold(), so typing simplified 户籍 finds a
traditional 戶籍 title, and full-width punctuation matches half-width.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from ..core.document import Document
from ..core.script import fold

_DISPLAY = Qt.ItemDataRole.DisplayRole


def document_date(doc: Document) -> str:
    """The date a reader cares about: issued, else written, else published on the web."""
    dates = doc.meta.dates
    return dates.get("issued") or dates.get("written") or dates.get("published") or ""


class CorpusModel(QAbstractTableModel):
    DocumentRole = Qt.ItemDataRole.UserRole + 1
    SearchRole = Qt.ItemDataRole.UserRole + 2  # folded text the filter matches against
    SCRIPT, PLACE, LEVEL, TITLE, DATE, NUMBER = range(6)

    def __init__(self, documents: list[Document] | None = None, parent=None):
        super().__init__(parent)
        self._docs: list[Document] = []
        self._search: list[str] = []
        self.set_documents(documents or [])

    def set_documents(self, documents: list[Document]) -> None:
        self.beginResetModel()
        self._docs = list(documents)
        self._search = [self._haystack(d) for d in self._docs]
        self.endResetModel()

    def document(self, row: int) -> Document:
        return self._docs[row]

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
            return f"{doc.meta.title}\n{doc.source.name}"
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.SCRIPT, self.LEVEL):
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == self.DocumentRole:
            return doc.key
        if role == self.SearchRole:
            return self._search[index.row()]
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 6:
            return None
        return (self.tr("字"), self.tr("地区"), self.tr("级别"), self.tr("标题"),
                self.tr("日期"), self.tr("文号"))[section]

    def _cell(self, doc: Document, column: int) -> str:
        if column == self.SCRIPT:
            return self.tr("繁") if doc.script == "traditional" else self.tr("简")
        meta = doc.meta
        values = {self.PLACE: meta.place, self.LEVEL: meta.level, self.TITLE: meta.title,
                  self.DATE: document_date(doc), self.NUMBER: meta.doc_number}
        return values[column] or ""

    @staticmethod
    def _haystack(doc: Document) -> str:
        meta = doc.meta
        return fold(" ".join([meta.place + meta.level, meta.title, meta.issuer, meta.doc_number,
                              document_date(doc), doc.key])).lower()


class CorpusFilter(QSortFilterProxyModel):
    """Keeps the rows whose folded metadata contains the folded query."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFilterRole(CorpusModel.SearchRole)
        self.setFilterKeyColumn(CorpusModel.TITLE)  # the search role is the same on every column

    def set_query(self, text: str) -> None:
        self.setFilterFixedString(fold(text.strip()).lower())
