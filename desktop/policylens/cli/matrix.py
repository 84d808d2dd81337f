"""`matrix`: the code × attribute matrix (codes by province, by year, by document type …).

    matrix --by ATTRIBUTE [--documents] [--subcodes] [--where COND ...] [--set NAME] [--json]
    matrix --by ATTRIBUTE --out FILE.csv|FILE.xlsx

Rows are codes, columns the attribute's values in the documents in scope; a cell counts coded
segments, or with --documents the documents a code occurs in. The last row counts the
documents of each value, coded or not (core/attribute_matrix.py).
"""
from __future__ import annotations

from pathlib import Path

from ..core.attribute_matrix import code_attribute_matrix
from ..store.user_attributes import UserAttributes
from ..workspace import Workspace
from .annotations import reading_project
from .common import UsageError, add_scope_arguments, data_dir, print_json, scope_keys


def register(sub) -> None:
    p = sub.add_parser("matrix", help="codes × the values of a document attribute: counts of coded segments")
    p.add_argument("--by", required=True, metavar="ATTRIBUTE", help="province, year, doc_type, level … or your own")
    p.add_argument("--documents", action="store_true", help="count documents, not segments")
    p.add_argument("--subcodes", action="store_true", help="a code's row counts its sub-codes' segments too")
    add_scope_arguments(p)
    p.add_argument("--out", type=Path, metavar="FILE", help="write the matrix as .csv or .xlsx")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_matrix)


def cmd_matrix(args) -> int:
    folder = data_dir(args)
    attributes = UserAttributes(folder)
    if args.by not in attributes.names():
        raise UsageError(f"--by: no attribute {args.by!r} (one of {', '.join(attributes.names())})")
    records = Workspace(folder).corpus.documents()
    keys = scope_keys(args, records)
    table = attributes.table([r for r in records if keys is None or r["key"] in keys])
    with reading_project(folder) as project:
        matrix = code_attribute_matrix(project, table, args.by, "documents" if args.documents else "segments",
                                       args.subcodes)
    columns, rows = matrix.table()
    if args.out:
        return _write(args.out, columns, rows, matrix)
    if args.json:
        print_json(matrix.to_json())
        return 0
    print("\t".join(columns))
    for row in rows:
        print("\t".join(map(str, row)))
    return 0


def _write(out: Path, columns: list[str], rows: list[list], matrix) -> int:
    from ..exchange.reports.table_export import FORMATS, write_rows

    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise UsageError(f"--out: write a .csv or .xlsx file, not {out.name}")
    for problem in write_rows(f"{matrix.attribute}", columns, rows, fmt, out, {"code": 30}):
        print(f"policylens: {problem}")
    print(f"{len(matrix.codes)} codes × {len(matrix.values)} values of {matrix.attribute} written to {out}")
    return 0
