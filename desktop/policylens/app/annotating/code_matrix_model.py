"""The code × document matrix as a Qt table model: how many segments of each code in each document."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ...core.annotations import Project
from .code_tree_model import codes_in_tree_order

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class CodeMatrixModel(QAbstractTableModel):
    """Rows codes (in tree order), columns documents, a cell the number of segments."""
    CodeIdRole = Qt.ItemDataRole.UserRole + 1
    DocKeyRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._codes: list[tuple[str, str]] = []  # (id, path)
        self._documents: list[tuple[str, str]] = []  # (key, label)
        self._matrix: dict = {}
        self._headers: dict[str, str] = {}  # key -> the short name a column shows
        self._sorted_for: tuple | None = None  # (keys, labels) the column order was sorted for

    def set_project(self, project: Project, labels: dict[str, str], headers: dict[str, str] | None = None) -> None:
        """labels: each document's full name (the tooltip, and the column order); headers: the
        short name its column shows (column_headers), the label where there is none."""
        self._headers = headers or {}
        self.beginResetModel()
        self._matrix = project.code_matrix()
        self._codes = [(c, project.code_path(c)) for c, _depth in codes_in_tree_order(project)]
        keys = set(labels) | {k for counts in self._matrix.values() for k in counts}
        if (keys, labels) != self._sorted_for:  # sorting 3,000 labels on every change costs milliseconds
            self._documents = sorted(((k, labels.get(k, k)) for k in keys), key=lambda d: (d[1], d[0]))
            self._sorted_for = (keys, dict(labels))
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._codes)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self._documents)

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        code_id, doc_key = self._codes[index.row()][0], self._documents[index.column()][0]
        if role == _DISPLAY:
            return self._matrix.get(code_id, {}).get(doc_key, 0)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == self.CodeIdRole:
            return code_id
        if role == self.DocKeyRole:
            return doc_key
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        rows = self._documents if orientation == Qt.Orientation.Horizontal else self._codes
        if role not in (_DISPLAY, _TOOLTIP) or not 0 <= section < len(rows):
            return None
        key, label = rows[section]
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return self._headers.get(key, label)
        return label


