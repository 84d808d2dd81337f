"""Document metadata: title, place and level, issuers, 文号, dates and validity, portal fields,
citations and quantified targets.

Patterns run on the folded text (simplified, half-width), whose offsets are the clean text's;
values are reported as written. The rules for each part live in their own module: titles,
places (with the gazetteer), issuers, dates, portal.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from . import dates as date_rules
from .issuers import (doc_number_in, is_organ, issuer_from_note, issuer_from_promulgation, issuers_from_portal,
                      issuers_from_title, portal_number, signature_above)
from .page_head import title_parts
from .places import place_of
from .portal import portal_fields
from .script import fold
from .titles import find_title, head_end, is_chrome, is_doc_number, red_header

_CITATION = re.compile(r"《([^《》\n]{2,80})》\s*\(([^()\n]{0,30}?\d[^()\n]{0,30}?号)\)")
_TARGETS = [
    re.compile(r"(?P<indicator>户籍人口城镇化率|常住人口城镇化率)(?P<verb>年均提高|力争提高到|提高到|达到|力争达到)"
               r"(?P<value>\d+(?:\.\d+)?)(?P<unit>%|个百分点)(?P<qualifier>以上|左右)?"),
    re.compile(r"(?P<indicator>年均转户)(?P<value>\d+(?:\.\d+)?)(?P<unit>万人)(?P<qualifier>以上|左右)?"),
    re.compile(r"(?P<value>\d+(?:\.\d+)?)(?P<unit>万)(?P<qualifier>左右|以上)?(?P<indicator>非户籍人口在城镇落户)"),
]
_MAX_TITLE_LINE = 120
_YEAR = re.compile(r"(?:到|至)(\d{4})年")


@dataclass
class Target:
    indicator: str
    value: float
    unit: str
    qualifier: str
    year: int | None
    text: str
    start: int
    end: int


@dataclass
class Metadata:
    title: str = ""
    title_span: list[int] = field(default_factory=lambda: [0, 0])  # first title line to last
    place: str = ""  # short form: 深圳, 广西; 全国 for central organs
    level: str = ""  # 国家, 省, 市, 县, 区, 乡镇
    issuer: str = ""  # joint issuers joined with 、
    doc_number: str = ""
    dates: dict = field(default_factory=dict)  # written, issued, published, effective, expires: ISO
    citations: list[dict] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    issuers: list[str] = field(default_factory=list)
    place_code: str = ""  # division code of the gazetteer
    place_name: str = ""  # full name: 深圳市, 广西壮族自治区
    doc_number_span: list[int] = field(default_factory=lambda: [0, 0])
    date_spans: dict = field(default_factory=dict)  # same keys as dates: [start, end]
    validity: list[dict] = field(default_factory=list)  # 施行 / 有效期 / 废止 statements
    portal: dict = field(default_factory=dict)  # the portal's table: {label: value}
    page: dict = field(default_factory=dict)  # an HTML page's <title> and <meta>: {"title", "meta"}

    def to_json(self) -> dict:
        return asdict(self)


def extract(text: str, folded: str, preamble_end: int = 0, closing_start: int = 0,
            published: str | None = None, page: dict | None = None) -> Metadata:
    """preamble_end and closing_start are kept for callers; the rules read the lines themselves.

    page: the <title> and <meta> of an HTML source (core.page_head), kept and used as evidence."""
    lines = _lines(text, folded)
    meta = Metadata(page=dict(page or {}))
    fields = portal_fields(lines)
    meta.portal = {label: entry["value"] for label, entry in fields.items()}
    evidence = [fold(part) for part in title_parts(meta.page.get("title", ""))]
    meta.title, *meta.title_span = find_title(lines, fields, evidence)
    head = lines[:head_end(lines)]
    dates, spans, signed_at, adopted = _dates(folded, lines, head, meta.title_span, published)
    meta.doc_number, *meta.doc_number_span = _doc_number(text, folded, head, meta.title_span, fields, lines,
                                                         [n for n in _notes(lines, meta.title_span) if n[2].strip().startswith("(")])
    meta.issuers = _issuers(text, lines, signed_at, meta, fields)
    meta.issuer = "、".join(meta.issuers)
    place = place_of([fold(i) for i in meta.issuers], fold(meta.title), folded[:1500], folded,
                     doc_number=fold(meta.doc_number))
    meta.place, meta.level, meta.place_code, meta.place_name = place.place, place.level, place.code, place.name
    meta.validity = date_rules.validity(text, folded)
    # 自发布之日起施行 goes by the document's own dates, never the portal's (often years later).
    signed = dates.get("written") if "written" not in adopted else None  # not a congress's vote
    own = dict(dates, signed=signed) if signed else dict(dates)
    for key, (value, a, b) in date_rules.effective_and_expiry(meta.validity, own).items():
        if key not in dates:
            dates[key], spans[key] = value, [a, b]
    _portal_dates(fields, dates, spans)
    meta.dates, meta.date_spans = dates, spans
    meta.citations = _citations(text, folded)
    meta.targets = _targets(text, folded)
    return meta


def _lines(text: str, folded: str) -> list[tuple[int, str, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line, folded[pos:pos + len(line)]))
        pos += len(line) + 1
    return [entry for entry in out if entry[1].strip()]


_PROMULGATED = re.compile(r"现予(?:以)?(?:公布|发布)")
_STAMP_DATE = re.compile(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)")
_TITLE_DATE = re.compile(r"\s*\(\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*\)")
_PORTAL_DATES = (("成文日期", "written"), ("时间", "published"), ("发文日期", "written"), ("印发日期", "issued"),
                 ("发布日期", "published"), ("发布时间", "published"), ("生成日期", "published"),
                 ("信息提供日期", "published"), ("实施日期", "effective"), ("施行日期", "effective"),
                 ("废止日期", "expires"), ("失效日期", "expires"))


def _dates(folded, lines, head, title_span, published):
    """Dates from date lines (the signature's, …印发), the note under the title, then the portal."""
    dates: dict = {}
    spans: dict = {}
    signed_at = None
    last = len(lines) - 12
    for n, (start, line, line_folded) in enumerate(lines):
        found = date_rules.date_line(line_folded)
        if not found or found[1] in dates:
            continue
        if found[1] == "written" and not (n < 40 or n >= last or signature_above(lines, n)):
            continue
        dates[found[1]] = found[0]
        spans[found[1]] = [start + len(line) - len(line.lstrip()), start + len(line.rstrip())]
        if found[1] == "written":
            signed_at = n
    adopted = set()
    after_title = [(s, f) for s, _, f in lines if s > title_span[1]][:3] if title_span[1] else []
    notes = _notes(lines, title_span)
    if lines and title_span[0] > lines[0][0]:
        notes = [_closed_note(lines, 0)] + notes  # a regulation's note above its promulgation heading
    note = next(((s, f) for s, _, f in notes if date_rules.header_note(f)), None)
    for s, f in [note] if note else []:
        for key, (value, a, b) in date_rules.header_note(f).items():
            if key == "adopted" and signed_at is not None and "published" not in dates \
                    and _PROMULGATED.search(lines[signed_at - 1][2] if signed_at else ""):
                # …现予公布 above the date: with the adoption known, that date is the publication's
                dates["published"], spans["published"] = dates.pop("written"), spans.pop("written")
            key = "written" if key == "adopted" else key  # a regulation is dated by its adoption
            if key not in dates:
                dates[key], spans[key] = value, [s + a, s + b]
                adopted.add(key)
    before = [(s, f) for s, _, f in lines[:5] if s < title_span[0] and is_chrome(f) and "来源" in f]
    stamp = next(((s, f) for s, f in after_title if is_chrome(f) and _STAMP_DATE.search(f)), None) \
        or next(((s, f) for s, f in before if date_rules.first_date(f)[0]), None)  # …2009年08月21日 来源：国务院办公厅
    if stamp and not published and "published" not in dates:  # 2015-04-27 09:49:14 under the title
        value, a, b = date_rules.first_date(stamp[1])
        dates["published"], spans["published"] = value, [stamp[0] + a, stamp[0] + b]
    trailing = _TITLE_DATE.match(folded, title_span[1]) if title_span[1] else None
    if trailing and "written" not in dates:  # 印发…的通知（2005年8月1日）
        value, a, b = date_rules.first_date(trailing.group(0))
        dates["written"], spans["written"] = value, [title_span[1] + a, title_span[1] + b]
    if published:
        dates["published"] = published
    return dates, spans, signed_at, adopted


def _portal_dates(fields, dates, spans) -> None:
    for label, key in _PORTAL_DATES:
        entry = fields.get(label)
        if entry and key not in dates:
            value, a, b = date_rules.first_date(entry["value"])
            if value:
                dates[key], spans[key] = value, [entry["start"] + a, entry["start"] + b]


def _issuers(text, lines, signed_at, meta, fields) -> list[str]:
    if signed_at is not None:
        found = signature_above(lines, signed_at)
        if found:
            return found
    header = next(((line, red_header(f)) for _, line, f in lines[:20] if red_header(f)), None)
    if header:  # 东莞市人民政府文件: the red header names the issuer in full (as written)
        return [header[0].strip()[: len(header[1])]]
    found = issuers_from_title(meta.title, fold(meta.title))
    if found:
        return found
    found = next((issuer_from_note(line, f) for _, line, f in _notes(lines, meta.title_span)
                  if issuer_from_note(line, f)), [])
    found = found or issuers_from_portal(fields)
    if not found:  # 《…》已经广东省人民政府第…次常务会议通过，现予公布
        found = next((issuer_from_promulgation(line, f) for _, line, f in lines[:12]
                      if issuer_from_promulgation(line, f)), [])
    if not found and re.search(r"令|公告第", meta.doc_number):
        # 建设部令第145号, 北京市人民政府第68号令, 杭州市第十二届人民代表大会常务委员会公告第1号: the organ
        organ = re.sub(r"第\s*\d+\s*号$", "", re.split(r"令|公告", meta.doc_number)[0].replace(" ", ""))
        organ = re.sub(r"第[一二三四五六七八九十]+届", "", organ)
        found = [organ] if is_organ(fold(organ)) else []
    if not found:  # a decree's heading line: 环境保护部令
        found = [f.strip()[:-1] for s, _, f in lines[:15] if re.fullmatch(r"[\u4e00-\u9fff]{2,20}(部|局|院|政府|委员会)令", f.strip())][:1]
    return [name for name in found if len(name) >= 2]


def _notes(lines, title_span) -> list[tuple[int, str, str]]:
    """The lines that may be a note under the title: the first few after it, past page chrome
    and the title repeated (信息提供日期…, 中华人民共和国社会保险法, （2010年…通过）)."""
    if not title_span[1]:
        return []
    after = []
    for n, entry in enumerate(lines):
        if entry[0] >= title_span[1] and not is_chrome(entry[2]):
            after.append(_closed_note(lines, n))
            if len(after) == 4:
                break
    return [e for e in after if e[2].strip().startswith("(") or re.match(r"\d{4}\s*年", e[2].strip())]


def _closed_note(lines, n: int, most: int = 6) -> tuple[int, str, str]:
    """lines[n], joined with the lines below it up to its closing bracket where it opens one and
    does not close it: a note listing a regulation's amendments runs over several lines."""
    start, line, folded = lines[n]
    if not folded.strip().startswith("(") or ")" in folded:
        return lines[n]
    for k in range(n + 1, min(n + most, len(lines))):
        pos, below, below_folded = lines[k]
        if pos != start + len(line) + 1:
            break  # not the next line of the text
        line, folded = f"{line}\n{below}", f"{folded}\n{below_folded}"
        if ")" in below_folded:
            return start, line, folded
    return lines[n]


# 东 莞 市 人 民 政 府 令 (spaced out), 杭州市…人民代表大会常务委员会公告: a heading its number follows
_DECREE_LINE = re.compile(r"\s*(?:[\u4e00-\u9fff]\s?){2,24}(?:令|常务委员会公告)\s*$")
_DECREE_NUMBER = re.compile(r"\s*(?:\(\s*第\s*\d{1,5}\s*号\s*\)|第\s*\d{1,5}\s*号)")


def _decree_number(text, lines) -> tuple[str, int, int]:
    """A decree's heading and its number on the line below (武汉市人民政府令 / 第126号 …): one 文号,
    read as written without the line break; its span runs over both lines."""
    for (start, line, f), (below, _, f_below) in zip(lines[:12], lines[1:13]):
        number = _DECREE_NUMBER.match(f_below)
        if _DECREE_LINE.fullmatch(f) and number:
            a = start + len(f) - len(f.lstrip())
            b = below + number.end()
            return (line.strip() + text[below:b].strip()), a, b
    return "", 0, 0


def _doc_number(text, folded, head, title_span, fields, lines=(), notes=()) -> tuple[str, int, int]:
    """The 文号 under the title, glued to it, or at the head of a line of the head; a decree's
    number under its heading; else the portal's."""
    decree = _decree_number(text, lines)
    if decree[0]:
        return decree
    for start, line, line_folded in head:
        at_title = start <= title_span[0] <= start + len(line) or start <= title_span[1] <= start + len(line)
        if is_doc_number(line_folded) or at_title or line_folded.strip().startswith("("):
            number = doc_number_in(text, folded, start, start + len(line))
            if number[0]:
                return number
        elif re.match(r"\s*[\u4e00-\u9fff]{1,12}[〔\[(【（［]\d{4}", line_folded):
            number = doc_number_in(text, folded, start, start + len(line))
            if number[0] and number[1] - start <= 2:
                return number
    for start, line, line_folded in notes:  # (…2013年1月11日内蒙古自治区人民政府令第191号发布，自…施行。)
        number = doc_number_in(text, folded, start, start + len(line))
        if number[0] and re.match(r"\s*(?:发布|公布|印发)", folded[number[2]:number[2] + 4]):
            return number  # the number the note says the text was published under, not one it cites
    return portal_number(fields)


def _citations(text: str, folded: str) -> list[dict]:
    seen, out = set(), []
    for match in _CITATION.finditer(folded):
        title = text[match.start(1):match.end(1)]
        number = text[match.start(2):match.end(2)]
        if (title, number) not in seen:
            seen.add((title, number))
            out.append({"title": title, "number": number, "start": match.start(), "end": match.end()})
    return out


def _targets(text: str, folded: str) -> list[Target]:
    found = []
    for pattern in _TARGETS:
        for match in pattern.finditer(folded):
            sentence_start = max(folded.rfind("。", 0, match.start()), folded.rfind("\n", 0, match.start())) + 1
            years = _YEAR.findall(folded, sentence_start, match.start())
            found.append(Target(
                indicator=match.group("indicator"), value=float(match.group("value")),
                unit=match.group("unit"), qualifier=match.group("qualifier") or "",
                year=int(years[-1]) if years else None,
                text=text[match.start():match.end()], start=match.start(), end=match.end()))
    return sorted(found, key=lambda t: t.start)
