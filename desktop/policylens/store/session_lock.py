"""A lock held for as long as a store is open, so a second process gets a clear refusal.

lock.exclusive() guards one import; the annotations stay open for a whole session, and a
second PolicyLens on the same data folder must not write them meanwhile. The lock is an
flock on its own file, so it never collides with the corpus store's lock, and the file
names the process that holds it.
"""
from __future__ import annotations

import os
from pathlib import Path

from .atomic import StoreError

try:
    import fcntl
except ImportError:  # Windows: no advisory locks here, as in lock.py
    fcntl = None


class StoreLocked(StoreError):
    """Another process holds the lock; it may still be read, never written."""
    code = "store.locked"
    messages = {"store.locked": "the {what} in {folder} are open in another PolicyLens process (pid {pid}); "
                                "close it first, or use another --data-dir"}


class SessionLock:
    def __init__(self, path: Path, what: str):
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._fh = open(path, "a+", encoding="utf-8")
        if fcntl is not None:
            try:
                fcntl.flock(self._fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                self._fh.seek(0)
                holder = self._fh.read().strip() or "unknown"
                self._fh.close()
                raise StoreLocked(what=what, folder=str(path.parent), pid=holder) from None
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(str(os.getpid()))
        self._fh.flush()

    def release(self) -> None:
        if self._fh.closed:
            return
        if fcntl is not None:
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
        self._fh.close()
