"""Back/forward history of reading positions, as in a web browser (plain Python, no Qt)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Position:
    doc_key: str
    offset: int  # code points into the document's clean text


class History:
    """Positions the user jumped from; a new jump after going back drops the forward list."""

    def __init__(self, limit: int = 200):
        self._back: list[Position] = []
        self._forward: list[Position] = []
        self._limit = limit

    def visit(self, leaving: Position | None) -> None:
        """Record the position being left by a jump (outline click, search hit, link)."""
        if leaving is None or (self._back and self._back[-1] == leaving):
            return
        self._back.append(leaving)
        del self._back[:-self._limit]
        self._forward.clear()

    def back(self, current: Position) -> Position | None:
        return self._step(self._back, self._forward, current)

    def forward(self, current: Position) -> Position | None:
        return self._step(self._forward, self._back, current)

    def can_go_back(self) -> bool:
        return bool(self._back)

    def can_go_forward(self) -> bool:
        return bool(self._forward)

    @staticmethod
    def _step(source: list[Position], target: list[Position], current: Position) -> Position | None:
        if not source:
            return None
        target.append(current)
        return source.pop()
