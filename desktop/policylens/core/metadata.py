"""Document metadata: place and level, issuer, document number, dates, title, citations, targets.

Patterns run on the folded text (simplified, half-width); values are reported as written.
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from .script import fold

_DOC_NUMBER = r"[\u4e00-\u9fff]{1,8}〔\d{4}〕\d{1,4}号"
_DOC_NUMBER_LINE = re.compile(rf"^({_DOC_NUMBER})")
_PLACE = re.compile(r"([\u4e00-\u9fff]{2,4}?)(市|县|区)(?=人民政府|推动|关于|进一步|政府)")
_ISSUER_LINE = re.compile(r"^([\u4e00-\u9fff]{2,20}?(人民政府办公室|人民政府办公厅|人民政府|办公室|办公厅))"
                          r"(\s+\d{4}年\d{1,2}月\d{1,2}日(印发)?)?$")
_ISSUER_IN_TITLE = re.compile(r"^([\u4e00-\u9fff]{2,20}?(人民政府办公室|人民政府办公厅|人民政府))关于")
_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_DATE_LINE = re.compile(r"(?:^|\s)(\d{4})年(\d{1,2})月(\d{1,2})日(印发)?$")
_CITATION = re.compile(r"《([^《》\n]{2,80})》\s*\(([^()\n]{0,30}?\d[^()\n]{0,30}?号)\)")
_TITLE_ENDS = re.compile(r"(通知|方案|意见|办法|规定|决定|细则|计划|\(试行\)|\(暂行\))$")
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
    place: str = ""
    level: str = ""
    issuer: str = ""
    doc_number: str = ""
    dates: dict = field(default_factory=dict)
    citations: list[dict] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)

    def to_json(self) -> dict:
        return asdict(self)


def extract(text: str, folded: str, preamble_end: int, closing_start: int,
            published: str | None = None) -> Metadata:
    lines = _lines(text, folded)
    meta = Metadata()
    meta.title, *meta.title_span = _title(lines)
    meta.place, meta.level = _place(folded[: max(preamble_end, 400)])
    meta.issuer = _issuer(lines, preamble_end, closing_start, meta.title, text)
    meta.doc_number = _doc_number(lines, preamble_end)
    meta.dates = _dates(lines, preamble_end, closing_start, published)
    meta.citations = _citations(text, folded)
    meta.targets = _targets(text, folded)
    return meta


def _lines(text: str, folded: str) -> list[tuple[int, str, str]]:
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, line, folded[pos:pos + len(line)]))
        pos += len(line) + 1
    return [entry for entry in out if entry[1].strip()]


def _title(lines) -> tuple[str, int, int]:
    """The title and the clean-text span of the lines it was read from (it may wrap)."""
    parts: list[str] = []
    first = last = 0
    for start, line, folded in lines[:5]:
        number = _DOC_NUMBER_LINE.match(folded)
        if number and "《" in folded:
            inner = re.search(r"《([^》]+)》", line)
            if inner:
                return inner.group(1), start + inner.start(1), start + inner.end(1)
        if number or folded.endswith(":"):
            if parts:
                break
            continue
        if len(line) > _MAX_TITLE_LINE:
            break  # running text, not a title
        if not parts:
            first = start + len(line) - len(line.lstrip())
        parts.append(line.strip())
        last = start + len(line.rstrip())
        if _TITLE_ENDS.search(fold("".join(parts))):
            break
    return "".join(parts), first, last


def _place(head: str) -> tuple[str, str]:
    match = _PLACE.search(head)
    return (match.group(1), match.group(2)) if match else ("", "")


def _issuer(lines, preamble_end, closing_start, title, text) -> str:
    for start, line, folded in lines:
        if start >= preamble_end and start < closing_start:
            continue
        match = _ISSUER_LINE.match(folded)
        if match and start > 0:
            return line[: len(match.group(1))]
    match = _ISSUER_IN_TITLE.match(fold(title))
    return title[: len(match.group(1))] if match else ""


def _doc_number(lines, preamble_end) -> str:
    for start, line, folded in lines:
        if start >= preamble_end:
            break
        match = _DOC_NUMBER_LINE.match(folded)
        if match:
            return line[: len(match.group(1))]
    return ""


def _iso(match) -> str:
    y, m, d = (int(g) for g in match.groups()[:3])
    return f"{y:04d}-{m:02d}-{d:02d}"


def _dates(lines, preamble_end, closing_start, published) -> dict:
    dates = {}
    for start, _, folded in lines:
        if preamble_end <= start < closing_start:
            continue
        match = _DATE_LINE.search(folded)
        if not match:
            continue
        key = "issued" if match.group(4) else "written"
        dates.setdefault(key, _iso(match))
    if published:
        dates["published"] = published
    return dates


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
