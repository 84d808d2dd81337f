"""Two whole documents side by side, clause by clause, like a diff tool.

One table, one row per aligned pair (core.document_pairing): a clause the other document has
not is an empty hatched block on that side. Both columns are one table, so they always scroll
together and a row's two sides stay level. Beside the scroll bar, the change map marks every
changed row; F7 and Shift+F7 go to the next and previous difference. The pairing and the word
diffs are computed on a worker thread, and only the rows in view are measured exactly (the others
have estimated heights, two_doc_heights): the window paints at once, and a large document does
not freeze it.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel,
                               QMessageBox, QTableView, QToolBar, QVBoxLayout, QWidget)

from ...core.annotations import Project
from ...core.document import Document
from ...core.places import place_label
from ...exchange.reports import document_diff
from ...exchange.reports.comparison_print import clause_notes, printable_html
from ...exchange.context import ExchangeError
from ..common.runner import BackgroundWidget
from ..common.file_dialogs import ask_save_path
from ..common.printing import pdf_printer, print_page
from .change_map import ChangeMap
from .two_doc_delegate import CellDelegate
from .two_doc_heights import RowHeights
from .title_combo import TitleCombo
from .print_labels import print_labels
from .two_doc_model import Comparison, TwoDocModel, compare_documents, kind_label, translate
from ..common.window_geometry import show_tool_window
from ..common.error_text import error_text

OpenDocument = Callable[[str], Document]


class TwoDocView(BackgroundWidget):
    computed = Signal()  # the table shows the comparison of the chosen documents
    clauseActivated = Signal(str, str)  # document key, clause id: a row's side was activated

    def __init__(self, records: list[dict], open_document: OpenDocument, key_a: str, key_b: str,
                 data_dir: Path | None = None, parent=None, project: Callable[[], Project | None] | None = None):
        """project gives the annotations whose notes the printed report shows (None: no notes)."""
        super().__init__(parent)
        self._open, self._data_dir, self._project = open_document, data_dir, project
        self._background.finished.connect(self._show)
        self._background.failed.connect(self._failed)
        self.model = TwoDocModel(self)
        self._build(records)
        self._select(self.combo_a, key_a)
        self._select(self.combo_b, key_b)
        self.combo_a.activated.connect(lambda _i: self.recompute())
        self.combo_b.activated.connect(lambda _i: self.recompute())
        self.recompute()

    # -- building ------------------------------------------------------------------------------

    def _build(self, records: list[dict]) -> None:
        self.combo_a, self.combo_b = TitleCombo(self), TitleCombo(self)
        for combo in (self.combo_a, self.combo_b):
            for record in records:
                combo.addItem(_record_label(record), record["key"])
                combo.setItemData(combo.count() - 1, record.get("title", ""), Qt.ItemDataRole.ToolTipRole)
        self.toolbar = QToolBar(self)
        self.swap_action = self._action(self.tr("交换左右"), self.swap, self.tr("交换左右两份文件"))
        self.previous_action = self._action(self.tr("上一处差异"), lambda: self.go_difference(-1),
                                            self.tr("上一处差异 (Shift+F7)"), QKeySequence("Shift+F7"))
        self.next_action = self._action(self.tr("下一处差异"), lambda: self.go_difference(1),
                                        self.tr("下一处差异 (F7)"), QKeySequence("F7"))
        self.only_action = self._action(self.tr("只看差异"), self.set_only_differences,
                                        self.tr("隐藏文字相同的条款"), checkable=True)
        self.html_action = self._action(self.tr("导出 HTML…"), self._ask_export_html)
        self.xlsx_action = self._action(self.tr("导出 XLSX…"), self._ask_export_xlsx)
        self.pdf_action = self._action(self.tr("导出 PDF…"), self._ask_export_pdf)
        self.print_action = self._action(self.tr("打印…"), self.print_report, self.tr("打印对照报告"))
        self.toolbar.addWidget(self.combo_a)
        self.toolbar.addAction(self.swap_action)
        self.toolbar.addWidget(self.combo_b)
        for group in ((self.previous_action, self.next_action), (self.only_action,), self._output_actions()):
            self.toolbar.addSeparator()
            for action in group:
                self.toolbar.addAction(action)
        self.status_label = QLabel(self)
        self.table = self._table()
        self.change_map = ChangeMap(self.table, self)
        self.change_map.rowClicked.connect(self.go_to_row)
        body = QHBoxLayout()
        body.setSpacing(0)
        body.addWidget(self.table, 1)
        body.addWidget(self.change_map)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_label)

    def _output_actions(self) -> tuple[QAction, ...]:
        return self.html_action, self.xlsx_action, self.pdf_action, self.print_action

    def _action(self, text: str, slot, tip: str = "", key: QKeySequence | None = None, checkable=False) -> QAction:
        action = QAction(text, self)
        action.setToolTip(tip or text)
        action.setCheckable(checkable)
        if key is not None:
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot if checkable else lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _table(self) -> QTableView:
        table = QTableView(self)
        table.setModel(self.model)
        self.delegate = CellDelegate(table)
        table.setItemDelegate(self.delegate)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setWordWrap(True)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.heights = RowHeights(table, self.model, self.delegate)  # estimated, exact where in view
        table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        table.verticalHeader().setFixedWidth(24)  # one mark (= ~ - +): the columns keep their width
        # Heights are cached per width; a scroll bar that comes and goes would measure the rows again.
        table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        table.activated.connect(self._activated)
        return table

    # -- computing -----------------------------------------------------------------------------

    def keys(self) -> tuple[str, str]:
        return self.combo_a.currentData(), self.combo_b.currentData()

    def recompute(self) -> None:
        """Compare the two chosen documents again, on a worker thread."""
        key_a, key_b = self.keys()
        try:
            doc_a, doc_b = self._open(key_a), self._open(key_b)
        except Exception as exc:  # a document the store cannot open: say which and why
            self._failed(error_text(exc))
            return
        self.status_label.setText(self.tr("正在比较…"))
        for action in (*self._output_actions(), self.swap_action):
            action.setEnabled(False)
        data_dir = self._data_dir
        self._background.start(lambda _job: compare_documents(doc_a, doc_b, data_dir))  # the latest choice wins

    def _show(self, comparison: Comparison) -> None:
        self.model.set_comparison(comparison)
        self._after_reset()
        for action in (*self._output_actions(), self.swap_action):
            action.setEnabled(True)
        self.computed.emit()

    def _failed(self, message: str) -> None:
        self.status_label.setText(self.tr("比较失败：{message}").format(message=message))

    def _after_reset(self) -> None:
        self.change_map.set_statuses(self.model.statuses())
        self._show_counts()
        if self.model.rowCount():
            self.go_to_row(0)

    def _show_counts(self) -> None:
        statuses = self.model.comparison.rows if self.model.comparison else []
        kinds = [document_diff.status(row) for row in statuses]
        self.status_label.setText(self.tr("{pairs} 对条款，其中 {changed} 对有改动；只在左侧 {a} 条，只在右侧 {b} 条").format(
            pairs=kinds.count("equal") + kinds.count("changed"), changed=kinds.count("changed"),
            a=kinds.count("only_a"), b=kinds.count("only_b")))

    # -- navigating ----------------------------------------------------------------------------

    def current_row(self) -> int:
        return self.table.currentIndex().row()

    def go_to_row(self, row: int) -> None:
        index = self.model.index(row, max(self.table.currentIndex().column(), 0))
        if index.isValid():
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtTop)
            self.heights.settle()  # the rows now in view, exact before they are painted

    def go_difference(self, step: int) -> None:
        """To the next (1) or previous (-1) row that differs; stays put past the last one."""
        found = self.model.next_difference(self.current_row(), step)
        if found is None:
            self.status_label.setText(self.tr("没有更多差异了") if step > 0 else self.tr("前面没有差异了"))
            return
        self.go_to_row(found)

    def swap(self) -> None:
        row = self.current_row()
        self.model.swap()
        a, b = self.combo_a.currentIndex(), self.combo_b.currentIndex()
        self.combo_a.setCurrentIndex(b)
        self.combo_b.setCurrentIndex(a)
        self._after_reset()
        self.go_to_row(max(row, 0))

    def set_only_differences(self, only: bool) -> None:
        current = self.current_row()
        source = self.model.source_row(current) if current >= 0 else None
        self.model.set_only_differences(bool(only))
        self.change_map.set_statuses(self.model.statuses())
        found = self.model.row_of_source(source) if source is not None else None
        if found is None and source is not None:  # the current row was hidden: the next shown one
            found = next((r for r in range(self.model.rowCount()) if self.model.source_row(r) > source), None)
        self.go_to_row(found if found is not None else 0)

    def _activated(self, index: QModelIndex) -> None:
        found = self.model.clause_at(index)
        if found is not None:
            self.clauseActivated.emit(*found)

    # -- export --------------------------------------------------------------------------------

    def export_html(self, path: str | Path) -> None:
        """The whole comparison (not only what the filter shows) as one HTML file, atomically."""
        comparison = self._comparison()
        document_diff.write_html(Path(path), comparison.doc_a, comparison.doc_b, comparison.rows,
                                 kind_label, comparison.moved)

    def export_xlsx(self, path: str | Path) -> None:
        comparison = self._comparison()
        document_diff.write_xlsx(Path(path), comparison.doc_a, comparison.doc_b, comparison.rows, kind_label)

    def report_html(self) -> str:
        """The whole comparison as a page to print: both documents, the counts, every pair, the notes."""
        comparison = self._comparison()
        project = self._project() if self._project else None
        notes = clause_notes(project.annotations.values(), (comparison.doc_a.key, comparison.doc_b.key)) if project else {}
        return printable_html(comparison.doc_a, comparison.doc_b, comparison.rows, print_labels(), kind_label,
                              comparison.moved, notes)

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the comparison; printer None asks for one in Qt's print dialog."""
        return print_page(self, self.report_html(), printer)

    def export_pdf(self, path: str | Path) -> None:
        self.print_report(pdf_printer(Path(path)))

    def _comparison(self) -> Comparison:
        if self.model.comparison is None:
            raise ExchangeError(self.tr("比较尚未完成"))
        return self.model.comparison

    def _ask_export_html(self) -> None:
        self._ask_export(self.tr("导出 HTML"), self.tr("HTML 文件 (*.html)"), self.export_html)

    def _ask_export_xlsx(self) -> None:
        self._ask_export(self.tr("导出 XLSX"), self.tr("Excel 工作簿 (*.xlsx)"), self.export_xlsx)

    def _ask_export_pdf(self) -> None:
        self._ask_export(self.tr("导出 PDF"), self.tr("PDF 文件 (*.pdf)"), self.export_pdf)

    def _ask_export(self, title: str, kinds: str, write) -> None:
        labels = [self.combo_a.currentText(), self.combo_b.currentText()]
        asked = ask_save_path(self, title, self.tr("{a} 对比 {b}").format(a=labels[0], b=labels[1]), [kinds])
        if asked is None:
            return
        path = str(asked[0])
        try:
            write(path)
        except (OSError, ExchangeError) as exc:
            QMessageBox.warning(self, self.tr("导出失败"), error_text(exc))

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        at = combo.findData(key)
        combo.setCurrentIndex(at if at >= 0 else 0)


def _record_label(record: dict) -> str:
    place = place_label(record.get("place") or "", record.get("level") or "") or record["key"]
    return f"{place} · {record.get('title') or record['key']}"


def open_two_docs(parent: QWidget | None, records: list[dict], open_document: OpenDocument, key_a: str,
                  key_b: str, data_dir: Path | None = None,
                  project: Callable[[], Project | None] | None = None) -> TwoDocView:
    """How the main window opens the view: a window of its own, closed with its parent."""
    view = TwoDocView(records, open_document, key_a, key_b, data_dir, parent, project)
    return show_tool_window(view, translate("TwoDocView", "比较两份文件"), 1300, 820)
