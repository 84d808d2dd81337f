"""The diffusion corpus read with its rebuildable caches: 5-gram sets, citations, boilerplate.

Opening a diffusion window (or the info panel's lineage) on 3,000 documents first read every
document's citations (4.5 s) and set the corpus's boilerplate 5-grams aside (1.2 s). Both are
kept beside the 5-gram sets (store/gram_cache.py), in DATA_DIR/corpus/diffusion/:

    citations.json    each document's citations, with its version tag (content hash and a
                      digest of the clean text, as for its 5-grams) and a digest of the repeal
                      spans they are read with; a document whose tag differs is read again
    boilerplate.json  the corpus's boilerplate 5-grams, with a digest of every document's key
                      and tag in table order: any change to the corpus makes them again

Each is written whole or not at all (store/atomic.py), rewritten only when something changed;
a missing, damaged or older file is made again, costing time, never data. A read-only folder
keeps nothing: the values are made, only not kept.
"""
from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Callable, Iterable

import numpy as np

from ..core.diffusion.citations import Citation, citations
from ..core.diffusion.corpus import CorpusDiffusion
from ..core.diffusion.grams import GramTable
from ..core.reuse import BOILERPLATE_MIN_DOCUMENTS, BOILERPLATE_SHARE
from .atomic import write_json_atomic
from .gram_cache import SCHEMA as GRAMS_SCHEMA, cached_gram_table, version_tag
from .layout import Layout
from .user_corrections import diffusion_corrections

SCHEMA = 1  # and the citation reading: a change to core/diffusion/citations.py must raise it


def citations_path(data_dir: str | Path) -> Path:
    return Layout(data_dir).corpus / "diffusion" / "citations.json"


def boilerplate_path(data_dir: str | Path) -> Path:
    return Layout(data_dir).corpus / "diffusion" / "boilerplate.json"


def cached_corpus(data_dir: str | Path, documents: Iterable,
                  report: Callable[[int, int], None] | None = None,
                  corrections: dict[str, dict[str, str]] | None = None) -> CorpusDiffusion:
    """The diffusion corpus of these summaries or documents (.key, .content_hash, .text, .meta),
    its 5-gram sets, citations and boilerplate from the data folder's caches; the user's
    corrections laid over (read from the data folder when not given)."""
    if corrections is None:
        corrections = diffusion_corrections(data_dir)
    documents = list(documents)
    tags = {d.key: version_tag(d.content_hash, d.text) for d in documents}

    def table(pairs) -> GramTable:
        made = cached_gram_table(data_dir, [(f, d.content_hash, d.text) for f, d in pairs])
        cached_boilerplate(data_dir, made, [tags[f.key] for f in made.facts])
        return made

    return CorpusDiffusion.build(documents, table, report,
                                 lambda pairs: cached_citations(data_dir, [(d, tags[d.key]) for _f, d in pairs], report),
                                 corrections)


def cached_citations(data_dir: str | Path, documents: list[tuple[object, str]],
                     report: Callable[[int, int], None] | None = None) -> dict[str, list[Citation]]:
    """documents: (document, its version tag); key -> its citations, read only where not kept."""
    path = citations_path(data_dir)
    known = _read(path).get("documents")
    known = known if isinstance(known, dict) else {}
    out, kept, changed = {}, {}, False
    for i, (doc, tag) in enumerate(documents):
        if report and i % 100 == 0:
            report(i, len(documents))
        tag = f"{tag}:{_repeals_digest(doc.meta.validity)}"
        held = known.get(doc.key)
        if isinstance(held, list) and len(held) == 2 and held[0] == tag:
            try:
                found = [Citation(str(t), str(n), int(s), int(e), bool(r), bool(b)) for t, n, s, e, r, b in held[1]]
            except (TypeError, ValueError):  # a damaged entry: read again
                found = None
        else:
            found = None
        if found is None:
            found, changed = citations(doc.text, doc.meta.validity), True
        out[doc.key] = found
        kept[doc.key] = [tag, [[c.title, c.number, c.start, c.end, c.repeals, c.bare] for c in found]]
    if changed or len(known) != len(kept):
        _write(path, {"schema": SCHEMA, "documents": kept})
    return out


def cached_boilerplate(data_dir: str | Path, table: GramTable, tags: list[str]) -> None:
    """Give the table its boilerplate from the cache when it was made for these very documents
    (keys and tags in the table's order), else make it and keep it."""
    path = boilerplate_path(data_dir)
    digest = _corpus_digest([f.key for f in table.facts], tags)
    held = _read(path)
    if held.get("corpus") == digest:
        try:
            common = np.array(held["hashes"], dtype=np.uint64)
            if common.ndim == 1 and bool(np.all(common[1:] > common[:-1])):  # sorted, as member() needs
                table.set_boilerplate(common)
                return
        except (KeyError, TypeError, ValueError, OverflowError):
            pass  # damaged: made again
    common = table.boilerplate()
    _write(path, {"schema": SCHEMA, "corpus": digest, "hashes": [int(h) for h in common]})


def _corpus_digest(keys: list[str], tags: list[str]) -> str:
    # the shingling too: a text's tag stays when the 5-grams made of it change (gram_cache.SCHEMA)
    text = json.dumps([GRAMS_SCHEMA, BOILERPLATE_SHARE, BOILERPLATE_MIN_DOCUMENTS, keys, tags], ensure_ascii=False)
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()


def _repeals_digest(validity) -> str:
    """Citations inside a repeal are marked: the repeal spans are part of what they are read from."""
    spans = [[s["start"], s["end"]] for s in validity if s["kind"] == "repeals"]
    return hashlib.blake2b(json.dumps(spans).encode(), digest_size=6).hexdigest()


def _read(path: Path) -> dict:
    """A cache file of this schema, or {} (missing, damaged, another schema)."""
    try:
        with open(path, "rb") as fh:
            data = json.loads(fh.read().decode("utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) and data.get("schema") == SCHEMA else {}


def _write(path: Path, data: dict) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_json_atomic(path, data, durable=False)
    except OSError:  # a read-only data folder: made, only not kept
        pass
