"""What a families build has done so far, kept in the alignment cache so a stopped build resumes.

    DATA_DIR/corpus/alignment/build/
        build.json         what is being built: the documents (key -> content hash) in order
        <name>.npz         one record each (core.family_build: indexed pieces, links, families)

Every file is written whole or not at all (temporary file, then rename), so a build killed at
any moment leaves records that are each complete. Records of another build (other documents or
versions) are thrown away when a build starts; the folder is removed once the alignment it
built is saved.
"""
from __future__ import annotations

import io
import shutil
import zipfile
from pathlib import Path

import numpy as np

from .atomic import read_json, write_bytes_atomic, write_json_atomic, StoreError


class FamilyCheckpoint:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    def begin(self, documents: dict[str, str]) -> bool:
        """Start or resume the build of these documents (key -> content hash, in order); whether
        records of the same build were found."""
        marker = self.folder / "build.json"
        wanted = {"documents": [[key, version] for key, version in documents.items()]}
        try:
            same = marker.exists() and read_json(marker) == wanted
        except (StoreError, OSError):
            same = False
        if not same:
            self.clear()
            self.folder.mkdir(parents=True, exist_ok=True)
            write_json_atomic(marker, wanted, durable=False)
        return same

    def get(self, name: str) -> dict[str, np.ndarray] | None:
        path = self.folder / f"{name}.npz"
        try:
            with np.load(path, allow_pickle=False) as data:
                return {key: data[key] for key in data.files}
        except FileNotFoundError:
            return None
        except (OSError, ValueError, zipfile.BadZipFile, EOFError):
            return None  # a damaged record is done again

    def put(self, name: str, arrays: dict[str, np.ndarray]) -> None:
        buffer = io.BytesIO()
        np.savez(buffer, **arrays)
        write_bytes_atomic(self.folder / f"{name}.npz", buffer.getvalue(), durable=False)

    def clear(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
