"""The command line: `python -m policylens <command>`. A public interface: keep it stable.

With no command, the desktop application starts.
"""
from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
from collections import defaultdict
from pathlib import Path

from .core.aliases import AliasTable
from .core.document import Document, analyze_file
from .core.errors import SourceError
from .paths import default_data_dir
from .store import CorpusStore, StoreError

# Commands that live in modules of their own, imported only when used, so that starting the
# application (no command) does not load them: command -> module.
EXTENSIONS = {"diff": "compare_cli", "reuse": "compare_cli", "parameters": "compare_cli",
              "annotations": "annotations_cli", "self-check": "selfcheck_cli", "align": "align_cli"}
COMMANDS = ("import", "outline", "agencies", "meta", "list", "reanalyze", *EXTENSIONS)


def _extension(command: str):
    return importlib.import_module(f".{EXTENSIONS[command]}", __package__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m policylens", description=__doc__.split("\n")[0])
    parser.add_argument("--data-dir", type=Path, help="data folder (default: the user data folder)")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("import", help="import files into the store")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--json", action="store_true", help="end with the whole import report as JSON")
    p = sub.add_parser("outline", help="the clause tree of a file")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("agencies", help="agencies and their roles across files")
    p.add_argument("files", nargs="+", type=Path)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("meta", help="a file's metadata")
    p.add_argument("file", type=Path)
    p.add_argument("--json", action="store_true")
    sub.add_parser("list", help="documents in the store")
    sub.add_parser("reanalyze", help="analyse the stored documents again (after editing the alias table)")
    for module in dict.fromkeys(EXTENSIONS.values()):
        extension = importlib.import_module(f".{module}", __package__)
        (getattr(extension, "add_parsers", None) or extension.add_parser)(sub)  # one or several
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if not any(a in COMMANDS or a in ("-h", "--help") for a in argv):
        from .app.main import main as app_main
        return app_main(argv)
    args = build_parser().parse_args(argv)
    try:
        if args.command in EXTENSIONS:
            return _extension(args.command).run(args)
        return _COMMANDS[args.command](args)
    except (SourceError, StoreError) as exc:
        print(f"policylens: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # output piped into `head`: not an error of ours
        sys.stdout = open(os.devnull, "w")
        return 0


def _data_dir(args) -> Path:
    return args.data_dir or default_data_dir()


def _analyze(args, path: Path) -> Document:
    """Analyse a file with the bundled alias table plus the user's own (DATA_DIR/agency_aliases.json)."""
    return analyze_file(path, AliasTable.load(_data_dir(args) / "agency_aliases.json"))


def cmd_import(args) -> int:
    store = CorpusStore(_data_dir(args))
    many = len(args.files) > 1
    counts: dict[str, int] = defaultdict(int)

    def progress(n, total, result):
        counts[result.status] += 1
        line = f"[{n}/{total}] {result.status}: {result.path}"
        if result.message:
            line += f": {result.message}"
        if result.status == "failed" or not many:
            print(line, file=sys.stderr if result.status == "failed" else sys.stdout)
        elif sys.stdout.isatty():
            print("\r" + line[:100].ljust(100), end="", flush=True)
        elif n % 100 == 0 or n == total:
            print(line)

    results = store.import_files(args.files, progress)
    if many and sys.stdout.isatty():
        print()
    print(", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f"; store: {store.folder}")
    if not args.json:
        _print_report(results, False)
    _reanchor_new_versions(args, store, [r.key for r in results if r.status == "new-version"])
    _update_alignment(store)
    if args.json:  # last, so that the report is the end of the output, whole
        _print_report(results, True)
    return 1 if counts["failed"] else 0


def _print_report(results, as_json: bool) -> None:
    from .core.import_report import report_lines, summarize

    report = summarize(results)
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
    else:
        for line in report_lines(report):
            print(line)


def _update_alignment(store: CorpusStore) -> None:
    """Bring the clause families up to date (incremental: only what the import changed)."""
    import time

    from .store.alignment import AlignmentStore

    started = time.perf_counter()
    try:
        update = AlignmentStore(store).update()
    except StoreError as exc:  # e.g. the application is updating them: it will catch up itself
        print(f"policylens: warning: clause families not updated now: {exc}", file=sys.stderr)
        return
    how = f"built from scratch: {update.rebuilt_because}" if update.rebuilt_because else "incremental"
    print(f"clause families: {len(update.added)} documents aligned, {len(update.removed)} removed "
          f"({how}, {time.perf_counter() - started:.1f} s)")


def _reanchor_new_versions(args, store: CorpusStore, keys: list[str]) -> None:
    """Move the annotations of documents that changed onto their new text, and say how it went."""
    from .store.annotations import reanchor_document

    for key in keys:
        try:
            print(reanchor_document(_data_dir(args), store.open_document(key), store).line())
        except StoreError as exc:  # e.g. the application holds the annotations: import still counts
            print(f"policylens: warning: annotations of {key} not re-anchored now: {exc}", file=sys.stderr)


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
    data = agencies_json([(path, _analyze(args, path)) for path in args.files])
    if args.json:
        _print_json(data)
        return 0
    for entry in data["agencies"]:
        roles = ", ".join(f"{k} {v}" for k, v in entry["roles"].items())
        print(f"{entry['canonical']}: {roles}  ({' / '.join(entry['names'])})")
    return 0


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
    store = CorpusStore(_data_dir(args))
    for r in store.documents():
        print(f"{r['key']}\t{r['place']}{r['level']}\t{r['script']}\t{r['clauses']} clauses\t{r['title']}")
    print(f"{len(store)} documents in {store.folder}", file=sys.stderr)
    return 0


def cmd_reanalyze(args) -> int:
    store = CorpusStore(_data_dir(args))
    print(f"re-analysed {store.reanalyze()} documents in {store.folder}")
    return 0


def _print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


_COMMANDS = {"import": cmd_import, "outline": cmd_outline, "agencies": cmd_agencies,
             "meta": cmd_meta, "list": cmd_list, "reanalyze": cmd_reanalyze}
