"""Auto-coding: give every hit of a query one code, as one undoable step.

Each hit becomes a passage of the chosen unit: the matched words themselves ("hit"), the
sentence around them (up to 。！？；, a line end or the clause's bounds: "sentence"), or the
whole clause ("clause"). Hits that fall in one passage make one annotation. A passage that
already carries the code is left alone, so running the same auto-coding twice adds nothing;
a passage already annotated with other codes gets a new annotation of its own, so one undo
takes back exactly what the auto-coding did.
"""
from __future__ import annotations

import re
from typing import Iterable

from .anchoring import make_anchor
from .annotation_commands import AddAnnotation, Batch
from .annotations import HIGHLIGHT, Annotation, Project, new_id
from .code_commands import code_ids_for_paths

UNITS = ("hit", "sentence", "clause")
_SENTENCE_END = re.compile(r"[。！？；!?;\n]")


def passages(hits: Iterable, documents: dict, unit: str = "hit") -> dict[str, list[tuple[int, int]]]:
    """Document key -> the passages (start, end) to code, each once, in text order."""
    if unit not in UNITS:
        raise ValueError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    found: dict[str, set[tuple[int, int]]] = {}
    for hit in hits:
        doc = documents[hit.doc_key]
        low, high = hit.bounds
        for start, end in hit.spans:
            if unit == "clause":
                span = (low, high)
            elif unit == "sentence":
                span = _sentence(doc.text, start, end, low, high)
            else:
                span = (start, end)
            found.setdefault(hit.doc_key, set()).add(_trimmed(doc.text, *span))
    return {key: sorted(spans) for key, spans in found.items()}


def _sentence(text: str, start: int, end: int, low: int, high: int) -> tuple[int, int]:
    before = max((m.end() for m in _SENTENCE_END.finditer(text, low, start)), default=low)
    after = _SENTENCE_END.search(text, end, high)
    return before, after.end() if after else high


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def autocode(project: Project, hits: Iterable, documents: dict, code_path: str, unit: str = "hit",
             coder: str = "", note: str = "", color: str = HIGHLIGHT) -> tuple[Batch, int]:
    """The command that codes every hit's passage with code_path (created if missing), and how
    many passages it adds; `documents` is key -> Document for every key among the hits."""
    code_ids, new_codes = code_ids_for_paths(project, [code_path])
    code = code_ids[0]
    coded = {(a.document, a.anchor.start, a.anchor.end) for a in project.annotations.values()
             if code in a.codes and not a.needs_review}
    adds = []
    for key, spans in passages(hits, documents, unit).items():
        doc, folded = documents[key], documents[key].folded()
        for start, end in spans:
            if end > start and (key, start, end) not in coded:
                anchor = make_anchor(doc, start, end, folded)
                adds.append(AddAnnotation(Annotation(new_id(), anchor, note=note, color=color,
                                                     codes=(code,), coder=coder)))
    return Batch("auto-code", [*new_codes, *adds], {"code": code_path}), len(adds)
