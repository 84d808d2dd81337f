"""The corpus as a table of attributes: one row per document, one column per attribute.

Cells show the effective value (a correction or the researcher's own value wins over what was
extracted) and can be edited; a corrected cell is shown in bold with the extracted value as its
tooltip. Changes go through undo commands (attributes_dialog.py), never straight to the file.
"""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QFont

from ...core.attributes import extracted
from ..common.attribute_names import NAMES, attribute_name

class AttributesModel(QAbstractTableModel):
    def __init__(self, records: list[dict], attributes, setter, parent=None):
        """setter(name, keys, value) -> bool makes an edit (as an undoable command)."""
        super().__init__(parent)
        self.records, self.attributes, self.setter = records, attributes, setter
        self.names = attributes.names()
        self._shown: dict[str, dict] = {}  # key -> the attributes shown; sorting reads every row

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(self.names)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            name = self.names[section]
            return attribute_name(name)
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        record, name = self.records[index.row()], self.names[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._values(record).get(name, "")
        own = self.attributes.values.get(record["key"], {})
        if role == Qt.ItemDataRole.FontRole and name in own and name in NAMES:
            font = QFont()
            font.setBold(True)  # a correction: it wins over the extracted value
            return font
        if role == Qt.ItemDataRole.ToolTipRole and name in own and name in NAMES:
            return self.tr("已更正；提取值：{value}").format(value=extracted(record).get(name) or "—")
        if role == Qt.ItemDataRole.ToolTipRole and name == "title":
            return self._values(record).get(name, "")  # the column is narrower than most titles
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        return self.setter(self.names[index.column()], [self.records[index.row()]["key"]], str(value))

    def _values(self, record: dict) -> dict:
        key = record["key"]
        if key not in self._shown:  # reading the title and the gazetteer once per document, not per paint
            self._shown[key] = self.attributes.of(record)
        return self._shown[key]

    def refresh(self, records: list[dict] | None = None) -> None:
        """Show the attributes as they are now; a new column or row set resets the table, a new
        value only repaints it (so the selection and the current cell stay)."""
        self._shown.clear()
        names = self.attributes.names()
        if names != self.names or records is not None:
            self.beginResetModel()
            self.names = names
            self.records = list(records) if records is not None else self.records
            self.endResetModel()
        elif self.records:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.records) - 1, len(self.names) - 1))
