"""Dates of a document and what its text says about when it is valid.

written (成文, the date under the signature), issued (…印发), published (发布, from the page or a
header note), effective (施行: 自…起施行, or the day it was published or issued) and expires
(有效期至…, …废止, or an effective date plus 有效期N年). Each value comes with the span of the
clean text it was read from; validity statements (施行, 有效期, 废止, 同时废止 of earlier texts)
are listed with theirs. Patterns run on the folded text, whose offsets are the clean text's.
"""
from __future__ import annotations

import re
from datetime import date, timedelta

from .numerals import chinese_to_int

_ZERO = "〇○零OＯ0０"
_CN = f"[一二三四五六七八九十{_ZERO}]"
_ARABIC = r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:(\d{1,2})\s*日)?"
_CHINESE = rf"({_CN}{{4}})\s*年\s*({_CN}{{1,3}})\s*月\s*(?:({_CN}{{1,3}})\s*日)?"
_DASHED = r"(?<!\d)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)"
_FIRST_MONTH = r"(\d{4})\s*年\s*(元)\s*月\s*(?:(\d{1,2})\s*日)?"  # 2007年元月1日
DATE = re.compile(f"{_ARABIC}|{_CHINESE}|{_DASHED}|{_FIRST_MONTH}")
_DATE_LINE = re.compile(rf"(?:^|\s)\(?\s*(?:{_ARABIC}|{_CHINESE})\s*\)?\s*(印发|印|发布|公布)?$")
_EFFECTIVE = re.compile(r"(?:自|从)\s*(?P<when>[^，,。；;]{4,24}?|(?:公布|发布|印发|颁布|下发|签发)之日)\s*起?\s*"
                        r"(?:施行|实施|执行|生效|试行)")
_TERM = re.compile(r"有效期(?:为|是)?\s*(?P<n>\d{1,2}|[一二三四五六七八九十]{1,2})\s*年")
_UNTIL = re.compile(r"有效期(?:至|到|截至)\s*(?P<when>[^，,。；;]{6,16}?日)")
# 自2008年5月1日至2013年4月30日施行: the second date ends the validity
_SPAN = re.compile(rf"(?:自|从)\s*(?:{DATE.pattern})\s*起?\s*至\s*(?P<when>{DATE.pattern})\s*止?\s*(?:施行|实施|执行|有效)")
_ENDS = re.compile(rf"(?:,|，|\s|^)(?P<when>(?:{_ARABIC}|{_CHINESE}))\s*(?:起)?(?:废止|失效|停止执行)")
_REPEALS = re.compile(r"(?P<what>(?:《[^《》\n]{2,80}》[^。；;\n《]{0,40}?)+?)(?:同时|即行|一并|自行)?(?:废止|停止执行|失效)")
_HEADER_NOTE = re.compile(r"^\((?P<body>[^()]{6,640})\)$|^(?P<bare>\d{4}\s*年[^()。]{4,80}(?:通过|发布|公布|批准))$")


def parse_date(match: re.Match) -> str:
    """An ISO date (or year-month where the day is not written) from a DATE match."""
    groups = match.groups()
    for base in range(0, len(groups), 3):
        year, month, day = groups[base:base + 3]
        if year:
            return _iso(year, month, day)
    return ""


def _iso(year: str, month: str, day: str | None) -> str:
    y = int(year) if year.isdigit() else int("".join(str(_digit(c)) for c in year))
    m = int(month) if month.isdigit() else 1 if month == "元" else chinese_to_int(month.translate(_ZERO_TO_LING))
    d = None if day is None else int(day) if day.isdigit() else chinese_to_int(day.translate(_ZERO_TO_LING))
    if not m or not 1 <= m <= 12 or (d is not None and not (d and 1 <= d <= 31)):
        return ""
    return f"{y:04d}-{m:02d}" + (f"-{d:02d}" if d else "")


_ZERO_TO_LING = str.maketrans({c: "〇" for c in _ZERO})


def _digit(char: str) -> int:
    return 0 if char in _ZERO else chinese_to_int(char) or 0


def first_date(folded: str, start: int = 0, end: int | None = None) -> tuple[str, int, int]:
    match = DATE.search(folded, start, len(folded) if end is None else end)
    return (parse_date(match), match.start(), match.end()) if match else ("", 0, 0)


def date_line(folded: str) -> tuple[str, str] | None:
    """(ISO date, kind) for a line that is only a date (二〇一〇年一月七日, 2014年10月24日印发)."""
    match = _DATE_LINE.search(folded.strip())  # alone, or after the signature: 某某办公室  2018年9月13日印发
    if not match:
        return None
    value = parse_date(match)
    return (value, "issued" if match.group(7) in ("印发", "印") else "written") if value else None


def header_note(folded: str) -> dict:
    """A note under a title: (2006年7月26日…会议通过) or (…国办发[2010]28号发布 自发布之日起施行).

    {"published": (value, start, end)} for a publication; {"adopted": …} for the day a congress or
    council passed it; start and end are the date's offsets in folded."""
    match = _HEADER_NOTE.match(folded.strip())
    body = match and (match.group("body") or match.group("bare"))
    if not body or not DATE.search(body):
        return {}
    offset = len(folded) - len(folded.lstrip()) + match.start("body" if match.group("body") else "bare")
    out: dict = {}
    dated = list(DATE.finditer(body))
    for n, found in enumerate(dated):  # each date goes with the verb that follows it
        clause = body[found.end():dated[n + 1].start() if n + 1 < len(dated) else len(body)]
        kind = "adopted" if "通过" in clause else "published" if re.search(r"(发布|公布|印发)(?!之日)", clause) else ""
        if kind and kind not in out and parse_date(found):
            out[kind] = (parse_date(found), offset + found.start(), offset + found.end())
    if not out:  # (2006年7月26日…) with no verb after its date
        value, a, b = first_date(body)
        kind = "published" if re.search(r"(发布|公布|印发)(?!之日)", body) and "通过" not in body else "adopted"
        out = {kind: (value, offset + a, offset + b)} if value else {}
    return out


def validity(text: str, folded: str) -> list[dict]:
    """施行, 有效期 and 废止 statements, in text order, each with its clean-text span."""
    found = []
    for match in _EFFECTIVE.finditer(folded):
        when = match.group("when")
        dated = DATE.search(when)
        if not dated and "之日" not in when:
            continue
        found.append(_statement("effective", text, match, date=parse_date(dated) if dated else "",
                                rule="" if dated else when))
    for match in _TERM.finditer(folded):
        n = match.group("n")
        found.append(_statement("term", text, match, years=int(n) if n.isdigit() else chinese_to_int(n)))
    for pattern, kind in ((_UNTIL, "until"), (_ENDS, "until"), (_SPAN, "until")):
        for match in pattern.finditer(folded):
            dated = DATE.search(match.group("when"))
            if dated and not any(s["kind"] == "until" and s["start"] <= match.start("when") < s["end"] for s in found):
                found.append(_statement("until", text, match, date=parse_date(dated)))
    for match in _REPEALS.finditer(folded):
        titles = re.findall(r"《([^《》]+)》", text[match.start("what"):match.end("what")])
        found.append(_statement("repeals", text, match, titles=titles))
    return sorted(found, key=lambda s: s["start"])


_OWN = re.compile(r"本(?:[\u4e00-\u9fff]{0,6}?)(?:办法|规定|条例|决定|细则|通知|意见|方案|规则|计划|规划|制度|"
                  r"标准|指南|公告|通告|批复|措施|纲要|章程|文件)|现予(?:公布|发布|印发)")


def _statement(kind: str, text: str, match: re.Match, **values) -> dict:
    """own: the sentence speaks of this document (本办法…, 现予公布…), not of a text it cites."""
    start = match.start("when") if kind == "until" else match.start()
    sentence = max(text.rfind(mark, 0, start) for mark in "。；;\n") + 1
    own = bool(_OWN.search(text, sentence, match.end())) and "》" not in text[sentence:start][-3:]
    return {"kind": kind, **values, "text": text[start:match.end()], "start": start,
            "end": match.end(), "own": own}


def effective_and_expiry(statements: list[dict], dates: dict) -> dict:
    """effective and expires from the first statements that give them, with spans.

    dates: the document's own dates; "signed" is the date under its signature, which stands for
    the day it was issued where 自发布之日起施行 has no other date to go by."""
    out: dict = {}
    statements = [s for s in statements if s["own"]]
    for s in statements:
        if s["kind"] == "effective" and "effective" not in out:
            value = s["date"] or _by_rule(s["rule"], dates)
            if value:
                out["effective"] = (value, s["start"], s["end"])
        elif s["kind"] == "until" and "expires" not in out:
            out["expires"] = (s["date"], s["start"], s["end"])
    term = next((s for s in statements if s["kind"] == "term" and s["years"]), None)
    if term and "expires" not in out and "effective" in out and len(out["effective"][0]) == 10:
        start = date.fromisoformat(out["effective"][0])
        try:
            end = start.replace(year=start.year + term["years"]) - timedelta(days=1)
        except ValueError:  # 29 February
            end = start.replace(year=start.year + term["years"], day=28)
        out["expires"] = (end.isoformat(), term["start"], term["end"])
    return out


def _by_rule(rule: str, dates: dict) -> str:
    """自发布之日起施行: the day the text names, or the nearest one known."""
    order = {"公布": "published", "发布": "published", "颁布": "published", "印发": "issued",
             "下发": "issued", "签发": "written"}
    first = next((v for k, v in order.items() if k in rule), "published")
    base = next((dates[key] for key in (first, "published", "issued", "signed") if dates.get(key)), "")
    later = _DAYS_AFTER.search(rule)
    if base and later and len(base) == 10:  # 自公布之日起30日后施行
        n = later.group(1)
        return (date.fromisoformat(base) + timedelta(days=int(n) if n.isdigit() else chinese_to_int(n))).isoformat()
    return base


_DAYS_AFTER = re.compile(r"之日起?\s*(\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:日|天)(?:后|以后)")
