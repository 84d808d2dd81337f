"""What a file's bytes are, whatever its name says.

Kinds read: text, html, mime (a saved web page), docx, ole (Word 97–2003), pdf. Kinds refused,
each with its own reason: Mac resource forks, images, other archives and binary formats.
"""
from __future__ import annotations

import re

from .read_mime import looks_like_mime

REFUSED = ("resource-fork", "image", "zip", "rtf")  # each's reason: DecodeError's "refused.<kind>"
_IMAGES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"II*\x00", b"MM\x00*")
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|"
                         rb"title|div|p|table|center|font|base|link|script|style)[\s>/]", re.I | re.S)


def kind_of(data: bytes, name: str) -> str:
    head = data[:1024]
    if head.startswith((b"\x00\x05\x16\x07", b"\x00\x05\x16\x00")):
        return "resource-fork"
    if b"%PDF-" in head:
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        return "docx" if b"word/" in data[:65536] or name.lower().endswith(".docx") else "zip"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if head.startswith(_IMAGES) and not _HTML_START.match(head):
        return "image"
    if looks_like_mime(data):
        return "mime"
    if _HTML_START.match(data[:4096]):
        return "html"
    if name.lower().endswith((".html", ".htm")) and re.search(rb"<(?:html|body|p|div|br)[\s>/]", head, re.I):
        return "html"
    return "text"  # the decoder tells text from binary data
