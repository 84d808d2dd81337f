"""Atomic JSON files for TinyDB: temp file, fsync, rename, so a crash never leaves half a file."""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from tinydb.storages import Storage

from ..core.errors import DETAIL, PolicyLensError


# The process's umask, read once at import (reading it means setting it, which is not
# thread-safe later): a replaced file gets the mode a plain open() would have given it.
_UMASK = os.umask(0o022)
os.umask(_UMASK)


class StoreError(PolicyLensError):
    """A store that cannot be used as it is; the message says why and what to do."""
    code = "store"
    messages = {
        "store": DETAIL,
        "store.busy": "another PolicyLens process is writing the {what} in {folder}; wait for it to finish and try again",
        "store.newer_annotations": "{path} was written by a newer PolicyLens (schema {schema}; this version reads "
                                   "{reads}). Upgrade PolicyLens, or use another --data-dir.",
        "store.not_saved": "could not save to {path} ({reason}); the change was not made",
        "store.closed": "the annotation store in {folder} is closed",
        "store.no_document": "no document '{key}' in the store at {folder}",
        "store.document_missing": "the document file {path} is missing; re-import the document",
        "store.document_schema": "{path} has schema {schema}; this PolicyLens reads {reads}",
    }


def write_json_atomic(path: Path, data, durable: bool = True) -> None:
    """Replace path with data in one step. durable=False skips the fsyncs: for caches that are
    rebuilt when found damaged, where a crash may lose the file but never leaves half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    # dumps, not dump: dump always takes the pure-Python encoder (2 M small writes).
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    write_bytes_atomic(path, text.encode("utf-8"), durable)


def write_bytes_atomic(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace path with data in one step: temp file in the same folder, fsync, rename, so a
    crash leaves the old file or the new one, never half of it. The folder must exist."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        # mkstemp makes the file private (0600); keep the old file's mode, or the usual one.
        try:
            mode = os.stat(path).st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_UMASK
        if os.name == "posix":
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
    if durable:
        fsync_dir(path.parent)


def read_json(path: Path):
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise StoreError(f"{path} is damaged ({exc.__class__.__name__}: {exc})") from None


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class AtomicJSONStorage(Storage):
    """TinyDB storage that reads UTF-8 JSON and replaces the file atomically on every write."""

    def __init__(self, path: str | Path):
        self.path = Path(path)

    def read(self):
        if not self.path.exists() or self.path.stat().st_size == 0:
            return None
        return read_json(self.path)

    def write(self, data) -> None:
        write_json_atomic(self.path, data)

    def close(self) -> None:
        pass


def file_stamp(path: Path) -> tuple | None:
    """What tells that a file changed since it was last read (None: there is none)."""
    try:
        status = Path(path).stat()
    except FileNotFoundError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino
