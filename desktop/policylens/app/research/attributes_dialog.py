"""Research ▸ Document attributes: the corpus as an editable table of attributes.

One document or many at once: type a value and "Apply to selected" sets it in the current
column of every selected row, as one undoable step. New attributes of the researcher's own
(text, number, date, choice) are defined in the toolbar; CSV or XLSX export and import
(exchange/attribute_files.py) match rows by
document key or file name. Every edit, definition and import is one QUndoCommand, and each one
writes user/attributes.json atomically, as a change to the file's current contents (another
window or the command line may have written it since): a step and its undo touch only the
values it changed. The dialog reloads when the file changes on disk. The window passes its annotation session's stack, so
attribute edits are steps of the one Edit ▸ Undo history, named in the UI language; with no
session (annotations read only) the dialog keeps a stack of its own.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QFileSystemWatcher, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QToolButton, QVBoxLayout)

from ...core.attributes import KINDS, Definition, InvalidAttribute
from ...core.errors import PolicyLensError
from ...store.atomic import StoreError, file_stamp
from ...store.user_attributes import Delta, UserAttributes
from ..common.attribute_names import attribute_name
from ..common.error_text import error_text
from ..common.file_dialogs import ask_open_path, ask_save_path
from .attributes_model import AttributesModel


# The names of the steps, translated when shown (a language switch renames the steps already
# in the history: AnnotationSession.retranslate calls retranslate() on the steps it does not own).
STEP_NAMES = {"set": QT_TRANSLATE_NOOP("AttributeSteps", "设置属性 {name}"),
              "define": QT_TRANSLATE_NOOP("AttributeSteps", "定义属性 {name}"),
              "import": QT_TRANSLATE_NOOP("AttributeSteps", "导入属性")}


def step_name(kind: str, name: str = "") -> str:
    """A step's name in the UI language; an extracted attribute by its column header (地区, not place)."""
    shown = attribute_name(name)
    return QCoreApplication.translate("AttributeSteps", STEP_NAMES[kind]).format(name=shown)


class Change(QUndoCommand):
    """One step on the attributes: the values (and definitions) it changed, before and after;
    undo and redo put one side back over the file's current contents."""

    def __init__(self, dialog: "AttributesDialog", name: tuple, delta: Delta):
        kind, params = name
        super().__init__(step_name(kind, **params))
        self.dialog, self.delta, self.name = dialog, delta, name
        self.first = True  # pushed after the change was made: the first redo has nothing to do

    def retranslate(self) -> None:
        kind, params = self.name
        self.setText(step_name(kind, **params))

    def redo(self):
        if self.first:
            self.first = False
            return
        self.dialog.put_back(self.delta, 1)

    def undo(self):
        self.dialog.put_back(self.delta, 0)


class AttributesDialog(QDialog):
    def __init__(self, data_dir: Path, records: list[dict], parent=None, undo_stack: QUndoStack | None = None):
        super().__init__(parent)
        self.setObjectName("attributesDialog")
        self.setWindowTitle(self.tr("文档属性"))
        self.data_dir = Path(data_dir)
        self.attributes = UserAttributes(self.data_dir)
        self.undo_stack = undo_stack if undo_stack is not None else QUndoStack(self)
        self.model = AttributesModel(list(records), self.attributes, self.set_values, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the corpus order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 320))  # titles are long: the tooltip has it all
        self._build()
        self._watch_file()

    def _watch_file(self) -> None:
        """The user folder is watched, as the scope bar does (an atomic save replaces the file, so a
        watch on the file itself would end with its first save); only a change of this file counts."""
        self._stamp = file_stamp(self.attributes.path)
        self.attributes.path.parent.mkdir(parents=True, exist_ok=True)
        self._watcher = QFileSystemWatcher([str(self.attributes.path.parent)], self)
        self._pause = QTimer(self, singleShot=True, interval=200)  # one reload for a burst of writes
        self._watcher.directoryChanged.connect(lambda _path: self._pause.start())
        self._pause.timeout.connect(self.reload_if_changed)

    def reload_if_changed(self) -> bool:
        """Show the file as it is now if it changed since it was last read or written here."""
        stamp = file_stamp(self.attributes.path)
        if stamp == self._stamp:
            return False
        try:
            self.attributes.reload()
        except StoreError as exc:
            self.status.setText(error_text(exc))
            return False
        self._stamp = stamp
        self.model.refresh()
        return True

    def _build(self) -> None:
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.value_edit = QLineEdit(self)
        self.value_edit.setPlaceholderText(self.tr("值（空：清除）"))
        self.apply_button = QPushButton(self.tr("应用到所选"), self)
        self.apply_button.clicked.connect(self.apply_to_selected)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(self.tr("新属性名"))
        self.kind_box = QComboBox(self)
        for kind, text in zip(KINDS, (self.tr("文本"), self.tr("数字"), self.tr("日期"), self.tr("选项"))):
            self.kind_box.addItem(text, kind)
        self.choices_edit = QLineEdit(self)
        self.choices_edit.setPlaceholderText(self.tr("选项，用逗号分隔"))
        self.define_button = QPushButton(self.tr("定义属性"), self)
        self.define_button.clicked.connect(self.define)
        self.export_button = QPushButton(self.tr("导出…"), self)
        self.export_button.setToolTip(self.tr("写出每份文件的属性（CSV 或 XLSX），可在电子表格中编辑后导入"))
        self.export_button.clicked.connect(self.export_file)
        self.import_button = QPushButton(self.tr("导入…"), self)
        self.import_button.setToolTip(self.tr("读入导出格式的 CSV 或 XLSX：按文件键或文件名对应，只改与当前不同的值"))
        self.import_button.clicked.connect(self.import_file)
        undo = self.undo_stack.createUndoAction(self, self.tr("撤销"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("重做"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        self.addActions([undo, redo])
        self.undo_button, self.redo_button = QToolButton(self), QToolButton(self)
        self.undo_button.setDefaultAction(undo)
        self.redo_button.setDefaultAction(redo)
        self.status = QLabel(self)
        top = QHBoxLayout()
        for widget in (self.filter_edit, self.value_edit, self.apply_button, self.undo_button, self.redo_button):
            top.addWidget(widget)
        define = QHBoxLayout()
        for widget in (self.name_edit, self.kind_box, self.choices_edit, self.define_button, self.export_button,
                       self.import_button):
            define.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(define)
        layout.addWidget(self.status)

    def keyPressEvent(self, event):
        # Ctrl+Z reaches here when the key went to a cell while the dialog was not the active
        # window (the actions' shortcuts answer only in the active one).
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo_stack.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.undo_stack.redo()
        else:
            super().keyPressEvent(event)

    # --- edits ------------------------------------------------------------------------------
    def set_values(self, name: str, keys: list[str], value: str) -> bool:
        """Set one attribute in these documents as one undoable step; False (and why, on screen)
        when the value is not one the attribute takes."""
        try:  # checked against the definitions in the file now: another window may have changed them
            return self._change(("set", {"name": name}), lambda a: [a.set(key, name, value) for key in keys]) is not None
        except InvalidAttribute as exc:
            self.status.setText(error_text(exc))
            return False

    def put_back(self, delta: Delta, side: int) -> None:
        """Undo (side 0) or redo (side 1) a step over the file's current contents."""
        self._write(lambda: self.attributes.apply(delta, side))

    def _change(self, name: tuple, change):
        """Apply change(attributes) to the file's current contents, show it, and make it one step of
        the undo stack (name is (kind, params) of STEP_NAMES). Returns change's result; None when
        it could not be saved. InvalidAttribute goes to the caller."""
        done = self._write(lambda: self.attributes.update(change))
        if done is None:
            return None
        result, delta = done
        if delta:
            self.undo_stack.push(Change(self, name, delta))
        return result

    def _write(self, write):
        try:
            done = write()
        except (OSError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("文档属性"), self.tr("无法保存属性：{error}").format(error=error_text(exc)))
            done = None
        self._stamp = file_stamp(self.attributes.path)
        self.model.refresh()
        return done

    def apply_to_selected(self) -> bool:
        column = self.table.currentIndex().column()
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.table.selectionModel().selectedIndexes()})
        if column < 0 or not rows:
            self.status.setText(self.tr("先选择一列中的单元格"))
            return False
        keys = [self.model.records[r]["key"] for r in rows]
        return self.set_values(self.model.names[column], keys, self.value_edit.text())

    def define(self) -> bool:
        choices = tuple(c.strip() for c in self.choices_edit.text().replace("，", ",").split(",") if c.strip())
        name = self.name_edit.text().strip()
        try:
            definition = Definition(name, self.kind_box.currentData(), choices)
            if self._change(("define", {"name": name}), lambda a: a.define(definition) or True) is None:
                return False
        except InvalidAttribute as exc:
            self.status.setText(error_text(exc))
            return False
        self.name_edit.clear()
        return True

    # --- files (CSV, XLSX) --------------------------------------------------------------------
    def export_file(self, path: Path | None = None) -> Path | None:
        """Write the table as CSV or XLSX (by the name's suffix); path None asks for it (the
        button's click passes False)."""
        from ...exchange.attribute_files import write_attributes

        path = path or None
        if path is None:
            chosen = ask_save_path(self, self.tr("导出属性"), "attributes",
                                   [self.tr("XLSX 工作簿 (*.xlsx)"), self.tr("CSV (*.csv)")])
            path = chosen[0] if chosen else None
        if path:
            self.reload_if_changed()  # what the file holds now, should the watcher not have told yet
            try:
                count = write_attributes(self.attributes, self.model.records, path)
            except PolicyLensError as exc:
                self.status.setText(error_text(exc))
                return None
            self.status.setText(self.tr("已导出 {count} 个文档").format(count=count))
        return path

    def import_file(self, path: Path | None = None) -> int:
        from ...exchange.attribute_files import read_table

        path = path or ask_open_path(self, self.tr("导入属性"), self.tr("属性表 (*.xlsx *.csv)"))
        if not path:
            return 0
        try:
            header, lines = read_table(path)
        except PolicyLensError as exc:
            self.status.setText(error_text(exc))
            return 0
        records = self.model.records
        changed, problems = self._change(("import", {}),
                                         lambda a: a.read_table(header, lines, records)) or (0, [])
        self.status.setText(self.tr("已导入 {count} 个值").format(count=changed)
                            + (self.tr("；{count} 个问题：{first}").format(count=len(problems), first=problems[0])
                               if problems else ""))
        return changed
