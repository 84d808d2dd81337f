"""The code × attribute matrix as a Qt table model (core/attribute_matrix.py computes it):
codes as rows, the attribute's values as columns, each header with its number of documents.
Each cell gives its code (CodeIdRole) and value (ValueRole; None in the total column): what
the view asks for the passages it lists under the matrix."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from ...core.attribute_matrix import AttributeMatrix

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class AttributeMatrixModel(QAbstractTableModel):
    CodeIdRole = Qt.ItemDataRole.UserRole + 1
    ValueRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: AttributeMatrix | None = None

    def set_matrix(self, matrix: AttributeMatrix | None) -> None:
        self.beginResetModel()
        self.matrix = matrix
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.codes)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.values) + 1  # and the total

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or self.matrix is None:
            return None
        code_id, path = self.matrix.codes[index.row()]
        total = index.column() == len(self.matrix.values)
        value = None if total else self.matrix.values[index.column()]
        if role == _DISPLAY:
            count = self.matrix.row_total(code_id) if total else self.matrix.count(code_id, value)
            return count if count or total else ""  # empty cells read faster than rows of zeros
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == _TOOLTIP and not total:
            return f"{path} · {self.value_text(value)}: {self.matrix.count(code_id, value)}"
        if role == self.CodeIdRole:
            return code_id
        if role == self.ValueRole:
            return value
        return None

    def value_text(self, value: str) -> str:
        return value or self.tr("（空）")

    def headerData(self, section, orientation, role=_DISPLAY):
        if self.matrix is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation == Qt.Orientation.Vertical:
            return self.matrix.codes[section][1] if 0 <= section < len(self.matrix.codes) else None
        if section == len(self.matrix.values):
            return self.tr("合计")
        if not 0 <= section < len(self.matrix.values):
            return None
        value = self.matrix.values[section]
        n = self.matrix.documents[value]
        if role == _TOOLTIP:
            return self.tr("{value}：{n} 份文件", "", n).format(value=self.value_text(value), n=n)
        return f"{self.value_text(value)} ({n})"

    def export_table(self, corner: str, total: str, documents: str) -> tuple[list[str], list[list]]:
        """The matrix as shown, for CSV or XLSX: a row per code, a last row of documents per value."""
        columns, rows = self.matrix.table(self.tr("（空）"))
        columns[0], columns[-1], rows[-1][0] = corner, total, documents
        return columns, rows
