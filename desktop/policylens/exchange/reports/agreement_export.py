"""Inter-coder agreement (core.agreement) as CSV or XLSX, through the annotation exports' writers.

XLSX: a sheet "Agreement" (overall, per code, per document, per code and document) and a
sheet "Disagreements" (the passages where the coders differ, side by side). CSV holds one
table per file: the agreement in the file named, the disagreements beside it in
<name>-disagreements.csv. Both are written atomically.
"""
from __future__ import annotations

from pathlib import Path

from ...core.agreement import AgreementReport, Row
from ..context import ExchangeError, write_bytes_atomic
from .table_export import csv_bytes as _csv
from .xlsx_stream import Table, xlsx_bytes

FORMATS = ("csv", "xlsx")
AGREEMENT_COLUMNS = ("scope", "code", "document", "characters", "both", "only_a", "only_b", "neither",
                     "percent", "kappa", "clauses", "clause_percent", "clause_kappa")
DISAGREEMENT_COLUMNS = ("code", "document", "start", "end", "coder_a", "coder_b")
WIDTHS = {"code": 30, "document": 24, "coder_a": 60, "coder_b": 60}


def agreement_rows(report: AgreementReport) -> list[list]:
    scoped = [("all", report.overall)] + [("code", r) for r in report.by_code] + \
             [("document", r) for r in report.by_document] + [("code in document", r) for r in report.cells]
    return [_row(scope, row) for scope, row in scoped]


def _row(scope: str, row: Row) -> list:
    chars, clauses = row.characters, row.clauses
    return [scope, row.code, row.document, chars.units, chars.both, chars.only_a, chars.only_b, chars.neither,
            _round(chars.percent), _round(chars.kappa), clauses.units, _round(clauses.percent), _round(clauses.kappa)]


def disagreement_rows(report: AgreementReport) -> list[list]:
    return [[d.code, d.document, d.start, d.end, d.text_a, d.text_b] for d in report.disagreements]


def write_agreement(report: AgreementReport, fmt: str, path: Path) -> list[Path]:
    """Write the report; the files written, in order."""
    path = Path(path)
    if fmt == "xlsx":
        columns = DISAGREEMENT_COLUMNS[:4] + (report.coder_a, report.coder_b)
        write_bytes_atomic(path, xlsx_bytes([
            Table("Agreement", AGREEMENT_COLUMNS, agreement_rows(report), WIDTHS),
            Table("Disagreements", columns, disagreement_rows(report),
                  dict(WIDTHS, **{report.coder_a: 60, report.coder_b: 60}))]))
        return [path]
    if fmt != "csv":
        raise ExchangeError(f"unknown agreement format '{fmt}' (one of {', '.join(FORMATS)})")
    beside = path.with_name(f"{path.stem}-disagreements{path.suffix or '.csv'}")
    header = DISAGREEMENT_COLUMNS[:4] + (f"coder_a: {report.coder_a}", f"coder_b: {report.coder_b}")
    write_bytes_atomic(path, _csv(AGREEMENT_COLUMNS, agreement_rows(report)))
    write_bytes_atomic(beside, _csv(header, disagreement_rows(report)))
    return [path, beside]


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 4)
