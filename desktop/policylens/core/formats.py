"""Read a source file (.txt, .html/.htm, .docx) into the raw text the rest of the core works on.

For HTML and DOCX the raw text is the document's visible text, one block per line; that text
is what offsets refer to and what the raw view shows.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from html.parser import HTMLParser
from io import BytesIO
from pathlib import Path
from xml.etree import ElementTree

from .decode import decode_bytes
from .errors import DecodeError, SourceError, UnsupportedFormat

SUPPORTED = (".txt", ".html", ".htm", ".docx")


@dataclass(frozen=True)
class RawSource:
    name: str
    format: str  # txt, html, docx
    encoding: str
    text: str


def read_source(path: str | Path) -> RawSource:
    return read_bytes(file_bytes(path), Path(path).name)


def file_bytes(path: str | Path) -> bytes:
    """The bytes of a file, or a SourceError saying why they cannot be had."""
    path = Path(path)
    try:
        return path.read_bytes()
    except IsADirectoryError:
        raise SourceError(str(path), "is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(str(path), f"cannot be read: {exc.strerror}") from None


def read_bytes(data: bytes, name: str) -> RawSource:
    suffix = Path(name).suffix.lower()
    if suffix == ".txt":
        decoded = decode_bytes(data, name)
        return RawSource(name, "txt", decoded.encoding, decoded.text)
    if suffix in (".html", ".htm"):
        return _read_html(data, name)
    if suffix == ".docx":
        return RawSource(name, "docx", "utf-8 (docx)", _docx_text(data, name))
    raise UnsupportedFormat(
        name, f"unsupported format '{suffix or 'no extension'}'; PolicyLens reads "
        + ", ".join(SUPPORTED)
    )


# -- HTML --------------------------------------------------------------------------------------

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_DROPPED = {"script", "style", "noscript", "head", "nav", "template", "svg", "iframe", "select",
            "button", "form", "header", "footer"}
_NAV_HINT = re.compile(r"(^|[-_ ])(nav|menu|breadcrumb|crumb|footer|header|share|sidebar|"
                       r"topbar|toolbar|skip)([-_ ]|$)", re.I)
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
          "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "title", "center"}
_VOID = {"br", "img", "meta", "link", "input", "hr", "area", "base", "col", "embed", "source",
         "track", "wbr", "param"}


def _read_html(data: bytes, name: str) -> RawSource:
    declared = _META_CHARSET.search(data[:4096])
    text = None
    encoding = ""
    if declared:
        label = declared.group(1).decode("ascii").lower()
        label = {"gb2312": "gb18030", "gbk": "gb18030"}.get(label, label)
        try:
            text, encoding = data.decode(label), f"{label} (declared)"
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        decoded = decode_bytes(data, name)
        text, encoding = decoded.text, decoded.encoding
    extractor = _TextExtractor()
    extractor.feed(text)
    extractor.close()
    body = extractor.text()
    if not body.strip():
        raise SourceError(name, "the HTML page has no visible text (only scripts, styles or markup)")
    return RawSource(name, "html", encoding, body)


class _TextExtractor(HTMLParser):
    """Visible text of a page, scripts and navigation dropped, block elements on their own lines."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self._parts: list[str] = []
        self._stack: list[tuple[str, bool]] = []  # (tag, hidden)

    def _hidden(self) -> bool:
        return bool(self._stack) and self._stack[-1][1]

    def handle_starttag(self, tag, attrs):
        if tag in _BLOCK:
            self._parts.append("\n")
        if tag in _VOID:
            return
        marker = " ".join(v or "" for k, v in attrs if k in ("id", "class", "role"))
        hidden = self._hidden() or tag in _DROPPED or bool(_NAV_HINT.search(marker))
        self._stack.append((tag, hidden))

    def handle_endtag(self, tag):
        if tag in ("td", "th") and not self._hidden():
            self._parts.append("\t")  # table cells stay apart: a task table's columns carry roles
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                del self._stack[i:]
                break
        if tag in _BLOCK:
            self._parts.append("\n")

    def handle_data(self, data):
        if not self._hidden():
            self._parts.append(data.replace("\r", "").replace("\n", " "))

    def text(self) -> str:
        lines = (_tidy_cells(line) for line in "".join(self._parts).split("\n"))
        return "\n".join(line for line in lines if line)


def _tidy_cells(line: str) -> str:
    cells = [cell.strip() for cell in line.split("\t")]
    return "\t".join(cells).strip("\t").strip()


# -- DOCX --------------------------------------------------------------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _docx_text(data: bytes, name: str) -> str:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
    except zipfile.BadZipFile:
        raise SourceError(name, "is not a valid .docx file (not a zip archive)") from None
    except KeyError:
        raise SourceError(name, "is not a valid .docx file (word/document.xml is missing)") from None
    try:
        root = ElementTree.fromstring(xml)
    except ElementTree.ParseError as exc:
        raise DecodeError(name, f"the .docx body is damaged XML ({exc})") from None
    body = root.find(f"{_W}body")
    lines = []
    for block in (body if body is not None else root):
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
