"""A user's annotation as the reader paints it, shared by the reader that paints marks and the
annotating feature that makes them: plain values, no store objects and no widget."""
from __future__ import annotations

from typing import NamedTuple

REPAINT_LIMIT = 40  # marks changed at once; more: the whole document is rendered again


class Mark(NamedTuple):
    """A user's annotation as the reader paints it: plain values, no store objects."""
    id: str
    start: int  # code points into the clean text of the shown version
    end: int
    color: str
    tip: str  # one line or two of plain text (the outline's tooltip)
    note: str = ""
    note_format: str = "plain"
    codes: tuple[str, ...] = ()  # code paths, 落户条件/租赁住所
    created: str = ""  # the annotation's; orders marks on the same span as the store does
    coder: str = ""  # who made it


def mark_order(mark: Mark) -> tuple:
    """Text order, as Project.for_document sorts annotations."""
    return mark.start, mark.end, mark.created
