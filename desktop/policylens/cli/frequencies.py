"""`frequencies`: the commonest words of the imported corpus, per document or attribute group.

    frequencies [--by document|place|level|year|all] [--top N] [--min-chars N] [--stopwords FILE] [--json]

Words are jieba's, on the simplified fold; stop words are the bundled list plus the data
folder's user/stopwords.txt (one word a line) and any --stopwords file.
"""
from __future__ import annotations

from pathlib import Path

from ..core.frequencies import frequencies, stopwords
from ..workspace import Workspace
from ..store.layout import Layout
from .common import data_dir, document_attributes, print_json

GROUPS = ("document", "place", "level", "year", "all")


def register(sub) -> None:
    p = sub.add_parser("frequencies", help="the commonest words, per document or attribute group")
    p.add_argument("--by", choices=GROUPS, default="all", help="group documents by this (default: all together)")
    p.add_argument("--top", type=int, default=20, help="words per group (default 20)")
    p.add_argument("--min-chars", type=int, default=2, help="shortest word counted (default 2)")
    p.add_argument("--stopwords", type=Path, action="append", default=[], help="more stop words, one a line")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_frequencies)


def cmd_frequencies(args) -> int:
    folder = data_dir(args)
    store = Workspace(folder).corpus
    records = {r["key"]: r for r in store.documents()}
    words_left_out = stopwords(Layout(folder).stopwords, *args.stopwords)
    docs = (store.open_document(key) for key in records)
    groups = frequencies(docs, lambda doc: _group(args.by, doc.key, records[doc.key]), words_left_out,
                         args.min_chars)
    tops = {name: counts.most_common(args.top) for name, counts in sorted(groups.items())}
    if args.json:
        print_json({"by": args.by, "groups": [
            {"group": name, "words": [{"word": w, "count": c} for w, c in top]} for name, top in tops.items()]})
        return 0
    for name, top in tops.items():
        print(f"{name}\t" + "  ".join(f"{w} {c}" for w, c in top))
    return 0


def _group(by: str, key: str, record: dict) -> str:
    if by == "document":
        return key
    if by == "all":
        return "all"
    attributes = document_attributes(record)
    value = attributes["date"][:4] if by == "year" else attributes[by]
    return value or "—"
