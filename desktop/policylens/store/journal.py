"""An append-only journal of changes: one checksummed JSON line per change, fsynced.

Rewriting a file of 10,000 annotations for every change costs far more than the 20 ms a
change may take, so each change is appended here and the journal is folded into the main
file when the store opens (and now and then while it runs). A line is written with one
write() and fsynced before the change is acknowledged; a crash can therefore leave only
the last line incomplete, and that line was never acknowledged, so it is dropped. A bad
line with good lines after it is damage, not a crash, and is reported as such.
"""
from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from .atomic import StoreError, fsync_dir


@dataclass
class JournalContents:
    entries: list[dict]
    good_bytes: int  # length of the well-formed part; anything after it is a torn last line
    torn: bool


def _line(entry: dict) -> bytes:
    body = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _parse(line: bytes) -> dict | None:
    """The entry of one line (without its newline), or None if it is not intact."""
    crc, _, body = line.partition(b" ")
    try:
        if int(crc, 16) != zlib.crc32(body) or len(crc) != 8:
            return None
        return json.loads(body)
    except (ValueError, UnicodeDecodeError):
        return None


def read_journal(path: Path) -> JournalContents:
    if not path.exists():
        return JournalContents([], 0, False)
    data = path.read_bytes()
    entries, good, pos = [], 0, 0
    while pos < len(data):
        end = data.find(b"\n", pos)
        entry = _parse(data[pos:end]) if end >= 0 else None
        if entry is None:
            if _has_good_line_after(data, pos):
                raise StoreError(f"the journal {path} is damaged at byte {pos} (a bad line "
                                 "followed by good ones)")
            return JournalContents(entries, good, True)
        entries.append(entry)
        pos = good = end + 1
    return JournalContents(entries, good, False)


def _has_good_line_after(data: bytes, pos: int) -> bool:
    lines = data[pos:].split(b"\n")[1:]
    return any(_parse(line) is not None for line in lines if line)


class Journal:
    """The open journal file of one store; appends are durable when append() returns.

    An append costs one write() and one fdatasync of the file, nothing more: the file stays
    open, and its folder is fsynced once, when the file is created, so that the file's name
    is as durable as the lines fsynced into it.
    """

    def __init__(self, path: Path, good_bytes: int | None = None):
        self.path = path
        created = not path.exists()
        self._fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
        if created:
            fsync_dir(path.parent)
        self._size = os.fstat(self._fd).st_size
        if good_bytes is not None and self._size > good_bytes:
            os.ftruncate(self._fd, good_bytes)  # drop a torn last line before appending after it
            self._size = good_bytes
        self.entries = 0

    def append(self, entry: dict) -> None:
        line = _line(entry)
        try:
            written = os.write(self._fd, line)
            if written != len(line):
                raise OSError(f"short write to {self.path} ({written} of {len(line)} bytes)")
            _sync(self._fd)
        except OSError:
            os.ftruncate(self._fd, self._size)  # a torn line must never have good lines after it
            raise
        self._size += len(line)
        self.entries += 1

    def reset(self) -> None:
        """Empty the journal (its entries are in the main file now)."""
        os.ftruncate(self._fd, 0)
        _sync(self._fd)
        self._size = self.entries = 0

    def close(self) -> None:
        if self._fd >= 0:
            os.close(self._fd)
            self._fd = -1


def _sync(fd: int) -> None:
    (getattr(os, "fdatasync", None) or os.fsync)(fd)
