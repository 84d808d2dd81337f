"""The matrices (coverage, parameters, reuse) as one neutral table that HTML and XLSX both write.

A MatrixTable is row labels × column headers of cells, each with its text (lines joined by
"\\n"), a band that gives its colour and a detail shown on hover; with it go a legend, notes,
and the same content as flat records (one row per value) for a second sheet, where every
figure, clause id and source offset is a value of its own.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping, Sequence

from ...core.coverage import ADOPTED, REFERENCE, CoverageMatrix
from ...core.parameters import ParameterTable, ParameterValue
from ...core.reuse import RELAY, REWRITTEN, ReuseMatrix
from ...core.clause_names import clause_name
from ...core.scores import score_text

BAND_COLOURS = {  # light fills that keep black text readable, in print as on screen
    "adopted": "#a6dba0", "changed": "#fee08b", "dropped": "#eeeeee", REFERENCE: "#c6dbef",
    "relay": "#d6604d", "localized": "#f4a582", "rewritten": "#fddbc7", "abolished": "#eeeeee",
}
COVERAGE_BANDS = {REFERENCE: "参照条款", "adopted": f"采纳（相似度 ≥ {ADOPTED}）",
                  "changed": "修改（同一条款族，改写较多）", "dropped": "删去（无对应条款）"}
REUSE_BANDS = {"relay": f"照搬（> {RELAY}）", "localized": f"本地化改写（{REWRITTEN}–{RELAY}）",
               "rewritten": f"重写（< {REWRITTEN}）"}
PARAMETER_BANDS = {"abolished": "已取消的条件"}

COVERAGE_RECORDS = ("row", "reference_document", "reference_clause", "reference_title", "document",
                    "place", "clause", "title", "score", "band", "lead_agencies", "family_name")
PARAMETER_RECORDS = ("document", "place", "parameter", "label", "text", "number", "unit", "qualifier",
                     "year", "abolished", "clause", "start", "end")
REUSE_RECORDS = ("document", "place", "found_in", "found_in_place", "containment", "band")
LEAD_SEP = "、"


@dataclass(frozen=True)
class TableCell:
    text: str = ""
    band: str = ""  # a key of the table's legend ("" for none)
    detail: str = ""


@dataclass
class MatrixTable:
    title: str
    corner: str  # header of the row-label column
    columns: list[str]
    row_labels: list[str]
    cells: list[list[TableCell]]
    legend: dict[str, str] = field(default_factory=dict)  # band -> what it means
    notes: list[str] = field(default_factory=list)
    record_columns: tuple[str, ...] = ()
    records: list[list] = field(default_factory=list)

    def colour(self, band: str) -> str:
        return BAND_COLOURS.get(band, "")


def clause_label(clause_id: str, title: str) -> str:
    return f"{clause_name(clause_id)} {title}".strip()


def coverage_text(cell) -> str:
    """A coverage cell in two lines: clause and score, then the lead agencies."""
    leads = LEAD_SEP.join(cell.leads)
    return f"{cell.clause_id}  {score_text(cell.score)}" + (f"\n{leads}" if leads else "")


def coverage_table(matrix: CoverageMatrix, names: Mapping[str, str], title: str,
                   bands: Mapping[str, str] = COVERAGE_BANDS, shares: Mapping | None = None,
                   share_label: str = "新内容占比", family_names: Mapping[int, str] | None = None) -> MatrixTable:
    """names: document key -> the name shown (place); a key without one is shown as is.
    shares: key -> novelty_shares.Share, a last row (and a record per document, row "new_text",
    its share as the score). family_names: family id -> name; a family row (no template) is
    labelled by it, as the window shows it, and its records carry it."""
    def name(key: str) -> str:
        return names.get(key, key)

    columns = [name(k) for k in matrix.keys]
    labels, cells, records = [], [], []
    for r, row in enumerate(matrix.rows):
        label = clause_label(row.reference.clause_id, row.title)
        family = (family_names or {}).get(row.family_id, "") if matrix.template is None else ""
        labels.append(family or (label if matrix.template else f"{name(row.reference.key)} {label}"))
        line = []
        for c, key in enumerate(matrix.keys):
            cell = matrix.cell(r, c)
            if cell is None:
                line.append(TableCell("—", "dropped", bands["dropped"]))
                records.append([r + 1, row.reference.key, row.reference.clause_id, row.title, key, name(key),
                                "", "", None, "dropped", "", family])
                continue
            line.append(TableCell(coverage_text(cell), cell.band, f"{cell.title} — {bands[cell.band]}"))
            records.append([r + 1, row.reference.key, row.reference.clause_id, row.title, key, name(key),
                            cell.clause_id, cell.title, round(cell.score, 4), cell.band, LEAD_SEP.join(cell.leads),
                            family])
        cells.append(line)
    if shares:
        labels.append(share_label)
        found = [shares.get(key) for key in matrix.keys]
        cells.append([TableCell(f"{s.share:.0%}", "", f"{s.new_chars} / {s.chars}") if s else TableCell()
                      for s in found])
        records += [["new_text", "", "", "", key, name(key), "", "", round(s.share, 4), "", "", ""]
                    for key, s in zip(matrix.keys, found) if s]
    legend = {b: bands[b] for b in (REFERENCE, "adopted", "changed", "dropped")
              if matrix.template is None or b != REFERENCE}
    return MatrixTable(title, "条款", columns, labels, cells, legend, [], COVERAGE_RECORDS, records)


def parameter_matrix(table: ParameterTable, names: Mapping[str, str], title: str,
                     bands: Mapping[str, str] = PARAMETER_BANDS,
                     attributes: Mapping[str, Mapping[str, str]] | None = None,
                     attribute_names: Sequence[str] = ()) -> MatrixTable:
    """Documents (rows) × parameters; a cell lists the values, an abolished condition marked.
    attributes (key -> the document's attributes) add a column per name of attribute_names to
    the flat records, after the columns there were ("attribute:year" beside the value's year)."""
    extra = list(attribute_names) if attributes else []
    labels, cells, records = [], [], []
    for row in table.documents:
        place = names.get(row.key, row.key)
        labels.append(place)
        line = []
        for parameter in table.parameters:
            values = row.values.get(parameter.id, [])
            line.append(TableCell("\n".join(value_text(v) for v in values),
                                  "abolished" if values and all(v.abolished for v in values) else "",
                                  "\n".join(f"{v.clause}: {v.text} [{v.start}–{v.end}]" for v in values)))
            own = [(attributes or {}).get(row.key, {}).get(name, "") for name in extra]
            records += [[row.key, place, parameter.id, parameter.label, v.text, v.number, v.unit, v.qualifier,
                         v.year, "yes" if v.abolished else "no", v.clause, v.start, v.end, *own] for v in values]
        cells.append(line)
    return MatrixTable(title, "文件", [p.label for p in table.parameters], labels, cells, dict(bands),
                       [], (*PARAMETER_RECORDS, *(f"attribute:{name}" for name in extra)), records)


def value_text(value: ParameterValue) -> str:
    return f"{value.text}（取消）" if value.abolished else value.text


def reuse_table(matrix: ReuseMatrix, names: Sequence[str], title: str,
                bands: Mapping[str, str] = REUSE_BANDS) -> MatrixTable:
    """names: one per document, in the matrix's order."""
    n = range(len(matrix.keys))
    cells, records = [], []
    for i in n:
        line = []
        for j in n:
            if i == j:
                line.append(TableCell("—"))
                continue
            share, band = matrix.containment(i, j), matrix.band(i, j)
            line.append(TableCell(f"{share:.4f}", band, f"{names[i]} → {names[j]}: {share:.1%}, {bands[band]}"))
            records.append([matrix.keys[i], names[i], matrix.keys[j], names[j], round(share, 4), band])
        cells.append(line)
    note = f"每格：行文件的 5 字串见于列文件的比例；已剔除 {matrix.boilerplate} 个全库通用的 5 字串。"
    return MatrixTable(title, "文件", list(names), list(names), cells, dict(bands), [note],
                       REUSE_RECORDS, records)
