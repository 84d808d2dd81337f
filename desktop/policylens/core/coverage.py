"""The coverage matrix: which clauses of a template each other document adopted, changed or dropped.

Rows are the template document's clauses in text order (template mode) or every clause family,
largest first (family mode); columns are documents. A cell is the row's clause family member
in that document, if there is one, with its similarity to the row's reference clause (the
template's clause, or in family mode the family's first clause in corpus order), its band and
its lead agencies:

  adopted   similarity >= ADOPTED (as the reuse heatmap's relay band: the text passed on)
  changed   in the family, but rewritten further
  dropped   no clause of that document in the family

Families are the corrected ones (user links and unlinks win). The matrix keeps, per row, the
columns where the family is present as a sorted array, so a matrix of 3,000 columns costs one
vector of scores per row; cells and lead agencies are made when asked for.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from .align import ClauseIndex, ClauseRef
from .errors import PolicyLensError
from .outline import Clause, lead_agencies

ADOPTED = 0.7
BANDS = ("adopted", "changed", "dropped")
REFERENCE = "reference"  # the reference clause's own cell (family mode)

ClausesOf = Callable[[str], Sequence[Clause] | None]  # document key -> its clauses, None if unknown


class CoverageError(PolicyLensError, ValueError):
    """A coverage matrix that cannot be made as asked; the message says why."""
    code = "coverage.not_aligned"
    messages = {"coverage.not_aligned": "document {key} is not in the alignment; align the corpus first"}


def band(score: float | None) -> str:
    if score is None:
        return "dropped"
    return "adopted" if score >= ADOPTED else "changed"


@dataclass(frozen=True)
class Cell:
    key: str  # document
    clause_id: str
    title: str
    score: float  # similarity to the row's reference clause (1.0 for the reference itself)
    band: str  # adopted, changed or REFERENCE
    leads: tuple[str, ...]


@dataclass
class CoverageRow:
    family_id: int | None  # None: the template clause is in no family
    reference: ClauseRef
    title: str
    path: tuple[int, ...]
    size: int  # clauses in the family, the reference's included
    reference_entry: int
    columns: np.ndarray  # sorted column numbers where the family has a clause
    entries: np.ndarray  # that clause's entry, per column
    scores: np.ndarray | None = None  # per column; computed when first asked (family mode)
    _at: list[int] | None = None  # column -> position in columns (-1: dropped), made when first read
    _score_list: list[float] | None = None


class CoverageMatrix:
    def __init__(self, index: ClauseIndex, keys: list[str], rows: list[CoverageRow],
                 template: str | None, clauses_of: ClausesOf | None = None):
        self.index = index
        self.keys = keys  # the columns' document keys
        self.rows = rows
        self.template = template  # None in family mode
        self._clauses_of = clauses_of
        self._leads: dict[str, dict[str, tuple[str, ...]]] = {}
        self._idf = None

    def scores(self, row: int) -> np.ndarray:
        found = self.rows[row]
        if found.scores is None:
            if self._idf is None:
                self._idf = self.index.idf()
            found.scores = self.index.scores(found.reference_entry, found.entries, self._idf)
        return found.scores

    def cell(self, row: int, column: int) -> Cell | None:
        """The row's clause in the column's document; None where it is dropped.

        Plain lists per row, not numpy lookups: a window or an export asks for every cell.
        """
        found = self.rows[row]
        if found._at is None:
            at = np.full(len(self.keys), -1, np.int64)
            at[found.columns] = np.arange(len(found.columns))
            found._at, found._score_list = at.tolist(), self.scores(row).tolist()
        at = found._at[column]
        if at < 0:
            return None
        member = int(found.entries[at])
        entry = self.index.entries[member]
        is_reference = member == found.reference_entry
        score = 1.0 if is_reference else found._score_list[at]
        return Cell(entry.ref.key, entry.ref.clause_id, entry.title, score,
                    REFERENCE if is_reference else band(score), self.leads(entry.ref))

    def band(self, row: int, column: int) -> str:
        cell = self.cell(row, column)
        return "dropped" if cell is None else cell.band

    def counts(self, row: int) -> dict[str, int]:
        """How many columns adopted, changed or dropped the row's clause."""
        found = self.rows[row]
        others = found.entries != found.reference_entry
        adopted = int((self.scores(row)[others] >= ADOPTED).sum())
        return {"adopted": adopted, "changed": int(others.sum()) - adopted,
                "dropped": len(self.keys) - len(found.columns)}

    def leads(self, ref: ClauseRef) -> tuple[str, ...]:
        """The clause's lead agencies, read from its document's clauses (once per document)."""
        table = self._leads.get(ref.key)
        if table is None:
            clauses = self._clauses_of(ref.key) if self._clauses_of else None
            table = self._leads[ref.key] = {c.id: tuple(lead_agencies(c)) for c in clauses or ()}
        return table.get(ref.clause_id, ())


def template_coverage(index: ClauseIndex, groups: dict[int, list[int]], template: str,
                      keys: Sequence[str], clauses_of: ClausesOf | None = None) -> CoverageMatrix:
    """Rows: the template's clauses in order; columns: keys without the template."""
    entries = index.entries_of(template)
    if not entries:
        raise CoverageError(key=template)
    keys = [k for k in keys if k != template]
    column_of = _column_of(index, keys)
    family_of = {m: family_id for family_id, members in groups.items() for m in members}
    idf = index.idf()
    rows = []
    for entry in entries:
        family_id = family_of.get(entry)
        members = [m for m in groups[family_id] if m != entry] if family_id is not None else []
        row = _row(index, family_id, entry, members, column_of)
        row.scores = index.scores(entry, row.entries, idf)
        rows.append(row)
    return CoverageMatrix(index, keys, rows, template, clauses_of)


def family_coverage(index: ClauseIndex, groups: dict[int, list[int]], keys: Sequence[str],
                    clauses_of: ClausesOf | None = None) -> CoverageMatrix:
    """Rows: every family of two or more clauses, largest first; columns: keys.

    A family's reference is its first clause in corpus order; scores are computed per row
    when first shown.
    """
    keys = list(keys)
    column_of = _column_of(index, keys)
    rows = []
    for family_id, members in groups.items():
        if len(members) < 2:
            continue
        positions = index.doc_of(members)
        reference = members[int(np.lexsort((members, positions))[0])]
        rows.append(_row(index, family_id, reference, members, column_of))
    rows.sort(key=lambda r: (-r.size, int(index.doc_of([r.reference_entry])[0]), r.reference_entry))
    return CoverageMatrix(index, keys, rows, None, clauses_of)


def _column_of(index: ClauseIndex, keys: Sequence[str]) -> np.ndarray:
    """Document position in the index -> column number, -1 for a document not shown."""
    column = {key: n for n, key in enumerate(keys)}
    return np.array([column.get(key, -1) for key in index.doc_keys] or [-1], np.int64)


def _row(index: ClauseIndex, family_id: int | None, reference: int, members: list[int],
         column_of: np.ndarray) -> CoverageRow:
    members = np.asarray(members, np.int64)
    columns = column_of[index.doc_of(members)] if len(members) else np.zeros(0, np.int64)
    keep = columns >= 0
    order = np.argsort(columns[keep], kind="stable")
    entry = index.entries[reference]
    size = len(members) + (reference not in members)
    return CoverageRow(family_id, entry.ref, entry.title, entry.path, size, reference,
                       columns[keep][order], members[keep][order])
