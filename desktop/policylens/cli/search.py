"""`search`: the query language over the imported corpus, as clauses or as KWIC rows.

    search QUERY [--kwic] [--sort right|left|keyword|ATTRIBUTE] [--place P ...] [--level N ...] [--json]
    search QUERY --code PATH [--unit hit|sentence|clause] [--coder NAME]   auto-code every hit
    search QUERY [--set NAME] [--where COND] [--save NAME]   within a set, or documents of some attributes
    search --saved NAME [--kwic] [--json]       re-run a saved search
    searches [--delete NAME] [--json]           the saved searches

The grammar is core/query.py's (AND/OR/NOT, 与/或/非, "phrases", /regular expressions/, NEAR/N).
Without --kwic, one line (or JSON object) per clause the query is true of; with --kwic, one
per matched span, with its left context, keyword and right context. Offsets are into each
document's clean text. With --code, every hit's passage is coded with PATH as one undoable
step (core/autocode.py) and the count of passages added is printed.
"""
from __future__ import annotations

from ..core.query import QueryError, kwic, parse, run, sort_rows
from ..store.user_attributes import UserAttributes
from ..store.user_collections import UserCollections
from ..workspace import Workspace
from .common import UsageError, coder_of, data_dir, document_attributes, print_json, scope_keys
from .in_force import add_in_force_option, in_force_keys

SORTS = ("right", "left", "keyword")  # or any document attribute (policylens attributes list)


def register(sub) -> None:
    p = sub.add_parser("search", help="clauses of the imported corpus that a query is true of")
    p.add_argument("query", nargs="?", help='e.g. 户籍 AND 居住证, "居住证制度" NOT 户籍, 户籍 NEAR/5 居住证')
    p.add_argument("--kwic", action="store_true", help="one row per hit: left context, keyword, right context")
    p.add_argument("--sort", default=None, metavar="right|left|keyword|ATTRIBUTE",
                   help="order of KWIC rows: by the right context, the left one read backwards, the keyword, "
                        "or a document attribute such as place, date, province, year or one of your own "
                        "(default: document order)")
    p.add_argument("--place", action="append", help="only documents of this place (repeatable)")
    p.add_argument("--level", action="append", type=int, help="only clauses of this outline level (repeatable)")
    p.add_argument("--set", dest="set_name", metavar="NAME", help="only the documents of this set (policylens sets)")
    p.add_argument("--where", action="append", default=[], metavar="CONDITION",
                   help="only documents whose attributes meet this condition (as in `list --where`; repeatable)")
    add_in_force_option(p)
    p.add_argument("--save", metavar="NAME", help="keep this search (query and scope) under NAME")
    p.add_argument("--saved", metavar="NAME", help="run the search saved under NAME")
    p.add_argument("--json", action="store_true")
    p.add_argument("--code", metavar="PATH", help="code every hit's passage with this code (created if missing)")
    p.add_argument("--unit", choices=("hit", "sentence", "clause"), default="hit",
                   help="with --code: the matched words, their sentence or their clause (default hit)")
    p.add_argument("--coder", help="with --code: who coded (default: the coder's name set in Preferences)")
    p.set_defaults(run=cmd_search)
    p = sub.add_parser("searches", help="the saved searches")
    p.add_argument("--delete", metavar="NAME", help="forget this saved search")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_searches)


def cmd_search(args) -> int:
    collections = UserCollections(data_dir(args))
    if args.saved:
        saved = collections.search(args.saved)
        args.query, args.place, args.level = saved["query"], saved["places"] or None, saved["levels"] or None
        args.set_name = saved["set"] or None
        args.where = list(saved.get("where", [])) + list(args.where)
    if not args.query:
        raise UsageError("a query is needed (or --saved NAME)")
    try:
        tree = parse(args.query)
    except QueryError as exc:
        raise UsageError(f"query: {exc}") from None
    store = Workspace(data_dir(args)).corpus
    user_attributes = UserAttributes(data_dir(args))
    if args.sort and args.sort not in SORTS and args.sort not in user_attributes.names():
        raise UsageError(f"--sort: no attribute {args.sort!r}; sort by {', '.join(SORTS)} or one of "
                         f"{', '.join(user_attributes.names())}")
    members = scope_keys(args, store.documents())
    if args.save:
        collections.save_search(args.save, args.query, args.place, args.level, args.set_name, args.where)
        collections.save()
    in_force = in_force_keys(args, store)
    records = [r for r in store.documents() if (not args.place or r.get("place") in args.place)
               and (members is None or r["key"] in members) and (in_force is None or r["key"] in in_force)]
    docs = [store.open_document(r["key"]) for r in records]
    attributes = {r["key"]: document_attributes(r) for r in records}
    hits = run(tree, docs, levels=set(args.level) if args.level else None)
    if args.code:
        return _autocode(args, hits, {doc.key: doc for doc in docs})
    if args.kwic:
        rows = kwic(hits, docs)
        if args.sort:  # by the attributes as shown: corrections win
            rows = sort_rows(rows, args.sort, user_attributes.table(records))
        _print_kwic(rows, attributes, args.json)
    else:
        titles = {doc.key: {c.id: c.title for c in doc.clauses} for doc in docs}
        _print_clauses(hits, titles, attributes, args.json)
    return 0


def cmd_searches(args) -> int:
    collections = UserCollections(data_dir(args))
    if args.delete:
        collections.delete_search(args.delete)
        collections.save()
        print(f"deleted saved search {args.delete}")
        return 0
    if args.json:
        print_json({"searches": [{"name": name, **saved} for name, saved in sorted(collections.searches.items())]})
        return 0
    for name, saved in sorted(collections.searches.items()):
        scope = " ".join(filter(None, [f"set={saved['set']}" if saved["set"] else "",
                                       *(f"place={p}" for p in saved["places"]),
                                       *(f"level={n}" for n in saved["levels"]),
                                       *saved.get("where", [])]))
        print(f"{name}\t{saved['query']}\t{scope}")
    return 0


def _print_clauses(hits, titles, attributes, as_json: bool) -> None:
    if as_json:
        print_json({"count": len(hits), "clauses": [
            {"doc_key": h.doc_key, **attributes[h.doc_key], "clause_id": h.clause_id,
             "clause_title": titles[h.doc_key][h.clause_id], "spans": [list(s) for s in h.spans]}
            for h in hits]})
        return
    for h in hits:
        print(f"{attributes[h.doc_key]['place'] or h.doc_key[:8]}\t{h.clause_id}\t"
              f"{titles[h.doc_key][h.clause_id]}\t{len(h.spans)}")
    print(f"{len(hits)} clauses")


def _print_kwic(rows, attributes, as_json: bool) -> None:
    if as_json:
        print_json({"count": len(rows), "rows": [
            {"doc_key": r.doc_key, **attributes[r.doc_key], "clause_id": r.clause_id, "start": r.start,
             "left": r.left, "keyword": r.keyword, "right": r.right} for r in rows]})
        return
    width = max((len(r.left) for r in rows), default=0)
    for r in rows:
        print(f"{r.left:>{width}} 【{r.keyword}】 {r.right}\t{attributes[r.doc_key]['place']}\t{r.clause_id}")
    print(f"{len(rows)} hits")


def _autocode(args, hits, documents) -> int:
    from ..core.autocode import autocode
    from ..store.annotations import AnnotationStore

    coder = coder_of(args)
    with AnnotationStore(data_dir(args)) as store:
        batch, added = autocode(store.project, hits, documents, args.code, args.unit, coder)
        if added:
            store.do(batch)
    if args.json:
        print_json({"code": args.code, "unit": args.unit, "clauses": len(hits), "added": added})
    else:
        print(f"coded {added} passages with {args.code} ({len(hits)} clauses matched)")
    return 0
