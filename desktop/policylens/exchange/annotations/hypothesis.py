"""Annotations as Hypothesis writes them: its export file and its API's rows.

    {"export_date": ..., "annotations": [...]}   the export of the Hypothesis client
    {"total": n, "rows": [...]}                  a search of its API
    [...] or one annotation                      rows saved alone

Each annotation has uri, text (Markdown), tags, user (acct:name@host, user_info.display_name)
and target[].selector with the W3C selectors; it is read as the Web Annotation it stands
for (w3c.py): text the comment, tags codes, the display name (else the account's name) the
coder. A page note (a target without a selector) cannot be placed and is reported.
"""
from __future__ import annotations

from .incoming import DocumentFinder, Incoming
from .w3c import read_w3c

_OWN = ("uri", "text", "tags", "user", "group", "links", "document")  # keys W3C annotations do not use


def is_hypothesis(data) -> bool:
    return bool(_rows(data))


def read_hypothesis(data, finder: DocumentFinder) -> Incoming:
    return read_w3c(None, finder, [_as_w3c(row) for row in _rows(data)], "hypothesis")


def _rows(data) -> list[dict]:
    if isinstance(data, dict):
        rows = data.get("annotations", data.get("rows"))
        rows = rows if isinstance(rows, list) else [data]
    else:
        rows = data if isinstance(data, list) else []
    rows = [r for r in rows if isinstance(r, dict)]
    if rows and all("type" not in r and "@context" not in r and any(k in r for k in _OWN) for r in rows):
        return rows
    return []


def _as_w3c(row: dict) -> dict:
    bodies = [{"type": "TextualBody", "value": row["text"], "format": "text/markdown", "purpose": "commenting"}
              ] if str(row.get("text") or "").strip() else []
    bodies += [{"type": "TextualBody", "value": str(tag), "purpose": "tagging"} for tag in row.get("tags") or []]
    targets = row.get("target") or []
    targets = [dict(t, source=t.get("source") or row.get("uri", "")) for t in
               (targets if isinstance(targets, list) else [targets]) if isinstance(t, dict)]
    return {"type": "Annotation", "id": row.get("id"), "body": bodies, "target": targets,
            "created": row.get("created"), "modified": row.get("updated"), "creator": _user(row)}


def _user(row: dict) -> str:
    info = row.get("user_info") if isinstance(row.get("user_info"), dict) else {}
    if info.get("display_name"):
        return str(info["display_name"])
    return str(row.get("user") or "").removeprefix("acct:").partition("@")[0]
