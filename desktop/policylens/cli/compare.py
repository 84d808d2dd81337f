"""Commands that compare documents: `diff`, `reuse` and `parameters`.

    diff FILE_A FILE_B [--clause PATH] [--json]   clause pairs with word ops and localized values
    reuse FILE... [--json]                        the 5-gram containment matrix, with bands
    parameters FILE... [--json]                   conditions and targets, documents × parameters

Files are analysed directly (they need not be imported), with the bundled alias table plus
the user's own in the data folder. Offsets are into each document's clean text.
"""
from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from ..core import worddiff
from ..core.aliases import AliasTable
from ..core.document import Document, analyze_file
from ..core.document_pairing import Pairing, pair_documents
from ..core.outline import Clause
from ..core.parameters import parameter_table
from ..core.places import place_label
from ..core.reuse import document_reuse
from ..store.alignment import read_corrections
from ..store.layout import Layout
from .common import UsageError, data_dir as _data_dir, print_json as _print_json


def register(sub) -> None:
    p = sub.add_parser("diff", help="word differences between two files, clause by clause")
    p.add_argument("file_a", type=Path)
    p.add_argument("file_b", type=Path)
    p.add_argument("--clause", metavar="PATH",
                   help="only this clause of FILE_A: its id (三/(五)) or numbers (3/5 or 3.5)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_diff)
    p = sub.add_parser("reuse", help="text reuse between files: 5-gram containment matrix")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_reuse)
    p = sub.add_parser("parameters", help="conditions and targets each file sets")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_parameters)



# -- diff --------------------------------------------------------------------------------------

def cmd_diff(args) -> int:
    """Clause pairs in both documents' order (core.document_pairing), the user's corrections applied."""
    doc_a, doc_b = _analyze_all(args, [args.file_a, args.file_b])
    pairing = pair_documents(doc_a, doc_b, read_corrections(_data_dir(args)))
    pairs = pairing.rows
    if args.clause:
        index = doc_a.clauses.index(find_clause(doc_a, args.clause, args.file_a))
        pairs = [p for p in pairs if p.a == index]
    rows = worddiff.diff_documents(doc_a, doc_b, pairs)
    if args.json:
        _print_json(diff_json(args.file_a, doc_a, args.file_b, doc_b, rows))
    else:
        for pair, row in zip(pairs, rows):
            print(_diff_text(doc_a, doc_b, row) + _moved_note(doc_a, doc_b, pairing, pair))
    return 0


def _moved_note(doc_a: Document, doc_b: Document, pairing: Pairing, pair: worddiff.ClausePair) -> str:
    """For a clause whose counterpart the other document has elsewhere: where."""
    side, index, other = ("a", pair.a, doc_b) if pair.b is None else ("b", pair.b, doc_a)
    moved = pairing.moved.get((side, index)) if index is not None and (pair.a is None or pair.b is None) else None
    return "" if moved is None else f"  (moved: {other.clauses[moved].id})"


def find_clause(doc: Document, path: str, file: Path | str = "") -> Clause:
    """A clause by id (三/(五)) or by its numbers from level 1 down (3/5, 3.5, [3, 5])."""
    wanted = path.strip()
    for clause in doc.clauses:
        if clause.id == wanted:
            return clause
    numbers = [int(n) for n in re.findall(r"\d+", wanted)] if re.fullmatch(r"[\d\s./,\[\]]+", wanted) else []
    for clause in doc.clauses:
        if numbers and number_path(doc, clause) == numbers:
            return clause
    raise UsageError(f"{file or doc.key}: no clause {path!r} (ids look like 三/(五), numbers like 3/5)")


def number_path(doc: Document, clause: Clause) -> list[int]:
    """The clause's number and its ancestors' from level 1 down; [] for unnumbered clauses."""
    path = []
    while clause is not None:
        if clause.number is None:
            return []
        path.insert(0, clause.number)
        clause = doc.clauses[clause.parent] if clause.parent is not None else None
    return path


def diff_json(file_a, doc_a: Document, file_b, doc_b: Document, rows) -> dict:
    return {"a": _doc_json(file_a, doc_a), "b": _doc_json(file_b, doc_b),
            "pairs": [_row_json(doc_a, doc_b, row) for row in rows]}


def _doc_json(file, doc: Document) -> dict:
    return {"file": str(file), "key": doc.key, "place": doc.meta.place, "script": doc.script}


def _row_json(doc_a: Document, doc_b: Document, row: worddiff.ClauseDiff) -> dict:
    return {
        "a": _side_json(doc_a, row.a_clause, row.a_span), "b": _side_json(doc_b, row.b_clause, row.b_span),
        "score": None if row.score is None else round(row.score, 4), "similarity": round(row.similarity, 4),
        "ops": [{"op": op.op, "a": [op.a_start, op.a_end], "b": [op.b_start, op.b_end],
                 "a_text": doc_a.text[op.a_start:op.a_end], "b_text": doc_b.text[op.b_start:op.b_end]}
                for op in row.ops],
        "values": [pair.to_json() for pair in row.values],
    }


def _side_json(doc: Document, clause_id: str | None, span) -> dict | None:
    if clause_id is None:
        return None
    clause = next(c for c in doc.clauses if c.id == clause_id)
    return {"clause": clause_id, "path": number_path(doc, clause), "title": clause.title,
            "start": span[0], "end": span[1]}


def _diff_text(doc_a: Document, doc_b: Document, row: worddiff.ClauseDiff) -> str:
    title_a = _title(doc_a, row.a_clause)
    title_b = _title(doc_b, row.b_clause)
    if row.a_clause is None:
        return f"+ {row.b_clause} {title_b}  (only in B)"
    if row.b_clause is None:
        return f"- {row.a_clause} {title_a}  (only in A)"
    head = f"{row.a_clause} {title_a}  <->  {row.b_clause} {title_b}  (similarity {row.similarity:.2f})"
    if not row.changed():
        return f"= {head}"
    marked = "".join(_marked(doc_a, doc_b, op) for op in row.ops)
    return "\n".join([f"~ {head}", "    " + marked.replace("\n", "\n    ")] + _value_lines(row))


def _value_lines(row: worddiff.ClauseDiff) -> list[str]:
    lines = []
    for pair in row.values:
        role = (pair.a or pair.b).role
        lines.append(f"    {pair.kind}{' ' + role if role else ''}: "
                     f"{pair.a.text if pair.a else '—'} -> {pair.b.text if pair.b else '—'}")
    return lines


def _marked(doc_a: Document, doc_b: Document, op: worddiff.Op) -> str:
    a, b = doc_a.text[op.a_start:op.a_end], doc_b.text[op.b_start:op.b_end]
    if op.op == "equal":
        return a
    return (f"[-{a}-]" if a else "") + (f"{{+{b}+}}" if b else "")


def _title(doc: Document, clause_id: str | None) -> str:
    return next((c.title for c in doc.clauses if c.id == clause_id), "")


# -- reuse and parameters ----------------------------------------------------------------------

def cmd_reuse(args) -> int:
    docs = _analyze_all(args, args.files)
    matrix = document_reuse(docs)
    if args.json:
        data = matrix.to_json()
        data["files"] = [str(path) for path in args.files]
        _print_json(data)
        return 0
    _print_matrix([doc.meta.place or doc.key for doc in docs], matrix)
    return 0


def _print_matrix(names: list[str], matrix) -> None:
    width = max(_width(n) for n in names) + 2
    print("share of the row's 5-grams found in the column's (relay > 0.7, localized 0.3-0.7, "
          f"rewritten < 0.3; {matrix.boilerplate} boilerplate 5-grams set aside)")
    print(_pad("", width) + "".join(_pad(n, 17, right=True) for n in names))
    for i, name in enumerate(names):
        cells = [_pad("—", 17, right=True) if i == j else f"  {matrix.containment(i, j):.3f} {matrix.band(i, j):<9}"
                 for j in range(len(names))]
        print(_pad(name, width) + "".join(cells))


def _width(text: str) -> int:
    """Columns a terminal gives the text: two for each wide (CJK) character."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool = False) -> str:
    fill = " " * max(width - _width(text), 0)
    return fill + text if right else text + fill


def cmd_parameters(args) -> int:
    docs = _analyze_all(args, args.files)
    table = parameter_table(docs)
    if args.json:
        data = table.to_json()
        for row, path in zip(data["documents"], args.files):
            row["file"] = str(path)
        _print_json(data)
        return 0
    labels = {p.id: p.label for p in table.parameters}
    for row in table.documents:
        print(f"{place_label(row.place, row.level)}  {row.key}")
        for parameter, values in row.values.items():
            shown = "; ".join(f"{v.text}{' (取消)' if v.abolished else ''} [{v.clause} {v.start}-{v.end}]"
                              for v in values)
            print(f"  {labels[parameter]}: {shown}")
    return 0


def _analyze_all(args, paths: list[Path]) -> list[Document]:
    """Analyse files with the bundled alias table plus the user's own (DATA_DIR/agency_aliases.json)."""
    table = AliasTable.load(Layout(_data_dir(args)).aliases)
    return [analyze_file(path, table) for path in paths]

