"""What the diffusion views need of a document: its place, level, title, 文号 and adoption date.

Made from an analysed document or summary (anything with .key and .meta) or from a lean record
of the corpus store's index (a dict with the same field names), so corpus-wide views need not
open any document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Mapping

from ..places import place_label
from .dates import AdoptionDate, adoption_date

# What the user may correct of what diffusion places a document by (core/attributes.py's names).
CORRECTED = ("title", "place", "level", "issuer", "doc_number", "date", "year")


@dataclass(frozen=True)
class DocFacts:
    key: str
    title: str
    place: str
    level: str
    issuer: str
    doc_number: str
    date: AdoptionDate | None
    effective: str = ""  # 施行 date, ISO, if the text or page gives one
    expires: str = ""

    @property
    def place_label(self) -> str:
        return place_label(self.place, self.level)

    def to_json(self) -> dict:
        return {"key": self.key, "title": self.title, "place": self.place, "level": self.level,
                "doc_number": self.doc_number, "date": self.date.value if self.date else None,
                "date_used": self.date.source if self.date else None}


def facts_of(doc) -> DocFacts:
    meta = doc.meta
    return _facts(doc.key, meta.title, meta.place, meta.level, meta.issuer, meta.doc_number, meta.dates)


def facts_of_record(record: dict) -> DocFacts:
    return _facts(record["key"], record.get("title", ""), record.get("place", ""), record.get("level", ""),
                  record.get("issuer", ""), record.get("doc_number", ""), record.get("dates") or {})


def _facts(key, title, place, level, issuer, number, dates) -> DocFacts:
    return DocFacts(key, title, place, level, issuer, number, adoption_date(dates, number),
                    dates.get("effective", ""), dates.get("expires", ""))


def corrected(facts: DocFacts, values: Mapping[str, str]) -> DocFacts:
    """The facts with the user's corrections (store/user_attributes.py) laid over: they win over
    what was read, as everywhere; a corrected date (else year) is the adoption date, said so."""
    changes = {name: values[name] for name in ("title", "place", "level", "issuer", "doc_number") if values.get(name)}
    date = next((values[n] for n in ("date", "year") if re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", values.get(n) or "")), "")
    if date:
        changes["date"] = AdoptionDate(date, "corrected")
    return replace(facts, **changes) if changes else facts
