"""The user's agency alias table, edited in Preferences, and the re-analysis that applies it.

The user's entries (DATA_DIR/agency_aliases.json) are editable; the bundled table is shown
read-only beside them, and one of its entries can be copied over to extend it (the copy then
replaces it). Saving checks the table first and writes it in one step; the stored documents
are then analysed again off the UI thread, so highlights, roles and the agency index use it.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QProgressDialog,
                               QPushButton, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.aliases import bundled_entries, claimed_names, entry_names
from ...store.atomic import StoreError
from ...store.user_aliases import AliasEntry, Problem, problems, read_user_aliases, split_aliases, write_user_aliases
from ..common import styles
from ..common.runner import Runner
from ..common.error_text import error_text

CANONICAL, ALIASES, LOCAL = range(3)
LIST_SEPARATOR = "、"


class AliasEditor(QWidget):
    def __init__(self, data_dir: Path, parent=None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.modified = False
        self.table = self._table(editable=True)
        self.bundled = self._table(editable=False)
        self.bundled_filter = QLineEdit(self)
        self.bundled_filter.setPlaceholderText(self.tr("筛选内置表…"))
        self.bundled_filter.setClearButtonEnabled(True)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.add_button = QPushButton(self.tr("添加"), self)
        self.remove_button = QPushButton(self.tr("删除"), self)
        self.copy_button = QPushButton(self.tr("复制到我的表"), self)
        self.copy_button.setToolTip(self.tr("把所选内置条目复制到你的表中加以扩充；你的条目将取代它"))
        for button in (self.add_button, self.remove_button, self.copy_button):
            button.setAutoDefault(False)  # Return in the table must not press them
        self._build()
        self._connect()
        self.load()

    def _table(self, editable: bool) -> QTableWidget:
        table = QTableWidget(0, 3, self)
        table.setHorizontalHeaderLabels([self.tr("规范名称"), self.tr("别名（用逗号或、分隔）"), self.tr("地方部门")])
        table.horizontalHeaderItem(LOCAL).setToolTip(
            self.tr("地方政府的部门：在“市发改委、财政局”这样的列表中沿用前一个名称的“市”"))
        table.verticalHeader().hide()
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = table.horizontalHeader()
        header.setSectionResizeMode(CANONICAL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ALIASES, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(LOCAL, QHeaderView.ResizeMode.ResizeToContents)
        if not editable:
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        return table

    def _build(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        mine = QWidget(self)
        top = QVBoxLayout(mine)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(QLabel(self.tr("我的单位别名（优先于内置表；保存后重新分析全部文件）："), mine))
        top.addWidget(self.table, 1)
        top.addLayout(buttons)
        top.addWidget(self.message)
        reference = QWidget(self)
        bottom = QVBoxLayout(reference)
        bottom.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("内置表（只读）："), reference))
        row.addWidget(self.bundled_filter, 1)
        row.addWidget(self.copy_button)
        bottom.addLayout(row)
        bottom.addWidget(self.bundled, 1)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(mine)
        splitter.addWidget(reference)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(splitter)

    def _connect(self) -> None:
        self.add_button.clicked.connect(lambda: self.add_entry(AliasEntry("")))
        self.remove_button.clicked.connect(self.remove_selected)
        self.copy_button.clicked.connect(self.copy_selected)
        self.bundled_filter.textChanged.connect(self._filter_bundled)
        self.table.itemChanged.connect(self._changed)

    # --- contents -----------------------------------------------------------------------------
    def load(self) -> None:
        try:
            entries = read_user_aliases(self.data_dir)
        except StoreError as exc:  # never written over: the user fixes or removes the file
            self.table.setEnabled(False)
            for button in (self.add_button, self.remove_button, self.copy_button):
                button.setEnabled(False)
            self.show_message(self.tr("无法读取你的单位别名表：{error}").format(error=error_text(exc)))
            entries = []
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        for entry in entries:
            self._append(entry)
        self.table.blockSignals(False)
        self._fill_bundled()
        self.modified = False

    def _append(self, entry: AliasEntry) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, CANONICAL, QTableWidgetItem(entry.canonical))
        self.table.setItem(row, ALIASES, QTableWidgetItem(LIST_SEPARATOR.join(entry.aliases)))
        local = QTableWidgetItem()
        local.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
        local.setCheckState(Qt.CheckState.Checked if entry.local else Qt.CheckState.Unchecked)
        self.table.setItem(row, LOCAL, local)
        return row

    def add_entry(self, entry: AliasEntry) -> int:
        """Add a row (empty for the Add button) and start editing its first empty cell."""
        self.table.blockSignals(True)
        row = self._append(entry)
        self.table.blockSignals(False)
        self._changed()
        column = CANONICAL if not entry.canonical else ALIASES
        self.table.setCurrentCell(row, column)
        self.table.editItem(self.table.item(row, column))
        return row

    def remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self._changed()

    def copy_selected(self) -> None:
        """The selected bundled entries into the user's table, to extend them there."""
        for index in self.bundled.selectionModel().selectedRows():
            entry = self.bundled.item(index.row(), CANONICAL).data(Qt.ItemDataRole.UserRole)
            self.add_entry(AliasEntry.from_json(entry))

    def finish_editing(self) -> None:
        """Commit a cell still being edited (its delegate commits Return only on the next turn)."""
        editor = self.table.indexWidget(self.table.currentIndex())
        if editor is not None and self.table.state() == QAbstractItemView.State.EditingState:
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def entries(self) -> list[AliasEntry]:
        """The rows as entries; a row left wholly empty is no entry."""
        found = []
        for row in range(self.table.rowCount()):
            canonical = self.table.item(row, CANONICAL).text().strip()
            aliases = tuple(split_aliases(self.table.item(row, ALIASES).text()))
            if canonical or aliases:
                local = self.table.item(row, LOCAL).checkState() == Qt.CheckState.Checked
                found.append(AliasEntry(canonical, aliases, local))
        return found

    def _changed(self, _item=None) -> None:
        self.modified = True
        self.show_message("")
        self._fill_bundled()

    def _fill_bundled(self) -> None:
        """The bundled entries; those the user's entries replace are greyed, with the reason."""
        claimed = claimed_names([e.to_json() for e in self._named_entries()])
        entries = bundled_entries()
        self.bundled.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            replaced = bool(entry_names(entry) & claimed)
            values = (entry["canonical"], LIST_SEPARATOR.join(entry["aliases"]), "✓" if entry.get("local", True) else "")
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, entry)
                if replaced:
                    font = QFont(item.font())
                    font.setStrikeOut(True)
                    item.setFont(font)
                    item.setToolTip(self.tr("已由你的条目取代"))
                self.bundled.setItem(row, column, item)
        self._filter_bundled(self.bundled_filter.text())

    def _named_entries(self) -> list[AliasEntry]:
        return [e for e in self.entries() if e.canonical]

    def _filter_bundled(self, text: str) -> None:
        for row in range(self.bundled.rowCount()):
            cells = self.bundled.item(row, CANONICAL).text() + self.bundled.item(row, ALIASES).text()
            self.bundled.setRowHidden(row, bool(text) and text.strip() not in cells)

    # --- checking and saving ------------------------------------------------------------------
    def check(self) -> bool:
        """True if the table can be saved; else the first problem is shown and its cell selected."""
        self.finish_editing()
        entries = self.entries()
        found = problems(entries)
        if not found:
            return True
        problem = found[0]
        rows = [r for r in range(self.table.rowCount()) if self.table.item(r, CANONICAL).text().strip()
                or self.table.item(r, ALIASES).text().strip()]  # entries() skips empty rows
        self.show_message(self.problem_text(problem, entries), error=True)
        self.table.setCurrentCell(rows[problem.row], CANONICAL if problem.kind != "alias-claimed" else ALIASES)
        return False

    def problem_text(self, problem: Problem, entries: list[AliasEntry]) -> str:
        row, other = problem.row + 1, problem.other_row + 1
        if problem.kind == "empty-name":
            return self.tr("第 {row} 行：规范名称不能为空。").format(row=row)
        if problem.kind == "duplicate-name":
            return self.tr("第 {row} 行：规范名称“{name}”与第 {other} 行重复。").format(
                row=row, name=problem.name, other=other)
        return self.tr("第 {row} 行：“{name}”已属于第 {other} 行的“{canonical}”，一个名称只能对应一个单位。").format(
            row=row, name=problem.name, other=other, canonical=entries[problem.other_row].canonical)

    def show_message(self, text: str, error: bool = False) -> None:
        colour = styles.colours().damaged if error else "palette(window-text)"
        self.message.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.message.setText(text)

    def save(self) -> bool:
        """Write the table if it changed and is valid; False if there was nothing to write."""
        self.finish_editing()
        if not self.modified or not self.table.isEnabled():
            return False
        write_user_aliases(self.data_dir, self.entries())
        self.modified = False
        return True


class Reanalysis(QObject):
    """Analyse the window's stored documents again with the saved alias table, off the UI thread,
    behind a window-modal progress dialog (nothing may import meanwhile), then refresh the window."""

    finished = Signal(int)  # documents re-analysed
    failed = Signal(str)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._runner = Runner(self, "policylens-reanalysis")
        self._runner.progress.connect(self._advance)
        self._runner.finished.connect(self._finish)
        self._runner.failed.connect(self._failed)
        window.shuttingDown.connect(self.wait)

    def start(self) -> bool:
        window = self.window
        if window.import_dialog.is_running():
            window.statusBar().showMessage(self.tr("导入尚未结束：请在导入完成后再保存单位别名表"), 0)
            return False
        window.summaries.shutdown()  # it would put summaries made with the old table back
        self.progress = QProgressDialog(self.tr("正在按新的单位别名重新分析 {n} 份文件…", "", len(window.records)).format(
            n=len(window.records)), "", 0, len(window.records), window)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.show()
        # the run is not cancelled: a store analysed half-way is avoided
        workspace = window.corpus_source.workspace.separate()  # its own store, on the worker thread
        self._runner.start(lambda job: workspace.reanalyse(lambda n, total, _key: job.report(n, total)))
        return True

    def _advance(self, n: int, total: int, _text: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(n)

    def running(self) -> bool:
        return self._runner.busy()

    def wait(self) -> None:
        """The window closes (or is rebuilt in another language): let the re-analysis end, so the
        store is left whole, and leave the corpus ready for the next window."""
        if self.running():
            self._runner.shutdown()  # waits for the run's end; what it says is dropped
            self.window.corpus_source.forget_analysis()

    def _failed(self, error: str) -> None:  # a damaged store ends the run with its message
        self.progress.close()
        message = self.tr("重新分析失败：{error}").format(error=error)
        self.window.statusBar().showMessage(message, 0)
        self.failed.emit(message)

    def _finish(self, result: int) -> None:
        self.progress.close()
        window = self.window
        window.corpus_source.forget_analysis()
        window.imported([r["key"] for r in window.records])
        window.statusBar().showMessage(self.tr("已按新的单位别名重新分析 {n} 份文件", "", result).format(n=result), 0)
        self.finished.emit(result)
