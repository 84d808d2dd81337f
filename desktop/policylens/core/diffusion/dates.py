"""When a document was adopted: the one date each document is placed by in time.

adoption_date takes the 成文 date (written, under the signature), else the 印发 date (issued),
else the 发布 date (published, from the page), else the year of the document's own 文号
(粤人社发〔2011〕306号 -> 2011), and says which one it used. The portal's publication is often
weeks or years after the text was adopted, hence it comes last of the three dates.

Dates may be partial (2017-11, or a year): each stands for a period, from its first to its last
day, and one date is before another only when its period ends before the other's begins.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass

from ..script import fold

ORDER = ("written", "issued", "published")
_NUMBER_YEAR = re.compile(r"[〔\[(【（［]\s*((?:19|20)\d{2})\s*[〕\])】）］]")


@dataclass(frozen=True)
class AdoptionDate:
    value: str  # ISO: 2017-11-02, 2017-11 or 2017
    source: str  # written, issued, published or number

    @property
    def year(self) -> int:
        return int(self.value[:4])

    @property
    def first_day(self) -> str:
        return first_day(self.value)

    @property
    def last_day(self) -> str:
        return last_day(self.value)

    def before(self, other: "AdoptionDate") -> bool:
        return self.last_day < other.first_day

    def to_json(self) -> dict:
        return {"date": self.value, "date_used": self.source}


def adoption_date(dates: dict, doc_number: str = "") -> AdoptionDate | None:
    """dates: a document's meta.dates (or an index record's); doc_number its own 文号."""
    for key in ORDER:
        value = dates.get(key) or ""
        if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", value):
            return AdoptionDate(value, key)
    year = _NUMBER_YEAR.search(fold(doc_number or ""))
    return AdoptionDate(year.group(1), "number") if year else None


def first_day(value: str) -> str:
    parts = value.split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def last_day(value: str) -> str:
    parts = value.split("-")
    if len(parts) == 1:
        return f"{value}-12-31"
    if len(parts) == 2:
        return f"{value}-{calendar.monthrange(int(parts[0]), int(parts[1]))[1]:02d}"
    return value
