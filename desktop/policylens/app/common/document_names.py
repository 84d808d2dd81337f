"""Short names for documents where a whole title does not fit: a matrix's columns and rows, a
list's date column. Plain functions of the index records and documents, no widget."""
from __future__ import annotations

from typing import Sequence

from ...core.document import Document
from ...core.places import place_label


def document_date(record: dict) -> str:
    """The date a reader cares about: issued, else written, else published on the web."""
    dates = record["dates"]
    return dates.get("issued") or dates.get("written") or dates.get("published") or ""


def document_names(docs: Sequence[Document]) -> list[str]:
    """Place and level (丹东市), the key when the place is unknown or shared by two documents."""
    names = [place_label(d.meta.place, d.meta.level) if d.meta.place else d.key for d in docs]
    return [name if names.count(name) == 1 else doc.key for name, doc in zip(names, docs)]


def column_headers(records: list[dict]) -> dict[str, str]:
    """Document key -> a short column name: its place and level (丹东市), with the date where a
    place has several documents, and a number where even that repeats. A title's middle, which
    a narrow column shows, tells documents of one policy apart no better than their keys."""
    places: dict[str, list[dict]] = {}
    for record in records:
        place = place_label(record["place"], record["level"]) if record["place"] else record["key"]
        places.setdefault(place, []).append(record)
    headers = {}
    for place, group in places.items():
        if len(group) == 1:
            headers[group[0]["key"]] = place
            continue
        dated = [(r, f"{place} {document_date(r)}".strip()) for r in group]
        seen: dict[str, int] = {}
        for name in (n for _r, n in dated):
            seen[name] = seen.get(name, 0) + 1
        counter: dict[str, int] = {}
        for record, name in sorted(dated, key=lambda rn: (rn[1], rn[0]["key"])):
            if seen[name] > 1:
                counter[name] = counter.get(name, 0) + 1
                name = f"{name} ({counter[name]})"
            headers[record["key"]] = name
    return headers
