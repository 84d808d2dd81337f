"""Printing through Qt's print support: a report's HTML (or Markdown) laid out by QTextDocument,
to a printer or a PDF file. Shared by the research windows and the comparison windows.

QPrintDialog offers the system's printers and printing to a PDF file; pdf_printer() is the
same printer set to write a PDF straight away (the windows' "PDF…" button, and the tests).
QTextDocument breaks the text into A4 pages and repeats nothing: a long table runs on.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def pdf_printer(path: Path, landscape: bool = False) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    _page(printer, landscape)
    return printer


def _page(printer: QPrinter, landscape: bool) -> None:
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)


def ask_printer(parent: QWidget | None, landscape: bool = False) -> QPrinter | None:
    """The printer the user picks in Qt's print dialog (a printer or a PDF file); None: cancelled."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _page(printer, landscape)
    dialog = QPrintDialog(printer, parent)
    return printer if dialog.exec() == QDialog.DialogCode.Accepted else None


def print_document(document: QTextDocument, printer: QPrinter) -> None:
    document.setDocumentMargin(0)  # the printer's page margins are the margins
    document.print_(printer)


def print_html(html: str, printer: QPrinter) -> None:
    document = QTextDocument()
    document.setHtml(html)
    print_document(document, printer)


def print_page(parent: QWidget | None, html: str, printer: QPrinter | None = None, landscape: bool = False) -> bool:
    """Print an HTML page; printer None asks for one in Qt's print dialog. False: cancelled."""
    printer = printer or ask_printer(parent, landscape)
    if printer is None:
        return False
    print_html(html, printer)
    return True
