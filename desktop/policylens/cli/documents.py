"""Commands on documents: import, outline, agencies, meta, list, reanalyze and remove.

outline, agencies and meta analyse files directly (they need not be imported), with the bundled
alias table plus the user's own in the data folder; agencies without files, and list, take the
stored documents, those --where and --set keep (core/scope.py).
"""
from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

from ..core.aliases import AliasTable
from ..core.document import Document, analyze_file
from ..core.places import place_label
from ..store import SEPARATE
from ..store.layout import Layout
from ..workspace import Workspace
from .common import UsageError, add_scope_arguments, data_dir as _data_dir, print_json as _print_json, scope_keys
from .in_force import add_in_force_option, in_force_keys

AMBIGUOUS = ("report", "separate", "version")
AMBIGUOUS_EXIT = 3  # some files were left out as ambiguous (1 when some failed)


def register(sub) -> None:
    p = sub.add_parser("import", help="import files into the store")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--ambiguous", choices=AMBIGUOUS, default="report",
                   help="a file with a stored namesake it may or may not be a version of: leave it out "
                        "and report it (exit status 3), import it as another document, or as a new version")
    p.add_argument("--json", action="store_true",
                   help="the results and the whole import report as JSON on standard output")
    p.set_defaults(run=cmd_import)
    p = sub.add_parser("outline", help="the clause tree of a file")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_outline)
    p = sub.add_parser("agencies", help="agencies and their roles across files, or across the stored documents")
    p.add_argument("files", nargs="*", type=Path, help="files to analyse (none: the stored documents, "
                                                       "those --where and --set keep)")
    add_scope_arguments(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_agencies)
    p = sub.add_parser("meta", help="a file's metadata")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_meta)
    p = sub.add_parser("list", help="documents in the store")
    add_scope_arguments(p)
    add_in_force_option(p)
    p.set_defaults(run=cmd_list)
    sub.add_parser("reanalyze", help="analyse the stored documents again (after editing the alias table)"
                   ).set_defaults(run=cmd_reanalyze)
    p = sub.add_parser("remove", help="take a document out of the store; its annotations are kept for review")
    p.add_argument("document", help="the document's key, title or file name")
    p.add_argument("--json", action="store_true", help="what was removed and kept, as JSON")
    p.set_defaults(run=cmd_remove)


def _analyze(args, path: Path) -> Document:
    """Analyse a file with the bundled alias table plus the user's own (DATA_DIR/agency_aliases.json)."""
    return analyze_file(path, AliasTable.load(Layout(_data_dir(args)).aliases))


LEFT_OUT = ("failed", "ambiguous")  # statuses reported line by line on standard error


def cmd_import(args) -> int:
    workspace = Workspace(_data_dir(args))
    many = len(args.files) > 1
    counts: dict[str, int] = defaultdict(int)
    out = sys.stderr if args.json else sys.stdout  # with --json, standard output is the JSON alone

    def progress(n, total, result):
        counts[result.status] += 1
        line = f"[{n}/{total}] {result.status}: {result.path}"
        if result.message:
            line += f": {result.message}"
        if result.status in LEFT_OUT or not many:
            print(line, file=sys.stderr if result.status in LEFT_OUT else out)
        elif out.isatty():
            print("\r" + line[:100].ljust(100), end="", file=out, flush=True)
        elif n % 100 == 0 or n == total:
            print(line, file=out)

    imported = workspace.import_files(args.files, on_result=progress, resolve=_resolver(args.ambiguous),
                                      families_progress=_families_progress(out))
    results = imported.results
    if many and out.isatty():
        print(file=out)
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f"; store: {workspace.layout.corpus}", file=out)
    if counts.get("ambiguous"):
        print(f"policylens: {counts['ambiguous']} files left out: each has the name of a stored document it "
              "may be a new version of; import them again with --ambiguous separate (other documents) "
              "or --ambiguous version (new versions)", file=sys.stderr)
    from ..core.import_report import report_lines, summarize

    report = summarize(results)
    for line in report_lines(report):
        print(line, file=out)
    reanchored = _report_reanchoring(imported, {r.key for r in results if r.status == "new-version"}, out)
    _report_families(imported, out)
    status = 1 if counts.get("failed") else AMBIGUOUS_EXIT if counts.get("ambiguous") else 0
    if args.json:
        _print_json({"results": [r.to_json() for r in results], "counts": dict(counts), "report": report,
                     "reanchored": reanchored, "store": str(workspace.layout.corpus), "exit_status": status})
    return status


def _resolver(choice: str):
    """What --ambiguous answers for a file left undecided: None leaves it out."""
    if choice == "separate":
        return lambda result: SEPARATE
    if choice == "version":  # only where there is one document it may be a version of
        return lambda result: result.candidates[0] if len(result.candidates) == 1 else None
    return None


def _families_progress(out):
    """Progress of the families update: a line rewritten on a terminal, else every tenth."""
    shown = [-1]

    def progress(done: int, total: int) -> None:
        tenth = 10 * done // max(total, 1)
        if out.isatty():
            print(f"\rclause families: {done}/{total}".ljust(40), end="\n" if done == total else "",
                  file=out, flush=True)
        elif tenth > shown[0] and total > 20:  # a few documents: the summary line says enough
            shown[0] = tenth
            print(f"clause families: {done}/{total}", file=out, flush=True)
    return progress


def _report_families(outcome, out=None) -> None:
    """How the clause families were brought up to date (incremental: only what changed)."""
    if outcome.families_error:  # e.g. the application is updating them: it will catch up itself
        print(f"policylens: warning: clause families not updated now: {outcome.families_error}", file=sys.stderr)
        return
    update = outcome.families
    if update is None:
        return
    how = f"built from scratch: {update.rebuilt_because}" if update.rebuilt_because else "incremental"
    print(f"clause families: {len(update.added)} documents aligned, {len(update.removed)} removed "
          f"({how}, {outcome.families_seconds:.1f} s)", file=out or sys.stdout)


def _report_reanchoring(imported, new_versions: set[str], out=None) -> list[dict]:
    """How the annotations of documents that changed moved onto their new text."""
    if imported.reanchor_error:  # e.g. the application holds the annotations: import still counts
        print(f"policylens: warning: annotations not re-anchored now: {imported.reanchor_error}", file=sys.stderr)
        return []
    done = []
    for summary in imported.reanchored:
        if summary.document in new_versions or summary.placements:
            print(summary.line(), file=out or sys.stdout)
            done.append({"document": summary.document, "annotations": len(summary.placements), **summary.counts()})
    return done


def cmd_remove(args) -> int:
    workspace = Workspace(_data_dir(args))
    removal = workspace.remove(args.document)
    out = sys.stderr if args.json else sys.stdout
    kept = len(removal.kept_for_review)
    print(f"removed {removal.key} ({removal.title}); {kept} annotations kept, listed for review", file=out)
    _report_families(removal, out)
    if args.json:
        _print_json(removal.to_json())
    return 0


def outline_json(doc: Document) -> dict:
    return {"document": doc.to_json(), "clauses": [c.to_json() for c in doc.clauses]}


def cmd_outline(args) -> int:
    doc = _analyze(args, args.file)
    if args.json:
        _print_json(outline_json(doc))
        return 0
    for clause in doc.clauses:
        indent = "  " * max(clause.level - 1, 0)
        label = {"preamble": "[preamble]", "closing": "[closing]", "item": "•"}.get(clause.kind, clause.label)
        leads = ", ".join(a.canonical for a in clause.agencies if a.role == "lead")
        print(f"{indent}{label} {clause.title}" + (f"  〔{leads}〕" if leads else ""))
    return 0


def agencies_json(docs: list[tuple[Path, Document]]) -> dict:
    table: dict[str, dict] = {}
    for path, doc in docs:
        for clause in doc.clauses:
            for ref in clause.agencies:
                entry = table.setdefault(ref.canonical, {
                    "canonical": ref.canonical, "collective": ref.collective, "names": [],
                    "roles": defaultdict(int), "clauses": []})
                if ref.name not in entry["names"]:
                    entry["names"].append(ref.name)
                entry["roles"][ref.role] += 1
                entry["clauses"].append({"file": str(path), "clause": clause.id, "title": clause.title,
                                         "role": ref.role, "name": ref.name,
                                         "start": ref.start, "end": ref.end})
    agencies = sorted(table.values(), key=lambda e: (-len(e["clauses"]), e["canonical"]))
    return {"agencies": [dict(e, roles=dict(e["roles"])) for e in agencies]}


def cmd_agencies(args) -> int:
    data = agencies_json(_agency_documents(args))
    if args.json:
        _print_json(data)
        return 0
    for entry in data["agencies"]:
        roles = ", ".join(f"{k} {v}" for k, v in entry["roles"].items())
        print(f"{entry['canonical']}: {roles}  ({' / '.join(entry['names'])})")
    return 0


def _agency_documents(args) -> list[tuple[Path, Document]]:
    """The files named, analysed now; or the stored documents in scope, as stored."""
    if args.files:
        if args.where or args.set_name:
            raise UsageError("--where and --set choose among the stored documents: name no files with them")
        return [(path, _analyze(args, path)) for path in args.files]
    store = Workspace(_data_dir(args)).corpus
    records = store.documents()
    keys = scope_keys(args, records)
    return [(Path(r["name"]), store.open_document(r["key"])) for r in records if keys is None or r["key"] in keys]


def cmd_meta(args) -> int:
    data = _analyze(args, args.file).to_json()
    data.pop("removed")
    if args.json:
        _print_json(data)
    else:
        for key in ("title", "place", "level", "issuer", "doc_number", "dates", "script"):
            print(f"{key}: {data[key]}")
    return 0


def cmd_list(args) -> int:
    store = Workspace(_data_dir(args)).corpus
    records = store.documents()
    keys = scope_keys(args, records)
    kept = in_force_keys(args, store)
    if kept is not None:
        keys = kept if keys is None else keys & kept
    shown = [r for r in records if keys is None or r["key"] in keys]
    for r in shown:
        print(f"{r['key']}\t{place_label(r['place'], r['level'])}\t{r['script']}\t{r['clauses']} clauses\t{r['title']}")
    of = f" of {len(store)}" if keys is not None else ""
    print(f"{len(shown)}{of} documents in {store.folder}" + (f" (in force on {args.in_force})" if kept is not None else ""),
          file=sys.stderr)
    return 0


def cmd_reanalyze(args) -> int:
    workspace = Workspace(_data_dir(args))
    print(f"re-analysed {workspace.reanalyse()} documents in {workspace.layout.corpus}")
    return 0
