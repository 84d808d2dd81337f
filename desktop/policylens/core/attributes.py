"""Document attributes: what is read from a document, and what a researcher adds or corrects.

Extracted attributes come from the metadata (core/metadata.py): title, place, province (from
the gazetteer division of the place), level, year, issuer, 文号, date and document type. The
type is read from the end of the title; a notice that issues a plan (关于印发…方案的通知) is
typed by the plan it carries, with the wrapper kept as `wrapper_type`; a page about another
document (解读《…办法》, 《…》答记者问, 关于《…》的起草说明) is an interpretation, 解读.

A researcher's attributes are of four kinds: text, number, date (ISO, YYYY-MM-DD, or a bare
year or year-month) or choice (one of a fixed list). A correction of an extracted attribute
and a value of the researcher's own are both values in the user's data; `effective()` lays
them over the extracted ones, so a correction always wins and survives reanalysis.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from .errors import DETAIL, PolicyLensError
from .script import fold

EXTRACTED = ("title", "place", "province", "level", "year", "date", "issuer", "doc_number", "doc_type",
             "wrapper_type")
KINDS = ("text", "number", "date", "choice")
DATE_ORDER = ("written", "issued", "published", "adopted")  # the date a document is known by

# Document types as researchers group them: 实施方案 and 工作方案 are 方案, 暂行办法 is 办法.
TYPES = ("条例", "规定", "办法", "细则", "意见", "方案", "规划", "计划", "通知", "决定", "公告", "通告",
         "批复", "函", "纲要", "指南", "指引", "标准", "规则", "规程", "措施", "要点", "报告", "令", "决议",
         "公报", "章程", "制度", "清单", "目录")
_TRAILER = re.compile(r"[（(〔【][^）)〕】]{1,12}[）)〕】]\s*$")  # （试行） (2020年修订) 〔2019〕
# A page about another document (解读《…办法》, 《…意见》答记者问, 关于《…》的起草说明) is an
# interpretation, not the document it names: its words of commentary stand outside the quotes.
_QUOTED = re.compile(r"《[^》]*》")
_COMMENTARY_END = re.compile(r"(?:解读|答记者问|答问|问答|说明|释义|图解|解答|解析)$")
_COMMENTARY_START = re.compile(r"^(?:解读|图解|一图读懂|政策问答)")
INTERPRETATION = "解读"
_ISSUES = re.compile(r"关于(?:印发|转发|公布|发布|颁布|下发)(?:《)?(?P<inner>.+?)(?:》)?的(?P<outer>通知|决定|公告|通告|函)\s*$")
# The extracted attributes as the window and its exports name them, in Chinese and in English
# (app/common/attribute_names.py and its translation; tests/test_attributes.py holds them together).
SHOWN_NAMES = {"title": ("标题", "Title"), "place": ("地区", "Place"), "province": ("省份", "Province"),
               "level": ("层级", "Level"), "year": ("年份", "Year"), "date": ("日期", "Date"),
               "issuer": ("发文机关", "Issuer"), "doc_number": ("文号", "Document number"),
               "doc_type": ("文种", "Document type"), "wrapper_type": ("外层文种", "Wrapper type")}
# Columns the exports put beside the attributes: the attributes CSV's key and file, the annotation
# export's own columns (exchange/reports/rows.py ANNOTATION_COLUMNS). An attribute of the
# researcher's own named like one of these, or like an extracted attribute, would give an export
# two columns of one header, and the attributes CSV could not be read back.
EXPORT_COLUMNS = ("key", "file", "id", "document", "clause", "clause_title", "start", "end", "quote", "note",
                  "note_format", "codes", "color", "needs_review", "content_hash", "created", "modified")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class InvalidAttribute(PolicyLensError, ValueError):
    """An attribute definition or value that cannot be kept; the message says why."""
    code = "attribute"
    messages = {
        "attribute": DETAIL,
        "attribute.kind": "attribute '{name}': kind must be one of {kinds}, not '{kind}'",
        "attribute.no_name": "an attribute needs a name",
        "attribute.no_choices": "attribute '{name}': a choice needs its list of choices",
        "attribute.not_number": "attribute '{name}': '{value}' is not a number",
        "attribute.not_date": "attribute '{name}': '{value}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
        "attribute.not_choice": "attribute '{name}': '{value}' is not one of {choices}",
        "attribute.extracted": "'{name}' is an extracted attribute; set it to correct it",
        "attribute.unknown": "no attribute '{name}': define it first, or correct one of {names}",
        "attribute.reserved": "'{name}' is already a column of the exports ({column}); give the attribute another name",
    }


def doc_type(title: str) -> tuple[str, str]:
    """(type, wrapper type) read from a title: ("方案", "通知") for 关于印发…实施方案的通知;
    traditional titles are read in their simplified fold."""
    title = fold(title.strip())
    issued = _ISSUES.search(_strip_trailers(title))  # 关于转发《…规定》的通知（附解读）
    if issued:
        inner = _type_at_end(issued.group("inner"))
        return (inner or issued.group("outer")), issued.group("outer")
    if _is_commentary(title):
        return INTERPRETATION, ""
    return _type_at_end(title), ""


def _is_commentary(title: str) -> bool:
    outside = _strip_trailers(_QUOTED.sub("", title)).strip(" ：:—-")
    return bool(_COMMENTARY_END.search(outside) or _COMMENTARY_START.search(outside))


def _strip_trailers(title: str) -> str:
    while _TRAILER.search(title):
        title = _TRAILER.sub("", title).rstrip()
    return title


def _type_at_end(title: str) -> str:
    title = _strip_trailers(title).rstrip("》」』\" ")
    return next((t for t in TYPES if title.endswith(t)), "")


def document_date(dates: dict) -> tuple[str, str]:
    """(date, which) — the 成文 date, else 印发, 发布 or 通过; ("", "") when none is known."""
    return next(((dates[k], k) for k in DATE_ORDER if dates.get(k)), ("", ""))


def extracted(record: dict) -> dict[str, str]:
    """The extracted attributes of a stored document's record (store/corpus.py's lean record)."""
    date, _ = document_date(record.get("dates") or {})
    kind, wrapper = doc_type(record.get("title") or "")
    return {"title": record.get("title") or "", "place": record.get("place") or "",
            "province": province_of(record.get("place_code") or "", record.get("place") or "",
                                   record.get("level") or ""), "level": record.get("level") or "",
            "year": date[:4], "date": date, "issuer": record.get("issuer") or "",
            "doc_number": record.get("doc_number") or "", "doc_type": kind, "wrapper_type": wrapper}


def province_of(place_code: str = "", place: str = "", level: str = "") -> str:
    """The short name of the province a place lies in: by its gazetteer code, else by its name
    (whole, as the record keeps it, or with its level: 始兴 + 县); "" for none (全国) or a name
    the gazetteer does not know."""
    from .gazetteer import gazetteer

    table = gazetteer()
    division = table.by_code.get(place_code) if place_code else None
    for name in (place, place + level) if place and division is None else ():
        match = table.match_at(name, 0)
        if match and match.end == len(name):
            division = match.division
            break
    return table.province(division).short if division else ""


@dataclass(frozen=True)
class Definition:
    """An attribute the researcher defines."""
    name: str
    kind: str = "text"
    choices: tuple[str, ...] = field(default=())

    def __post_init__(self):
        if self.kind not in KINDS:
            raise InvalidAttribute("attribute.kind", name=self.name, kinds=", ".join(KINDS), kind=self.kind)
        if not self.name.strip():
            raise InvalidAttribute("attribute.no_name")
        if self.kind == "choice" and not self.choices:
            raise InvalidAttribute("attribute.no_choices", name=self.name)

    def check(self, value: str) -> str:
        """The value as stored (trimmed; numbers and dates normalised), or InvalidAttribute saying why."""
        value = str(value).strip()
        if value == "":
            return ""
        if self.kind == "number":
            try:
                number = float(value.replace(",", ""))
            except ValueError:
                raise InvalidAttribute("attribute.not_number", name=self.name, value=value) from None
            return str(int(number)) if number.is_integer() else repr(number)
        if self.kind == "date":
            value = value.replace("/", "-").replace(".", "-")
            if not _DATE.match(value):
                raise InvalidAttribute("attribute.not_date", name=self.name, value=value)
            return value
        if self.kind == "choice" and value not in self.choices:
            raise InvalidAttribute("attribute.not_choice", name=self.name, value=value, choices=", ".join(self.choices))
        return value


def reserved_column(name: str) -> str:
    """The export column a researcher's attribute of this name would repeat ("" if none): names
    compared without case, spaces at the ends or the difference of traditional characters."""
    wanted = fold(name.strip()).casefold()
    for column, shown in SHOWN_NAMES.items():
        if wanted in (column, *(fold(n).casefold() for n in shown)):
            return column
    return next((column for column in EXPORT_COLUMNS if wanted == column), "")


OWN_MARK = " (own)"


def column_names(names: list[str], own) -> list[str]:
    """The export headers of these attributes: an attribute of the researcher's own named like
    an export column or an extracted attribute (defined before such names were refused) is
    marked as their own, so that no header of an export repeats another."""
    return [f"{name}{OWN_MARK}" if name in own and reserved_column(name) else name for name in names]


def check_own_name(name: str) -> None:
    """InvalidAttribute if an attribute of the researcher's own may not take this name."""
    if name.strip() in EXTRACTED:
        raise InvalidAttribute("attribute.extracted", name=name.strip())
    column = reserved_column(name)
    if column:
        raise InvalidAttribute("attribute.reserved", name=name.strip(), column=column)


def value_order(value: str):
    """A sort key for attribute values: numbers (years, a researcher's number attribute) in
    numeric order before text in text order, and no value last."""
    try:
        return (value == "", 0, float(value), "")
    except ValueError:
        return (value == "", 1, 0.0, value)


def effective(extracted_values: dict[str, str], user_values: dict[str, str]) -> dict[str, str]:
    """The attributes shown and used: the user's values (corrections and own attributes) win;
    an empty user value means "not set", never "erase"."""
    out = dict(extracted_values)
    out.update({name: value for name, value in user_values.items() if value != ""})
    if user_values.get("date") and not user_values.get("year"):
        out["year"] = user_values["date"][:4]  # a corrected date moves the year with it
    if user_values.get("place") and not user_values.get("province"):  # and a corrected place its province
        out["province"] = province_of(place=out["place"], level=out.get("level", "")) or out.get("province", "")
    return out
