"""The text layer of a PDF, read by PDFium (pypdfium2), one page after another.

The raw text keeps the PDF's own lines, and a form feed between pages: the cleaning stage sets
running headers, footers and page numbers aside and joins lines back into paragraphs from that
(core/pages.py), so that a re-analysis of the stored raw text gives the same result. A PDF whose
pages are only images (a scan) has no text layer: when Tesseract is installed it is read by OCR
(core/read_ocr.py) and marked as such; otherwise the message says what the file is. So is a
text layer that does not decode (fonts without a Unicode map give code points of every script
but Chinese): imported, it would be a page of nonsense.

A page that draws ruled tables (core/pdf_tables.py) gives each table as rows, one line a row
and its cells split by tabs, as the other readers give tables; the text above, beside and below
a table stays in reading order around it. Every page read asks `check` first, so that a long
PDF stops soon after its import is cancelled.
"""
from __future__ import annotations

import re
from typing import Callable

import pypdfium2 as pdfium

from .errors import SourceError
from .pdf_tables import bounded_text, ruled_tables
from . import read_ocr

MAX_PAGES = 3000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff]")
# What a Chinese document's text is made of: Han characters (with radicals and compatibility
# forms), Latin, CJK and general punctuation, full-width forms, enclosed numbers, box drawing.
_PLAUSIBLE = re.compile(r"[\s\u0021-\u007e\u00a0-\u024f\u2000-\u27bf\u2e80-\u2fdf\u3000-\u33ff"
                        r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]")
_MAX_IMPLAUSIBLE = 0.3  # of a text layer's characters; readable documents of the corpus stay under 0.05
_MIN_CHARS_TO_JUDGE = 100


class PdfText:
    def __init__(self, text: str, ocr: bool, pages: int):
        self.text = text
        self.ocr = ocr
        self.pages = pages


def pdf_text(data: bytes, name: str, check: Callable[[], None] = lambda: None) -> PdfText:
    """check() is called before each page and may raise (core.errors.Cancelled) to stop."""
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
        pages = []
        for index in range(count):
            check()
            pages.append(_page_text(pdf, index))
        has_text = sum(len(p.strip()) for p in pages) >= 20 * count or any(len(p.strip()) > 200 for p in pages)
        implausible = _implausible_share("".join(pages))
        if has_text and implausible <= _MAX_IMPLAUSIBLE:
            return PdfText("\f".join(pages), False, count)
        if read_ocr.available():
            return PdfText("\f".join(read_ocr.pdf_pages(pdf, name, check)), True, count)
        if has_text:
            raise SourceError(name, "pdf.garbled", share=f"{implausible:.0%}")
        raise SourceError(name, "pdf.scanned" if count > 1 else "pdf.scanned_page", count=count)
    finally:
        pdf.close()


def _implausible_share(text: str) -> float:
    """The share of a text's characters that no Chinese document is written in."""
    if len(text) < _MIN_CHARS_TO_JUDGE:
        return 0.0
    return 1 - len(_PLAUSIBLE.findall(text)) / len(text)


def _page_text(pdf, index: int) -> str:
    page = pdf[index]
    try:
        textpage = page.get_textpage()
        try:
            tables = ruled_tables(page, textpage)
            text = _with_tables(textpage, page.get_size(), tables) if tables else textpage.get_text_range()
        finally:
            textpage.close()
    finally:
        page.close()
    return _tidy(text)


def _tidy(text: str) -> str:
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n"))
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def _with_tables(textpage, size: tuple[float, float], tables) -> str:
    """The page in bands: the text down to a table, its rows, the text beside it, and so on."""
    width, height = size
    parts, top = [], 0.0
    for table in tables:
        x0, table_top, x1, bottom = table.box
        if table_top < top:
            continue  # a table inside the band of one given already
        parts.append(bounded_text(textpage, height, 0, top, width, table_top))
        parts.append("\n".join("\t".join(row) for row in table.rows))
        parts.append(bounded_text(textpage, height, 0, table_top, x0, bottom))
        parts.append(bounded_text(textpage, height, x1, table_top, width, bottom))
        top = bottom
    parts.append(bounded_text(textpage, height, 0, top, width, height))
    return "\n".join(part.strip("\n") for part in parts if part.strip())
