"""Repair a raw text into a clean text without losing anything.

Web and print noise (breadcrumbs, QR-code lines, page numbers, images, encoded blocks, page
chrome) is set aside with its reason; what it tells (publication date, source) is kept as
metadata; pinyin after characters is removed; spans where characters were lost are marked,
not deleted. Every clean character maps back to its raw offset.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .cjk_compat import fold_compat
from .pages import page_layout
from .read_markdown import looks_like_markdown, markdown_spans
from .read_mime import mime_tail_start
from .textmap import OffsetMap, TextBuilder


@dataclass(frozen=True)
class Removed:
    start: int  # raw offsets
    end: int
    reason: str
    text: str

    def to_json(self) -> dict:
        return {"start": self.start, "end": self.end, "reason": self.reason, "text": self.text}


@dataclass
class CleanText:
    text: str
    offsets: OffsetMap
    removed: list[Removed] = field(default_factory=list)
    damaged: list[tuple[int, int]] = field(default_factory=list)  # clean offsets
    metadata: dict = field(default_factory=dict)


_DASH = "—\\-－–―~～"
_LINE_NOISE = [
    ("breadcrumb", re.compile(r"^(当前位置|當前位置|您现在的位置|您現在的位置|您的位置|所在位置)\s*[:：]")),
    ("page-number", re.compile(rf"^空?\s*[{_DASH}]+\s*[0-9０-９]{{1,4}}\s*[{_DASH}]+\s*空?$")),
    ("page-number", re.compile(r"^第\s*[0-9０-９]+\s*页(\s*[/，,]?\s*共\s*[0-9０-９]+\s*页)?$")),
    ("image", re.compile(r"^\[image:[^\]]*\]\S{0,2}$")),
    ("web-chrome", re.compile(r"^【?(字体|字號|字号|打印本页|打印本頁|关闭窗口|關閉窗口|分享到|浏览次数|瀏覽次數|"
                              r"点击数|點擊數|阅读次数|閱讀次數|【打印】|【关闭】)")),
]
_QR = re.compile(r"二维码|二維碼")
_METADATA = re.compile(r"^(发布时间|發布時間|发布日期|發布日期|文章来源|文章來源|信息来源|信息來源|来源|來源)\s*[:：]")
_META_DATE = re.compile(r"(\d{4})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
_META_SOURCE = re.compile(r"(?:文章来源|文章來源|信息来源|信息來源|来源|來源)\s*[:：]\s*(\S+)")
_ENCODED_CHARS = re.compile(r"[A-Za-z0-9+/=]")
_INLINE_IMAGE = re.compile(r"\[image:[^\]]*\]")
_PINYIN_LETTER = "a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüêńňǹḿ"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜǹńňḿ"
_PINYIN = re.compile(rf"(?<=[\u3400-\u9fff])\((?=[{_PINYIN_LETTER}]*[{_TONED}])[{_PINYIN_LETTER}]{{1,7}} ?\)")
_HAN = re.compile(r"[\u3400-\u9fff]")
_GARBAGE = set("abcdefghijklmnopqrstuvwxyz" + _PINYIN_LETTER[3:]) | set("?;)")


def clean(raw: str) -> CleanText:
    builder = TextBuilder(raw)
    removed: list[Removed] = []
    metadata: dict = {}
    # A paged text (a PDF's, pages split by form feeds): page furniture and wrapped lines.
    layout = page_layout(raw, classify_line) if "\f" in raw else None
    markup = MarkupSpans(markdown_spans(raw) if not layout and looks_like_markdown(raw) else [])
    tail = mime_tail_start(raw)  # a saved page's images left after its text: one removed piece
    body = raw if tail is None else raw[:tail]
    pos = 0
    for line in re.split(r"[\n\f]", body) if layout else body.split("\n"):
        line_end = pos + len(line)
        spans = markup.within(pos, line_end)
        if layout and pos in layout.glued:
            spans = [(*layout.glued[pos], "page-number")]
        if layout and pos in layout.noise:
            _set_aside(raw, pos, line_end, layout.noise[pos], removed)
        elif spans and _covers(raw, pos, line_end, spans):
            _set_aside(raw, pos, line_end, spans[0][2], removed)
        else:
            joint = layout.joins.get(pos, "\n") if layout else "\n"
            _clean_line(raw, pos, line_end, builder, removed, metadata, joint, spans)
        pos = line_end + 1
    if tail is not None:
        _set_aside(raw, tail, len(raw), "mime-tail", removed)
    # One code point for one: offsets stay put (⼈⺠ → 人民, so that searches find them).
    text = fold_compat(builder.text())
    return CleanText(text, builder.offsets(), removed, find_damaged(text), metadata)


def _set_aside(raw, start, end, reason, removed) -> None:
    line = raw[start:end]
    lead = start + (len(line) - len(line.lstrip()))
    removed.append(Removed(lead, lead + len(line.strip()), reason, line.strip()))


class MarkupSpans:
    """Markup spans (raw offsets, sorted) handed out line by line."""

    def __init__(self, spans):
        self.spans = spans
        self.i = 0

    def within(self, start: int, end: int) -> list[tuple[int, int, str]]:
        while self.i < len(self.spans) and self.spans[self.i][1] <= start:
            self.i += 1
        found, j = [], self.i
        while j < len(self.spans) and self.spans[j][0] < end:
            a, b, reason = self.spans[j]
            found.append((max(a, start), min(b, end), reason))
            j += 1
        return found


def _covers(raw, start, end, spans) -> bool:
    """True when markup is all a line holds (a rule, an HTML tag, a front-matter line)."""
    left = list(raw[start:end])
    for a, b, _ in spans:
        left[a - start:b - start] = " " * (b - a)
    return not "".join(left).strip()


def _clean_line(raw, start, end, builder, removed, metadata, joint="\n", markup=()) -> None:
    line = raw[start:end]
    stripped = line.strip()
    if not stripped:
        return
    lead = start + (len(line) - len(line.lstrip()))
    trail = lead + len(stripped)
    reason = classify_line(stripped)
    if reason:
        removed.append(Removed(lead, trail, reason, stripped))
        if reason == "metadata":
            _read_metadata(stripped, metadata)
        return
    cursor = lead
    inline = [(lead + m.start(), lead + m.end(), m.lastgroup or "pinyin") for m in _inline_noise(stripped)]
    for a, b, reason in sorted(inline + [(max(a, lead), min(b, trail), r) for a, b, r in markup
                                         if min(b, trail) > max(a, lead)]):
        if a < cursor:
            continue  # overlaps a span already set aside
        builder.keep(cursor, a)
        removed.append(Removed(a, b, reason, raw[a:b]))
        cursor = b
    builder.keep(cursor, trail)
    if joint:
        builder.add(joint, end if end < len(raw) else trail)


_INLINE = re.compile(rf"(?P<pinyin>{_PINYIN.pattern})|(?P<image>{_INLINE_IMAGE.pattern})")


def _inline_noise(line: str):
    return _INLINE.finditer(line)


def classify_line(line: str) -> str | None:
    """Why a whole (stripped) line is noise, or None if it is text."""
    for reason, pattern in _LINE_NOISE:
        if pattern.search(line):
            return reason
    if _QR.search(line) and len(line) <= 40:
        return "qr-code"
    if _METADATA.search(line) and len(line) <= 160:
        return "metadata"
    if len(line) >= 60 and not _HAN.search(line):
        if len(_ENCODED_CHARS.findall(line)) >= 0.95 * len(line):
            return "encoded-data"
    return None


def _read_metadata(line: str, metadata: dict) -> None:
    date = _META_DATE.search(line)
    if date and re.match(r"^(发布|發布)", line):
        y, m, d = (int(g) for g in date.groups())
        metadata.setdefault("published", f"{y:04d}-{m:02d}-{d:02d}")
    source = _META_SOURCE.search(line)
    if source:
        metadata.setdefault("source", source.group(1))


def find_damaged(text: str) -> list[tuple[int, int]]:
    """Spans where characters were lost in a bad conversion: runs around ASCII '?' marks,
    and runs of U+FFFD, which stand for bytes that fit no character of the file's encoding.

    A run takes the '?', pinyin remnants, stray ';' and ')', and any Han character wedged
    between such garbage (確?;踞t療 → '?;踞t'), but never the real character before it.
    """
    spans = []
    i, n = 0, len(text)
    while i < n:
        if text[i] == "\ufffd":
            j = i
            while j < n and text[j] == "\ufffd":
                j += 1
            spans.append((i, j))
            i = j
            continue
        if text[i] != "?":
            i += 1
            continue
        j = i
        while j < n:
            c = text[j]
            if c in _GARBAGE:
                j += 1
            elif _HAN.match(c) and j + 1 < n and text[j + 1] in _GARBAGE and j > i:
                j += 1
            else:
                break
        spans.append((i, j))
        i = j
    return spans
