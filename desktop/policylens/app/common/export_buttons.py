"""Export buttons shared by the matrix, diffusion and agency windows: a file of what is shown.

The window gives a function that builds the neutral table (exchange.reports.matrix_table, for
HTML or XLSX; or any table with a `write` of its own, as the agency panel's CSV/XLSX); the file
name comes from a save dialog (ask_path, which tests replace) and the file is written
atomically by the exchange writers. Where it went, or why it failed, is said beside the
buttons; a failed write leaves nothing half-written.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from .file_dialogs import ask_save_path

FORMATS = ("html", "xlsx")


class ExportButtons(QWidget):
    exported = Signal(str, str)  # format, path
    failed = Signal(str)  # the message

    def __init__(self, table_for: Callable[[], object | None], suggested_name: Callable[[], str], parent=None,
                 formats: tuple[str, ...] = FORMATS, write: Callable[[object, str, Path], None] | None = None):
        """write(table, fmt, path) writes a table (default: the matrix writers, HTML or XLSX)."""
        super().__init__(parent)
        self._table_for, self._suggested_name = table_for, suggested_name
        self._write = write or write_table
        texts = {"html": self.tr("导出 HTML…"), "xlsx": self.tr("导出 XLSX…"), "csv": self.tr("导出 CSV…"),
                 "docx": self.tr("导出 DOCX…"),
                 "png": self.tr("导出 PNG…"), "svg": self.tr("导出 SVG…"), "graphml": self.tr("导出 GraphML…"),
                 "gexf": self.tr("导出 GEXF…")}
        self.buttons = {fmt: QPushButton(texts[fmt], self) for fmt in formats}
        self.message = QLabel(self)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.message, 1)  # the buttons keep their own width
        for fmt, button in self.buttons.items():
            button.clicked.connect(lambda _checked=False, fmt=fmt: self.ask_and_export(fmt))
            row.addWidget(button)
        self.set_ready(False)

    def set_ready(self, ready: bool) -> None:
        for button in self.buttons.values():
            button.setEnabled(ready)

    def ask_path(self, fmt: str) -> str:
        """The file to write, or "" if the user cancels (tests replace this)."""
        filters = {"html": self.tr("网页 (*.html)"), "xlsx": self.tr("Excel 工作簿 (*.xlsx)"),
                   "csv": self.tr("CSV 表格 (*.csv)"), "docx": self.tr("Word 文档 (*.docx)"),
                   "png": self.tr("PNG 图片 (*.png)"),
                   "svg": self.tr("SVG 矢量图 (*.svg)"), "graphml": self.tr("GraphML 图 (*.graphml)"),
                   "gexf": self.tr("GEXF 图 (*.gexf)")}
        asked = ask_save_path(self, self.tr("导出"), self._suggested_name(), [filters[fmt]])
        return str(asked[0]) if asked else ""

    def ask_and_export(self, fmt: str) -> None:
        path = self.ask_path(fmt)
        if path:
            self.export(fmt, Path(path))

    def export(self, fmt: str, path: Path) -> bool:
        table = self._table_for()
        if table is None:
            return False
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        try:
            self._write(table, fmt, path)
        except OSError as exc:
            self.message.setText(self.tr("无法写入 {path}：{error}").format(path=path, error=exc.strerror or exc))
            self.failed.emit(self.message.text())
            return False
        self.message.setText(self.tr("已导出到 {path}").format(path=path))
        self.exported.emit(fmt, str(path))
        return True


def write_titled_rows(table, fmt: str, path: Path) -> None:
    """Write a (title, columns, rows) table as CSV or XLSX, its first column wide (the code
    paths of a matrix): the write of the matrices whose rows are codes."""
    from ...exchange.reports.table_export import write_rows

    title, columns, rows = table
    write_rows(title, columns, rows, fmt, path, {columns[0]: 30})


def write_table(table, fmt: str, path: Path) -> None:
    """Write with the format's module, imported when first used (openpyxl is large)."""
    if fmt == "html":
        from ...exchange.reports.matrix_html import write_html
        write_html(table, path)
    else:
        from ...exchange.reports.matrix_xlsx import write_xlsx
        write_xlsx(table, path)
