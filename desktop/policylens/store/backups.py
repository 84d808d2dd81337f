"""A rolling set of backups of one file: the newest few, and the newest of each recent day."""
from __future__ import annotations

import os
import re
import shutil
import time
from pathlib import Path
from typing import Callable

KEEP_LAST = 10
KEEP_DAYS = 30


class Backups:
    """Backups named <stem>-<YYYYmmdd-HHMMSS>-<seq>.json in one folder; names sort by age."""

    def __init__(self, folder: Path, stem: str):
        self.folder = folder
        self.stem = stem
        self._name = re.compile(rf"^{re.escape(stem)}-(\d{{8}})-(\d{{6}})-(\d+)\.json$")

    def all(self) -> list[Path]:
        """Newest first."""
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if self._name.match(p.name)]
        return sorted(found, key=lambda p: self._sort_key(p.name), reverse=True)

    def add(self, source: Path, seq: int) -> Path:
        """Copy source as a new backup and prune old ones.

        A copy, not a hard link: a tool that rewrote the main file in place would damage
        a linked backup with it. Copied to a temporary name, fsynced and renamed, so a
        backup with a proper name is always whole.
        """
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self.folder / f"{self.stem}-{time.strftime('%Y%m%d-%H%M%S')}-{seq:08d}.json"
        partial = self.folder / f".{target.name}.partial"
        shutil.copyfile(source, partial)
        with open(partial, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, target)
        self.prune()
        return target

    def prune(self) -> None:
        backups = self.all()
        keep = set(backups[:KEEP_LAST])
        newest_of_day: dict[str, Path] = {}
        for path in backups:
            day = self._name.match(path.name).group(1)
            if day not in newest_of_day and len(newest_of_day) < KEEP_DAYS:
                newest_of_day[day] = path
        keep.update(newest_of_day.values())
        for path in backups:
            if path not in keep:
                path.unlink()
        for partial in self.folder.glob(".*.partial"):  # left by a crash during a copy
            partial.unlink()

    def newest_good(self, check: Callable[[Path], object]) -> Path | None:
        """The newest backup that check() accepts (check raises on a bad one)."""
        for path in self.all():
            try:
                check(path)
            except Exception:
                continue
            return path
        return None

    def _sort_key(self, name: str) -> tuple[str, str, int]:
        day, clock, seq = self._name.match(name).groups()
        return day, clock, int(seq)
