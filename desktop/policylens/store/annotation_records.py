"""Annotations, codes and memos to and from the plain records of the annotations file.

The file is TinyDB's JSON layout (one object per table, documents under string ids, which
TinyDB itself can open) with the schema version in the `_meta` table:

    {"_meta": {"1": {"schema": 2, "journal_seq": 41}},
     "annotations": {"1": {...}}, "codes": {"1": {...}}, "memos": {"1": {...}}}

Schema 1 kept each annotation's codes as path strings ("落户条件/租赁住所") and had no code
table, so a code could not be renamed, nested or given a colour; migrate() turns it into
schema 2, where codes are records with ids and annotations refer to those ids.
"""
from __future__ import annotations

import re
from dataclasses import fields

from ..core.anchoring import Anchor
from ..core.annotations import TABLES, Annotation, AnnotationError, Code, Memo, Project
from ..core.code_commands import code_ids_for_paths
from .atomic import StoreError

SCHEMA_VERSION = 2
_TYPES = {"annotations": Annotation, "codes": Code, "memos": Memo}
_FIELDS = {kind: tuple(f.name for f in fields(kind)) for kind in _TYPES.values()}
_ANCHOR_FIELDS = tuple(f.name for f in fields(Anchor))


def to_record(obj) -> dict:
    # Field by field: dataclasses.asdict deep-copies and costs more than the JSON encoding.
    data = {name: getattr(obj, name) for name in _FIELDS[type(obj)]}
    if isinstance(obj, Annotation):
        data["anchor"] = {name: getattr(obj.anchor, name) for name in _ANCHOR_FIELDS}
        data["codes"] = list(obj.codes)
    return data


def from_record(table: str, data: dict):
    kind = _TYPES[table]
    values = {name: data[name] for name in _FIELDS[kind] if name in data}
    if kind is Annotation:
        values["anchor"] = Anchor(**{name: data["anchor"][name] for name in _ANCHOR_FIELDS
                                     if name in data["anchor"]})
        values["codes"] = tuple(data.get("codes", ()))
    return kind(**values)


def entry_puts(entry) -> tuple[int, dict]:
    """(sequence number, puts) of one journal entry; StoreError if it is not of that shape."""
    try:
        number = entry["seq"]
        if not isinstance(number, int):
            raise TypeError(f"seq {number!r} is not a number")
        puts = {(t, k): None if r is None else from_record(t, r) for t, k, r in entry["puts"]}
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(f"its entry is malformed ({exc.__class__.__name__}: {exc})") from None
    return number, puts


_SURROGATE = re.compile("[\ud800-\udfff]")
_KINDS = {"annotations": "annotation", "codes": "code", "memos": "memo"}


def unsavable(puts: list, error: UnicodeEncodeError) -> AnnotationError:
    """Why [table, key, record] puts cannot be saved, naming the first field whose text UTF-8
    cannot hold: a lone surrogate, half of a character (an emoji cut in two, as JavaScript
    writes it)."""
    for table, key, record in puts:
        for field, text in (("id", key), *_texts(record or {})):
            found = _SURROGATE.search(text)
            if found:
                name = key.encode("utf-8", "backslashreplace").decode("utf-8")
                return AnnotationError(
                    f"the {field} of {_KINDS[table]} {name} holds half of a character (U+{ord(found.group()):04X}, "
                    f"a lone surrogate, at character {found.start() + 1}), which cannot be saved; "
                    "remove it or type the whole character again. Nothing was changed.")
    return AnnotationError(f"the change cannot be saved ({error}); nothing was changed")


def _texts(record: dict, prefix: str = ""):
    for name, value in record.items():
        if isinstance(value, str):
            yield prefix + name, value
        elif isinstance(value, dict):
            yield from _texts(value, f"{prefix}{name}.")
        elif isinstance(value, (list, tuple)):
            yield from ((prefix + name, v) for v in value if isinstance(v, str))


def snapshot(project: Project, journal_seq: int) -> dict:
    data: dict = {"_meta": {"1": {"schema": SCHEMA_VERSION, "journal_seq": journal_seq}}}
    for table in TABLES:
        rows = getattr(project, table).values()
        data[table] = {str(n): to_record(obj) for n, obj in enumerate(rows, 1)}
    return data


def schema_of(data) -> int:
    try:
        schema = data["_meta"]["1"]["schema"]
    except (KeyError, TypeError):
        raise StoreError("it has no schema version (_meta table)") from None
    if not isinstance(schema, int):
        raise StoreError(f"its schema version {schema!r} is not a number")
    return schema


def load_project(data: dict) -> tuple[Project, int]:
    """(project, the last journal entry already in it); StoreError names what is wrong."""
    project = Project()
    try:
        puts = {(table, row["id"]): from_record(table, row)
                for table in TABLES for row in data.get(table, {}).values()}
        seq = int(data["_meta"]["1"].get("journal_seq", 0))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise StoreError(f"a record is malformed ({exc.__class__.__name__}: {exc})") from None
    project.apply(puts)
    return project, seq


def migrate(data: dict) -> dict:
    """Bring an older file's data up to SCHEMA_VERSION (the caller keeps the original file)."""
    schema = schema_of(data)
    if schema == 1:
        data = _schema_1_to_2(data)
    return data


def _schema_1_to_2(data: dict) -> dict:
    project = Project()
    paths = sorted({p for row in data.get("annotations", {}).values() for p in row.get("codes", [])})
    _, adds = code_ids_for_paths(project, paths)
    for command in adds:
        command.do(project)
    annotations = {}
    for n, row in data.get("annotations", {}).items():
        codes = [project.code_by_path(p).id for p in row.get("codes", [])]
        annotations[n] = dict(row, codes=codes)
    codes = {str(n): to_record(c) for n, c in enumerate(project.codes.values(), 1)}
    meta = dict(data["_meta"]["1"], schema=2)
    return {"_meta": {"1": meta}, "annotations": annotations, "codes": codes,
            "memos": data.get("memos", {})}
