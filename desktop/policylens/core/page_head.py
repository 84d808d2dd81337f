"""The <title> and <meta> tags of a saved web page, read from its raw bytes.

They are evidence for the document's title (portals often title a page 文件名-栏目-网站名) and
are kept as metadata. The visible text the rest of the core reads comes from core.formats;
this only looks at the page head, so it works whatever parser formats uses.
"""
from __future__ import annotations

import html
import re

_HEAD_BYTES = 65536
_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_-]+)", re.I)
_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
_META = re.compile(r"<meta\s+([^>]*)>", re.I)
_ATTR = re.compile(r"""([a-zA-Z_:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""")
_USELESS = {"viewport", "generator", "google-site-verification", "robots", "renderer", "format-detection"}
_MAX_VALUE = 300


def page_head(data: bytes) -> dict:
    """{"title": …, "meta": {name: content}} of an HTML page; {} when it has neither."""
    head = data[:_HEAD_BYTES]
    text = _decode(head)
    out: dict = {}
    title = _TITLE.search(text)
    if title:
        value = _tidy(title.group(1))
        if value:
            out["title"] = value
    metas = {}
    for tag in _META.finditer(text):
        attrs = {m.group(1).lower(): m.group(2) or m.group(3) or m.group(4) or "" for m in _ATTR.finditer(tag.group(1))}
        name = (attrs.get("name") or attrs.get("property") or "").strip()
        content = _tidy(attrs.get("content", ""))
        if name and content and name.lower() not in _USELESS:
            metas.setdefault(name, content[:_MAX_VALUE])
    if metas:
        out["meta"] = metas
    return out


def title_parts(page_title: str) -> list[str]:
    """The segments of a page title (文件名-栏目-网站名, 文件名_网站名, 网站名 | 文件名)."""
    return [p.strip() for p in re.split(r"\s*(?:(?<!\d)[-_|｜—–]+(?!\d)|\s{2,})\s*", page_title) if p.strip()]


def _decode(head: bytes) -> str:
    declared = _CHARSET.search(head)
    labels = [declared.group(1).decode("ascii").lower()] if declared else []
    for label in labels + ["utf-8", "gb18030"]:
        label = {"gb2312": "gb18030", "gbk": "gb18030"}.get(label, label)
        try:
            return head.decode(label)
        except (UnicodeDecodeError, LookupError):
            continue
    return head.decode("utf-8", errors="replace")


def _tidy(value: str) -> str:
    return re.sub(r"\s+", " ", html.unescape(value)).strip()
