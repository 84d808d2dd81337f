"""Corpus-wide adoption: the family × place table of adoption years and the place × year panel.

The panel is the shape event-history analysis (R's survival, Stata's stset) reads: one row per
family, place and year from the family's first adoption in the corpus until the place adopts it
(the row of that year has adopted = 1, and the place leaves the risk set) or, for a place that
never adopts it, until the last adoption year of the corpus (right-censored). The places at risk
are every place of the corpus with a dated document. Two covariates come with each row: how
many places had adopted before that year, and whether a central or provincial member had.
"""
from __future__ import annotations

import csv
import io

from typing import Iterable

from ..places import place_label
from .facts import DocFacts
from .levels import rank
from .timeline import Timeline

PANEL_COLUMNS = ("family", "family_name", "place", "level", "year", "adopted", "adopters_before",
                 "reference_before", "key", "clause")
TABLE_COLUMNS = ("family", "family_name")


def place_of(facts: DocFacts) -> tuple[str, str]:
    return facts.place, facts.level


def _unit_order(unit: tuple[str, str]) -> tuple:
    """Higher levels first, then places by name."""
    found = rank(unit[1])
    return (99 if found is None else found, unit[0])


def adoption_years(line: Timeline) -> dict[tuple[str, str], tuple[int, str, str]]:
    """(place, level) -> (year, key, clause) of the place's first member; places found only."""
    out: dict = {}
    for p in line.points:
        unit = place_of(p.facts)
        if unit[0] and unit not in out:
            out[unit] = (p.facts.date.year, p.key, p.clause)
    return out


def family_place_table(lines: Iterable[Timeline]) -> tuple[list[str], list[list]]:
    """(columns, rows): one row per family, one column per place (its adoption year, or None)."""
    lines = list(lines)
    years = [adoption_years(line) for line in lines]
    places = sorted({unit for y in years for unit in y}, key=_unit_order)
    columns = list(TABLE_COLUMNS) + [place_label(place, level) for place, level in places]
    rows = [[line.family, line.name] + [y.get(unit, (None,))[0] for unit in places]
            for line, y in zip(lines, years)]
    return columns, rows


def panel(lines: Iterable[Timeline], corpus: Iterable[DocFacts]) -> list[list]:
    """Rows of PANEL_COLUMNS (see the module docstring)."""
    corpus = list(corpus)
    dated = [f for f in corpus if f.date and f.place]
    at_risk = sorted({place_of(f) for f in dated}, key=_unit_order)
    if not dated:
        return []
    last_year = max(f.date.year for f in dated)
    rows = []
    for line in lines:
        if not line.points:
            continue
        adopted = adoption_years(line)
        first = line.points[0].facts.date.year
        refs = sorted(p.facts.date.year for p in line.references)
        for unit in at_risk:
            year_of, key, clause = adopted.get(unit, (None, "", ""))
            for year in range(first, (year_of if year_of is not None else last_year) + 1):
                before = sum(1 for y, *_ in adopted.values() if y < year)
                event = int(year == year_of)
                rows.append([line.family, line.name, unit[0], unit[1], year, event, before,
                             int(bool(refs) and refs[0] < year), key if event else "", clause if event else ""])
    return rows


def csv_text(columns, rows) -> str:
    """A table as CSV (CRLF lines, as spreadsheets write them); the caller adds a BOM for Excel."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()
