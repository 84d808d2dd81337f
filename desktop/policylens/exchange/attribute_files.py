"""The attributes table as a file a spreadsheet opens, CSV or XLSX, and read back.

Written: a column per attribute after the document's key and file name (store/user_attributes.py
to_table), CSV in UTF-8 with a byte-order mark, or an XLSX sheet with every cell as text (a
文号 or a year stays as written). Read back: the first sheet of an XLSX, numbers as they read
(2019, not 2019.0) and dates as ISO dates; a CSV in UTF-8, with or without the mark, or in
GB18030, the encoding a spreadsheet program on a Chinese system saves CSV in. What cannot be
read is an ExchangeError that names the file and why, and nothing is set.
"""
from __future__ import annotations

import csv
import datetime
import io
import zipfile
from pathlib import Path

from ..store.user_attributes import UserAttributes
from .context import ExchangeError, write_bytes_atomic
from .reports.xlsx_stream import Table, xlsx_bytes

FORMATS = ("csv", "xlsx")


def format_of(path: Path | str) -> str:
    return "xlsx" if str(path).lower().endswith(".xlsx") else "csv"


def write_attributes(attributes: UserAttributes, records: list[dict], path: Path | str) -> int:
    """Write every document's attributes to path (its suffix says the format); the documents written."""
    header, rows = attributes.to_table(records)
    if format_of(path) == "xlsx":
        widths = {"key": 24, "file": 30, "title": 50}
        data = xlsx_bytes([Table("Attributes", tuple(header), rows, widths)])
    else:
        data = attributes.to_csv(records).encode("utf-8")
    write_bytes_atomic(Path(path), data)
    return len(rows)


def read_table(path: Path | str) -> tuple[list[str], list[list[str]]]:
    """The header and rows of a written (and edited) file, for UserAttributes.read_table."""
    path = Path(path)
    rows = _xlsx_rows(path) if format_of(path) == "xlsx" else _csv_rows(path)
    if not rows or not any(str(cell or "").strip() for cell in rows[0]):
        raise ExchangeError("exchange.attributes_empty", path=str(path))
    return [str(cell or "") for cell in rows[0]], rows[1:]


def _csv_rows(path: Path) -> list[list[str]]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExchangeError("exchange.attributes_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise ExchangeError("exchange.attributes_unreadable", path=str(path), reason="neither UTF-8 nor GB18030 text")
    return list(csv.reader(io.StringIO(text)))


def _xlsx_rows(path: Path) -> list[list[str]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise ExchangeError("exchange.attributes_unreadable", path=str(path), reason=exc.strerror or str(exc)) from None
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        raise ExchangeError("exchange.attributes_not_xlsx", path=str(path), reason=str(exc) or type(exc).__name__) from None
    try:
        sheet = book.worksheets[0]
        return [[_cell_text(value) for value in row] for row in sheet.iter_rows(values_only=True)]
    finally:
        book.close()


def _cell_text(value) -> str:
    """A cell as the attributes table would hold it: 2019.0 as 2019, a date as 2019-11-28."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime.datetime):
        return value.date().isoformat() if value.time() == datetime.time() else value.isoformat(sep=" ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)
