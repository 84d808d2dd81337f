"""Escaping what a user typed for Markdown (and the HTML that Markdown lets through).

Notes are shown as typed, Markdown notes included: a report must not run a user's HTML or
let a stray `|` break its tables, so every character that means something is escaped.
"""
from __future__ import annotations

import html
import re

_INLINE = re.compile(r"([\\`*_\[\]|~#])")  # emphasis, code, links, tables, strike-through, headings
_LINE_START = re.compile(r"^(\s*(?:\d+)?)([-+=.)])", re.MULTILINE)  # list items, setext rules


def md_inline(text: str) -> str:
    """Text that stays text inside a Markdown paragraph; HTML special characters as entities."""
    escaped = _INLINE.sub(r"\\\1", html.escape(text, quote=False))
    return _LINE_START.sub(r"\1\\\2", escaped)


def md_cell(text: str) -> str:
    """Text for one table cell: escaped, one line (line breaks become <br>)."""
    lines = [md_inline(line.strip()) for line in text.splitlines()]
    return "<br>".join(lines) or " "


def md_block(text: str) -> str:
    """A multi-line text as paragraphs; blank lines kept, every line escaped."""
    return "\n".join(md_inline(line) for line in text.splitlines())
