"""The raw view: the source file's text as read, with every piece the cleaner set aside marked.

It lets a reader check that cleaning removed only noise. Removed pieces carry raw offsets;
the reader's own offsets are clean ones, so this module also converts between the two.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import TYPE_CHECKING, Callable

from ...core.textmap import OffsetMap
from ..common import styles
from ..common.offsets import OffsetView

if TYPE_CHECKING:  # a type only: parsing documents is not needed to draw the empty reader
    from ...core.document import Document

# A carriage return before a line break would show as an empty line of its own in Qt.
_CR_BEFORE_LF = re.compile("\r(?=\n)")


def raw_to_clean(offsets: OffsetMap, raw: int) -> int:
    """The clean offset of a raw one; inside a removed piece, the next kept character's."""
    runs = offsets.runs
    i = bisect_right([r for _, r, _ in runs], raw) - 1
    if i < 0:
        return 0
    c, r, n = runs[i]
    return c + min(raw - r, n)


def clean_span_to_raw(offsets: OffsetMap, start: int, end: int) -> tuple[int, int]:
    # The end maps through its last character: the clean end may lie just past a removed piece.
    raw_start = offsets.to_raw(start)
    raw_end = offsets.to_raw(end - 1) + 1 if end > start else raw_start
    return raw_start, max(raw_start, raw_end)


def displayable(text: str) -> str:
    """The raw text with the same length, made safe to show as plain text."""
    return _CR_BEFORE_LF.sub(" ", text).replace("\f", "\n")


class RawView(OffsetView):
    """Shows Document.source.text; offsets here are raw offsets."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("rawView")
        self._doc: Document | None = None
        self._convert: Callable[[str], str] | None = None

    @property
    def current(self) -> Document | None:
        return self._doc

    def show_document(self, doc: Document, convert: Callable[[str], str] | None) -> None:
        if doc is self._doc and convert is self._convert:
            return  # already on screen: re-marking 600 pinyin pieces is not free
        self._doc, self._convert = doc, convert
        text = displayable(doc.source.text)
        self.set_text(convert(text) if convert else text)
        self.space_lines()
        for piece in doc.clean.removed:
            self.apply(piece.start, piece.end, styles.removed_format(piece.reason))

    def to_clean(self, raw: int) -> int:
        return raw_to_clean(self._doc.clean.offsets, raw) if self._doc else 0

    def to_raw(self, clean: int) -> int:
        return self._doc.clean.offsets.to_raw(clean) if self._doc else 0

    def span_to_raw(self, start: int, end: int) -> tuple[int, int]:
        return clean_span_to_raw(self._doc.clean.offsets, start, end) if self._doc else (0, 0)
