"""Annotations as a Qt table model: quote, note, codes, document, clause and coder, one row each."""
from __future__ import annotations

from bisect import bisect_left

from PySide6.QtCore import QModelIndex, Qt

from ...core.annotations import Annotation
from .annotation_editor import swatch
from ..common.clause_names import clause_name
from ..common.table_model import RowTableModel


class AnnotationListModel(RowTableModel):
    """Annotations ordered by document label, then position; rows can be put and taken one by
    one, so a change to one annotation does not rebuild a list of thousands."""
    IdRole = Qt.ItemDataRole.UserRole + 1
    AnnotationRole = Qt.ItemDataRole.UserRole + 2
    QUOTE, NOTE, CODES, DOCUMENT, CLAUSE, CODER = range(6)
    COLUMNS = 6

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Annotation] = []
        self._keys: list[tuple] = []  # the sort key of each row, for bisecting
        self._key_of: dict[str, tuple] = {}  # annotation id -> its row's key
        self._paths: dict[str, str] = {}  # code id -> path
        self._labels: dict[str, str] = {}  # document key -> label
        self._separator = "；"

    def set_names(self, paths: dict[str, str], labels: dict[str, str], separator: str) -> None:
        """How code ids and document keys are shown; set before set_rows."""
        self._paths, self._labels, self._separator = paths, labels, separator

    def set_rows(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        pairs = sorted((self._key(a), a) for a in annotations)
        self._keys, self.rows = [k for k, _ in pairs], [a for _, a in pairs]
        self._key_of = {a.id: k for k, a in pairs}
        self.endResetModel()

    def take(self, annotation_id: str) -> None:
        key = self._key_of.pop(annotation_id, None)
        if key is not None:
            row = bisect_left(self._keys, key)
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._keys[row], self.rows[row]
            self.endRemoveRows()

    def put(self, annotation: Annotation) -> None:
        self.take(annotation.id)
        key = self._key(annotation)
        row = bisect_left(self._keys, key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._keys.insert(row, key)
        self.rows.insert(row, annotation)
        self._key_of[annotation.id] = key
        self.endInsertRows()

    def ids(self) -> set[str]:
        return set(self._key_of)

    def _key(self, a: Annotation) -> tuple:
        return self._labels.get(a.document, a.document), a.document, a.anchor.start, a.anchor.end, a.id

    def row_data(self, annotation: Annotation, column: int, role):
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.QUOTE, self.NOTE):
            return annotation.anchor.exact if column == self.QUOTE else annotation.note
        if role == Qt.ItemDataRole.DecorationRole and column == self.QUOTE:
            return swatch(annotation.color)
        if role == self.IdRole:
            return annotation.id
        if role == self.AnnotationRole:
            return annotation
        return None

    def display(self, a: Annotation, column: int) -> str:
        if column == self.CODES:
            return self._separator.join(self._paths.get(c, "") for c in a.codes)
        if column == self.DOCUMENT:
            return self._labels.get(a.document, a.document)
        return (a.anchor.exact, a.note.replace("\n", " "), "", "", clause_name(a.anchor.clause), a.coder)[column]

    def headers(self) -> tuple[str, ...]:
        return (self.tr("原文"), self.tr("笔记"), self.tr("编码"), self.tr("文件"), self.tr("条款"),
                self.tr("编码者"))
