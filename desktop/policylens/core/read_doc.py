"""The text of a Word 97–2003 binary document (.doc, and .doc/.wps files written by WPS).

olefile opens the compound file; the text is then found as Word itself finds it: the FIB at the
start of the WordDocument stream gives the place of the Clx in the table stream, whose piece
table (PlcPcd) lists the pieces of the text, each either 8-bit "compressed" or UTF-16. Only the
main story is read (headers, footnotes and comments come after it). Table cells end in \\x07 and
a row in one more \\x07: rows become lines of tab-separated cells. Field instructions
(\\x13 code \\x14 result \\x15) are dropped and their results kept.
"""
from __future__ import annotations

import struct
from io import BytesIO
from typing import Callable

import olefile

from .errors import SourceError, no_check
from .read_doc_rows import row_end_cps, row_end_offsets

# The 8-bit range where Word's "compressed" text differs from Latin-1 (MS-DOC 2.4.1).
_COMPRESSED = {0x82: "\u201a", 0x83: "\u0192", 0x84: "\u201e", 0x85: "\u2026", 0x86: "\u2020",
               0x87: "\u2021", 0x88: "\u02c6", 0x89: "\u2030", 0x8A: "\u0160", 0x8B: "\u2039",
               0x8C: "\u0152", 0x91: "\u2018", 0x92: "\u2019", 0x93: "\u201c", 0x94: "\u201d",
               0x95: "\u2022", 0x96: "\u2013", 0x97: "\u2014", 0x98: "\u02dc", 0x99: "\u2122",
               0x9A: "\u0161", 0x9B: "\u203a", 0x9C: "\u0153", 0x9F: "\u0178"}
_DROPPED_MARKS = dict.fromkeys(map(ord, "\x01\x02\x03\x04\x05\x06\x08\x1f"), None)
_MAX_PIECES = 100_000
_ROW_END = "\x1d"  # stands for a row's end mark between the reading of the text and its lines
_MAX_CELL_PARAGRAPHS = 3  # more paragraphs before the next cell mark: the table has ended


def doc_text(data: bytes, name: str, check: Callable[[], None] = no_check) -> str:
    """check() is called between the steps and pieces of the read and may raise to stop."""
    try:
        ole = olefile.OleFileIO(BytesIO(data))
    except (OSError, ValueError) as exc:
        raise SourceError(name, "doc.damaged_ole", reason=str(exc)) from None
    with ole:
        if not ole.exists("WordDocument"):
            found = ", ".join("/".join(entry) for entry in ole.listdir()[:5])
            raise SourceError(name, "doc.no_word", found=found)
        word = ole.openstream("WordDocument").read()
        fib = _Fib(word, name)
        if not ole.exists(fib.table_stream):
            raise SourceError(name, "doc.no_table", stream=fib.table_stream)
        table = ole.openstream(fib.table_stream).read()
    check()
    pieces = _pieces(table, fib, name)
    rows = row_end_cps(row_end_offsets(word, table, fib.fc_at), pieces)
    check()
    return _main_story(word, pieces, fib.ccp_text, rows, check)


class _Fib:
    """The few fields of the File Information Block that locate the text."""

    def __init__(self, word: bytes, name: str):
        if len(word) < 0x200:
            raise SourceError(name, "doc.header_truncated")
        ident, nfib = struct.unpack_from("<HH", word, 0)
        if ident != 0xA5EC:
            raise SourceError(name, "doc.header_signature")
        if nfib < 101:
            raise SourceError(name, "doc.word6")
        flags = struct.unpack_from("<H", word, 0x0A)[0]
        if flags & 0x0100:
            raise SourceError(name, "doc.encrypted")
        self.table_stream = "1Table" if flags & 0x0200 else "0Table"
        csw = struct.unpack_from("<H", word, 32)[0]
        lw_at = 32 + 2 + csw * 2 + 2
        self.ccp_text = struct.unpack_from("<i", word, lw_at + 3 * 4)[0]
        cslw = struct.unpack_from("<H", word, lw_at - 2)[0]
        fc_at = lw_at + cslw * 4 + 2
        self.fc_at = fc_at  # FibRgFcLcb97: pairs of (offset, size) in the table stream
        self.fc_clx, self.lcb_clx = struct.unpack_from("<II", word, fc_at + 33 * 8)


def _pieces(table: bytes, fib: _Fib, name: str) -> list[tuple[int, int, int, bool]]:
    """(cp_start, cp_end, byte offset, compressed) for every piece of the text."""
    clx = table[fib.fc_clx:fib.fc_clx + fib.lcb_clx]
    pos = 0
    while pos < len(clx) and clx[pos] == 0x01:  # Prc: formatting, skipped
        pos += 3 + struct.unpack_from("<H", clx, pos + 1)[0]
    if pos + 5 > len(clx) or clx[pos] != 0x02:
        raise SourceError(name, "doc.no_pieces")
    size = struct.unpack_from("<I", clx, pos + 1)[0]
    plc = clx[pos + 5:pos + 5 + size]
    count = (len(plc) - 4) // 12
    if count <= 0 or count > _MAX_PIECES:
        raise SourceError(name, "doc.bad_pieces")
    cps = struct.unpack_from(f"<{count + 1}i", plc, 0)
    pieces = []
    for i in range(count):
        fc = struct.unpack_from("<I", plc, (count + 1) * 4 + i * 8 + 2)[0]
        compressed = bool(fc & 0x40000000)
        offset = (fc & 0x3FFFFFFF) // 2 if compressed else fc & 0x3FFFFFFF
        pieces.append((cps[i], cps[i + 1], offset, compressed))
    return pieces


def _main_story(word: bytes, pieces, ccp_text: int, row_ends: set[int], check) -> str:
    chunks = []
    for cp_start, cp_end, offset, compressed in pieces:
        check()
        if cp_start >= ccp_text:
            break
        n = min(cp_end, ccp_text) - cp_start
        if n <= 0:
            continue
        if compressed:
            raw = word[offset:offset + n]
            chunks.append("".join(_COMPRESSED.get(b, chr(b)) for b in raw))
        else:  # one str character per UTF-16 unit, so that positions stay character positions
            chunks.append(word[offset:offset + 2 * n].decode("utf-16-le", errors="surrogatepass"))
    text = list("".join(chunks))
    for cp in row_ends:
        if cp < len(text) and text[cp] == "\x07":
            text[cp] = _ROW_END
    joined = "".join(text).encode("utf-16-le", "surrogatepass").decode("utf-16-le", errors="replace")
    check()
    without_fields = _drop_field_codes(joined)
    check()
    return _plain(without_fields)


def _drop_field_codes(text: str) -> str:
    """Keep field results, drop field instructions: \\x13 code \\x14 result \\x15, nested too."""
    if "\x13" not in text:
        return text
    out = []
    stack: list[bool] = []  # per open field: True while in its instructions
    for ch in text:
        if ch == "\x13":
            stack.append(True)
        elif ch == "\x14" and stack:
            stack[-1] = False
        elif ch == "\x15" and stack:
            stack.pop()
        elif not any(stack):
            out.append(ch)
    return "".join(out)


def _plain(text: str) -> str:
    """Word's marks as lines: paragraphs, line and page breaks, table cells and rows."""
    text = text.translate(_DROPPED_MARKS).replace("\x1e", "-").replace("\xa0", " ")
    text = text.replace("\x0b", "\r").replace("\x0c", "\r")
    lines: list[str] = []
    pos, in_table = 0, False
    # Row ends found in the paragraph formatting; without them, a doubled cell mark ends a row.
    marked = _ROW_END in text
    while pos < len(text):
        cell = text.find("\x07", pos)
        if cell == -1:
            lines.extend(text[pos:].split("\r"))
            break
        before = text[pos:cell]
        if in_table and _cell_like(before):
            row_start = pos  # the next row: its first cell may hold paragraphs of its own
        else:
            head, _, row_first = before.rpartition("\r")
            if head or before.startswith("\r"):
                lines.extend(head.split("\r"))
            row_start = cell - len(row_first)
        row_end, mark = (text.find(_ROW_END, row_start), 1) if marked else (text.find("\x07\x07", row_start), 2)
        if row_end == -1:
            row_end = len(text)
        lines.append(_row(text[row_start:row_end].removesuffix("\x07") if marked else text[row_start:row_end]))
        pos, in_table = row_end + mark, True
        if pos < len(text) and text[pos] == "\r":
            pos, in_table = pos + 1, False  # the table ends with the paragraph mark after it
    return "\n".join(line.rstrip() for line in lines)


def _cell_like(text: str) -> bool:
    """Short text of few paragraphs (empty ones aside: merged cells hold many) is a table cell."""
    paragraphs = [p for p in text.split("\r") if p.strip()]
    return len(paragraphs) <= _MAX_CELL_PARAGRAPHS and len(text.strip()) <= 400


def _row(row: str) -> str:
    """A table row as tab-separated cells; paragraphs inside a cell are joined."""
    return "\t".join(_join_paragraphs(cell.strip()) for cell in row.split("\x07"))


def _join_paragraphs(cell: str) -> str:
    parts = [p.strip() for p in cell.split("\r") if p.strip()]
    joined = parts[0] if parts else ""
    for part in parts[1:]:
        cjk = ord(joined[-1]) >= 0x2E80 or ord(part[0]) >= 0x2E80
        joined += ("" if cjk else " ") + part
    return joined
