"""The codes of the project: a tree with counts to create, rename, recolour, nest, merge and delete
codes, and the code × document matrix (how many segments of each code in each document).

Each action is a core command run through the session, so all of them are undoable; the models
are rebuilt from the project when the session says codes or annotations changed.
"""
from __future__ import annotations

from PySide6.QtCore import (QAbstractItemModel, QAbstractTableModel, QItemSelectionModel, QMimeData, QModelIndex, Qt,
                            QTimer, Signal)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QColorDialog, QInputDialog, QMessageBox, QPushButton,
                               QTableView, QTabWidget, QToolBar, QTreeView, QVBoxLayout, QWidget)

from ..core.annotation_commands import Batch
from ..core.annotations import PATH_SEP, Code, Project
from ..core.code_commands import DeleteCode, MergeCodes, NestCode, RecolourCode, RenameCode, code_ids_for_paths
from .annotation_editor import normal_path, swatch
from .annotation_session import AnnotationSession

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


class CodeMatrixModel(QAbstractTableModel):
    """Rows codes (in tree order), columns documents, a cell the number of segments."""
    CodeIdRole = Qt.ItemDataRole.UserRole + 1
    DocKeyRole = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent=None):
        super().__init__(parent)
        self._codes: list[tuple[str, str]] = []  # (id, path)
        self._documents: list[tuple[str, str]] = []  # (key, label)
        self._matrix: dict = {}

    def set_project(self, project: Project, labels: dict[str, str]) -> None:
        self.beginResetModel()
        self._matrix = project.code_matrix()
        self._codes = [(c, project.code_path(c)) for c, _depth in codes_in_tree_order(project)]
        keys = set(labels) | {k for counts in self._matrix.values() for k in counts}
        self._documents = sorted(((k, labels.get(k, k)) for k in keys), key=lambda d: (d[1], d[0]))
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
        if role != _DISPLAY:
            return None
        rows = self._documents if orientation == Qt.Orientation.Horizontal else self._codes
        return rows[section][1] if 0 <= section < len(rows) else None


class CodeManager(QWidget):
    cellActivated = Signal(str, str)  # code id, document key: open that code's segments there

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._labels: dict[str, str] = {}
        self._stale = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.refresh)
        self.tree_model, self.matrix_model = CodeTreeModel(self), CodeMatrixModel(self)
        self._build()
        self._connect()
        self.refresh()

    def _build(self) -> None:
        self.tree = QTreeView(self)
        self.tree.setModel(self.tree_model)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.SelectedClicked)
        self.matrix = QTableView(self)
        self.matrix.setModel(self.matrix_model)
        self.matrix.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.buttons = {name: QPushButton(text, self) for name, text in (
            ("create", self.tr("新建…")), ("rename", self.tr("重命名…")), ("recolour", self.tr("颜色…")),
            ("move", self.tr("移到…下")), ("merge", self.tr("合并")), ("delete", self.tr("删除")))}
        self.buttons["merge"].setToolTip(self.tr("选中两个编码：先选的并入后选的"))
        self.toolbar = QToolBar(self)
        for button in self.buttons.values():
            self.toolbar.addWidget(button)
        codes = QWidget(self)
        column = QVBoxLayout(codes)
        column.addWidget(self.toolbar)
        column.addWidget(self.tree, 1)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(codes, self.tr("编码"))
        self.tabs.addTab(self.matrix, self.tr("编码×文件"))
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.tabs)

    def _connect(self) -> None:
        self.session.changed.connect(self.refresh)
        self.tree_model.renameRequested.connect(self.rename, Qt.ConnectionType.QueuedConnection)
        self.tree_model.nestRequested.connect(self.move_under, Qt.ConnectionType.QueuedConnection)
        self.matrix.doubleClicked.connect(self._cell_activated)
        for name, slot in (("create", self.create), ("rename", self._ask_rename), ("recolour", self._ask_colour),
                           ("move", self._ask_parent), ("merge", self.merge_selected), ("delete", self.delete)):
            self.buttons[name].clicked.connect(slot)

    # -- public ------------------------------------------------------------------------------

    def set_documents(self, labels: dict[str, str]) -> None:
        """Document key -> the name shown for it in the matrix."""
        self._labels = dict(labels)
        self.refresh()

    def refresh(self, change=None) -> None:
        if change is not None and not (change.codes or change.annotations):
            return  # a memo: neither view shows it
        if change is not None:
            # Counting runs over every annotation: once for a burst of changes, after the change
            # is shown elsewhere, and not at all while the manager is hidden (it catches up when shown).
            self._stale = True
            if self.isVisible():
                self._timer.start()
            return
        self._stale = False
        project, current, chosen = self.session.project, self.current_code(), self.selected_codes()
        self.tree_model.set_project(project)
        self.tree.expandAll()
        self._reselect(current, chosen)
        self.matrix_model.set_project(project, self._labels)

    def _reselect(self, current: str | None, chosen: list[str]) -> None:
        """Keep the user's current and selected codes across a rebuild of the tree."""
        rows = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        selection = self.tree.selectionModel()
        for code_id in chosen:
            index = self.tree_model.index_of(code_id)
            if index.isValid():
                selection.select(index, rows)
        index = self.tree_model.index_of(current) if current else QModelIndex()
        if index.isValid():
            selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.NoUpdate)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start()

    def refresh_pending(self) -> bool:
        """Whether a change is not shown yet (it will be on the next turn of the event loop)."""
        return self._stale

    def selected_codes(self) -> list[str]:
        """Selected code ids, the current one last (the target of a merge)."""
        rows = self.tree.selectionModel().selectedRows(CodeTreeModel.NAME)
        ids = [i.data(CodeTreeModel.CodeIdRole) for i in rows]
        current = self.tree.currentIndex().siblingAtColumn(CodeTreeModel.NAME).data(CodeTreeModel.CodeIdRole)
        if current in ids:
            ids.remove(current)
            ids.append(current)
        return ids

    def current_code(self) -> str | None:
        return self.tree.currentIndex().siblingAtColumn(CodeTreeModel.NAME).data(CodeTreeModel.CodeIdRole)

    def create(self) -> None:
        current = self.current_code()
        start = self.session.project.code_path(current) + PATH_SEP if current else ""
        path, ok = QInputDialog.getText(self, self.tr("新建编码"), self.tr("编码路径（用 / 分级）："), text=start)
        path = normal_path(path) if ok else ""
        _ids, adds = code_ids_for_paths(self.session.project, [path]) if path else ([], [])
        if adds:
            self.session.attempt(self, self.session.run, Batch("add code", adds))
        elif path:
            QMessageBox.information(self, self.tr("新建编码"), self.tr("编码“{path}”已存在。").format(path=path))

    def rename(self, code_id: str, name: str) -> None:
        self.session.attempt(self, self.session.run, RenameCode(code_id, name))

    def move_under(self, code_id: str, parent_id: str | None) -> None:
        self.session.attempt(self, self.session.run, NestCode(code_id, parent_id))

    def merge_selected(self) -> None:
        ids = self.selected_codes()
        if len(ids) != 2:
            QMessageBox.information(self, self.tr("合并编码"), self.tr("请选中两个编码：先选的并入后选的。"))
            return
        self.session.attempt(self, self.session.run, MergeCodes(*ids))

    def delete(self) -> None:
        for code_id in self.selected_codes():
            if code_id in self.session.project.codes:  # a parent's deletion took it already
                self.session.attempt(self, self.session.run, DeleteCode(code_id))

    # -- asking ------------------------------------------------------------------------------

    def _ask_rename(self) -> None:
        code_id = self.current_code()
        if code_id is not None:
            old = self.session.project.codes[code_id].name
            name, ok = QInputDialog.getText(self, self.tr("重命名编码"), self.tr("新名称："), text=old)
            if ok and name.strip() and name.strip() != old:
                self.rename(code_id, name)

    def _ask_colour(self) -> None:
        code_id = self.current_code()
        if code_id is not None:
            old = QColor(self.session.project.codes[code_id].color)
            chosen = QColorDialog.getColor(old, self, self.tr("编码颜色"))
            if chosen.isValid() and chosen != old:
                self.session.attempt(self, self.session.run, RecolourCode(code_id, chosen.name()))

    def _ask_parent(self) -> None:
        code_id = self.current_code()
        if code_id is None:
            return
        project = self.session.project
        below = {code_id, *project.descendants(code_id)}
        choices = [(self.tr("（顶层）"), None)] + sorted(
            (project.code_path(c), c) for c in project.codes if c not in below)
        text, ok = QInputDialog.getItem(self, self.tr("移动编码"), self.tr("移到此编码下："),
                                        [t for t, _ in choices], 0, False)
        if ok:
            self.move_under(code_id, dict(choices)[text])

    def _cell_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.cellActivated.emit(index.data(CodeMatrixModel.CodeIdRole), index.data(CodeMatrixModel.DocKeyRole))
