"""Saved web pages (.mht/.mhtml, "web archive, single file"): a MIME message around the page.

The standard library's email parser undoes quoted-printable and base64; each part is decoded
by its own declared charset (falling back to the decoder's evidence), and the page is the first
text/html part (or the first text/plain one). Images and style sheets in the archive are ignored.
"""
from __future__ import annotations

import email
import email.policy
import re

from .decode import decode_bytes
from .errors import SourceError

# A MIME message starts with header lines; a saved page has at least these.
_MIME_HEAD = re.compile(rb"\A(?:\s*[A-Za-z-]+:[^\n]*\n){0,20}?\s*(?:MIME-Version:|Content-Type:\s*multipart/)",
                        re.I)


# A MIME part left at the end of a text: a boundary line, then the part's Content- headers.
_TAIL = re.compile(r"^-{2,}[^\S\n]*[=_\w.:+-]{6,}[^\S\n]*\n(?:[^\S\n]*\n)?Content-(?:Type|Transfer-Encoding|Location|ID)\s*:",
                   re.M | re.I)


def mime_tail_start(text: str) -> int | None:
    """Where a MIME tail (a saved page's images or styles) starts in a text, if it has one."""
    if "Content-" not in text:
        return None
    match = _TAIL.search(text)
    return match.start() if match else None


def looks_like_mime(data: bytes) -> bool:
    return bool(_MIME_HEAD.match(data[:4096].replace(b"\r\n", b"\n")))


def mime_page(data: bytes, name: str) -> tuple[str, str, str]:
    """(kind, text, encoding) of the archive's page: kind is 'html' or 'txt'."""
    message = email.message_from_bytes(data, policy=email.policy.compat32)
    parts = [p for p in message.walk() if not p.is_multipart()]
    for wanted in ("text/html", "text/plain"):
        for part in parts:
            if part.get_content_type() == wanted:
                text, encoding = _part_text(part, name)
                return ("html" if wanted == "text/html" else "txt"), text, encoding
    kinds = ", ".join(sorted({p.get_content_type() for p in parts})) or "nothing"
    raise SourceError(name, "source.mime_no_page", kinds=kinds)


def _part_text(part, name: str) -> tuple[str, str]:
    payload = part.get_payload(decode=True) or b""
    charset = (part.get_content_charset() or "").lower()
    charset = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}.get(charset, charset)
    transfer = (part.get("Content-Transfer-Encoding") or "8bit").lower()
    if charset:
        try:
            return payload.decode(charset), f"{charset} (declared, {transfer})"
        except (UnicodeDecodeError, LookupError):
            pass
    decoded = decode_bytes(payload, name)
    return decoded.text, f"{decoded.encoding} ({transfer})"
