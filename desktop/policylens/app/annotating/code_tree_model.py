"""The project's codes as a Qt tree model: names with their colour, segment counts with and
without sub-codes; renaming and nesting (by drag and drop) are asked for, not done, so every
change stays an undoable command run by the code manager."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, Qt, Signal

from ...core.annotations import Code, Project
from .annotation_editor import swatch

_DISPLAY = Qt.ItemDataRole.DisplayRole
CODE_MIME = "application/x-policylens-code-id"


def codes_in_tree_order(project: Project) -> list[tuple[str, int]]:
    """(code id, depth) for every code, parents before children, siblings by name."""
    found, todo = [], [(c.id, 0) for c in reversed(project.children(None))]
    while todo:
        code_id, depth = todo.pop()
        found.append((code_id, depth))
        todo += [(c.id, depth + 1) for c in reversed(project.children(code_id))]
    return found


class CodeTreeModel(QAbstractItemModel):
    """Codes as a tree; an index's internalId is the code's position in tree order."""
    CodeIdRole = Qt.ItemDataRole.UserRole + 1
    NAME, COUNT, TOTAL = range(3)
    renameRequested = Signal(str, str)  # code id, new name
    nestRequested = Signal(str, object)  # code id, new parent id (None: the top)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._codes: dict[str, Code] = {}
        self._ids: list[str] = []  # internalId -> code id
        self._number: dict[str, int] = {}  # code id -> internalId
        self._children: dict[str | None, list[str]] = {}  # parent id (None: the top) -> ids by name
        self._row: dict[str, int] = {}  # code id -> its row under its parent
        self._paths: dict[str, str] = {}
        self._counts: dict[str, tuple[int, int]] = {}  # own segments, and with the codes below

    def set_project(self, project: Project) -> None:
        # A copy of what is shown, so the rows stay valid until the next set_project.
        self.beginResetModel()
        self._codes = dict(project.codes)
        self._ids = [code_id for code_id, _depth in codes_in_tree_order(project)]
        self._number = {code_id: n for n, code_id in enumerate(self._ids)}
        self._children = {None: [c.id for c in project.children(None)]}
        self._children.update({c: [k.id for k in project.children(c)] for c in self._ids})
        self._row = {c: row for kids in self._children.values() for row, c in enumerate(kids)}
        self._paths = {c: project.code_path(c) for c in self._ids}
        counts = project.code_counts()
        self._counts = {c: (counts[c], counts[c] + sum(counts[d] for d in project.descendants(c)))
                        for c in self._ids}
        self.endResetModel()

    def index_of(self, code_id: str | None) -> QModelIndex:
        if code_id not in self._number:
            return QModelIndex()
        return self.createIndex(self._row[code_id], 0, self._number[code_id])

    def _id(self, index: QModelIndex) -> str | None:
        return self._ids[index.internalId()] if index.isValid() else None

    # -- the model's interface -----------------------------------------------------------------

    def index(self, row, column, parent=QModelIndex()):
        kids = self._children.get(self._id(parent), [])
        if not (0 <= row < len(kids) and 0 <= column < 3) or parent.column() > 0:
            return QModelIndex()
        return self.createIndex(row, column, self._number[kids[row]])

    def parent(self, index=QModelIndex()):
        return self.index_of(self._codes[self._id(index)].parent) if index.isValid() else QModelIndex()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.column() > 0 else len(self._children.get(self._id(parent), ()))

    def columnCount(self, parent=QModelIndex()):
        return 3

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        code_id, column = self._id(index), index.column()
        code = self._codes[code_id]
        if role in (_DISPLAY, Qt.ItemDataRole.EditRole):
            return code.name if column == self.NAME else self._counts[code_id][column - self.COUNT]
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME:
            return swatch(code.color)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._paths[code_id] + (f"\n{code.description}" if code.description else "")
        if role == self.CodeIdRole:
            return code_id
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation != Qt.Orientation.Horizontal or role != _DISPLAY or not 0 <= section < 3:
            return None
        return (self.tr("编码"), self.tr("片段"), self.tr("含下级"))[section]

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dropped on the empty area: to the top
        flags = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() == self.NAME else flags

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        # The rename is a command; the model shows it when the session reports the change.
        if index.isValid() and index.column() == self.NAME and role == Qt.ItemDataRole.EditRole:
            code_id = self._id(index)
            if str(value).strip() and str(value).strip() != self._codes[code_id].name:
                self.renameRequested.emit(code_id, str(value))
        return False

    # -- drag and drop: nesting ----------------------------------------------------------------

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self):
        return [CODE_MIME]

    def mimeData(self, indexes):
        data = QMimeData()
        ids = dict.fromkeys(self._id(i) for i in indexes if i.isValid())
        data.setData(CODE_MIME, "\n".join(ids).encode())
        return data

    def dropMimeData(self, data, action, row, column, parent):
        if not data.hasFormat(CODE_MIME):
            return False
        target = self._id(parent)
        for code_id in bytes(data.data(CODE_MIME)).decode().split("\n"):
            if code_id in self._codes and code_id != target:
                self.nestRequested.emit(code_id, target)
        return False  # nothing for the view to remove: the command moves the code
