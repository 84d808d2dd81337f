"""Importing files off the UI thread: the files a drop means, and the import as a Runner's work."""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Mapping

from ...core.formats import SUPPORTED
from ...store import ImportResult, StoreError
from ...workspace import Workspace
from ..common.runner import Job


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Dropped folders become their supported files (recursively, sorted); files stay as given.

    Unsupported files that were dropped one by one stay in the list: the import report then
    says clearly why they were not imported, instead of silently ignoring them.
    """
    expanded: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            expanded.extend(sorted(p for p in path.rglob("*") if _wanted_in_folder(p)))
        else:
            expanded.append(path)
    return list(dict.fromkeys(expanded))  # a file dropped both alone and in its folder: once


def _wanted_in_folder(path: Path) -> bool:
    # "._x.docx" (macOS metadata) and "~$x.docx" (Word lock files) look supported but are junk.
    if path.name.startswith((".", "~$")):
        return False
    return path.suffix.lower() in SUPPORTED and path.is_file()


def import_job(data_dir: str | Path, paths: Iterable[str | Path],
               answers: Mapping[str, str | None] | None = None) -> Callable[[Job], list[ImportResult]]:
    """The import of paths into the store in DATA_DIR, as work for a Runner.

    It opens a workspace of its own on the worker thread (a store is not shared between threads),
    reports (files done, files in all, name of the last file done) and stops after the file
    being imported when cancelled; what was imported before is kept. Its result is the
    list[ImportResult], in import order (shorter if cancelled).
    """
    data_dir, paths = Path(data_dir), list(paths)
    # The user's answers for files left out as ambiguous before (source path -> SEPARATE or a
    # key); read-only on the worker thread.
    answers = dict(answers or {})

    def run(job: Job) -> list[ImportResult]:
        # No explicit GIL yield in the progress report: the interpreter's switch interval already
        # lets the UI thread in (tests/benchmarks/bench_ui_import.py measures it).
        def report(n: int, total: int, result: ImportResult) -> None:
            job.report(n, total, Path(result.path).name)

        try:
            # The window re-anchors through its session and updates the families in the background.
            return Workspace(data_dir).import_files(
                expand_paths(paths), cancelled=job.cancelled, on_result=report, families=False, reanchor=False,
                resolve=(lambda result: answers.get(result.path)) if answers else None).results
        except StoreError:  # the store itself could not be used (locked, newer schema, ...)
            raise
        except Exception as exc:  # unexpected: said as such, so the report is not mistaken for a store's
            raise RuntimeError(f"internal error: {exc!r}") from exc
    return run
