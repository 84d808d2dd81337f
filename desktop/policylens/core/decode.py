"""Turn the bytes of a text file into str, choosing the encoding by evidence.

Order of evidence: a byte-order mark; strict UTF-8 validity (a non-ASCII file that is valid
UTF-8 is almost never anything else); otherwise GB18030 and Big5 are both tried strictly and
the one whose characters are common Chinese characters wins. A file that is one encoding except
for a few stray bytes (a UTF-8 page with one GBK attribute) is decoded in that encoding, each
run of stray bytes standing as one U+FFFD that the cleaning stage marks as a damaged span.
Only a file with no dominant encoding is refused, with what was tried.
"""
from __future__ import annotations

import codecs
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .errors import DecodeError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LEGACY = ("gb18030", "big5", "cp950")
# Share of Han characters that must be common ones before a legacy decoding is believed.
_MIN_COMMON_SHARE = 0.6


# Stray bytes tolerated in a file of one dominant encoding: a few, and a tiny share of it.
_MAX_STRAY = 64
_MAX_STRAY_SHARE = 0.002


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    stray_bytes: int = 0  # bytes that fit no character of the encoding (each run is one U+FFFD)


@lru_cache(maxsize=1)
def common_hanzi() -> frozenset[str]:
    """The most frequent Han characters, simplified and traditional (resources/common_hanzi.txt)."""
    data = resources.files("policylens.resources").joinpath("common_hanzi.txt").read_text("utf-8")
    return frozenset(ch for ch in data if not ch.isspace())


def decode_bytes(data: bytes, name: str) -> Decoded:
    if not data:
        raise DecodeError(name, "decode.empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return Decoded(_strict(data, encoding, name), encoding.replace("-sig", "") + " (BOM)")
    if b"\x00" in data:
        return _decode_utf16_without_bom(data, name)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.reason == "unexpected end of data" and _mostly_utf8(data, utf8_error.start):
        raise DecodeError(name, "decode.truncated", at=utf8_error.start)
    return _decode_legacy(data, name)


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(name, "decode.invalid", encoding=encoding, at=exc.start, reason=exc.reason) from None


def _decode_utf16_without_bom(data: bytes, name: str) -> Decoded:
    """NUL bytes: UTF-16 text without a byte-order mark, or binary data.

    Chinese UTF-16 has few NULs (only ASCII characters make them), so the evidence is the
    decoded text itself: strictly valid, no control characters, mostly common characters.
    """
    for encoding in ("utf-16-le", "utf-16-be"):
        if len(data) % 2:
            break
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for ch in text if ch < " " and ch not in "\t\r\n\f")
        if not controls and _common_share(text) >= _MIN_COMMON_SHARE:
            return Decoded(text, encoding)
    raise DecodeError(name, "decode.binary")


def _mostly_utf8(data: bytes, error_at: int) -> bool:
    """True when the only fault is an incomplete character in the last three bytes."""
    return error_at >= len(data) - 3 and any(b >= 0x80 for b in data[:error_at])


def _decode_legacy(data: bytes, name: str) -> Decoded:
    tried = ["utf-8"]
    best: tuple[float, str, str] | None = None
    for encoding in _LEGACY:
        tried.append(encoding)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = _common_share(text)
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best is not None and best[0] >= _MIN_COMMON_SHARE:
        return Decoded(best[2], best[1])
    mixed = _decode_with_stray_bytes(data)
    if mixed is not None:
        return mixed
    if best is None:
        raise DecodeError(name, "decode.no_dominant_encoding", tried=", ".join(tried))
    raise DecodeError(name, "decode.no_dominant_encoding_best", tried=", ".join(tried), best=best[1],
                      share=f"{best[0]:.0%}")


def _decode_with_stray_bytes(data: bytes) -> Decoded | None:
    """The encoding that fits all but a few bytes, if one does; UTF-8 first, its fit is telling."""
    allowed = min(_MAX_STRAY, max(1, int(len(data) * _MAX_STRAY_SHARE)))
    for encoding in ("utf-8", *_LEGACY):
        stray = _stray_bytes(data, encoding, allowed)
        if stray > allowed:
            continue
        text = data.decode(encoding, errors="replace")
        if encoding == "utf-8" or _common_share(text) >= _MIN_COMMON_SHARE:
            return Decoded(text, encoding, stray)
    return None


def _stray_bytes(data: bytes, encoding: str, limit: int) -> int:
    """How many bytes do not decode, counting no further than limit + 1."""
    count, pos = 0, 0
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    while count <= limit:
        try:
            decoder.decode(data[pos:], final=True)
            return count
        except UnicodeDecodeError as exc:
            count += exc.end - exc.start
            pos += exc.end
            decoder.reset()
    return count


def _common_share(text: str) -> float:
    common = common_hanzi()
    han = [ch for ch in text if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"]
    if not han:
        # No Han characters at all: legacy decoding of pure Latin-1 bytes is meaningless here.
        return 0.0
    bad = sum(1 for ch in text if ch in "\ufffd" or "\ue000" <= ch <= "\uf8ff")
    return max(0.0, sum(1 for ch in han if ch in common) / len(han) - bad / len(text))
