"""`attributes`: the documents' attributes, extracted and the researcher's own.

    attributes list [--json]                       every document's attributes (corrections win)
    attributes define NAME [--kind text|number|date|choice] [--choices A,B]
    attributes set DOC_KEY NAME VALUE              a value, or a correction of an extracted one ("" clears)
    attributes export FILE.csv|FILE.xlsx           one row per document, matched back by key or file name
    attributes import FILE.csv|FILE.xlsx           values that differ from what is shown now

Values live in DATA_DIR/user/attributes.json (store/user_attributes.py); each change is made
to the file's contents as they are when it is written, under the user folder's lock.
"""
from __future__ import annotations

from pathlib import Path

from ..core.attributes import KINDS, Definition
from ..exchange.attribute_files import read_table, write_attributes
from ..store.user_attributes import UserAttributes
from ..workspace import Workspace
from .common import UsageError, data_dir, print_json


def register(sub) -> None:
    parser = sub.add_parser("attributes", help="document attributes: list, define, set, export, import")
    commands = parser.add_subparsers(dest="attributes_command", required=True)
    p = commands.add_parser("list", help="every document's attributes")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)
    p = commands.add_parser("define", help="an attribute of your own")
    p.add_argument("name")
    p.add_argument("--kind", choices=KINDS, default="text")
    p.add_argument("--choices", default="", help="for --kind choice: the choices, comma-separated")
    p.set_defaults(run=cmd_define)
    p = commands.add_parser("set", help="set a value, or correct an extracted one (an empty value clears it)")
    p.add_argument("doc_key", metavar="DOC_KEY")
    p.add_argument("name")
    p.add_argument("value")
    p.set_defaults(run=cmd_set)
    p = commands.add_parser("export", help="write the attributes as CSV, or XLSX for a .xlsx name")
    p.add_argument("out", type=Path)
    p.set_defaults(run=cmd_export)
    p = commands.add_parser("import", help="read values from a CSV or XLSX file of the exported shape")
    p.add_argument("file", type=Path)
    p.set_defaults(run=cmd_import)


def _open(args) -> tuple[list[dict], UserAttributes]:
    folder = data_dir(args)
    return Workspace(folder).corpus.documents(), UserAttributes(folder)


def cmd_list(args) -> int:
    records, attributes = _open(args)
    rows = [{"key": r["key"], **attributes.of(r)} for r in records]
    if args.json:
        print_json({"attributes": attributes.names(), "documents": rows})
        return 0
    names = [n for n in attributes.names() if n != "title"]
    print("\t".join(["key", *names]))
    for row in rows:
        print("\t".join([row["key"], *(row.get(n, "") for n in names)]))
    return 0


def cmd_define(args) -> int:
    _, attributes = _open(args)
    choices = tuple(c.strip() for c in args.choices.replace("，", ",").split(",") if c.strip())
    definition = Definition(args.name.strip(), args.kind, choices)
    attributes.update(lambda a: a.define(definition))  # over the file as it is now: the app may have written it
    print(f"defined {args.name} ({args.kind})")
    return 0


def cmd_set(args) -> int:
    records, attributes = _open(args)
    if args.doc_key not in {r["key"] for r in records}:
        raise UsageError(f"no document {args.doc_key!r} in the store")
    stored, _ = attributes.update(lambda a: a.set(args.doc_key, args.name, args.value))
    print(f"{args.doc_key}\t{args.name}\t{stored or '(cleared)'}")
    return 0


def cmd_export(args) -> int:
    records, attributes = _open(args)
    written = write_attributes(attributes, records, args.out)
    print(f"{written} documents written to {args.out}")
    return 0


def cmd_import(args) -> int:
    records, attributes = _open(args)
    header, lines = read_table(args.file)  # read first: an unreadable file changes nothing
    (changed, problems), _ = attributes.update(lambda a: a.read_table(header, lines, records))
    for problem in problems:
        print(f"{args.file}: {problem}")
    print(f"{changed} values set from {args.file}")
    return 1 if problems else 0
