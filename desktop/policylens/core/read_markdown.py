"""Markdown markup in a text (.md files, and .txt files that crawlers saved as Markdown).

The markup is not removed from the raw text: it is found here as spans, and the cleaning stage
sets each aside with its reason, so that clean offsets still map to the file's own characters.
Headings stay lines of their own (only their # marks go); link targets, emphasis marks, front
matter and HTML islands go; the text of a link stays.
"""
from __future__ import annotations

import re

_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t\u3000]+", re.M)
_SETEXT = re.compile(r"^[ \t]{0,3}(=+|-{3,})[ \t]*$", re.M)
_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(?:[^\n]*\n){0,60}?(?:---|\.\.\.)[ \t]*(?:\n|\Z)")
# The marks hug their text: "_____" blanks of a form are not emphasis.
_BOLD = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])([^\n]+?)(?<=[^\s*_])\1(?![*_])")
_ITALIC = re.compile(r"(?<![A-Za-z0-9*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![A-Za-z0-9*])")
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((?:[^)\s\n]+)(?:\s+\"[^\"\n]*\")?\)")
_HTML_TAG = re.compile(r"</?(?:div|span|p|br|img|a|font|table|tr|td|th|tbody|thead|center|strong|b|i|em|"
                       r"u|sup|sub|section|article|header|footer|ul|ol|li|h[1-6]|hr|iframe|script|style)"
                       r"\b[^<>\n]*/?>", re.I)
_BLOCKQUOTE = re.compile(r"^[ \t]{0,3}(?:>[ \t]?)+", re.M)
_BULLET = re.compile(r"^[ \t]{0,3}[*+-][ \t]+(?=\S)", re.M)
_RULE = re.compile(r"^[ \t]{0,3}([*_-])(?:[ \t]*\1){2,}[ \t]*$", re.M)


def looks_like_markdown(text: str) -> bool:
    """Markdown by evidence: front matter, or at least two marks of heading, emphasis or link."""
    head = text[:200_000]
    if _FRONT_MATTER.match(head):
        return True
    marks = (len(_HEADING.findall(head)) + len(_BOLD.findall(head)) + len(_LINK.findall(head))
             + len(_IMAGE.findall(head)))
    return marks >= 2


def markdown_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, reason) of every piece of markup, in raw offsets, sorted and disjoint."""
    spans: list[tuple[int, int, str]] = []
    front = _FRONT_MATTER.match(text)
    if front:
        spans.append((front.start(), front.end(), "front-matter"))
    for m in _IMAGE.finditer(text):
        spans.append((m.start(), m.end(), "markdown-image"))
    for m in _LINK.finditer(text):
        spans.append((m.start(), m.start() + 1, "markdown-link"))
        spans.append((m.start(1) + len(m.group(1)), m.end(), "markdown-link"))
    for pattern, reason in ((_HEADING, "markdown-heading"), (_BLOCKQUOTE, "markdown-quote"),
                            (_BULLET, "markdown-list")):
        for m in pattern.finditer(text):
            spans.append((m.start(), m.end(), reason))
    for pattern in (_SETEXT, _RULE):
        for m in pattern.finditer(text):
            spans.append((m.start(), m.end(), "markdown-rule"))
    for m in _BOLD.finditer(text):
        mark = len(m.group(1))
        spans.append((m.start(), m.start() + mark, "markdown-emphasis"))
        spans.append((m.end() - mark, m.end(), "markdown-emphasis"))
    for m in _ITALIC.finditer(text):
        spans.append((m.start(), m.start() + 1, "markdown-emphasis"))
        spans.append((m.end() - 1, m.end(), "markdown-emphasis"))
    for m in _HTML_TAG.finditer(text):
        spans.append((m.start(), m.end(), "html-island"))
    return _disjoint(spans)


def _disjoint(spans):
    """Sorted spans, each dropped if it overlaps one already taken (the earlier, wider wins)."""
    taken: list[tuple[int, int, str]] = []
    for start, end, reason in sorted(spans, key=lambda s: (s[0], -s[1])):
        if end <= start:
            continue
        if taken and start < taken[-1][1]:
            continue
        taken.append((start, end, reason))
    return taken
