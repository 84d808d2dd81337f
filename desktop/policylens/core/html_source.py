"""An HTML file as a RawSource: its encoding, its visible text, or why it has none.

A page that shows nothing is told apart by what it holds instead: frames of other pages, only
images (a scan converted to HTML), or only scripts and markup. A page saved from a file viewer
in place of the file itself (named .pdf or .doc, its title naming that file) is refused as such,
and so is a page of any name whose title names a file while its text holds no Chinese to speak
of (a code host's viewer page saved for a .txt or .html document: only its sign-in chrome).
"""
from __future__ import annotations

import re
from pathlib import Path
from typing import Callable

from .decode import decode_bytes
from .errors import SourceError, no_check

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "utf8": "utf-8"}
_FRAMES = re.compile(r"<(?:frame|iframe)\b[^>]*\bsrc\s*=\s*[\"']?([^\"'\s>]+)", re.I)
_IMAGES = re.compile(r"<img\b", re.I)
_BINARY_SUFFIXES = (".pdf", ".doc", ".docx", ".wps", ".xls", ".xlsx")


def html_source(data: bytes, name: str, check: Callable[[], None] = no_check):
    from .formats import RawSource

    markup, encoding, stray = _decode(data, name)
    check()
    _refuse_viewer_page(markup, name)
    text = html_text(markup, name, check)
    _refuse_foreign_viewer_page(markup, text, name)
    notes = ()
    if stray:
        where = "marked as damaged in the text" if "\ufffd" in text else "all in markup, the text is whole"
        notes = (f"{stray} byte{'s' if stray > 1 else ''} did not fit {encoding} ({where})",)
    return RawSource(name, "html", encoding, text, notes)


def html_text(markup: str, name: str, check: Callable[[], None] = no_check) -> str:
    from .read_html import page_text

    body = page_text(markup, check=check) or page_text(markup, skip_navigation=False, check=check)
    if body.strip():
        return body
    code, params = _why_empty(markup)
    raise SourceError(name, code, **params)


def _decode(data: bytes, name: str) -> tuple[str, str, int]:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        label = declared.group(1).decode("ascii").lower()
        label = _ALIASES.get(label, label)
        try:
            return data.decode(label), f"{label} (declared)", 0
        except (UnicodeDecodeError, LookupError):
            pass
    decoded = decode_bytes(data, name)
    return decoded.text, decoded.encoding, decoded.stray_bytes


def _refuse_viewer_page(text: str, name: str) -> None:
    suffix = Path(name).suffix.lower()
    if suffix not in _BINARY_SUFFIXES:
        return
    from .read_html import page_title

    title = page_title(text).lower()
    if re.search(r"[^\s/\\]+\.(pdf|docx?|wps|xlsx?)\b", title):
        raise SourceError(name, "source.viewer_page", suffix=suffix, title=page_title(text)[:80])


_CJK = re.compile(r"[\u4e00-\u9fff]")
MIN_CJK = 20  # fewer Chinese characters than a one-line notice holds
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.S | re.I)


def _refuse_foreign_viewer_page(markup: str, text: str, name: str) -> None:
    if len(_CJK.findall(text)) >= MIN_CJK:
        return
    found = _TITLE.search(markup, 0, 20000)
    title = re.sub(r"\s+", " ", found.group(1)).strip() if found else ""
    if not _CJK.search(title):
        return
    stem = Path(name).stem
    if re.search(r"[^\s/\\]+\.[a-z]{2,5}\b", title, re.I) or (len(stem) >= 6 and stem in title):
        suffix = Path(name).suffix.lower() or "original"
        raise SourceError(name, "source.viewer_page", suffix=suffix, title=title[:80])


def _why_empty(markup: str) -> tuple[str, dict]:
    frames = _FRAMES.findall(markup)
    if re.search(r"<frameset\b", markup, re.I) or frames:
        shown = ", ".join(frames[:3]) or "no source"
        return "html.frames", {"frames": shown}
    images = len(_IMAGES.findall(markup))
    if images:
        return ("html.images" if images > 1 else "html.image"), {"count": images}
    return "html.no_text", {}
