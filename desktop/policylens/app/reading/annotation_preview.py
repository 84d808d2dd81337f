"""What hovering an annotation in the reader shows: its quote, note (Markdown rendered), codes
and colour, with what the text under it says of itself (an agency's role, a damaged span).

A note's Markdown is rendered by Qt's own Markdown reader; every other piece of the user's text
is escaped before it goes into the tooltip's HTML.
"""
from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QCoreApplication, QPoint, QRect, Qt
from PySide6.QtGui import QTextCursor, QTextDocument

QUOTE_CHARS = 120  # of a long quote, in the preview
NOTE_CHARS = 1200  # of a long note: a tooltip is not a reading pane
_BODY = re.compile(r"<body[^>]*>(.*)</body>", re.S)


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def preview_html(marks: list, quotes: list[str], extra: str = "") -> str:
    """A tooltip for the annotations (reader.Mark) covering one place, each with the passage it
    quotes as shown; extra is the plain tooltip of the text there (an agency), or empty."""
    parts = [_one(mark, quote) for mark, quote in zip(marks, quotes)]
    if extra:
        parts.append(_paragraph(escape(extra).replace("\n", "<br/>")))
    return "<html><body>" + "<hr/>".join(parts) + "</body></html>"


def _one(mark, quote: str) -> str:
    swatch = f'<span style="background-color:{escape(mark.color)};">&nbsp;&nbsp;&nbsp;</span>&nbsp;'
    html = _paragraph(f"{swatch}<b>「{escape(_clip(quote, QUOTE_CHARS))}」</b>")
    note = _clip(mark.note.strip(), NOTE_CHARS)
    if note and mark.note_format == "markdown":
        html += _markdown(note)
    elif note:
        html += _paragraph(escape(note).replace("\n", "<br/>"))
    if mark.codes:
        label = QCoreApplication.translate("ReaderView", "编码：")
        codes = "；".join(escape(path) for path in mark.codes)
        html += f'<p style="color:#5c6b7a;">{escape(label)}{codes}</p>'
    if mark.coder:
        label = QCoreApplication.translate("ReaderView", "编码者：")
        html += f'<p style="color:#5c6b7a;">{escape(label)}{escape(mark.coder)}</p>'
    if not note and not mark.codes:
        plain = QCoreApplication.translate("ReaderView", "高亮（无笔记）")
        html += _paragraph(f"<i>{escape(plain)}</i>")
    return html


def _paragraph(inner: str) -> str:
    return f"<p>{inner}</p>"


def _markdown(text: str) -> str:
    """Markdown as the HTML Qt renders it (the body of the document it makes)."""
    doc = QTextDocument()
    doc.setMarkdown(text)
    body = _BODY.search(doc.toHtml())
    return body.group(1) if body else escape(text)


def preview_at(view, pos: QPoint) -> tuple[str, QRect] | None:
    """The preview of the annotations under a point of a ReaderView's viewport, and the area it
    stays up in (the innermost annotation's lines); None where no annotation is."""
    offset = offset_under(view, pos)
    marks = view.marks_at(offset) if offset is not None else []
    if not marks:
        return None
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(offset) + 1)  # the character's own format
    html = preview_html(marks, [view.shown[m.start:m.end] for m in marks], cursor.charFormat().toolTip())
    inner = marks[0]
    area = view.cursorRect(view.span_cursor(inner.start, inner.start))
    area = area.united(view.cursorRect(view.span_cursor(inner.end, inner.end)))
    if area.height() > view.cursorRect().height() * 1.5:  # over several lines: their full width
        area.setLeft(0)
        area.setRight(view.viewport().width())
    return html, area


def offset_under(view, pos: QPoint) -> int | None:
    """The offset of the character drawn at a viewport point of an OffsetView; None off the text."""
    point = pos + QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    hit = view.document().documentLayout().hitTest(point, Qt.HitTestAccuracy.ExactHit)
    if hit < 0:
        return None
    edge = QTextCursor(view.document())
    edge.setPosition(hit)
    if pos.x() < view.cursorRect(edge).x() and hit > 0:  # left of the nearest edge: the character before
        hit -= 1
    offset = view.offset_of(hit)
    return offset if offset < len(view.shown) else None
