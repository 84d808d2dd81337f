"""`annotations restore`: a backup put back, with every intact journal entry that follows it.

A journal entry holds the whole new state of each object it changed, so the entries after a
damaged line still apply: restore replays each intact line and names each one it could not
(its line number, its byte offset and why), and each change that is nowhere to be found.
The new snapshot is written before anything is moved, so a crash during restore leaves a
store that restore can be run on again; the replaced snapshot and the whole journal, bad
lines and all, are kept in damaged/.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..core.annotations import Project
from . import annotation_records as records
from .annotations import FILE, JOURNAL, _check_backup, _keep_aside
from .atomic import StoreError, write_json_atomic
from .backups import Backups
from .journal import scan_journal
from .session_lock import SessionLock


@dataclass
class RestoreReport:
    backup: Path | None  # the snapshot the journal was replayed on; None: an empty store
    replayed: int = 0  # journal entries applied after it
    skipped: list[str] = field(default_factory=list)  # what could not be, one sentence each
    kept: list[Path] = field(default_factory=list)  # the replaced files, in damaged/

    def line(self) -> str:
        base = self.backup or "an empty store (there was no snapshot or backup yet)"
        return f"restored from {base}: {self.replayed} journal entries replayed"


def restore(folder: Path, backup: Path | None) -> RestoreReport:
    lock = SessionLock(folder / "annotations.lock", "annotations")
    try:
        chosen, data = _base(folder, backup)
        project, seq = records.load_project(data)
        report = RestoreReport(chosen)
        journal = folder / JOURNAL
        seq = _replay_intact(project, seq, journal, report)
        if (folder / FILE).exists():
            report.kept.append(_keep_aside(folder / FILE, folder, copy=True))
        write_json_atomic(folder / FILE, records.snapshot(project, seq))
        Backups(folder / "backups", "annotations").add(folder / FILE, seq)
        if journal.exists():
            report.kept.append(_keep_aside(journal, folder, copy=False))
        return report
    finally:
        lock.release()


def _base(folder: Path, backup: Path | None) -> tuple[Path | None, dict]:
    """The snapshot to replay on: the one asked for, else the file itself if it is intact (it
    is at least as new as any backup), else the newest good backup; an empty one if there has
    never been a snapshot (a first session that never closed)."""
    if backup is not None:
        return backup, _check_backup(backup)
    if (folder / FILE).exists():
        try:
            return folder / FILE, _check_backup(folder / FILE)
        except StoreError:
            pass
    backups = Backups(folder / "backups", "annotations")
    if not (folder / FILE).exists() and not backups.all():
        return None, records.snapshot(Project(), 0)
    chosen = backups.newest_good(_check_backup)
    if chosen is None:
        raise StoreError(f"there is no good backup in {backups.folder}")
    return chosen, _check_backup(chosen)


def _replay_intact(project: Project, seq: int, journal: Path, report: RestoreReport) -> int:
    """Apply each intact entry newer than seq, in order; the last sequence number applied."""
    damage_since = False  # a damaged line since the last entry applied explains a gap
    for line in scan_journal(journal).lines:
        where = line.where(journal)
        try:
            if line.entry is None:
                raise StoreError(line.problem)
            number, puts = records.entry_puts(line.entry)
        except StoreError as exc:
            report.skipped.append(f"{where}: {exc}")
            damage_since = True
            continue
        if number <= seq:
            if report.replayed:  # before any replay it is simply in the snapshot already
                report.skipped.append(f"{where}: change {number} comes after change {seq}, out of order")
            continue
        if number > seq + 1 and not damage_since:
            missing = f"{seq + 1}" if number == seq + 2 else f"{seq + 1}–{number - 1}"
            report.skipped.append(f"change {missing} is in neither the backup nor the journal")
        project.apply(puts)
        seq, damage_since = number, False
        report.replayed += 1
    return seq
