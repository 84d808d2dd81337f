"""A clean text that remembers, for every character, where it came from in the raw text."""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass
class OffsetMap:
    """Runs of (clean_start, raw_start, length): clean[c + k] came from raw[r + k]."""

    runs: list[tuple[int, int, int]] = field(default_factory=list)

    def to_raw(self, clean_offset: int) -> int:
        """Raw offset of a clean character; the end offset maps just past its run's last char."""
        if not self.runs:
            return 0
        i = bisect_right(self._starts(), clean_offset) - 1
        if i < 0:
            return self.runs[0][1]
        c, r, n = self.runs[i]
        return r + min(clean_offset - c, n)

    def _starts(self) -> list[int]:
        cached = getattr(self, "_start_cache", None)
        if cached is None or len(cached) != len(self.runs):
            cached = [c for c, _, _ in self.runs]
            self._start_cache = cached
        return cached

    def to_json(self) -> list[list[int]]:
        return [list(run) for run in self.runs]

    @classmethod
    def from_json(cls, runs) -> "OffsetMap":
        return cls([tuple(run) for run in runs])


class TextBuilder:
    """Accumulates kept slices of the raw text and the offset runs that go with them."""

    def __init__(self, raw: str):
        self.raw = raw
        self.pieces: list[str] = []
        self.runs: list[tuple[int, int, int]] = []
        self.length = 0

    def keep(self, start: int, end: int) -> None:
        if end <= start:
            return
        self._append(self.raw[start:end], start)

    def add(self, text: str, raw_at: int) -> None:
        """Add text that stands for raw position raw_at (a line break between kept lines)."""
        self._append(text, raw_at)

    def _append(self, text: str, raw_start: int) -> None:
        if self.runs:
            c, r, n = self.runs[-1]
            if c + n == self.length and r + n == raw_start and self.raw[raw_start:raw_start + len(text)] == text:
                self.runs[-1] = (c, r, n + len(text))
                self.pieces.append(text)
                self.length += len(text)
                return
        self.runs.append((self.length, raw_start, len(text)))
        self.pieces.append(text)
        self.length += len(text)

    def text(self) -> str:
        return "".join(self.pieces)

    def offsets(self) -> OffsetMap:
        return OffsetMap(list(self.runs))
