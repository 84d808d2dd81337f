"""What the annotation store has saved, read without its lock and without writing anything.

For read-only commands while another process (the window) holds the store open. The writer
appends to the journal and, when it folds, replaces the snapshot atomically and only then
empties the journal; so the journal is read first and the snapshot second: the snapshot is
then at least as new as the journal's first entry, and entries it already holds are
skipped. A torn last line is a change being written at this moment, and is left out.
"""
from __future__ import annotations

from pathlib import Path

from ..core.annotations import Project
from . import annotation_records as records
from .annotations import FILE, JOURNAL, _replay
from .atomic import StoreError, read_json
from .journal import read_journal
from .layout import Layout

ATTEMPTS = 3  # a fold between the two reads can leave a journal the snapshot already holds


def read_saved(data_dir: str | Path) -> Project:
    """The project as its last acknowledged change left it; StoreError if it is damaged."""
    folder = Layout(data_dir).user
    for attempt in range(ATTEMPTS):
        try:
            return _read_once(folder)
        except StoreError as exc:
            if attempt == ATTEMPTS - 1:
                raise StoreError(f"cannot read the annotations in {folder}: {exc}. Nothing was changed; "
                                 "closing PolicyLens and opening them again reports and keeps the damage"
                                 ) from None
    raise AssertionError("unreachable")


def _read_once(folder: Path) -> Project:
    entries = read_journal(folder / JOURNAL).entries
    if not (folder / FILE).exists():
        project, seq = Project(), 0
    else:
        data = read_json(folder / FILE)
        schema = records.schema_of(data)
        if schema > records.SCHEMA_VERSION:
            raise StoreError(f"{folder / FILE} was written by a newer PolicyLens (schema {schema})")
        project, seq = records.load_project(records.migrate(data))
    _replay(project, seq, entries)
    return project
