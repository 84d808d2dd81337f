"""Escaping what a user typed for Markdown (and the HTML that Markdown lets through).

A plain note is shown as typed: every character that means something in Markdown is escaped.
A Markdown note keeps its markup (emphasis, code, links, lists), since that is what its writer
meant; in both, a report must not run a user's HTML or let a stray `|` break its tables, so
HTML special characters become entities and pipes are escaped.
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


def md_markup(text: str) -> str:
    """A Markdown text kept as Markdown: only HTML is neutralised (entities)."""
    return html.escape(text, quote=False)


def md_markup_cell(text: str) -> str:
    """A Markdown text for one table cell: its markup kept, HTML as entities, pipes escaped,
    one line (line breaks become <br>)."""
    lines = [md_markup(line.strip()).replace("|", "\\|") for line in text.splitlines()]
    return "<br>".join(lines) or " "


def note_cell(text: str, text_format: str) -> str:
    return md_markup_cell(text) if text_format == "markdown" else md_cell(text)


def note_block(text: str, text_format: str) -> str:
    return md_markup(text) if text_format == "markdown" else md_block(text)
