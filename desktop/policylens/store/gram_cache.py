"""The corpus's 5-gram sets on disk: DATA_DIR/corpus/diffusion/grams.npz, a rebuildable cache.

Shingling every document (core/diffusion/shingles.py) is most of what the lineage graph and
novelty cost on a large corpus, and a document's set changes only with its text. Each set is
kept with its document's version tag (content hash and a digest of the clean text, as
reanalysis may change the text of one version); a set whose tag differs, or a document the
cache lacks, is shingled again, and the file is rewritten when anything changed. A missing,
damaged or older file is rebuilt; its loss costs time, never data.
"""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Iterable

import numpy as np

from ..core.diffusion.facts import DocFacts
from ..core.diffusion.grams import GramTable
from ..core.diffusion.shingles import shingle
from .layout import Layout

SCHEMA = 1  # and the shingling: a change to shingles.py must raise it


def cache_path(data_dir: str | Path) -> Path:
    return Layout(data_dir).corpus / "diffusion" / "grams.npz"


def version_tag(content_hash: str, text: str) -> str:
    return f"{content_hash}:{hashlib.blake2b(text.encode('utf-8'), digest_size=12).hexdigest()}"


def cached_gram_table(data_dir: str | Path, documents: Iterable[tuple[DocFacts, str, str]]) -> GramTable:
    """documents: (facts, content hash, clean text) of every document, in the table's order."""
    path = cache_path(data_dir)
    known = _read(path)
    facts, grams, tags, changed = [], [], [], False
    for f, content_hash, text in documents:
        tag = version_tag(content_hash, text)
        held = known.get(f.key)
        if held is None or held[0] != tag:
            held, changed = (tag, shingle(text).unique()), True
        facts.append(f)
        grams.append(held[1])
        tags.append(tag)
    if changed or len(known) != len(facts):
        _write(path, [f.key for f in facts], tags, grams)
    return GramTable(facts, grams)


def _read(path: Path) -> dict[str, tuple[str, np.ndarray]]:
    try:
        with np.load(path, allow_pickle=False) as data:
            if int(data["schema"]) != SCHEMA:
                return {}
            keys, tags, offsets, hashes = data["keys"], data["tags"], data["offsets"], data["hashes"]
            return {str(k): (str(t), hashes[offsets[i]:offsets[i + 1]])
                    for i, (k, t) in enumerate(zip(keys, tags))}
    except (OSError, KeyError, ValueError, IndexError):  # missing or damaged: shingle again
        return {}


def _write(path: Path, keys: list[str], tags: list[str], grams: list[np.ndarray]) -> None:
    """Whole or not at all: a temporary file in the same folder, then a rename."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        offsets = np.zeros(len(grams) + 1, dtype=np.int64)
        np.cumsum([len(g) for g in grams], out=offsets[1:])
        fd, tmp = tempfile.mkstemp(prefix=".grams.", suffix=".npz", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            np.savez(fh, schema=np.int64(SCHEMA), keys=np.array(keys, dtype=str), tags=np.array(tags, dtype=str),
                     offsets=offsets,
                     hashes=np.concatenate(grams) if grams else np.zeros(0, np.uint64))
        os.replace(tmp, path)
    except OSError:  # a read-only data folder: the sets were made, they are only not kept
        try:
            os.unlink(tmp)
        except (OSError, UnboundLocalError):
            pass
