"""The annotations' report (highlights and notes of every document) printed through Qt's print
support (app/common/printing.py)."""
from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from ..common.printing import ask_printer, print_document
from ..common.ui_language import ui_language


def print_annotation_report(project, corpus_store, parent: QWidget | None, printer: QPrinter | None = None) -> bool:
    """Print every document's highlights and notes (the Markdown report, exchange/reports/markdown.py)."""
    from ...exchange.context import ExportContext
    from ...exchange.reports.markdown import markdown_report

    printer = printer or ask_printer(parent)
    if printer is None:
        return False
    document = QTextDocument()
    document.setMarkdown(markdown_report(ExportContext.load(project, corpus_store, ui_language())))
    print_document(document, printer)
    return True
