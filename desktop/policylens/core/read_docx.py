"""The text of a .docx body: paragraphs as lines, table rows as lines of tab-separated cells.

The archive is opened with a cap on what it may decompress to, so that a zip bomb is refused
before it fills memory.
"""
from __future__ import annotations

import zipfile
from io import BytesIO
from typing import Callable
from xml.etree import ElementTree

from .errors import DecodeError, SourceError, no_check

MAX_XML_BYTES = 200 * 1024 * 1024
_CHECK_EVERY = 512  # body blocks read between two asks whether the read is cancelled


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def docx_text(data: bytes, name: str, check: Callable[[], None] = no_check) -> str:
    """check() is called every few hundred blocks and may raise to stop (a cancelled import)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            xml = _bounded_read(archive, "word/document.xml", name)
    except zipfile.BadZipFile:
        raise SourceError(name, "docx.not_zip") from None
    except KeyError:
        raise SourceError(name, "docx.no_body") from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise DecodeError(name, "docx.damaged_xml", reason=str(exc)) from None
    check()
    body = root.find(f"{_W}body")
    lines = []
    for n, block in enumerate(body if body is not None else root):
        if n % _CHECK_EVERY == 0:
            check()
        if block.tag == f"{_W}p":
            lines.append(_paragraph_text(block))
        elif block.tag == f"{_W}tbl":
            # One line per row, cells separated by tabs, as for HTML tables.
            for row in block.iter(f"{_W}tr"):
                cells = [" ".join(_paragraph_text(p) for p in cell.iter(f"{_W}p"))
                         for cell in row.iter(f"{_W}tc")]
                lines.append("\t".join(cells))
    return "\n".join(lines)


def _paragraph_text(paragraph) -> str:
    pieces = []
    for node in paragraph.iter():
        if node.tag == f"{_W}t":
            pieces.append(node.text or "")
        elif node.tag == f"{_W}tab":
            pieces.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            pieces.append("\n")
    return "".join(pieces)


def _bounded_read(archive: zipfile.ZipFile, member: str, name: str) -> bytes:
    """A member's bytes, refused when it would decompress beyond MAX_XML_BYTES (a zip bomb)."""
    info = archive.getinfo(member)
    too_big = SourceError(name, "docx.zip_bomb", limit=MAX_XML_BYTES // (1024 * 1024))
    if info.file_size > MAX_XML_BYTES:
        raise too_big
    with archive.open(info) as stream:  # the declared size may lie: count what really comes out
        data = stream.read(MAX_XML_BYTES + 1)
    if len(data) > MAX_XML_BYTES:
        raise too_big
    return data
