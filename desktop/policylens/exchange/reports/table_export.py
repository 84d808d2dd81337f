"""One plain table (a header and rows of text and numbers) as CSV or XLSX, written atomically.

For lists the window shows and a researcher takes elsewhere (the clauses of an agency):
CSV in UTF-8 with a byte-order mark and formula-looking cells defused, XLSX through the
streamed writer.
"""
from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Sequence

from ..context import ExchangeError, write_bytes_atomic
from .csv_export import _defused
from .xlsx_stream import Table, xlsx_bytes

FORMATS = ("csv", "xlsx")


def csv_bytes(columns: Sequence[str], rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_defused(v) for v in row])
    return out.getvalue().encode("utf-8-sig")


def write_rows(title: str, columns: Sequence[str], rows: list[list], fmt: str, path: Path,
               widths: dict[str, float] | None = None) -> list[str]:
    """Write the table; the problems met (cells cut or characters replaced in XLSX)."""
    problems: list[str] = []
    if fmt == "csv":
        write_bytes_atomic(Path(path), csv_bytes(columns, rows))
    elif fmt == "xlsx":
        write_bytes_atomic(Path(path), xlsx_bytes([Table(title[:31], tuple(columns), rows, widths or {})], problems))
    else:
        raise ExchangeError(f"unknown table format '{fmt}' (one of {', '.join(FORMATS)})")
    return problems
