"""Annotations as CSV: UTF-8 with a byte-order mark, so spreadsheet programs read Chinese.

A cell a user typed that starts with = + - @ would be run as a formula by a spreadsheet
program; such cells get a leading apostrophe (the usual defence against formula injection).
"""
from __future__ import annotations

import csv
import io
from pathlib import Path

from ..context import ExportContext, write_bytes_atomic
from ..xml_text import utf8_bytes
from .rows import annotation_columns, annotation_rows

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_text(context: ExportContext) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180 line ends
    writer.writerow(annotation_columns(context))
    for row in annotation_rows(context):
        writer.writerow([_defused(v) for v in row])
    return out.getvalue()


def write_csv(context: ExportContext, path: Path) -> list[str]:
    problems: list[str] = []
    write_bytes_atomic(path, utf8_bytes(csv_text(context), problems, "the table", "utf-8-sig"))
    return problems


def _defused(value):
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value
