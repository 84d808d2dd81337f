"""The codes of the project: a tree with counts to create, rename, recolour, nest, merge and delete
codes, and the code × document matrix (how many segments of each code in each document).

Each action is a core command run through the session, so all of them are undoable; the models
(code_tree_model.py, code_matrix_model.py) are rebuilt from the project when the session says
codes or annotations changed.
"""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (QAbstractItemView, QColorDialog, QInputDialog, QMessageBox, QPushButton,
                               QTableView, QTabWidget, QToolBar, QTreeView, QVBoxLayout, QWidget)

from ...core.annotation_commands import Batch
from ...core.annotations import PATH_SEP
from ...core.code_commands import DeleteCode, MergeCodes, NestCode, RecolourCode, RenameCode, code_ids_for_paths
from .annotation_editor import normal_path
from .annotation_session import AnnotationSession
from .code_matrix_model import CodeMatrixModel
from .code_tree_model import CodeTreeModel


class CodeManager(QWidget):
    cellActivated = Signal(str, str)  # code id, document key: open that code's segments there

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self._labels: dict[str, str] = {}
        self._headers: dict[str, str] = {}
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

    def set_documents(self, labels: dict[str, str], headers: dict[str, str] | None = None) -> None:
        """Document key -> its full name (the matrix's tooltips) and its column's short name."""
        self._labels, self._headers = dict(labels), dict(headers or {})
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
        self.matrix_model.set_project(project, self._labels, self._headers)

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
