"""The text layer of a PDF, read by PDFium (pypdfium2), one page after another.

The raw text keeps the PDF's own lines, and a form feed between pages: the cleaning stage sets
running headers, footers and page numbers aside and joins lines back into paragraphs from that
(core/pages.py), so that a re-analysis of the stored raw text gives the same result. A PDF whose
pages are only images (a scan) has no text layer: when Tesseract is installed it is read by OCR
(core/read_ocr.py) and marked as such; otherwise the message says what the file is.
"""
from __future__ import annotations

import re

import pypdfium2 as pdfium

from .errors import SourceError
from . import read_ocr

MAX_PAGES = 3000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")


class PdfText:
    def __init__(self, text: str, ocr: bool, pages: int):
        self.text = text
        self.ocr = ocr
        self.pages = pages


def pdf_text(data: bytes, name: str) -> PdfText:
    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc)
        if "password" in message.lower():
            raise SourceError(name, "pdf.password") from None
        raise SourceError(name, "pdf.unreadable", reason=message) from None
    try:
        count = len(pdf)
        if count == 0:
            raise SourceError(name, "pdf.no_pages")
        if count > MAX_PAGES:
            raise SourceError(name, "pdf.too_many_pages", count=count, limit=MAX_PAGES)
        pages = [_page_text(pdf, i) for i in range(count)]
        if sum(len(p.strip()) for p in pages) >= 20 * count or any(len(p.strip()) > 200 for p in pages):
            return PdfText("\f".join(pages), False, count)
        if read_ocr.available():
            return PdfText("\f".join(read_ocr.pdf_pages(pdf, name)), True, count)
        raise SourceError(name, "pdf.scanned" if count > 1 else "pdf.scanned_page", count=count)
    finally:
        pdf.close()


def _page_text(pdf, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            text = textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")
