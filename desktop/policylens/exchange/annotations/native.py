"""The project's own JSON export: every annotation, code and memo with all their fields.

    {"format": "policylens-annotations", "version": 1, "exported": "...",
     "documents": {key: {"file", "title", "content_hash"}},
     "codes": [{"id", "path", "name", "parent", "color", "description"}],   parents first
     "annotations": [{..., "anchor": {...}, "codes": [ids], "code_paths": [paths]}],
     "memos": [{...}]}

Code paths travel with each annotation, so an import into a project whose codes have other
ids still finds (or makes) the same codes.
"""
from __future__ import annotations

import json
from pathlib import Path

from ...core.anchoring import Anchor
from ...store.annotation_records import to_record
from ..context import FORMAT_NAME, ExchangeError, ExportContext, write_bytes_atomic
from ..xml_text import json_safe
from .incoming import Incoming, IncomingAnnotation, IncomingCode, IncomingMemo

VERSION = 1


def native_json(context: ExportContext) -> dict:
    project = context.project
    codes = [dict(to_record(c), path=project.code_path(c.id)) for c in context.codes_in_order()]
    annotations = [dict(to_record(a), code_paths=context.code_paths(a)) for a in context.annotations()]
    memos = [to_record(m) for key in (None, *context.document_keys()) for m in context.memos(key)]
    documents = {key: {"file": context.file_name(key), "title": context.title(key),
                       "content_hash": doc.content_hash if (doc := context.documents.get(key)) else None}
                 for key in context.document_keys()}
    return {"format": FORMAT_NAME, "version": VERSION, "exported": context.exported,
            "documents": documents, "codes": codes, "annotations": annotations, "memos": memos}


def write_native(context: ExportContext, path: Path) -> None:
    text = json.dumps(native_json(context), ensure_ascii=False, indent=1)
    write_bytes_atomic(path, json_safe(text).encode("utf-8"))


def is_native(data) -> bool:
    return isinstance(data, dict) and data.get("format") == FORMAT_NAME


def read_native(data: dict) -> Incoming:
    if not isinstance(data.get("version"), int) or data["version"] > VERSION:
        raise ExchangeError("exchange.newer", version=repr(data.get("version")), reads=VERSION)
    incoming = Incoming("json")
    paths_by_id = {}
    for n, row in enumerate(_list(data, "codes"), 1):
        code = _field(row, "path", "code", n)
        paths_by_id[row.get("id")] = code
        incoming.codes.append(IncomingCode(code, row.get("color"), str(row.get("description") or "")))
    for n, row in enumerate(_list(data, "annotations"), 1):
        incoming.annotations.append(_annotation(row, n, paths_by_id))
    for n, row in enumerate(_list(data, "memos"), 1):
        incoming.memos.append(IncomingMemo(str(_field(row, "text", "memo", n)), str(row.get("title") or ""),
                                           row.get("document"), row.get("id"), str(row.get("created") or ""),
                                           str(row.get("modified") or ""), row.get("text_format", "plain"),
                                           str(row.get("coder") or "")))
    return incoming


def _annotation(row, n: int, paths_by_id: dict) -> IncomingAnnotation:
    data = _field(row, "anchor", "annotation", n)
    try:
        anchor = Anchor(**{name: data[name] for name in Anchor.__dataclass_fields__ if name in data})
        int(anchor.start), int(anchor.end)
    except (TypeError, ValueError) as exc:
        raise ExchangeError(f"annotation {n} has a malformed anchor ({exc})") from None
    paths = row.get("code_paths")
    if paths is None:  # an export edited by hand: the code ids still name the codes
        paths = [paths_by_id[c] for c in row.get("codes", []) if c in paths_by_id]
    return IncomingAnnotation(anchor, list(paths), str(row.get("note") or ""), row.get("note_format", "plain"),
                              row.get("color"), row.get("id"), bool(row.get("needs_review")),
                              str(row.get("created") or ""), str(row.get("modified") or ""),
                              str(row.get("coder") or ""))


def _list(data: dict, name: str) -> list:
    rows = data.get(name, [])
    if not isinstance(rows, list):
        raise ExchangeError(f"its '{name}' is not a list")
    return rows


def _field(row, name: str, what: str, n: int):
    if not isinstance(row, dict) or row.get(name) in (None, ""):
        raise ExchangeError(f"{what} {n} has no '{name}'")
    return row[name]
