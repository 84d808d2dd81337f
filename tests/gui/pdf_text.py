"""The text of each page of a PDF the window printed, read back with PDFium.

Qt's PDF writer names each glyph by the lowest code point the font maps to it, and Noto CJK
maps a CJK radical and its ideograph to one glyph: 片 printed is read back as the Kangxi
radical ⽚, 门 as ⻔. The pages look right; to compare their text, radicals are mapped back
to the ideograph drawn with the same glyph of the font (read from the font itself).
Qt also draws, clipped, the line that ends a page once more above the next page's top edge:
only the text inside each page's box is read, as a reader of the page sees it.
"""
from functools import lru_cache
from pathlib import Path

import pypdfium2
from PySide6.QtGui import QFont, QRawFont

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
IDEOGRAPHS = range(0x4E00, 0xA000)


@lru_cache(maxsize=1)
def _radical_table() -> dict[int, str]:
    font = QRawFont.fromFont(QFont("Noto Sans CJK SC"))
    ideographs = "".join(map(chr, IDEOGRAPHS))
    by_glyph: dict[int, str] = {}
    for char, glyph in zip(ideographs, font.glyphIndexesForString(ideographs)):
        if glyph:
            by_glyph.setdefault(glyph, char)
    radicals = "".join(map(chr, RADICALS))
    return {ord(char): by_glyph[glyph] for char, glyph in zip(radicals, font.glyphIndexesForString(radicals))
            if glyph in by_glyph}


def pdf_pages(path: Path) -> list[str]:
    """Each page's text, radicals read as the ideographs printed."""
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_bounded(0, 0, *page.get_size()).translate(_radical_table()) for page in pdf]
    finally:
        pdf.close()
