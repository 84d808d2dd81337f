"""`python -m policylens annotations …`: list, add, re-anchor, restore, export and import.

register(sub) adds `annotations` and its subcommands, each with its handler (set_defaults(run=…));
cli/colleagues.py adds merge and agreement.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

from ..core.anchoring import make_anchor
from ..core.annotation_commands import AddAnnotation, Batch
from ..core.code_commands import code_ids_for_paths
from ..core.annotations import Annotation, AnnotationError, HIGHLIGHT, Project, new_id
from ..store.annotation_records import to_record
from ..store.annotations import AnnotationStore
from ..store.saved_annotations import read_saved
from ..store.session_lock import StoreLocked
from ..workspace import Workspace
from . import colleagues
from .common import add_scope_arguments, coder_of, data_dir as _data_dir, print_json, scope_keys

EXPORT_FORMATS = ("w3c", "csv", "xlsx", "md", "qdpx", "json")  # exchange.FORMATS, without importing it


def register(sub) -> None:
    parser = sub.add_parser("annotations", help="annotations, codes and memos in the data folder")
    commands = parser.add_subparsers(dest="annotations_command", required=True)
    p = commands.add_parser("list", help="list annotations")
    p.add_argument("--doc", help="only this document (its key)")
    p.add_argument("--code", help="only annotations with this code or one below it (a path: 落户条件/租赁住所)")
    p.add_argument("--review", action="store_true", help="only annotations that need review")
    add_scope_arguments(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)
    p = commands.add_parser("add", help="annotate a span of a stored document")
    p.add_argument("doc_key", metavar="DOC_KEY")
    p.add_argument("--start", type=int, required=True, help="first character (code points, clean text)")
    p.add_argument("--end", type=int, required=True, help="character after the last one")
    p.add_argument("--note", default="")
    p.add_argument("--markdown", action="store_true", help="the note is Markdown")
    p.add_argument("--code", action="append", default=[], help="a code path; repeat for more")
    p.add_argument("--color", default=HIGHLIGHT, help=f"highlight colour (default {HIGHLIGHT})")
    p.add_argument("--coder", help="who made it (default: the coder's name set in Preferences)")
    p.set_defaults(run=cmd_add)
    p = commands.add_parser("reanchor", help="place annotations in the current version of their documents")
    p.add_argument("doc_keys", nargs="*", metavar="DOC_KEY", help="default: every annotated document")
    p.set_defaults(run=cmd_reanchor)
    p = commands.add_parser("restore", help="put back damaged annotations from a backup and every "
                                           "intact journal entry after it (exit 1 if some could not be)")
    p.add_argument("backup", nargs="?", type=Path,
                   help="default: the annotations file if it is intact, else the newest good backup")
    p.set_defaults(run=cmd_restore)
    p = commands.add_parser("export", help="write every annotation, code and memo to a file")
    p.add_argument("--format", required=True, choices=EXPORT_FORMATS,
                   help="w3c (Web Annotation JSON-LD), csv, xlsx, md (report), qdpx (REFI-QDA), json (PolicyLens)")
    p.add_argument("--lang", choices=("en", "zh"), default="en",
                   help="language of the Markdown report's headings and columns (default en)")
    add_scope_arguments(p)
    p.add_argument("out", type=Path, metavar="OUT")
    p.set_defaults(run=cmd_export)
    p = commands.add_parser("import", help="add annotations from a PolicyLens JSON, W3C or Hypothesis JSON, "
                                           "or REFI-QDA (.qdpx, .qde) file; exit status 1 if anything was left out")
    p.add_argument("file", type=Path, metavar="FILE")
    p.set_defaults(run=cmd_import)
    colleagues.register(commands)


@contextmanager
def reading_project(data_dir: Path):
    """The project, to read: from the store, or, while another process (the window) holds it,
    from what that process has saved, without the lock and without writing anything."""
    try:
        store = AnnotationStore(data_dir)
    except StoreLocked as exc:
        print(f"policylens: {exc.args[0].split(';')[0]}; reading what it has saved", file=sys.stderr)
        yield read_saved(data_dir)
        return
    with store:
        yield store.project


def cmd_list(args) -> int:
    with reading_project(_data_dir(args)) as project:
        code = project.code_by_path(args.code) if args.code else None
        if args.code and code is None:
            raise AnnotationError(f"no code '{args.code}'")
        found = project.filter(document=args.doc, code=code.id if code else None)
        keys = scope_keys(args, Workspace(_data_dir(args)).corpus.documents())
        found = [a for a in found if (a.needs_review or not args.review) and (keys is None or a.document in keys)]
        found.sort(key=lambda a: (a.document, a.anchor.start, a.anchor.end))
        if args.json:
            print_json({"annotations": [_json(project, a) for a in found]})
            return 0
        for a in found:
            print("\t".join([a.id, a.document, a.anchor.clause, f"{a.anchor.start}-{a.anchor.end}",
                             "needs review" if a.needs_review else "placed", _codes(project, a),
                             _short(a.anchor.exact), _short(a.note)]))
        print(f"{len(found)} annotations in {Path(_data_dir(args)) / 'user'}", file=sys.stderr)
    return 0


def cmd_add(args) -> int:
    doc = Workspace(_data_dir(args)).document(args.doc_key)
    anchor = make_anchor(doc, args.start, args.end)
    with AnnotationStore(_data_dir(args)) as store:
        code_ids, new_codes = code_ids_for_paths(store.project, args.code)
        coder = coder_of(args)
        annotation = Annotation(new_id(), anchor, note=args.note, color=args.color, codes=tuple(code_ids),
                                note_format="markdown" if args.markdown else "plain", coder=coder)
        store.do(Batch("add annotation", [*new_codes, AddAnnotation(annotation)]))
    print(f"{annotation.id}\t{doc.key}\t{anchor.clause}\t{anchor.start}-{anchor.end}\t{_short(anchor.exact)}")
    return 0


def cmd_reanchor(args) -> int:
    data_dir = _data_dir(args)
    corpus = Workspace(data_dir).corpus
    with AnnotationStore(data_dir) as store:
        keys = args.doc_keys or sorted({a.document for a in store.project.annotations.values()})
        missing = [k for k in keys if k not in {r["key"] for r in corpus.documents()}]
        for key in keys:
            if key not in missing:
                print(store.reanchor(corpus.open_document(key), corpus).line())
    for key in missing:
        print(f"policylens: no document '{key}' in the store at {corpus.folder}", file=sys.stderr)
    return 1 if missing else 0


def cmd_restore(args) -> int:
    """Exit 1 if some journal entry could not be replayed, so a script can tell."""
    report = AnnotationStore.restore_backup(_data_dir(args), args.backup)
    print(report.line())
    for what in report.skipped:
        print(f"policylens: not replayed: {what}", file=sys.stderr)
    if report.kept:
        print(f"policylens: the replaced files are kept in {report.kept[0].parent}", file=sys.stderr)
    return 1 if report.skipped else 0


def _json(project: Project, annotation: Annotation) -> dict:
    data = to_record(annotation)
    data["code_paths"] = [project.code_path(c) for c in annotation.codes]
    return data


def _codes(project: Project, annotation: Annotation) -> str:
    return ", ".join(project.code_path(c) for c in annotation.codes)


def _short(text: str, width: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1] + "…"


def cmd_export(args) -> int:
    from ..core.scope import project_within
    from ..exchange import export_annotations

    corpus = Workspace(_data_dir(args)).corpus
    keys = scope_keys(args, corpus.documents())
    with reading_project(_data_dir(args)) as project:
        scoped = project if keys is None else project_within(project, keys)
        report = export_annotations(scoped, corpus, args.format, args.out, args.lang)
    print(report.line())
    for problem in report.problems:
        print(f"policylens: left out: {problem}", file=sys.stderr)
    return 0


def cmd_import(args) -> int:
    from ..exchange import import_file

    data_dir = _data_dir(args)
    with AnnotationStore(data_dir) as store:
        report = import_file(args.file, store, Workspace(data_dir).corpus)
    print(report.line())
    for note in report.notes:
        print(f"policylens: note: {note}", file=sys.stderr)
    for problem in report.problems:
        print(f"policylens: left out: {problem}", file=sys.stderr)
    if report.left_out:  # a partial import: scripts must be able to tell
        print(f"policylens: partial import: {report.left_out} left out of {args.file.name}", file=sys.stderr)
        return 1
    return 0

