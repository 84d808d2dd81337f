"""An exclusive lock on a store folder, so two processes never write it at once."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from .atomic import StoreError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


@contextmanager
def exclusive(folder: Path, what: str = "store"):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".lock"
    with open(path, "a+") as fh:
        if fcntl is not None:
            try:
                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise StoreError("store.busy", what=what, folder=str(folder)) from None
        fh.seek(0)
        fh.truncate()
        fh.write(str(os.getpid()))
        fh.flush()
        try:
            yield
        finally:
            if fcntl is not None:
                fcntl.flock(fh.fileno(), fcntl.LOCK_UN)
