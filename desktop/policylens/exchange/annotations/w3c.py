"""W3C Web Annotation JSON-LD, out and in.

Out: an AnnotationCollection with its items embedded. Each Annotation has a TextualBody for
the note (purpose commenting, format text/plain or text/markdown) and one TextualBody per
code (purpose tagging, the code path as value); its target's source is the document's file
name and its selectors a TextQuoteSelector and a TextPositionSelector (code points into the
clean text). Terms of our own (content hash, clause, colour, the code book) are prefixed
pl:, declared in the @context beside http://www.w3.org/ns/anno.jsonld.

In: an Annotation, a list of them, an AnnotationPage or an AnnotationCollection with its
first page embedded, made by any tool, as long as a target names a stored document (file
name, key or content hash) and has a TextQuoteSelector and/or a TextPositionSelector.
"""
from __future__ import annotations

import json
from pathlib import Path

from ...core.anchoring import Anchor
from ...core.annotations import Annotation
from ..context import ExportContext, ExchangeError, write_bytes_atomic
from ..xml_text import json_safe
from .incoming import DocumentFinder, Incoming, IncomingAnnotation, IncomingCode, guid, id_from_guid

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
PL = "urn:policylens:"
FORMATS = {"plain": "text/plain", "markdown": "text/markdown"}
CONTEXT = [ANNO_CONTEXT, {"pl": PL, "pl:codebook": {"@id": "pl:codebook", "@container": "@list"}}]


# -- out -------------------------------------------------------------------------------------

def w3c_collection(context: ExportContext) -> dict:
    items = [w3c_annotation(context, a) for a in context.annotations()]
    codebook = [{"pl:path": context.project.code_path(c.id), "pl:color": c.color, "pl:description": c.description}
                for c in context.codes_in_order()]
    return {"@context": CONTEXT, "type": "AnnotationCollection",
            "label": "PolicyLens annotations", "total": len(items), "pl:codebook": codebook,
            "first": {"type": "AnnotationPage", "startIndex": 0, "items": items}}


def w3c_annotation(context: ExportContext, a: Annotation) -> dict:
    anchor = a.anchor
    bodies = [{"type": "TextualBody", "value": a.note, "format": FORMATS[a.note_format],
               "purpose": "commenting"}] if a.note else []
    bodies += [{"type": "TextualBody", "value": path, "purpose": "tagging"} for path in context.code_paths(a)]
    data = {"id": f"urn:uuid:{guid(a.id, 'annotation')}", "type": "Annotation",
            "motivation": "commenting" if a.note else "tagging" if a.codes else "highlighting",
            "created": a.created, "modified": a.modified,
            "target": {"source": f"urn:sha256:{anchor.content_hash}", "pl:file": context.file_name(a.document),
                       "pl:document": a.document,
                       "pl:contentHash": anchor.content_hash, "pl:clause": anchor.clause,
                       "selector": [{"type": "TextQuoteSelector", "exact": anchor.exact,
                                     "prefix": anchor.prefix, "suffix": anchor.suffix},
                                    {"type": "TextPositionSelector", "start": anchor.start, "end": anchor.end}]},
            "pl:color": a.color, "pl:needsReview": a.needs_review}
    if bodies:
        data["body"] = bodies
    if a.coder:
        data["creator"] = {"type": "Person", "name": a.coder}
    return data


def write_w3c(context: ExportContext, path: Path) -> None:
    text = json.dumps(w3c_collection(context), ensure_ascii=False, indent=1)
    write_bytes_atomic(path, json_safe(text).encode("utf-8"))


# -- in --------------------------------------------------------------------------------------

def is_w3c(data) -> bool:
    items = data if isinstance(data, list) else [data]
    return any(isinstance(i, dict) and ("@context" in i or _types(i) & {"Annotation", "AnnotationCollection",
                                                                      "AnnotationPage"}) for i in items)


def read_w3c(data, finder: DocumentFinder, items: list | None = None, fmt: str = "w3c") -> Incoming:
    """items: the annotations already taken out of data (hypothesis.py does)."""
    incoming = Incoming(fmt)
    if isinstance(data, dict):
        for code in data.get("pl:codebook") or []:
            entry = {k.removeprefix("pl:"): v for k, v in code.items()} if isinstance(code, dict) else {}
            if entry.get("path"):  # older exports wrote path, color, description without pl:
                incoming.codes.append(IncomingCode(entry["path"], entry.get("color"), entry.get("description") or ""))
    for n, item in enumerate(_items(data) if items is None else items, 1):
        try:
            incoming.annotations.append(_annotation(item, finder))
        except ExchangeError as exc:
            incoming.problems.append(f"annotation {n} ({_label(item)}) left out: {exc}")
    return incoming


def _items(data) -> list:
    if isinstance(data, list):
        return [i for d in data for i in _items(d)]
    if not isinstance(data, dict):
        raise ExchangeError("it is neither a W3C annotation, nor a list, page or collection of them")
    types = _types(data)
    if "AnnotationCollection" in types:
        first = data.get("first")
        if not isinstance(first, dict):
            raise ExchangeError("its collection links to its pages instead of embedding them; "
                                "save the pages themselves and import those")
        return _items(first)
    if "AnnotationPage" in types:
        return list(data.get("items") or [])
    return [data]


def _annotation(item, finder: DocumentFinder) -> IncomingAnnotation:
    if not isinstance(item, dict) or "Annotation" not in _types(item):
        raise ExchangeError("it is not of type Annotation")
    target = _target(item)
    key, content_hash = _document(target, finder)
    quote, position = _selectors(target)
    if quote is None and position is None:
        raise ExchangeError("its target has neither a TextQuoteSelector nor a TextPositionSelector")
    start, end = _position(position) if position else (0, 0)
    anchor = Anchor(key, content_hash or "", str(target.get("pl:clause", "")), start, end,
                    *(_text(quote, k) for k in ("exact", "prefix", "suffix")))
    note, note_format, codes = _bodies(item)
    raw_id = str(item.get("id") or "")
    return IncomingAnnotation(anchor, codes, note, note_format, item.get("pl:color"),
                              id_from_guid(raw_id.removeprefix("urn:uuid:")) if raw_id else None,
                              False, str(item.get("created") or ""), str(item.get("modified") or ""),
                              coder=_creator(item.get("creator")))


def _creator(creator) -> str:
    """The name of an annotation's creator: a string, an Agent (name, nickname) or the first of a list."""
    if isinstance(creator, list):
        creator = creator[0] if creator else None
    if isinstance(creator, dict):
        creator = creator.get("name") or creator.get("nickname") or creator.get("id")
    return str(creator or "").strip()


def _target(item: dict) -> dict:
    targets = item.get("target")
    for target in targets if isinstance(targets, list) else [targets]:
        if isinstance(target, dict) and "selector" in target:
            return target
    raise ExchangeError("it has no target with a selector (a whole document cannot be placed)")


def _document(target: dict, finder: DocumentFinder) -> tuple[str, str | None]:
    given_hash = target.get("pl:contentHash")
    source = target.get("source")
    source = source.get("id", "") if isinstance(source, dict) else str(source or "")
    found = finder.find(source) or (finder.find(given_hash) if given_hash else None)
    if found is None and len(finder.candidates(source)) > 1:
        raise ExchangeError(f"its source '{source}' names {len(finder.candidates(source))} stored documents "
                            f"({', '.join(finder.candidates(source))}); give its content hash")
    if found is None:
        raise ExchangeError(f"its source '{source}' is no document in the store (by file name, key or content hash)")
    key, content_hash = found
    return key, content_hash or (given_hash if given_hash and finder.by_hash(given_hash) == key else None)


def _selectors(target: dict) -> tuple[dict | None, dict | None]:
    found: dict[str, dict] = {}
    _flatten(target["selector"], found, None)
    return found.get("TextQuoteSelector"), found.get("TextPositionSelector")


def _flatten(selectors, found: dict[str, dict], outer: dict | None) -> None:
    """Text selectors, also those refining another; the outermost of each type wins."""
    for s in selectors if isinstance(selectors, list) else [selectors]:
        if not isinstance(s, dict):
            continue
        kind = s.get("type")
        if kind == "TextPositionSelector" and outer is not None:  # counts from the outer selection
            if outer.get("type") != "TextPositionSelector":
                kind = None
            else:
                s = dict(s, start=_int(outer.get("start")) + _int(s.get("start")),
                         end=_int(outer.get("start")) + _int(s.get("end")))
        if kind in ("TextQuoteSelector", "TextPositionSelector"):
            found.setdefault(kind, s)
        if "refinedBy" in s:
            _flatten(s["refinedBy"], found, s)


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


def _position(selector: dict) -> tuple[int, int]:
    try:
        start, end = int(selector["start"]), int(selector["end"])
    except (KeyError, TypeError, ValueError):
        raise ExchangeError("its TextPositionSelector needs whole-number start and end") from None
    if not 0 <= start < end:
        raise ExchangeError(f"its TextPositionSelector {start}-{end} is empty or negative")
    return start, end


def _text(selector: dict | None, name: str) -> str:
    return str((selector or {}).get(name) or "")


def _bodies(item: dict) -> tuple[str, str, list[str]]:
    bodies = item.get("body", [])
    notes, codes, markdown = [], [], False
    if item.get("bodyValue"):
        notes.append(str(item["bodyValue"]))
    for body in bodies if isinstance(bodies, list) else [bodies]:
        if isinstance(body, str):
            notes.append(body)
        elif isinstance(body, dict) and body.get("value") is not None:
            if body.get("purpose") == "tagging":
                codes.append(str(body["value"]).strip())
            else:
                notes.append(str(body["value"]))
                markdown |= body.get("format") == "text/markdown"
    return "\n\n".join(notes), "markdown" if markdown else "plain", [c for c in codes if c]


def _types(data: dict) -> set[str]:
    kind = data.get("type", data.get("@type", ()))
    return set(kind) if isinstance(kind, list) else {kind}


def _label(item) -> str:
    return str(item.get("id", "without id")) if isinstance(item, dict) else "not an object"
