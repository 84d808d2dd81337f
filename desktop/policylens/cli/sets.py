"""`sets`: named groups of documents that search, frequencies and matrices can use.

    sets list [--json]              every set with its documents
    sets add NAME DOC_KEY...        make the set or add documents to it
    sets remove NAME DOC_KEY...     take documents out of it
    sets delete NAME                forget the set (the documents stay)
"""
from __future__ import annotations

from ..store.user_collections import UserCollections
from ..workspace import Workspace
from .common import UsageError, data_dir, print_json


def register(sub) -> None:
    parser = sub.add_parser("sets", help="named groups of documents")
    commands = parser.add_subparsers(dest="sets_command", required=True)
    p = commands.add_parser("list", help="every set with its documents")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_list)
    for verb, handler, text in (("add", cmd_add, "make a set or add documents to it"),
                                ("remove", cmd_remove, "take documents out of a set")):
        p = commands.add_parser(verb, help=text)
        p.add_argument("name")
        p.add_argument("doc_keys", nargs="+", metavar="DOC_KEY")
        p.set_defaults(run=handler)
    p = commands.add_parser("delete", help="forget a set (its documents stay in the corpus)")
    p.add_argument("name")
    p.set_defaults(run=cmd_delete)


def cmd_list(args) -> int:
    sets = UserCollections(data_dir(args)).sets
    if args.json:
        print_json({"sets": [{"name": name, "documents": keys} for name, keys in sorted(sets.items())]})
        return 0
    for name, keys in sorted(sets.items()):
        print(f"{name}\t{len(keys)}\t{' '.join(keys)}")
    return 0


def _known(args) -> None:
    stored = {r["key"] for r in Workspace(data_dir(args)).corpus.documents()}
    missing = [k for k in args.doc_keys if k not in stored]
    if missing:
        raise UsageError(f"not in the store: {', '.join(missing)}")


def cmd_add(args) -> int:
    _known(args)
    return _change(args, "added", lambda c: c.add_to_set(args.name, args.doc_keys))


def cmd_remove(args) -> int:
    return _change(args, "removed", lambda c: c.remove_from_set(args.name, args.doc_keys))


def _change(args, done: str, change) -> int:
    collections = UserCollections(data_dir(args))
    count = change(collections)
    collections.save()
    print(f"{args.name}: {count} {done}, {len(collections.members(args.name))} documents")
    return 0


def cmd_delete(args) -> int:
    collections = UserCollections(data_dir(args))
    collections.delete_set(args.name)
    collections.save()
    print(f"deleted set {args.name}")
    return 0
