"""Read a source file into the raw text the rest of the core works on.

What a file is comes from its bytes, not only its name: portals serve Word files named .html,
web pages named .doc, and copies leave Mac resource forks (._x) beside every file. The raw text
is the document's visible text, one block per line (a PDF's pages split by form feeds); that
text is what offsets refer to and what the raw view shows. Every refusal says what the file is.
Work is bounded: a size limit, no reading of FIFOs or devices, a cap on what a .docx may
decompress to. A read can be stopped: `check` is called between its steps (each page of a
PDF, each stretch of a page's elements, each piece of a Word file) and raises
core.errors.Cancelled once the import is cancelled.
"""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import sniff
from .decode import decode_bytes
from .errors import DecodeError, SourceError, UnsupportedFormat, no_check

Check = Callable[[], None]

SUPPORTED = (".txt", ".html", ".htm", ".docx", ".doc", ".wps", ".pdf", ".md", ".markdown",
             ".mht", ".mhtml")
MAX_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True)
class RawSource:
    name: str
    format: str  # txt, markdown, html, mht, docx, doc, pdf, rtf (through LibreOffice)
    encoding: str
    text: str
    notes: tuple[str, ...] = ()  # what the import report should say (stray bytes, OCR)


def read_source(path: str | Path, check: Check = no_check) -> RawSource:
    return read_bytes(file_bytes(path), Path(path).name, check)


def file_bytes(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES, or a SourceError saying why not."""
    path = Path(path)
    try:
        info = os.stat(path)
    except OSError as exc:
        raise SourceError(str(path), "source.unreadable", reason=exc.strerror) from None
    if stat.S_ISDIR(info.st_mode):
        raise SourceError(str(path), "source.folder")
    if not stat.S_ISREG(info.st_mode):
        kind = "a FIFO (named pipe)" if stat.S_ISFIFO(info.st_mode) else \
            "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode) else \
            "a socket" if stat.S_ISSOCK(info.st_mode) else "not a regular file"
        raise SourceError(str(path), "source.not_regular", kind=kind)
    _check_size(info.st_size, str(path))
    try:
        with open(path, "rb") as stream:
            data = stream.read(MAX_BYTES + 1)  # a file that grows while read stops here too
    except OSError as exc:
        raise SourceError(str(path), "source.unreadable", reason=exc.strerror) from None
    _check_size(len(data), str(path))
    return data


def _check_size(size: int, name: str) -> None:
    if size > MAX_BYTES:
        raise SourceError(name, "source.too_big", size=f"{size / 1024 / 1024:.0f}", limit=MAX_BYTES // 1024 // 1024)


def read_bytes(data: bytes, name: str, check: Check = no_check) -> RawSource:
    suffix = Path(name).suffix.lower()
    if suffix not in SUPPORTED:
        raise UnsupportedFormat(name, suffix=suffix or "no extension", supported=", ".join(SUPPORTED))
    _check_size(len(data), name)
    if not data.strip():
        raise DecodeError(name, "decode.blank" if data else "decode.empty")
    kind = sniff.kind_of(data, name)
    if kind == "text" and suffix in _BINARY:
        raise SourceError(name, f"source.not_{_BINARY[suffix]}", suffix=suffix)
    check()
    return _READERS[kind](data, name, check)


_BINARY = {".docx": "zip", ".doc": "word97", ".wps": "word97", ".pdf": "pdf"}  # what the bytes must be


def _text(data: bytes, name: str, check: Check) -> RawSource:
    decoded = decode_bytes(data, name)
    check()
    markdown = Path(name).suffix.lower() in (".md", ".markdown") or _is_markdown(decoded.text)
    return RawSource(name, "markdown" if markdown else "txt", decoded.encoding, decoded.text,
                     _stray_note(decoded))


def _is_markdown(text: str) -> bool:
    from .read_markdown import looks_like_markdown

    return looks_like_markdown(text)


def _stray_note(decoded) -> tuple[str, ...]:
    if not decoded.stray_bytes:
        return ()
    return (f"{decoded.stray_bytes} byte{'s' if decoded.stray_bytes > 1 else ''} did not fit "
            f"{decoded.encoding} and are marked as damaged",)


def _html(data: bytes, name: str, check: Check) -> RawSource:
    from .html_source import html_source

    return html_source(data, name, check)


def _mht(data: bytes, name: str, check: Check) -> RawSource:
    from .html_source import html_text
    from .read_mime import mime_page

    kind, text, encoding = mime_page(data, name)
    if kind == "html":
        check()
        text = html_text(text, name, check)
    return RawSource(name, "mht", encoding, text)


def _docx(data: bytes, name: str, check: Check) -> RawSource:
    from .read_docx import docx_text

    return RawSource(name, "docx", "utf-8 (docx)", docx_text(data, name, check))


def _doc(data: bytes, name: str, check: Check) -> RawSource:
    from .read_doc import doc_text

    try:
        text = doc_text(data, name, check)
    except SourceError as exc:
        if exc.code == "doc.encrypted":
            raise
        return _doc_by_office(data, name, exc)
    if not text.strip():
        raise SourceError(name, "doc.empty")
    return RawSource(name, "doc", "utf-16 (word 97)", text)


def _doc_by_office(data: bytes, name: str, failure: SourceError) -> RawSource:
    """What LibreOffice makes of a Word file the reader could not read, if it is installed."""
    from .read_office import converted_text

    text = converted_text(data, Path(name).suffix.lower() or ".doc")
    if text is None:
        raise failure
    return RawSource(name, "doc", "converted by LibreOffice", text,
                     (f"read by LibreOffice: {failure.message}",))


def _pdf(data: bytes, name: str, check: Check) -> RawSource:
    from .read_ocr import OCR_MARK
    from .read_pdf import pdf_text

    result = pdf_text(data, name, check)
    if result.ocr:
        return RawSource(name, "pdf", OCR_MARK, result.text,
                         (f"read by OCR: {result.pages} scanned pages; check the text against the scan",))
    return RawSource(name, "pdf", "pdf text layer", result.text)


def _rtf(data: bytes, name: str, check: Check) -> RawSource:
    from .read_office import converted_text

    text = converted_text(data, ".rtf")
    if text is None:
        raise DecodeError(name, "refused.rtf")
    return RawSource(name, "rtf", "converted by LibreOffice", text)


def _refuse(kind: str):
    def refuse(data: bytes, name: str, check: Check) -> RawSource:
        raise DecodeError(name, f"refused.{kind}")  # bytes that are not a document
    return refuse


_READERS = {
    **{kind: _refuse(kind) for kind in sniff.REFUSED},
    "text": _text, "html": _html, "mime": _mht, "docx": _docx, "ole": _doc, "pdf": _pdf, "rtf": _rtf,
}
