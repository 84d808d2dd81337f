"""`segments` and `cooccurrence`: coded passages pulled back out, and codes that meet.

    segments CODE [--no-subcodes] [--where COND] [--set NAME] [--json]   every passage of a code
    cooccurrence [--unit overlap|clause] [--where COND] [--set NAME] [--json]   code pairs that meet

Both read the annotations as saved (core/segments.py), with each document's attributes (the
extracted ones with corrections laid over, and the researcher's own); --where and --set keep
the documents of some attributes or of a set (core/scope.py). No document is opened.
"""
from __future__ import annotations

from ..core.annotations import AnnotationError
from ..core.segments import cooccurrence, segments
from ..workspace import Workspace
from .annotations import reading_project
from ..core.scope import project_within
from ..store.user_attributes import UserAttributes
from .common import add_scope_arguments, data_dir, print_json, scope_keys


def register(sub) -> None:
    p = sub.add_parser("segments", help="every passage coded with a code, with context and attributes")
    p.add_argument("code", help="the code's path, e.g. 落户条件/租赁住所")
    p.add_argument("--no-subcodes", action="store_true", help="only the code itself, not the codes below it")
    add_scope_arguments(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_segments)
    p = sub.add_parser("cooccurrence", help="pairs of codes on one passage or in one clause")
    p.add_argument("--unit", choices=("overlap", "clause"), default="overlap",
                   help="overlap: passages sharing a character, or one passage with both (default); "
                        "clause: passages starting in the same clause")
    add_scope_arguments(p)
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_cooccurrence)


def _documents(args) -> tuple[dict[str, dict], set[str] | None]:
    """Every stored document's attributes, and the keys --where and --set keep (None: all)."""
    records = Workspace(data_dir(args)).corpus.documents()
    return UserAttributes(data_dir(args)).table(records), scope_keys(args, records)


def cmd_segments(args) -> int:
    attributes, keys = _documents(args)
    with reading_project(data_dir(args)) as project:
        code = project.code_by_path(args.code)
        if code is None:
            raise AnnotationError(f"no code '{args.code}'")
        scoped = project if keys is None else project_within(project, keys)
        found = segments(scoped, code.id, subcodes=not args.no_subcodes, documents=attributes)
    if args.json:
        print_json({"code": args.code, "subcodes": not args.no_subcodes, "count": len(found),
                    "segments": [_segment_json(s) for s in found]})
        return 0
    for s in found:
        where = s.attributes.get("place") or s.doc_key[:8]
        print(f"{where}\t{s.clause}\t{s.start}-{s.end}\t{' | '.join(s.codes)}\t…{s.left[-12:]}【{s.quote}】"
              f"{s.right[:12]}…\t{s.note}")
    print(f"{len(found)} segments")
    return 0


def _segment_json(s) -> dict:
    return {"annotation": s.annotation, "doc_key": s.doc_key, **s.attributes, "clause": s.clause,
            "start": s.start, "end": s.end, "left": s.left, "quote": s.quote, "right": s.right,
            "codes": list(s.codes), "note": s.note, "coder": s.coder, "needs_review": s.needs_review}


def cmd_cooccurrence(args) -> int:
    _attributes, keys = _documents(args)
    with reading_project(data_dir(args)) as project:
        result = cooccurrence(project if keys is None else project_within(project, keys), args.unit)
        paths = {code_id: project.code_path(code_id) for pair in result.counts for code_id in pair}
    pairs = sorted(result.counts, key=lambda pair: (-result.counts[pair], paths[pair[0]], paths[pair[1]]))
    if args.json:
        print_json({"unit": args.unit, "pairs": [
            {"codes": sorted([paths[a], paths[b]]), "count": result.counts[(a, b)],
             "passages": [list(ids) for ids in result.passages[(a, b)]]} for a, b in pairs]})
        return 0
    for a, b in pairs:
        first, second = sorted([paths[a], paths[b]])
        print(f"{result.counts[(a, b)]}\t{first}\t{second}")
    print(f"{len(pairs)} pairs of codes")
    return 0
