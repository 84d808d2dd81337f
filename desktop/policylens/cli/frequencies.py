"""`frequencies`: the commonest words of the imported corpus, per document or attribute group.

    frequencies [--by document|all|set|ATTRIBUTE] [--where COND] [--set NAME] [--top N] [--min-chars N]
                [--stopwords FILE] [--json]

ATTRIBUTE is any document attribute: place, province, level, year, doc_type … or one of the
researcher's own (corrections win); `set` counts each document set (policylens sets), a
document in two sets in both and one in none in none; --where and --set keep some documents
(core/scope.py).

Words are jieba's, on the simplified fold; stop words are the bundled list plus the data
folder's user/stopwords.txt (one word a line) and any --stopwords file.
"""
from __future__ import annotations

from pathlib import Path

from ..core.frequencies import frequencies, stopwords
from ..workspace import Workspace
from ..store.layout import Layout
from ..store.user_attributes import UserAttributes
from ..store.user_collections import UserCollections
from .common import UsageError, add_scope_arguments, data_dir, print_json, scope_keys

GROUPS = ("document", "all", "set")  # and any attribute


def register(sub) -> None:
    p = sub.add_parser("frequencies", help="the commonest words, per document or attribute group")
    p.add_argument("--by", default="all", metavar="GROUP",
                   help="document, all (the default), set (each document set) or an attribute: place, province, "
                        "level, year, doc_type …")
    add_scope_arguments(p)
    p.add_argument("--top", type=int, default=20, help="words per group (default 20)")
    p.add_argument("--min-chars", type=int, default=2, help="shortest word counted (default 2)")
    p.add_argument("--stopwords", type=Path, action="append", default=[], help="more stop words, one a line")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_frequencies)


def cmd_frequencies(args) -> int:
    folder = data_dir(args)
    store = Workspace(folder).corpus
    listed = store.documents()
    attributes = UserAttributes(folder)
    if args.by not in (*GROUPS, *attributes.names()):
        raise UsageError(f"--by: document, all or one of {', '.join(attributes.names())}, not {args.by!r}")
    keys = scope_keys(args, listed)
    records = {r["key"]: r for r in listed if keys is None or r["key"] in keys}
    table = attributes.table(list(records.values())) if args.by not in GROUPS else {}
    if args.by == "set":
        sets = UserCollections(folder).sets
        table = {key: {"set": [name for name, members in sorted(sets.items()) if key in members]} for key in records}
    words_left_out = stopwords(Layout(folder).stopwords, *args.stopwords)
    docs = (store.open_document(key) for key in records)
    groups = frequencies(docs, lambda doc: _group(args.by, doc.key, table), words_left_out, args.min_chars)
    tops = {name: counts.most_common(args.top) for name, counts in sorted(groups.items())}
    if args.json:
        print_json({"by": args.by, "groups": [
            {"group": name, "words": [{"word": w, "count": c} for w, c in top]} for name, top in tops.items()]})
        return 0
    for name, top in tops.items():
        print(f"{name}\t" + "  ".join(f"{w} {c}" for w, c in top))
    return 0


def _group(by: str, key: str, table: dict[str, dict]) -> str | list[str]:
    if by == "document":
        return key
    if by == "all":
        return "all"
    return table[key].get(by) or ("—" if by != "set" else [])
