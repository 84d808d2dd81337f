"""`policylens annotations merge` and `annotations agreement`: working with colleagues.

cli/annotations.py registers both under `annotations` (register(commands)).
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..core.annotations import AnnotationError
from ..store.annotations import AnnotationStore
from ..store.atomic import StoreError
from ..store.corpus import CorpusStore
from ..workspace import Workspace
from .common import data_dir as _data_dir, print_json as _dump


def register(commands) -> None:
    p = commands.add_parser("merge", help="merge a colleague's project (.qdpx or PolicyLens JSON) into this one")
    p.add_argument("file", type=Path, metavar="FILE")
    p.add_argument("--coder", default="", help="the coder of what the file brings without a coder's name")
    p.add_argument("--json", action="store_true", help="the report as JSON")
    p.set_defaults(run=cmd_merge)
    p = commands.add_parser("agreement", help="inter-coder agreement of two coders (percent and Cohen's kappa)")
    p.add_argument("--coder", action="append", default=[], required=True, help="a coder's name; give two")
    p.add_argument("--out", type=Path, help="also write the tables to this .csv or .xlsx file")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_agreement)


def cmd_merge(args) -> int:
    from ..exchange.annotations.merging import plan_merge

    data_dir = _data_dir(args)
    with AnnotationStore(data_dir) as store:
        report = plan_merge(args.file, store.project, Workspace(data_dir).corpus, " ".join(args.coder.split()))
        if report.command is not None:
            store.do(report.command)
    if args.json:
        _dump(report.to_json())
    else:
        print(report.line())
        for c in report.conflicts:
            print(f"conflict ({c.kind}) {c.subject}\n  ours:   {c.ours}\n  theirs: {c.theirs}")
    for problem in report.problems:
        print(f"policylens: left out: {problem}", file=sys.stderr)
    return 1 if report.problems else 0


def cmd_agreement(args) -> int:
    from ..core.agreement import agreement

    names = [" ".join(c.split()) for c in args.coder]
    if len(names) != 2 or names[0] == names[1] or "" in names:
        raise AnnotationError("give two different coders: --coder A --coder B")
    data_dir = _data_dir(args)
    corpus = Workspace(data_dir).corpus
    with AnnotationStore(data_dir) as store:
        project = store.project
        keys = sorted({a.document for a in project.annotations.values() if a.coder in names})
        documents, missing = _documents(corpus, keys)
        report = agreement(project, names[0], names[1], documents)
    written = _write(report, args.out) if args.out else []
    if args.json:
        _dump(dict(report.to_json(), missing_documents=missing, written=[str(p) for p in written]))
    else:
        _print(report)
    for key in missing:
        print(f"policylens: no document '{key}' in the store: its annotations are left out", file=sys.stderr)
    return 0


def _documents(corpus: CorpusStore, keys: list[str]) -> tuple[dict, list[str]]:
    documents, missing = {}, []
    for key in keys:
        try:
            documents[key] = corpus.open_document(key)
        except StoreError:
            missing.append(key)
    return documents, missing


def _write(report, out: Path) -> list[Path]:
    from ..exchange.reports.agreement_export import FORMATS, write_agreement

    fmt = out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise AnnotationError(f"--out must end in .csv or .xlsx, not '{out.suffix}'")
    return write_agreement(report, fmt, out)


def _print(report) -> None:
    def line(label, row):
        chars, clauses = row.characters, row.clauses
        return (f"{label}\t{_num(chars.percent)}%\tkappa {_num(chars.kappa)}\t"
                f"clauses {_num(clauses.percent)}%\tkappa {_num(clauses.kappa)}")
    print(line(f"{report.coder_a} / {report.coder_b}: all", report.overall))
    for row in report.by_code:
        print(line(f"code {row.code}", row))
    for row in report.by_document:
        print(line(f"document {row.document}", row))
    print(f"{len(report.disagreements)} passages where they differ; {report.left_out} annotations left out")


def _num(value) -> str:
    return "-" if value is None else f"{value:.1f}" if abs(value) >= 1 else f"{value:.3f}"
