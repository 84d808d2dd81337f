"""Where the table rows of a Word 97–2003 document end.

In the text a cell ends in \\x07 and a row in one more \\x07, so an empty last cell and the end of
a row look alike. What tells them apart is the paragraph formatting: the row's end mark is the
one paragraph with sprmPFTtp (or sprmPFInnerTtp) set. The formatting is found as Word finds it:
the FIB's PlcBtePapx gives the 512-byte FKP pages of the WordDocument stream, each listing
paragraphs by file offset with their properties (MS-DOC 2.8.2, 2.9.176).
"""
from __future__ import annotations

import struct
from bisect import bisect_right

_TTP = (0x2417, 0x244C)  # sprmPFTtp, sprmPFInnerTtp
_OPERAND = {0: 1, 1: 1, 2: 2, 3: 4, 4: 2, 5: 2, 7: 3}  # by spra; 6 is variable
_MAX_PAGES = 20_000


def row_end_offsets(word: bytes, table: bytes, fc_at: int) -> set[int]:
    """File offsets of the paragraph marks that end table rows; empty when none can be read."""
    try:
        fc, lcb = struct.unpack_from("<II", word, fc_at + 13 * 8)  # fcPlcfBtePapx
        plc = table[fc:fc + lcb]
        count = (len(plc) - 4) // 8
        if count <= 0 or count > _MAX_PAGES:
            return set()
        ends: set[int] = set()
        for i in range(count):
            page = struct.unpack_from("<I", plc, (count + 1) * 4 + i * 4)[0] & 0x3FFFFF
            ends |= _page_row_ends(word[page * 512:page * 512 + 512])
        return ends
    except struct.error:
        return set()


def _page_row_ends(fkp: bytes) -> set[int]:
    if len(fkp) < 512:
        return set()
    runs = fkp[511]
    fcs = struct.unpack_from(f"<{runs + 1}I", fkp, 0)
    ends = set()
    for i in range(runs):
        offset = fkp[(runs + 1) * 4 + i * 13] * 2
        if offset and _is_ttp(fkp, offset):
            ends.add(fcs[i + 1])  # the paragraph mark is the last character before this offset
    return ends


def _is_ttp(fkp: bytes, at: int) -> bool:
    cb = fkp[at]
    if cb == 0:
        size, start = 2 * fkp[at + 1], at + 2
    else:
        size, start = 2 * cb - 1, at + 1
    pos, end = start + 2, min(start + size, 511)  # after the istd
    while pos + 2 <= end:
        sprm = struct.unpack_from("<H", fkp, pos)[0]
        pos += 2
        spra = sprm >> 13
        if spra == 6:
            length = 1 + fkp[pos] if pos < end else 1
        else:
            length = _OPERAND[spra]
        if sprm in _TTP and pos < end and fkp[pos]:
            return True
        pos += length
    return False


def row_end_cps(ends: set[int], pieces) -> set[int]:
    """The character positions of those marks, through the piece table."""
    ordered = sorted(ends)
    cps = set()
    for cp_start, cp_end, offset, compressed in pieces:
        width = 1 if compressed else 2
        low, high = offset, offset + (cp_end - cp_start) * width
        for fc in ordered[bisect_right(ordered, low):bisect_right(ordered, high)]:
            cps.add(cp_start + (fc - low) // width - 1)
    return cps
