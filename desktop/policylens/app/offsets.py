"""Python strings index code points; Qt's text classes index UTF-16 units.

Every offset from the core crosses this boundary once, here. A character outside the Basic
Multilingual Plane (such as 𠮷, common in rare-character place names) takes two UTF-16 units.
"""
from __future__ import annotations

from bisect import bisect_right


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
