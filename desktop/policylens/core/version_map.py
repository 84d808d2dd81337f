"""Where an offset of one version of a text lies in another version of it.

When the previous version of a document is at hand (the corpus store keeps every version),
re-anchoring need not guess where a passage should be: a diff of the two texts says. The
diff is made line by line (fast: lines are compared as wholes), then character by character
inside each changed group of lines, so an offset in an unchanged stretch maps exactly and one
inside an edit maps to the nearest unchanged character before it.
"""
from __future__ import annotations

from bisect import bisect_right
from difflib import SequenceMatcher

MAX_INNER = 4000  # changed stretches longer than this are not diffed character by character


class VersionMap:
    def __init__(self, old: str, new: str):
        self._blocks: list[tuple[int, int, int]] = []  # (old start, new start, length), in order
        old_lines, new_lines = old.splitlines(keepends=True), new.splitlines(keepends=True)
        old_at, new_at = _starts(old_lines), _starts(new_lines)
        matcher = SequenceMatcher(None, old_lines, new_lines, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            a0, a1, b0, b1 = old_at[i1], old_at[i2], new_at[j1], new_at[j2]
            if tag == "equal":
                self._blocks.append((a0, b0, a1 - a0))
            elif tag == "replace" and (a1 - a0) + (b1 - b0) <= MAX_INNER:
                inner = SequenceMatcher(None, old[a0:a1], new[b0:b1], autojunk=False)
                self._blocks += [(a0 + a, b0 + b, n) for a, b, n in inner.get_matching_blocks() if n]
        self._old_starts = [b[0] for b in self._blocks]

    def map(self, offset: int) -> int:
        """The new offset of an old one; inside an edit, just after the last kept character."""
        k = bisect_right(self._old_starts, offset) - 1
        if k < 0:
            return 0
        old_start, new_start, length = self._blocks[k]
        return new_start + min(offset - old_start, length)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """The new place of old [start, end), None if none of it survives.

        It runs from the first to the last surviving character; an edited first (last)
        character still belongs to it when the character before (after) the span survives.
        """
        first, last = self._first_kept(start, end), self._last_kept(start, end)
        if first is None or last is None:
            return None
        new_start = self.map(first) if first == start or not self._kept(start - 1) else self.map(start - 1) + 1
        new_end = self.map(last) + 1 if last == end - 1 or not self._kept(end) else self.map(end)
        return (new_start, new_end) if new_start < new_end else None

    def _block(self, offset: int) -> tuple[int, int, int] | None:
        k = bisect_right(self._old_starts, offset) - 1
        return self._blocks[k] if k >= 0 else None

    def _kept(self, offset: int) -> bool:
        block = self._block(offset)
        return block is not None and offset < block[0] + block[2]

    def _first_kept(self, start: int, end: int) -> int | None:
        if self._kept(start):
            return start
        k = bisect_right(self._old_starts, start)
        return self._old_starts[k] if k < len(self._blocks) and self._old_starts[k] < end else None

    def _last_kept(self, start: int, end: int) -> int | None:
        block = self._block(end - 1)
        if block is None:
            return None
        last = min(end - 1, block[0] + block[2] - 1)
        return last if last >= start else None


def _starts(lines: list[str]) -> list[int]:
    """Offset of each line's start, and the text's length at the end."""
    starts, at = [0], 0
    for line in lines:
        at += len(line)
        starts.append(at)
    return starts
