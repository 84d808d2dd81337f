"""The annotation store: the user's annotations, codes and memos, apart from the corpus cache.

    DATA_DIR/user/annotations.json       TinyDB-format snapshot: schema version, the number of
                                          the last journal entry it holds, the three tables
    DATA_DIR/user/annotations.journal    every change since the snapshot, one fsynced line each
    DATA_DIR/user/backups/               a copy of each new snapshot, the last 10 plus daily ones
    DATA_DIR/user/damaged/               copies of files found damaged, and replaced originals
    DATA_DIR/user/annotations.lock       held while a store is open

A change is acknowledged once its journal line is on disk; opening the store folds the
journal into a new snapshot, written atomically. A damaged snapshot or journal is never
written over: the store refuses to open, names the damaged line or file and the newest good
backup, keeps a copy of the damaged file and leaves restore_backup() to the user, which
replays every intact journal entry on the backup (annotation_restore.py). Text the journal
cannot hold is refused before anything is kept in memory. Read-only commands read the files
without the lock while another process holds it (saved_annotations.py).
"""
from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from ..core.anchoring import Reanchorer
from ..core.annotation_commands import Command, SetAnchors
from ..core.annotations import TABLES, Change, Project
from ..core.document import Document
from . import annotation_records as records
from .atomic import StoreError, read_json, write_json_atomic
from .backups import Backups
from .corpus import CorpusStore
from .layout import Layout
from .journal import Journal, read_journal
from .reanchoring import ReanchorSummary, stored_versions
from .session_lock import SessionLock

if TYPE_CHECKING:
    from .annotation_restore import RestoreReport

FILE = "annotations.json"
JOURNAL = "annotations.journal"
COMPACT_EVERY = 5000  # journal entries before the snapshot is rewritten during a session


class AnnotationStoreDamaged(StoreError):
    """The annotations file or journal is damaged; nothing was written over it."""

    def __init__(self, message: str, kept: Path, backup: Path | None):
        super().__init__(message)
        self.kept = kept  # the copy of the damaged file
        self.backup = backup  # the newest good backup, if any


class AnnotationStore:
    def __init__(self, data_dir: str | Path):
        self.folder = Layout(data_dir).user
        self.path = self.folder / FILE
        self.journal_path = self.folder / JOURNAL
        self.backups = Backups(Layout(data_dir).backups, "annotations")
        self._lock = SessionLock(self.folder / "annotations.lock", "annotations")
        self._journal: Journal | None = None
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    # -- changing ----------------------------------------------------------------------------

    def do(self, command: Command) -> Change:
        """Do a command and save its change; if saving fails, the change is taken back."""
        self._check_open()
        return self._save(command.do(self.project), lambda: command.undo(self.project))

    def undo(self, command: Command) -> Change:
        self._check_open()
        return self._save(command.undo(self.project), lambda: command.do(self.project))

    def reanchor(self, doc: Document, corpus: CorpusStore | None = None) -> ReanchorSummary:
        """Place the annotations made on other versions of doc in doc itself.

        With the corpus store, the versions they were made on guide the placement.
        """
        summary = self.plan_reanchor(doc, corpus)
        if summary.command is not None:
            self.do(summary.command)
        return summary

    def plan_reanchor(self, doc: Document, corpus: CorpusStore | None = None) -> ReanchorSummary:
        """Where the annotations made on other versions of doc go, and the command that puts
        them there, not yet done: the window runs it through its session, so that views refresh
        from its Change and it is undoable like any edit."""
        stale = [a for a in self.project.for_document(doc.key) if a.anchor.content_hash != doc.content_hash]
        if not stale:
            return ReanchorSummary(doc.key, {})
        placer = Reanchorer(doc, stored_versions(corpus, doc.key) if corpus else None)
        placements = {a.id: placer.place(a.anchor) for a in stale}
        return ReanchorSummary(doc.key, placements, SetAnchors(placements))

    def compact(self) -> None:
        """Write the whole project as a new snapshot (and backup), then empty the journal."""
        self._check_open()
        data = records.snapshot(self.project, self._seq)
        write_json_atomic(self.path, data)
        self.backups.add(self.path, self._seq)
        self._journal.reset()

    def close(self) -> None:
        """Fold the journal into the snapshot and let go of the store, even if the fold fails
        (the journal still holds every change then, and the next open folds it)."""
        try:
            if self._journal is not None and self._journal.entries:
                self.compact()
        finally:
            if self._journal is not None:
                self._journal.close()
                self._journal = None
            self._lock.release()

    def __enter__(self) -> AnnotationStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- opening -----------------------------------------------------------------------------

    def _open(self) -> None:
        data, migrated = self._read_snapshot()
        try:
            project, seq = records.load_project(data) if data else (Project(), 0)
        except StoreError as exc:
            self._refuse(self.path, str(exc))
        contents = self._read_journal()
        try:
            seq = _replay(project, seq, contents.entries)
        except StoreError as exc:
            self._refuse(self.journal_path, str(exc))
        self.project, self._seq = project, seq
        self._journal = Journal(self.journal_path, contents.good_bytes)
        if contents.entries or contents.torn or migrated:
            self.compact()

    def _read_snapshot(self) -> tuple[dict | None, bool]:
        if not self.path.exists():
            if self.backups.all():
                self._refuse(self.path, "it is missing, but backups of it exist")
            return None, False
        try:
            data = read_json(self.path)
            schema = records.schema_of(data)
        except StoreError as exc:
            self._refuse(self.path, str(exc))
        if schema > records.SCHEMA_VERSION:
            raise StoreError("store.newer_annotations", path=str(self.path), schema=schema, reads=records.SCHEMA_VERSION)
        if schema == records.SCHEMA_VERSION:
            return data, False
        original = self.folder / f"{FILE}.schema{schema}-{_stamp()}"
        shutil.copy2(self.path, original)  # the original stays in place until the copy is whole
        return records.migrate(data), True

    def _read_journal(self):
        try:
            return read_journal(self.journal_path)
        except StoreError as exc:
            self._refuse(self.journal_path, str(exc))

    def _refuse(self, damaged: Path, why: str) -> NoReturn:
        kept = _keep_aside(damaged, self.folder, copy=True) if damaged.exists() else damaged
        backup = self.backups.newest_good(_check_backup)
        advice = _advice(backup, damaged == self.journal_path)
        raise AnnotationStoreDamaged(f"cannot open the annotations: {damaged.name} is damaged ({why}). "
                                     f"Nothing was written over it; a copy is kept as {kept}; {advice}.",
                                     kept, backup)

    # -- saving ------------------------------------------------------------------------------

    def _save(self, change: Change, revert) -> Change:
        if not change:
            return change
        puts: list = []
        try:
            puts = [[table, key, _record(self.project.get(table, key))]
                    for table in TABLES for key in sorted(getattr(change, table))]
            self._journal.append({"seq": self._seq + 1, "puts": puts})
        except OSError as exc:
            revert()
            raise StoreError("store.not_saved", path=str(self.journal_path), reason=str(exc)) from exc
        except UnicodeEncodeError as exc:
            revert()
            raise records.unsavable(puts, exc) from None
        except BaseException:
            revert()  # whatever stopped the save, memory must not hold what the disk does not
            raise
        self._seq += 1
        if self._journal.entries >= COMPACT_EVERY:
            try:
                self.compact()
            except OSError:
                pass  # the journal still holds every change; compaction is tried again later
        return change

    def _check_open(self) -> None:
        if self._journal is None:
            raise StoreError("store.closed", folder=str(self.folder))

    # -- restoring ---------------------------------------------------------------------------

    @classmethod
    def restore_backup(cls, data_dir: str | Path, backup: str | Path | None = None) -> RestoreReport:
        """Put a backup in place of the annotations and replay every intact journal entry that
        follows it; a RestoreReport names what could not be replayed, and why.

        Without a backup, the annotations file itself is the base if it is intact, else the
        newest good backup. The files it replaces are kept in damaged/.
        """
        from .annotation_restore import restore

        return restore(Layout(data_dir).user, Path(backup) if backup else None)


def reanchor_document(data_dir: str | Path, doc: Document, corpus: CorpusStore | None = None) -> ReanchorSummary:
    """Re-anchor the annotations of a document that has just been imported in a new version.

    Pass the corpus store the document was imported into, so that the versions the
    annotations were made on can guide the placement.
    """
    folder = Layout(data_dir).user
    if not (folder / FILE).exists() and not (folder / JOURNAL).exists():
        return ReanchorSummary(doc.key, {})
    with AnnotationStore(data_dir) as store:
        return store.reanchor(doc, corpus)


def _replay(project: Project, seq: int, entries: list[dict]) -> int:
    """Apply the journal entries newer than the snapshot; returns the last sequence number."""
    for entry in entries:
        try:
            number, puts = records.entry_puts(entry)
        except StoreError as exc:
            raise StoreError(f"the journal entry after change {seq}: {exc}") from None
        if number <= seq:
            continue  # already in the snapshot (a crash between snapshot and journal reset)
        if number != seq + 1:
            raise StoreError(f"the journal skips from change {seq} to {number}")
        project.apply(puts)
        seq = number
    return seq


def _advice(backup: Path | None, journal_damaged: bool) -> str:
    restore = "`python -m policylens annotations restore`"
    if backup:
        return (f"the newest good backup is {backup}; {restore} puts it back and replays every intact "
                "journal entry after it, naming any it cannot")
    if journal_damaged:
        return f"there is no backup; {restore} replays every intact journal entry"
    return "there is no backup to restore"


def _check_backup(path: Path) -> dict:
    data = read_json(path)
    schema = records.schema_of(data)
    if schema > records.SCHEMA_VERSION:
        raise StoreError(f"{path} has schema {schema}, newer than this PolicyLens")
    data = records.migrate(data)
    records.load_project(data)
    return data


def _record(obj) -> dict | None:
    return None if obj is None else records.to_record(obj)


def _keep_aside(path: Path, folder: Path, copy: bool) -> Path:
    aside = folder / "damaged"
    earlier = sorted(aside.glob(f"{path.name}.*"))
    if earlier and earlier[-1].read_bytes() == path.read_bytes():
        if not copy:  # the copy a refused open kept is the same: the original can go
            path.unlink()
        return earlier[-1]  # each refused open must not pile up another copy
    target = aside / f"{path.name}.{_stamp()}"
    aside.mkdir(parents=True, exist_ok=True)
    (shutil.copy2 if copy else shutil.move)(path, target)
    return target


def _stamp() -> str:
    return time.strftime("%Y%m%d-%H%M%S") + f"-{time.time_ns() % 1_000_000_000:09d}"
