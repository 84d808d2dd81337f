"""The summary of an import that a user can act on: formats read, failures by reason, notes.

Failures are grouped by what their messages say before the details (a count, a title), so that
"is a scanned PDF: its 4 pages…" and "…its 9 pages…" are one reason; every file stays listed.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

_DETAIL = re.compile(r"[:(;（]")


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
    return lines
