"""The buttons under a research window's list: export (HTML, DOCX, XLSX), print, and PDF.

The window gives a function that builds its ResearchReport (exchange/reports/research_report.py)
from what it shows; exports are written by the exchange writers, printing lays out the
report's HTML page through Qt's print support (printing.py).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from ...exchange.reports.research_report import FORMATS, ResearchReport, html_page, write_report
from ..common.export_buttons import ExportButtons
from ..common.file_dialogs import ask_save_path
from ..common.printing import pdf_printer, print_page


class ReportTools(QWidget):
    def __init__(self, report_for: Callable[[], ResearchReport | None], suggested_name: Callable[[], str],
                 parent=None, landscape: bool = True):
        super().__init__(parent)
        self._report_for, self._suggested_name, self._landscape = report_for, suggested_name, landscape
        self.export = ExportButtons(report_for, suggested_name, self, formats=FORMATS,
                                    write=lambda report, fmt, path: write_report(report, fmt, path))
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.pdf_button = QPushButton(self.tr("导出 PDF…"), self)
        self.print_button.clicked.connect(lambda: self.print_report())
        self.pdf_button.clicked.connect(lambda: self.ask_and_print_pdf())
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.export, 1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.print_button)
        self.set_ready(False)

    def set_ready(self, ready: bool) -> None:
        self.export.set_ready(ready)
        self.print_button.setEnabled(ready)
        self.pdf_button.setEnabled(ready)

    def print_report(self, printer=None) -> bool:
        """Print what the window shows; printer None asks for one in Qt's print dialog."""
        report = self._report_for()
        return report is not None and print_page(self, html_page(report), printer, self._landscape)

    def print_pdf(self, path: Path) -> bool:
        ok = self.print_report(pdf_printer(Path(path), self._landscape))
        if ok:
            self.export.message.setText(self.tr("已导出到 {path}").format(path=path))
        return ok

    def ask_and_print_pdf(self) -> bool:
        asked = ask_save_path(self, self.tr("导出 PDF"), self._suggested_name(), [self.tr("PDF 文件 (*.pdf)")])
        return self.print_pdf(asked[0]) if asked else False
