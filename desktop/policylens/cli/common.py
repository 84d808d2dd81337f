"""What every command shares: the data folder, JSON output and the errors that end a command."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..core.errors import DETAIL, PolicyLensError
from ..paths import default_data_dir


class UsageError(PolicyLensError):
    """An argument that names nothing in the files (a clause path that is not there)."""
    code = "usage"
    messages = {"usage": DETAIL}


def data_dir(args) -> Path:
    """--data-dir, else the folder chosen in Preferences, else the platform's user data folder."""
    return Path(getattr(args, "data_dir", None) or default_data_dir())


def document_attributes(record: dict) -> dict:
    """A stored document's attributes as commands print them: title, place, level and the date
    it is known by (core.attributes.document_date)."""
    from ..core.attributes import document_date

    return {"title": record.get("title") or "", "place": record.get("place") or "",
            "level": record.get("level") or "", "date": document_date(record.get("dates") or {})[0]}


def add_scope_arguments(parser) -> None:
    """--where and --set: the documents a command is about (core/scope.py)."""
    parser.add_argument("--where", action="append", default=[], metavar="CONDITION",
                        help="only documents whose attributes meet this condition (repeatable, all must hold): "
                             "province=广东, year>=2016, year=2016..2020, doc_type=方案|意见, title~户籍, set=NAME, "
                             "in-force=2018-06-01")
    parser.add_argument("--set", dest="set_name", metavar="NAME", help="only the documents of this set (policylens sets)")


def scope_keys(args, records: list[dict]) -> set[str] | None:
    """The keys of the records in the scope --where and --set give; None when neither is given."""
    from ..core.scope import ScopeError, scope_from
    from ..store.user_attributes import UserAttributes
    from ..store.user_collections import UserCollections

    wheres = list(getattr(args, "where", None) or [])
    if getattr(args, "set_name", None):
        wheres.append(f"set={args.set_name}")
    if not wheres:
        return None
    attributes = UserAttributes(data_dir(args))
    collections = UserCollections(data_dir(args))
    def in_force(on: str) -> set[str]:  # a scope saved in the window may hold "in-force=DATE"
        from ..core.diffusion.validity import in_force_on
        from ..store.corpus import CorpusStore

        return in_force_on(CorpusStore(data_dir(args)).summaries(), on)

    try:
        scope = scope_from(wheres, attributes.names(), collections.members, in_force)
    except ScopeError as exc:
        raise UsageError(f"--where: {exc}") from None
    return scope.keys(attributes.table(records))


def coder_of(args) -> str:
    """--coder (spaces collapsed), else the coder's name set in Preferences."""
    from ..saved_settings import saved_coder

    return saved_coder(data_dir(args)) if args.coder is None else " ".join(args.coder.split())


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


def known_errors() -> tuple[type[Exception], ...]:
    """Errors whose message is the whole story: one line on standard error, exit status 2."""
    from ..core.anchoring import AnchorError
    from ..core.annotations import AnnotationError
    from ..core.errors import SourceError
    from ..exchange.context import ExchangeError
    from ..core.attributes import InvalidAttribute
    from ..core.family_dask import ClusterError
    from ..store.atomic import StoreError
    from ..store.user_collections import UnknownName

    return (SourceError, StoreError, AnnotationError, AnchorError, ExchangeError, UsageError, InvalidAttribute,
            UnknownName, ClusterError)
