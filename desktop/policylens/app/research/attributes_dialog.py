"""Research ▸ Document attributes: the corpus as an editable table of attributes.

One document or many at once: type a value and "Apply to selected" sets it in the current
column of every selected row, as one undoable step. New attributes of the researcher's own
(text, number, date, choice) are defined in the toolbar; CSV export and import match rows by
document key or file name. Every edit, definition and import is one QUndoCommand, and each one
writes user/attributes.json atomically. The window passes its annotation session's stack, so
attribute edits are steps of the one Edit ▸ Undo history, named in the UI language; with no
session (annotations read only) the dialog keeps a stack of its own.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QTableView, QToolButton, QVBoxLayout)

from ...core.attributes import KINDS, Definition, InvalidAttribute
from ...store.atomic import StoreError
from ...store.user_attributes import UserAttributes
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
    """One step on the attributes: the values (and definitions) before and after it; undo and
    redo put one or the other back and save. The whole table is small: copies cost nothing."""

    def __init__(self, dialog: "AttributesDialog", name: tuple, before: tuple, after: tuple):
        kind, params = name
        super().__init__(step_name(kind, **params))
        self.dialog, self.before, self.after, self.name = dialog, before, after, name
        self.first = True  # pushed after the change was made: the first redo has nothing to do

    def retranslate(self) -> None:
        kind, params = self.name
        self.setText(step_name(kind, **params))

    def redo(self):
        if self.first:
            self.first = False
            return
        self.dialog.restore(self.after)

    def undo(self):
        self.dialog.restore(self.before)


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
        self.export_button = QPushButton(self.tr("导出 CSV…"), self)
        self.export_button.clicked.connect(self.export_csv)
        self.import_button = QPushButton(self.tr("导入 CSV…"), self)
        self.import_button.clicked.connect(self.import_csv)
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
        try:
            checked = self.attributes.definitions[name].check(value) if name in self.attributes.definitions else value
        except InvalidAttribute as exc:
            self.status.setText(error_text(exc))
            return False
        before = self.snapshot()
        for key in keys:
            self.attributes.set(key, name, checked)
        self._changed(("set", {"name": name}), before)
        return True

    def snapshot(self) -> tuple:
        return dict(self.attributes.definitions), {k: dict(v) for k, v in self.attributes.values.items()}

    def restore(self, state: tuple) -> None:
        definitions, values = state
        self.attributes.definitions = dict(definitions)
        self.attributes.values = {k: dict(v) for k, v in values.items()}
        self._save()
        self.model.refresh()

    def _changed(self, name: tuple, before: tuple) -> None:
        """Save what was just changed, show it, and make it one step of the undo stack;
        name is (kind, params) of STEP_NAMES."""
        self._save()
        self.model.refresh()
        self.undo_stack.push(Change(self, name, before, self.snapshot()))

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
        before = self.snapshot()
        try:
            self.attributes.define(Definition(self.name_edit.text().strip(), self.kind_box.currentData(), choices))
        except InvalidAttribute as exc:
            self.status.setText(error_text(exc))
            return False
        self._changed(("define", {"name": self.name_edit.text().strip()}), before)
        self.name_edit.clear()
        return True

    def _save(self) -> None:
        try:
            self.attributes.save()
        except (OSError, StoreError) as exc:
            QMessageBox.warning(self, self.tr("文档属性"), self.tr("无法保存属性：{error}").format(error=exc))

    # --- CSV --------------------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> Path | None:
        """Write the table as CSV; path None asks for it (the button's click passes False)."""
        path = path or None
        if path is None:
            chosen = ask_save_path(self, self.tr("导出属性"), "attributes", [self.tr("CSV (*.csv)")])
            path = chosen[0] if chosen else None
        if path:
            Path(path).write_text(self.attributes.to_csv(self.model.records), "utf-8", newline="")
            self.status.setText(self.tr("已导出 {count} 个文档").format(count=len(self.model.records)))
        return path

    def import_csv(self, path: Path | None = None) -> int:
        path = path or ask_open_path(self, self.tr("导入属性"), self.tr("CSV (*.csv)"))
        if not path:
            return 0
        try:
            text = Path(path).read_text("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.status.setText(self.tr("无法读取 {file}：{error}").format(file=path, error=exc))
            return 0
        before = self.snapshot()
        changed, problems = self.attributes.read_csv(text, self.model.records)
        if changed:
            self._changed(("import", {}), before)
        self.status.setText(self.tr("已导入 {count} 个值").format(count=changed)
                            + (self.tr("；{count} 个问题：{first}").format(count=len(problems), first=problems[0])
                               if problems else ""))
        return changed
