"""The code × attribute matrix: codes as rows, the values of one document attribute as columns.

A cell counts the coded segments (annotations) of a code in the documents that have that value
(codes by province, by year, by document type), or with unit "documents" the number of those
documents the code occurs in. With `subcodes` a code's row also counts what is coded with any
code below it, each segment or document once. Columns are the values met in the documents in
scope, numbers in numeric order and the rest in text order, "" (no value) last; each column
knows how many documents in scope have the value, coded or not. Qt-free: the window, the
command line and the exports read the same matrix.

`cell_segments` gives back the passages behind a cell (or behind a row's total), by the same
rules, as core/segments.py lists them: what the window shows under the matrix on a click.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Mapping

from .attributes import value_order
from .segments import Segment, segments

UNITS = ("segments", "documents")


@dataclass
class AttributeMatrix:
    attribute: str
    unit: str
    codes: list[tuple[str, str]]  # (code id, path), in tree order
    values: list[str]  # the columns
    documents: dict[str, int]  # value -> documents in scope with it
    cells: dict[tuple[str, str], int] = field(default_factory=dict)  # (code id, value) -> count

    def count(self, code_id: str, value: str) -> int:
        return self.cells.get((code_id, value), 0)

    def row_total(self, code_id: str) -> int:
        return sum(self.count(code_id, v) for v in self.values)

    def table(self, empty: str = "(none)") -> tuple[list[str], list[list]]:
        """A header and rows for CSV or XLSX: code path, a count per value, the total."""
        columns = ["code", *((v or empty) for v in self.values), "total"]
        rows = [[path, *(self.count(code_id, v) for v in self.values), self.row_total(code_id)]
                for code_id, path in self.codes]
        rows.append(["documents", *(self.documents[v] for v in self.values), sum(self.documents.values())])
        return columns, rows

    def to_json(self) -> dict:
        return {"attribute": self.attribute, "unit": self.unit, "values": self.values,
                "documents": [self.documents[v] for v in self.values],
                "codes": [{"path": path, "counts": [self.count(code_id, v) for v in self.values]}
                          for code_id, path in self.codes]}


def codes_in_order(project) -> list[tuple[str, str]]:
    """(id, path) of every code, parents first, siblings by name."""
    ordered, todo = [], project.children(None)
    while todo:
        code = todo.pop(0)
        ordered.append((code.id, project.code_path(code.id)))
        todo[0:0] = project.children(code.id)
    return ordered


def code_attribute_matrix(project, table: Mapping[str, Mapping[str, str]], attribute: str,
                          unit: str = "segments", subcodes: bool = False) -> AttributeMatrix:
    """table: document key -> its attributes, for the documents in scope (annotations of other
    documents are not counted)."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    value_of = {key: (values.get(attribute) or "") for key, values in table.items()}
    documents: dict[str, int] = defaultdict(int)
    for value in value_of.values():
        documents[value] += 1
    codes = codes_in_order(project)
    rows_of = {code_id: {code_id} for code_id, _ in codes}  # code -> the rows it counts in
    if subcodes:
        for code_id, _ in codes:
            for below in project.descendants(code_id):
                rows_of[below].add(code_id)
    found: dict[tuple[str, str], set] = defaultdict(set)
    for a in project.annotations.values():
        if a.document not in value_of:
            continue
        value = value_of[a.document]
        for row in {r for code in a.codes for r in rows_of.get(code, ())}:
            found[(row, value)].add(a.id if unit == "segments" else a.document)
    values = sorted(documents, key=value_order)
    return AttributeMatrix(attribute, unit, codes, values, dict(documents),
                           {cell: len(members) for cell, members in found.items()})


def cell_segments(project, table: Mapping[str, Mapping[str, str]], attribute: str, code_id: str,
                  value: str | None, subcodes: bool = False) -> list[Segment]:
    """The coded segments a cell of code_attribute_matrix counts, in document and text order:
    the annotations of the code (with `subcodes` also of any code below it, each once) in the
    documents of `table` whose attribute is `value` ("" for none; None: any, the row's total).
    With unit "documents" a cell counts the documents of these same segments."""
    found = segments(project, code_id, subcodes, dict(table))
    return [s for s in found if s.doc_key in table
            and (value is None or (table[s.doc_key].get(attribute) or "") == value)]
