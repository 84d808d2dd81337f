"""An append-only journal of changes: one checksummed JSON line per change, fsynced.

Rewriting a file of 10,000 annotations for every change costs far more than the 20 ms a
change may take, so each change is appended here and the journal is folded into the main
file when the store opens (and now and then while it runs). A line is written with one
write() and fsynced before the change is acknowledged; a crash can therefore leave only
the last line incomplete (no line end), and that line was never acknowledged, so it is
dropped. Any other bad line, even the last one if it ends in a line end, held an
acknowledged change: it is damage, not a crash, and is refused and reported, never dropped.
"""
from __future__ import annotations

import json
import os
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from .atomic import StoreError, fsync_dir


@dataclass
class JournalContents:
    entries: list[dict]
    good_bytes: int  # length of the well-formed part; anything after it is a torn last line
    torn: bool


@dataclass
class JournalLine:
    number: int  # counted from 1, as an editor shows it
    offset: int  # of its first byte
    entry: dict | None  # None if the line is not intact
    problem: str = ""  # why it is not

    def where(self, path: Path) -> str:
        return f"line {self.number} of {path.name} (byte {self.offset})"


@dataclass
class JournalScan:
    """Every line of a journal but a torn tail, intact or not, and where the torn tail starts."""
    lines: list[JournalLine]
    good_bytes: int
    torn: bool

    def damaged(self) -> list[JournalLine]:
        return [line for line in self.lines if line.entry is None]


def _line(entry: dict) -> bytes:
    body = json.dumps(entry, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return b"%08x %s\n" % (zlib.crc32(body), body)


def _parse(line: bytes) -> tuple[dict | None, str]:
    """The entry of one line (without its newline), or None and why it is not intact."""
    crc, _, body = line.partition(b" ")
    if not _CRC.fullmatch(crc) or int(crc, 16) != zlib.crc32(body):
        return None, "it fails its checksum" + _seems_to_change(body)
    try:
        return json.loads(body), ""
    except (ValueError, UnicodeDecodeError):
        return None, "its checksum is right but it is not JSON"


def _seems_to_change(body: bytes) -> str:
    """What a line that fails its checksum seems to change, so the user knows what to redo."""
    try:
        kinds = {"annotations": "annotation", "codes": "code", "memos": "memo"}
        names = [f"{kinds.get(table, 'entry')} {key}" for table, key, _ in json.loads(body)["puts"]]
    except Exception:  # noqa: BLE001 - damaged bytes may be anything at all
        return ""
    shown = ", ".join(names[:5]) + (f" and {len(names) - 5} more" if len(names) > 5 else "")
    return f" (it seems to change {shown})" if names else ""


_CRC = re.compile(rb"[0-9a-f]{8}")
# What a crash can leave after the last line end: the start of one line (one write() cut
# short), perhaps followed by zeros where a power cut left a block unwritten.
_TORN = re.compile(rb"[0-9a-f]{0,8}|[0-9a-f]{8} (\{.*)?", re.DOTALL)


def scan_journal(path: Path) -> JournalScan:
    data = path.read_bytes() if path.exists() else b""
    lines, pos, number = [], 0, 0
    while pos < len(data):
        number += 1
        end = data.find(b"\n", pos)
        if end < 0:
            if _TORN.fullmatch(data[pos:].rstrip(b"\0")):
                return JournalScan(lines, pos, True)
            lines.append(JournalLine(number, pos, None, "it has no line end and is not the start of "
                                                         "a journal line"))
            break
        if data[pos:end].strip():  # a blank line holds nothing to lose
            lines.append(JournalLine(number, pos, *_parse(data[pos:end])))
        pos = end + 1
    return JournalScan(lines, len(data), False)


def read_journal(path: Path) -> JournalContents:
    """The entries of an intact journal, a torn tail left out; StoreError names a damaged line.

    Only a torn tail can be a crash (a change never acknowledged); any other bad line is
    damage, and it is refused rather than dropped, so that nothing acknowledged is lost.
    """
    scan = scan_journal(path)
    damaged = scan.damaged()
    if damaged:
        first = damaged[0]
        more = f"; {len(damaged) - 1} more damaged lines follow it" if len(damaged) > 1 else ""
        intact = len(scan.lines) - len(damaged)
        raise StoreError(f"the journal {path} is damaged at byte {first.offset}: line {first.number} "
                         f"{first.problem.removeprefix('it ')}{more} ({intact} intact lines)")
    return JournalContents([line.entry for line in scan.lines], scan.good_bytes, scan.torn)


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
