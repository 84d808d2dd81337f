"""`python -m policylens align FILE… [--json] [--scheduler ADDRESS]`: families of corresponding
clauses across files.

The files are analysed directly (they need not be imported); the user's alignment corrections
(DATA_DIR/user/alignment.json) are applied when they name these documents. With --scheduler,
the build's work runs on that Dask cluster (core/family_dask.py; the optional extra
policylens[dask]), with the same families.
"""
from __future__ import annotations

from pathlib import Path

from ..core.aliases import AliasTable
from ..core.document import Document, analyze_file
from ..core.errors import SourceError
from ..core.families import Families, FamilyView, views
from ..core.family_names import standing_of_document
from ..core.places import place_label
from ..store.alignment import read_corrections
from ..store.layout import Layout
from .common import data_dir as _data_dir, print_json


def register(sub) -> None:
    parser = sub.add_parser("align", help="families of corresponding clauses across files")
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="build on this Dask cluster (tcp://host:8786), for corpora past one machine")
    parser.set_defaults(run=cmd_align)


def cmd_align(args) -> int:
    data_dir = _data_dir(args)
    table = AliasTable.load(Layout(data_dir).aliases)
    docs = _analyze_all(args.files, table)
    families = Families.build(sorted(docs.values(), key=lambda d: d.key), scheduler=args.scheduler)
    standings = {doc.key: standing_of_document(doc) for doc in docs.values()}
    found = views(families, read_corrections(data_dir), standing_of=standings.get)
    file_of = {doc.key: path for path, doc in docs.items()}
    data = align_json(found, file_of, list(args.files))
    if args.json:
        print_json(data)
    else:
        _print_table(data, {doc.key: doc for doc in docs.values()}, file_of)
    return 0


def _analyze_all(paths: list[Path], table: AliasTable) -> dict[Path, Document]:
    """Each file analysed once; two files with one name cannot be told apart, so they are refused."""
    docs: dict[Path, Document] = {}
    named: dict[str, Path] = {}
    for path in paths:
        doc = analyze_file(path, table)
        if doc.key in named:
            raise SourceError(str(path), f"has the same name as {named[doc.key]} ({doc.key}); "
                                         "documents are told apart by file name, so rename one")
        named[doc.key] = path
        docs[path] = doc
    return docs


def align_json(found: list[FamilyView], file_of: dict[str, Path], order: list[Path]) -> dict:
    """{"families": [{"id", "name", "strength", "members": [{"file", "path", "clause", "title",
    "score", "similarity", "weak"}], "alternates": [{"file", "path", "clause", "title"}]}]}:
    name is the heading of the family's central or provincial template, else its most common
    title (core.family_names); strength is the members' mean similarity; similarity is score
    under the name the family view uses, and a weak member is one less similar than WEAK to
    the others, joined by where it stands in its outline; an alternate is a second clause of a
    member's document on the family's subject (a city that split the clause in two).

    Families are numbered from 1 in order of their first clause; members and alternates
    follow the files' order on the command line.
    """
    rank = {path: i for i, path in enumerate(order)}
    families = []
    for number, family in enumerate(found, 1):
        members = sorted(family.members, key=lambda m: rank[file_of[m.ref.key]])
        alternates = sorted(family.alternates, key=lambda m: (rank[file_of[m.ref.key]], m.path))
        families.append({"id": number, "name": family.name, "strength": round(family.strength or 0.0, 3),
                         "members": [dict(_clause_json(m, file_of), score=round(m.score, 3),
                                          similarity=round(m.score, 3), weak=m.weak) for m in members],
                         "alternates": [_clause_json(m, file_of) for m in alternates]})
    return {"families": families}


def _clause_json(member, file_of: dict[str, Path]) -> dict:
    return {"file": str(file_of[member.ref.key]), "path": list(member.path),
            "clause": member.ref.clause_id, "title": member.title}


def _print_table(data: dict, docs: dict[str, Document], file_of: dict[str, Path]) -> None:
    place_of = {str(path): place_label(docs[key].meta.place, docs[key].meta.level) for key, path in file_of.items()}
    for family in data["families"]:
        print(f"family {family['id']}\t{family['name']}\tstrength {family['strength']:.2f}")
        for m in family["members"]:
            place = place_of[m["file"]] or Path(m["file"]).stem
            weak = "\tweak" if m["weak"] else ""
            print(f"  {place}\t{m['clause']}\t{m['score']:.2f}\t{m['title'][:60]}{weak}")
        for m in family["alternates"]:
            print(f"  {place_of[m['file']] or Path(m['file']).stem}\t{m['clause']}\talternate\t{m['title'][:60]}")
    print(f"{len(data['families'])} families across {len(file_of)} files")
