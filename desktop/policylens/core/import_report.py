"""The summary of an import that a user can act on: formats read, failures by reason, notes,
and the documents that need a look.

Failures are grouped by what their messages say before the details (a count, a title), so that
"is a scanned PDF: its 4 pages…" and "…its 9 pages…" are one reason; every file stays listed.
A document read whole may still need a reader's eye: look_reasons says why (no title, no place,
no date, no structure, damaged spans, text read by OCR); needs_look lists them for any caller.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

_DETAIL = re.compile(r"[:(;（]")
NO_TITLE, NO_PLACE, NO_DATE, NO_STRUCTURE = "no title", "no place", "no date", "no structure"
DAMAGED, OCR = "damaged spans", "read by OCR"
LOOK_LINES = 20  # documents named in the printed report; --json lists them all


def look_reasons(doc) -> tuple[str, ...]:
    """Why an analysed document (core.document.Document) needs a look; () if it reads well."""
    from .read_ocr import OCR_MARK
    meta = doc.meta
    reasons = [reason for reason, missing in (
        (NO_TITLE, not meta.title), (NO_PLACE, not meta.place), (NO_DATE, not meta.dates),
        (NO_STRUCTURE, all(c.kind in ("preamble", "closing") for c in doc.clauses)),
        (DAMAGED, bool(doc.clean.damaged)), (OCR, doc.source.encoding == OCR_MARK)) if missing]
    return tuple(reasons)


def needs_look(results) -> list[dict]:
    """The documents of an import that need a look, each with its reasons, in import order:
    [{"path", "key", "reasons"}] from ImportResult-like objects (their `look` field)."""
    return [{"path": r.path, "key": r.key, "reasons": list(r.look)}
            for r in results if r.status != "failed" and getattr(r, "look", ())]


def reason_of(message: str) -> str:
    """The reason a failure message gives, without its details."""
    head = _DETAIL.split(message, 1)[0].strip()
    return re.sub(r"\d+", "N", head) or message


def summarize(results) -> dict:
    """results: ImportResult-like objects (path, status, message, format, notes)."""
    formats: Counter = Counter()
    statuses: Counter = Counter()
    failures: dict[str, list[dict]] = {}
    notes = []
    for result in results:
        statuses[result.status] += 1
        if result.status == "failed":
            reason = reason_of(result.message)
            failures.setdefault(reason, []).append({"path": result.path, "message": result.message})
            continue
        formats[getattr(result, "format", "") or Path(result.path).suffix.lstrip(".").lower()] += 1
        for note in getattr(result, "notes", ()):
            notes.append({"path": result.path, "note": note})
    return {
        "files": sum(statuses.values()), "statuses": dict(sorted(statuses.items())),
        "formats": dict(formats.most_common()),
        "failures": [{"reason": reason, "count": len(items), "files": items}
                     for reason, items in sorted(failures.items(), key=lambda kv: -len(kv[1]))],
        "notes": notes,
        "needs_look": needs_look(results),
    }


def report_lines(report: dict) -> list[str]:
    lines = []
    if report["formats"]:
        lines.append("read: " + ", ".join(f"{fmt} {n}" for fmt, n in report["formats"].items()))
    for failure in report["failures"]:
        example = Path(failure["files"][0]["path"]).name
        lines.append(f"failed {failure['count']}: {failure['reason']} (e.g. {example})")
    for note in report["notes"]:
        lines.append(f"note: {Path(note['path']).name}: {note['note']}")
    return lines + _look_lines(report.get("needs_look", []))


def _look_lines(documents: list[dict]) -> list[str]:
    if not documents:
        return []
    counts = Counter(reason for doc in documents for reason in doc["reasons"])
    lines = [f"need a look {len(documents)}: " + ", ".join(f"{reason} {n}" for reason, n in counts.most_common())]
    for doc in documents[:LOOK_LINES]:
        lines.append(f"look: {Path(doc['path']).name}: {', '.join(doc['reasons'])}")
    if len(documents) > LOOK_LINES:
        lines.append(f"look: … and {len(documents) - LOOK_LINES} more (--json lists them all)")
    return lines
