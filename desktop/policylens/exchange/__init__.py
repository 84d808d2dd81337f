"""Open formats in and out for annotations, codes and memos, and reports to read (no Qt).

    export_annotations(project, corpus, "qdpx", Path("work.qdpx")) -> ExportReport
    import_file(Path("work.qdpx"), store, corpus) -> ImportReport

Two rooms that do not import each other (an import-linter contract):
- annotations/: interchange with other programs, out and in: json (the project's own export, read
  back losslessly), w3c (W3C Web Annotation JSON-LD, and Hypothesis's JSON in), qdpx (REFI-QDA
  project, and a bare .qde in), told apart by content; and merging a colleague's project.
- reports/: files for people, written only: csv (UTF-8 with BOM), xlsx, md (a Markdown report),
  the matrices, the comparisons and inter-coder agreement.
What both use sits here: context.py (the export context, ExchangeError, atomic writes) and
xml_text.py (what XML and JSON can hold). Offsets everywhere are code points into the documents'
clean text.
"""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from pathlib import Path

from ..core.annotations import Project
from ..store.corpus import CorpusStore
from .context import ExchangeError, ExportContext
from .annotations.importing import ImportReport, import_file

__all__ = ["FORMATS", "ExchangeError", "ExportReport", "ImportReport", "export_annotations", "import_file"]

# format -> (module, writer); a module is imported when its format is asked for (openpyxl is big)
_WRITERS = {"w3c": ("annotations.w3c", "write_w3c"), "csv": ("reports.csv_export", "write_csv"),
            "xlsx": ("reports.xlsx", "write_xlsx"), "md": ("reports.markdown", "write_markdown"),
            "qdpx": ("annotations.qdpx", "write_qdpx"), "json": ("annotations.native", "write_native")}
FORMATS = tuple(_WRITERS)
NO_MEMOS = {"w3c": "W3C Web Annotations have no place for memos", "csv": "the CSV table holds annotations only"}


@dataclass
class ExportReport:
    path: Path
    format: str
    annotations: int
    codes: int
    memos: int
    problems: list[str] = field(default_factory=list)  # what the format could not hold

    def line(self) -> str:
        left_out = f", {len(self.problems)} left out" if self.problems else ""
        return (f"{self.path} ({self.format}): {self.annotations} annotations, {self.codes} codes, "
                f"{self.memos} memos{left_out}")


def export_annotations(project: Project, corpus: CorpusStore | None, fmt: str, path: Path,
                       language: str = "en") -> ExportReport:
    """Write the whole project to path in format fmt (one of FORMATS), atomically; a report's
    own words (the Markdown report's headings and columns) are in `language`, "en" or "zh"."""
    if fmt not in _WRITERS:
        raise ExchangeError(f"unknown export format '{fmt}' (one of {', '.join(FORMATS)})")
    context = ExportContext.load(project, corpus, language)
    module, writer = _WRITERS[fmt]
    problems = getattr(importlib.import_module(f".{module}", __name__), writer)(context, Path(path)) or []
    memos = len(project.memos)
    if fmt in NO_MEMOS and memos:  # counted only where the file holds them
        problems.append(f"{memos} memos: {NO_MEMOS[fmt]}; export json, qdpx, xlsx or md to keep them")
        memos = 0
    return ExportReport(Path(path), fmt, len(project.annotations), len(project.codes), memos, problems)
