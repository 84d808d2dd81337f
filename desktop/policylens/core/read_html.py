"""The visible text of an HTML page, one block per line, parsed by lxml's HTML parser.

libxml2 builds the tree in linear time whatever the nesting, and the tree is walked without
recursion, so a page of 100,000 nested tags costs what its size costs. Scripts, styles and
navigation are dropped; table rows become lines with tab-separated cells, rebuilt from
rowspan/colspan so that every row carries the cells that span it; a bold numbered heading at
the start of a paragraph (<strong>一、总体要求</strong>…) is a line of its own.
"""
from __future__ import annotations

import re
from typing import Callable

from lxml import etree, html

from .errors import no_check

_DROPPED = {"script", "style", "noscript", "head", "nav", "template", "svg", "iframe", "select",
            "button", "header", "footer", "textarea", "option", "object", "embed", "applet",
            "frameset", "frame", "map"}
_NAV_HINT = re.compile(r"(^|[-_ ])(nav|menu|breadcrumb|crumb|footer|header|share|sidebar|"
                       r"topbar|toolbar|skip)([-_ ]|$)", re.I)
_BLOCK = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section",
          "article", "blockquote", "pre", "ul", "ol", "dd", "dt", "title", "center", "hr",
          "caption", "dl", "address", "figure", "main", "aside", "tbody", "thead", "tfoot"}
_BOLD = {"strong", "b"}
# A numbered heading: 一、 （一） 第一章 第一节 第一部分 (not 第一条, which runs into its text).
_HEADING = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|"
                      r"第[一二三四五六七八九十百零〇0-9]+[章节编部](分)?)")
_MAX_SPAN = 100  # a rowspan/colspan beyond this is a broken attribute, not a table
_CHECK_EVERY = 4096  # elements walked between two asks whether the read is cancelled


def page_text(markup: str, *, skip_navigation: bool = True, check: Callable[[], None] = no_check) -> str:
    """Visible text of a page; empty when it shows nothing but markup. check() is called every
    few thousand elements and may raise to stop (a cancelled import)."""
    root = _parse(markup)
    check()
    if root is None:
        return ""
    if root is _TOO_DEEP:
        return _flat_text(markup)
    parts: list[str] = []
    _Walker(parts, skip_navigation, check=check).walk(root)
    lines = (_tidy_cells(line) for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def page_title(markup: str) -> str:
    root = _parse(markup)
    node = None if root is None else root.find(".//title")
    return "" if node is None else " ".join((node.text_content() or "").split())


_TOO_DEEP = object()


def _parse(markup: str):
    if not markup.strip():
        return None
    parser = html.HTMLParser(encoding="utf-8", remove_comments=True, remove_pis=True, huge_tree=True)
    try:
        root = html.document_fromstring(markup.encode("utf-8", "surrogatepass"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        return _TOO_DEEP  # libxml2 stops building below a few thousand levels
    return root


_SCRIPT = re.compile(r"<(script|style|noscript|template|svg|head)\b.*?</\1\s*>", re.I | re.S)
_BLOCK_TAG = re.compile(r"</?(?:" + "|".join(sorted(_BLOCK)) + r")\b[^>]*>", re.I)
_ANY_TAG = re.compile(r"<[^>]*>")


def _flat_text(markup: str) -> str:
    """Text of a page nested beyond what a tree can hold: tags stripped in one linear pass each."""
    import html as entities

    text = _SCRIPT.sub(" ", markup)
    text = _BLOCK_TAG.sub("\n", text.replace("\r", " ").replace("\n", " "))
    text = entities.unescape(_ANY_TAG.sub("", text))
    return "\n".join(line.strip() for line in text.split("\n") if line.strip())


def _hidden(el, skip_navigation: bool) -> bool:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag.lower() in _DROPPED:
        return True
    if not skip_navigation:
        return False
    marker = " ".join(el.get(k) or "" for k in ("id", "class", "role"))
    return bool(marker) and bool(_NAV_HINT.search(marker))


class _Walker:
    """Appends the text of a subtree to parts; inline walks (a cell, a bold run) do not nest:
    tables and headings inside them are plain text, so no page can make the walk recurse."""

    def __init__(self, parts: list[str], skip_navigation: bool, inline: bool = False,
                 check: Callable[[], None] = no_check):
        self.parts = parts
        self.skip_navigation = skip_navigation
        self.inline = inline
        self.check = check

    def walk(self, root) -> None:
        walker = etree.iterwalk(root, events=("start", "end"))
        for seen, (event, el) in enumerate(walker):
            tag = el.tag.lower() if isinstance(el.tag, str) else ""
            if seen % _CHECK_EVERY == 0:
                self.check()
            if event == "start":
                if _hidden(el, self.skip_navigation):
                    walker.skip_subtree()
                    self._tail(el)
                    continue
                if tag == "table" and not self.inline and not _is_layout(el):
                    self.parts.append("\n" + _table_text(el, self.skip_navigation) + "\n")
                    walker.skip_subtree()
                    self._tail(el)
                    continue
                if tag in _BLOCK:
                    self.parts.append("\n")
                if tag in _BOLD and not self.inline and _starts_block(el) and _HEADING.match(el.text_content() or ""):
                    self.parts.append(_inline_text(el, self.skip_navigation) + "\n")
                    walker.skip_subtree()
                    self._tail(el)
                    continue
                if el.text:
                    self._data(el.text)
            elif el is root:
                break  # the tail of the subtree's root is its parent's text, not the subtree's
            else:
                if tag in ("td", "th"):
                    self.parts.append("\t")  # a layout table's cells, apart as columns
                if tag in _BLOCK:
                    self.parts.append("\n")
                self._tail(el)

    def _tail(self, el) -> None:
        # skip_subtree suppresses the element's own end event: emit its tail here once.
        if el.tail:
            self._data(el.tail)
            el.tail = None

    def _data(self, text: str) -> None:
        self.parts.append(text.replace("\r", "").replace("\n", " ").replace("\t", " "))


def _starts_block(el) -> bool:
    """True when nothing visible comes before el in its parent block."""
    parent = el.getparent()
    if parent is None or (parent.text or "").strip():
        return False
    for sibling in parent:
        if sibling is el:
            return True
        if (sibling.text_content() or "").strip() or (sibling.tail or "").strip():
            return False
    return True


def _inline_text(el, skip_navigation: bool) -> str:
    """Text of a cell or a bold run on one line: inner blocks become spaces."""
    parts: list[str] = []
    _Walker(parts, skip_navigation, inline=True).walk(el)
    return " ".join(line.strip() for line in "".join(parts).split("\n") if line.strip())


def _is_layout(table) -> bool:
    """A table that lays a page out (cells of paragraphs, tables inside) rather than one of data."""
    for row in _rows(table):
        for cell in row:
            if cell.find(".//table") is not None:
                return True
            blocks = sum(1 for _ in cell.iter("br", "p", "div", "li"))
            if blocks >= 4 or len(cell.text_content() or "") > 300:
                return True
    return False


def _table_text(table, skip_navigation: bool) -> str:
    """One line per row, cells by tabs; a spanning cell fills every row and column it covers."""
    grid: dict[tuple[int, int], str] = {}
    lines = []
    rows_of_table = list(_rows(table))
    for r, row in enumerate(rows_of_table):
        c = 0
        for cell in row:
            while (r, c) in grid:
                c += 1
            text = _inline_text(cell, skip_navigation)
            rows = min(_span(cell.get("rowspan")), len(rows_of_table) - r)
            cols = _span(cell.get("colspan"))
            for dr in range(rows):
                for dc in range(cols):
                    # Repeated down the rows it spans, given once across the columns.
                    grid.setdefault((r + dr, c + dc), text if dc == 0 else "")
            c += cols
        width = max((col for (row_i, col) in grid if row_i == r), default=-1) + 1
        lines.append("\t".join(grid.get((r, col), "") for col in range(width)))
    return "\n".join(lines)


def _rows(table):
    """The rows of a table (in thead/tbody/tfoot or directly), not those of tables inside it."""
    for child in table:
        tag = child.tag.lower() if isinstance(child.tag, str) else ""
        if tag == "tr":
            yield [cell for cell in child if isinstance(cell.tag, str) and cell.tag.lower() in ("td", "th")]
        elif tag in ("thead", "tbody", "tfoot"):
            yield from _rows(child)


def _span(value: str | None) -> int:
    try:
        return max(1, min(int((value or "1").strip().rstrip(";")), _MAX_SPAN))
    except ValueError:
        return 1


def _tidy_cells(line: str) -> str:
    cells = [cell.strip() for cell in line.split("\t")]
    return "\t".join(cells).strip("\t").strip()
