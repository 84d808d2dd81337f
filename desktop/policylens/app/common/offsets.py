"""Python strings index code points; Qt's text classes index UTF-16 units.

Every offset from the core crosses this boundary once, here. A character outside the Basic
Multilingual Plane (such as 𠮷, common in rare-character place names) takes two UTF-16 units.
OffsetView is the text view side of that boundary: it speaks only code points to its callers.
"""
from __future__ import annotations

from bisect import bisect_right
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QTextBrowser


def utf16_len(text: str) -> int:
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


class Utf16Map:
    """Converts code-point offsets of one text to UTF-16 offsets and back."""

    def __init__(self, text: str):
        # Code-point positions of the astral characters; each one shifts later offsets by one.
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        # UTF-16 offsets just past each astral character (its pair of surrogates).
        self._astral_ends = [i + k + 2 for k, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        return offset + bisect_right(self._astral, offset - 1)

    def from_utf16(self, unit: int) -> int:
        return unit - bisect_right(self._astral_ends, unit)


class OffsetView(QTextBrowser):
    """A read-only text view addressed in code-point offsets of the text it shows."""

    zoomRequested = Signal(int)  # Ctrl+wheel: the owner zooms, so headings are re-sized with the text

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        # Selecting with Shift+arrows as well as the mouse: annotating must work from the keyboard.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # CJK has no spaces
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(16)
        self.shown = ""  # the text on screen, in code points
        self._map = Utf16Map("")
        self._batch: QTextCursor | None = None

    def set_text(self, text: str) -> None:
        self.shown, self._map = text, Utf16Map(text)
        # setPlainText types with the current format, which may be the last document's heading.
        self.setCurrentCharFormat(QTextCharFormat())
        self.setExtraSelections([])
        self.setPlainText(text)

    def space_lines(self) -> None:
        # Dense CJK text reads better with air between lines and paragraphs.
        block = QTextBlockFormat()
        block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(3)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block)

    def position_of(self, offset: int) -> int:
        """The Qt document position of a code-point offset in the shown text."""
        return self._map.to_utf16(offset)

    def offset_of(self, position: int) -> int:
        return self._map.from_utf16(position)

    def span_cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position_of(start))
        cursor.setPosition(self.position_of(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def apply(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor = self._batch or QTextCursor(self.document())
        cursor.setPosition(self.position_of(start))
        cursor.setPosition(self.position_of(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)

    @contextmanager
    def batch(self):
        """Apply many formats as one edit: the layout is updated once, at the end, instead of
        after every format (a document's thousands of marks took most of its opening time)."""
        self._batch = QTextCursor(self.document())
        self._batch.beginEditBlock()
        try:
            yield
        finally:
            self._batch.endEditBlock()
            self._batch = None

    def top_offset(self) -> int:
        """Offset of the first character on the top visible line."""
        margin = int(self.document().documentMargin())
        return self.offset_of(self.cursorForPosition(QPoint(margin, 1)).position())

    def line_top(self, offset: int) -> int:
        """Document y of the line holding an offset (a block's first line is its top)."""
        block = self.document().findBlock(self.position_of(offset))
        top = self.document().documentLayout().blockBoundingRect(block).top()
        layout = block.layout()
        line = layout.lineForTextPosition(self.position_of(offset) - block.position()) if layout else None
        return int(top + (line.y() if line is not None and line.isValid() else 0))

    def scroll_to(self, offset: int, context: int = 0) -> None:
        """Put the offset's line at the top, `context` pixels below it to show what leads in."""
        self.verticalScrollBar().setValue(max(0, self.line_top(offset) - context))

    def select_span(self, start: int, end: int) -> None:
        self.setTextCursor(self.span_cursor(start, end))

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoomRequested.emit(1 if event.angleDelta().y() > 0 else -1)
            event.accept()
            return
        super().wheelEvent(event)
