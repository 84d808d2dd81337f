"""Page furniture and wrapped lines in a paged text (a PDF's text layer: pages split by \\f).

Running headers and footers are the first or last lines of a page that come back, digits
aside, on most pages; page numbers are bare numbers (3, - 3 -, 第3页, 3/20) at the top or foot
of a page. Both are set aside with their reason. The lines that remain are joined back into
paragraphs: a line that reaches the right margin and does not end a sentence runs on into the
next, without a space between Chinese characters. A short line, a line ending in 。！？；：and
a line before a numbered heading (第X章, 一、, （一）, 1.) end their paragraph. A table row (cells
split by tabs) is a line of its own: never joined, never furniture.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

_PAGE_NUMBER = re.compile(r"^\s*(?:[-—–－~～·•]\s*)?(?:第\s*)?[0-9０-９]{1,4}(?:\s*页)?"
                          r"(?:\s*[/／]\s*[0-9０-９]{1,4}|\s*[,，]?\s*共\s*[0-9０-９]{1,4}\s*页)?"
                          r"(?:\s*[-—–－~～·•])?\s*$|^\s*(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$",
                          re.I)
_DIGITS = re.compile(r"[0-9０-９一二三四五六七八九十〇零]+")
_HEADING_START = re.compile(
    r"^\s*(第[一二三四五六七八九十百零〇0-9０-９]+[编章节条部]|[一二三四五六七八九十]+[、．.]|"
    r"[（(][一二三四五六七八九十0-9０-９]+[)）]|[0-9０-９]{1,2}[、．.](?![0-9０-９])|[①-⑳]|附件|附表|附录)")
_SENTENCE_END = tuple("。！？；：!?;:") + ("。”", "。」", "！”", "？”")
_HAN_END = re.compile(r"[\u3400-\u9fff，。；：、）》”]$")
_EDGE_LINES = 2  # how many lines at the top and the foot of a page may be furniture


_TRAILING_NUMBER = re.compile(r"\s*[-—–－]\s*[0-9０-９]{1,4}\s*[-—–－]?\s*$")


@dataclass
class Layout:
    noise: dict[int, str] = field(default_factory=dict)  # line start -> reason
    joins: dict[int, str] = field(default_factory=dict)  # line start -> what replaces its line end
    # line start -> (start, end) of a page number that the text layer glued to the line's end
    glued: dict[int, tuple[int, int]] = field(default_factory=dict)


def page_layout(raw: str, is_noise: Callable[[str], str | None]) -> Layout:
    """Furniture and joins of a paged text; is_noise tells the lines the cleaner drops anyway."""
    pages = _pages(raw)
    layout = Layout()
    _mark_furniture(pages, layout)
    kept = [(s, e, t) for page in pages for s, e, t in page
            if s not in layout.noise and not is_noise(t)]
    full = _full_width([t for _, _, t in kept if "\t" not in t])
    for (start, _, text), (_, _, following) in zip(kept, kept[1:]):
        if _runs_on(text, following, full):
            layout.joins[start] = "" if _cjk_join(text, following) else " "
    return layout


def _pages(raw: str) -> list[list[tuple[int, int, str]]]:
    """Per page, its non-blank lines."""
    pages, page, pos = [], [], 0
    for piece in re.split(r"([\n\f])", raw):
        if piece == "\f":
            pages.append(page)
            page = []
        elif piece != "\n":
            if piece.strip():  # (line start, end of its text, its text)
                page.append((pos, pos + len(piece.rstrip()), piece.strip()))
        pos += len(piece)
    pages.append(page)
    return pages


def _mark_furniture(pages, layout: Layout) -> None:
    edges: dict[tuple[str, str], int] = {}
    for page in pages:
        for where, line in _edge_lines(page):
            key = (where, _shape(line[2]))
            edges[key] = edges.get(key, 0) + 1
    needed = max(2, round(0.4 * len(pages))) if len(pages) > 2 else 2
    for n, page in enumerate(pages):
        for where, (start, end, text) in _edge_lines(page):
            if "\t" in text:
                continue  # a table row, whose header a table repeats at the top of each page
            if _PAGE_NUMBER.match(text):
                layout.noise[start] = "page-number"
                continue
            glued = _TRAILING_NUMBER.search(text) if where == "footer" else None
            if glued and _HAN_END.search(text[:glued.start()]):
                layout.glued[start] = (end - (len(text) - glued.start()), end)
                continue
            if n == 0 and where == "header":
                continue  # the first page opens with the title, which a running header may repeat
            if edges[(where, _shape(text))] >= needed and len(text) <= 80:
                layout.noise[start] = f"running-{where}"


def _edge_lines(page):
    top = page[:_EDGE_LINES]
    foot = page[max(_EDGE_LINES, len(page) - _EDGE_LINES):]
    return [("header", line) for line in top] + [("footer", line) for line in foot]


def _shape(text: str) -> str:
    return _DIGITS.sub("#", re.sub(r"\s+", "", text))


def _width(text: str) -> float:
    return sum(0.5 if ord(ch) < 0x2E80 else 1.0 for ch in text)


def _full_width(lines: list[str]) -> float:
    """The width of a line that reaches the right margin: the commonest among the longer half."""
    widths = sorted(round(_width(t)) for t in lines)
    longer = widths[len(widths) // 2:]
    if not longer:
        return 0.0
    counts: dict[int, int] = {}
    for w in longer:
        counts[w] = counts.get(w, 0) + 1
    return float(max(counts, key=lambda w: (counts[w], w)))


def _runs_on(text: str, following: str, full: float) -> bool:
    if "\t" in text or "\t" in following:
        return False
    if text.endswith(_SENTENCE_END) or _HEADING_START.match(following):
        return False
    # Slack for a paragraph's first line, indented by two characters that the text layer does
    # not show, and for lines that justification packs a little tighter.
    return full >= 10 and _width(text) >= full - 3


def _cjk_join(text: str, following: str) -> bool:
    return ord(text[-1]) >= 0x2E80 or ord(following[0]) >= 0x2E80
