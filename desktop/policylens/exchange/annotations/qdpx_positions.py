"""How a REFI-QDA project counts its positions: code points, or UTF-16 code units.

The standard counts code points (Python string indices). NVivo for Windows counts UTF-16
code units, as .NET strings do, so every character outside the Basic Multilingual Plane (an
emoji, a rare Han character of extension B) before a selection shifts it by one. The two
readings differ only there; where they do, the selection's quote (its name, when it is the
selected text) says which one is meant, the quotes of the whole project say how it counts,
and failing those the program named in the project's origin. What stays open is reported,
so the annotation is listed for review instead of being placed on other words.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

CODE_POINTS, UTF16 = "code points", "UTF-16 code units"
_UTF16_PROGRAMS = ("nvivo",)  # .NET programs known to write UTF-16 offsets (NVivo for Mac aside)
_CODE_POINT_PROGRAMS = ("policylens", "qualcoder")  # known to follow the standard


class Units:
    """UTF-16 offsets of one text as code point offsets."""

    def __init__(self, text: str):
        self.length = len(text)
        # the UTF-16 offset at which each character above U+FFFF starts
        self._pairs = [i + n for n, i in enumerate(i for i, c in enumerate(text) if ord(c) > 0xFFFF)]

    def differs_before(self, offset: int) -> bool:
        """True when the two countings differ for an offset (some wide character comes before it)."""
        return bool(self._pairs) and self._pairs[0] < offset

    def code_point(self, unit: int) -> int | None:
        """The code point offset of a UTF-16 offset; None inside a surrogate pair or past the end."""
        before = bisect_left(self._pairs, unit)  # pairs starting before unit
        if before and self._pairs[before - 1] + 1 == unit:
            return None
        point = unit - before
        return point if 0 <= point <= self.length else None


@dataclass
class Vote:
    """What one selection's quote says: which readings it fits."""
    code_points: bool
    utf16: bool


def fits(quote: str, passage: str) -> bool:
    """True when quote is the passage, or the start of it (names are often cut short)."""
    q = "".join(quote.split()).rstrip(".…")
    p = "".join(passage.split())
    return len(q) >= 2 and len(p) >= 1 and (p.startswith(q) or (len(p) >= 2 and q.startswith(p)))


class Counting:
    """The project's counting, decided from its quotes, else from its origin."""

    def __init__(self, origin: str, votes: list[Vote]):
        decisive = [v for v in votes if v.code_points != v.utf16]
        points = sum(v.code_points for v in decisive)
        units = len(decisive) - points
        self.how, self.why = None, ""
        if points and not units:
            self.how, self.why = CODE_POINTS, f"the quotes of {points} selections fit code points"
        elif units and not points:
            self.how, self.why = UTF16, f"the quotes of {units} selections fit UTF-16 code units"
        elif not decisive:
            self._from_origin(origin.lower())
        else:
            self.why = f"the quotes disagree ({points} fit code points, {units} UTF-16 code units)"

    def _from_origin(self, origin: str) -> None:
        if any(name in origin for name in _UTF16_PROGRAMS) and "mac" not in origin:
            self.how, self.why = UTF16, "its origin is NVivo for Windows, which counts UTF-16 code units"
        elif any(name in origin for name in _CODE_POINT_PROGRAMS):
            self.how, self.why = CODE_POINTS, "its origin counts code points, as the standard does"
        else:
            self.why = "no quote tells, and its origin does not say how it counts"

    def span(self, units: Units, start: int, end: int, vote: Vote | None) -> tuple[int, int, str]:
        """(start, end) in code points, and why it is uncertain ("" when it is not)."""
        if not units.differs_before(end):
            return start, end, ""
        wide = (units.code_point(start), units.code_point(end))
        if None in wide or not wide[0] < wide[1]:  # no UTF-16 reading: code points it is
            return start, end, ""
        if end > units.length:  # no code point reading: UTF-16 it is
            return (*wide, "")
        if vote and vote.code_points != vote.utf16:
            return (start, end, "") if vote.code_points else (*wide, "")
        if vote is None or not (vote.code_points or vote.utf16):
            if self.how == UTF16:
                return (*wide, "")
            if self.how == CODE_POINTS:
                return start, end, ""
        return start, end, (f"its positions read as code points and as UTF-16 code units give two "
                            f"passages, and {self.why}")
