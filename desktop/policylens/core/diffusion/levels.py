"""Administrative levels in rank order, and which of them are the reference for local ones.

国家 (the State Council and the ministries) is above 省, above 市, above 县 and 区 (one rank:
a county and a city district are peers), above 乡镇. A document whose level was not found has
no rank: it is never said to be above or below another.
"""
from __future__ import annotations

RANK = {"国家": 0, "省": 1, "市": 2, "县": 3, "区": 3, "乡镇": 4}
REFERENCE = ("国家", "省")  # central and provincial: what local members follow or precede


def rank(level: str) -> int | None:
    return RANK.get(level)


def is_reference(level: str) -> bool:
    return level in REFERENCE


def not_below(a: str, b: str) -> bool:
    """Level a is the same as or above level b (both known)."""
    ra, rb = rank(a), rank(b)
    return ra is not None and rb is not None and ra <= rb


def above(a: str, b: str) -> bool:
    ra, rb = rank(a), rank(b)
    return ra is not None and rb is not None and ra < rb
