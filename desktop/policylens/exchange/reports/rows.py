"""Annotations, codes and memos as flat rows: the tables that CSV and XLSX share.

Each annotation row carries its document's attributes (place, province, level, year, date,
issuer, 文号, document type, then the researcher's own) as the attributes table shows them,
so a researcher sorts and pivots the passages by them. They come after the columns there
always were, which keep their place for the scripts that read them.
"""
from __future__ import annotations

from ...core.clause_names import clause_name
from ..context import ExportContext

CODE_SEP = "; "  # between code paths in one cell

ANNOTATION_COLUMNS = ("id", "document", "file", "title", "clause", "clause_title", "start", "end",
                      "quote", "note", "note_format", "codes", "color", "needs_review",
                      "content_hash", "created", "modified")
CODE_COLUMNS = ("path", "name", "color", "description", "segments")
MEMO_COLUMNS = ("id", "document", "title", "text", "created", "modified")


def annotation_columns(context: ExportContext) -> tuple[str, ...]:
    return (*ANNOTATION_COLUMNS, *context.attribute_headers())


def annotation_rows(context: ExportContext) -> list[list]:
    """One row per annotation (annotation_columns); start and end are code points into the
    document's clean text."""
    rows = []
    for a in context.annotations():
        anchor = a.anchor
        rows.append([a.id, a.document, context.file_name(a.document), context.title(a.document),
                     clause_name(anchor.clause), context.clause_title(a), anchor.start, anchor.end, anchor.exact,
                     a.note, a.note_format, CODE_SEP.join(context.code_paths(a)), a.color,
                     "yes" if a.needs_review else "no", anchor.content_hash, a.created, a.modified,
                     *context.attribute_values(a.document)])
    return rows


def code_rows(context: ExportContext) -> list[list]:
    counts = context.project.code_counts()
    return [[context.project.code_path(c.id), c.name, c.color, c.description, counts.get(c.id, 0)]
            for c in context.codes_in_order()]


def memo_rows(context: ExportContext) -> list[list]:
    memos = [m for key in (None, *context.document_keys()) for m in context.memos(key)]
    return [[m.id, m.document or "", m.title, m.text, m.created, m.modified] for m in memos]
