"""Every document's share of new text on disk: DATA_DIR/corpus/diffusion/novelty.json, a rebuildable cache.

A share depends on the document's text, date and level and on the versions of every earlier
and every higher document; each is kept with its basis (core/diffusion/novelty_shares.basis),
so adding, removing or re-analysing a document, or a changed date or level, makes exactly the
shares whose basis changed be computed again (from the 5-gram sets of store/gram_cache.py).
The file is written whole or not at all; a missing, damaged or older one is rebuilt; its loss
costs time, never data.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence

from ..core.diffusion.facts import DocFacts, corrected, facts_of
from ..core.diffusion.novelty_shares import SCHEMA, Share, basis, novelty_shares
from .atomic import StoreError, read_json, write_json_atomic
from .gram_cache import cached_gram_table, version_tag
from .layout import Layout
from .user_corrections import diffusion_corrections


@dataclass
class CachedShares:
    shares: dict[str, Share]  # key -> share, for every document given
    computed: set[str]  # the keys whose share was not in the cache (or was stale)


def cache_path(data_dir: str | Path) -> Path:
    return Layout(data_dir).corpus / "diffusion" / "novelty.json"


def cached_novelty_shares(data_dir: str | Path, documents: Sequence[tuple[DocFacts, str, str]],
                          report: Callable[[int, int], None] | None = None,
                          cancelled: Callable[[], bool] | None = None) -> CachedShares:
    """documents: (facts, content hash, clean text) of every document of the corpus."""
    path = cache_path(data_dir)
    facts = [f for f, _h, _t in documents]
    bases = basis(facts, [version_tag(h, t) for _f, h, t in documents])
    known = _read(path)
    shares: dict[str, Share] = {}
    for f, b in zip(facts, bases):
        held = known.get(f.key)
        if held is not None and held.get("basis") == b:
            shares[f.key] = Share(f.key, held["new"], held["chars"], held["compared"], f.date)
    stale = [f.key for f in facts if f.key not in shares]
    if stale:
        texts = {f.key: t for f, _h, t in documents}
        table = cached_gram_table(data_dir, documents)
        found = novelty_shares(table, texts.__getitem__, stale, report, cancelled)
        shares.update(found)
    if stale or len(known) != len(facts):
        kept = {f.key: {"basis": b, "new": shares[f.key].new_chars, "chars": shares[f.key].chars,
                        "compared": shares[f.key].compared} for f, b in zip(facts, bases) if f.key in shares}
        _write(path, kept)
    return CachedShares(shares, set(stale) & set(shares))


def document_shares(data_dir: str | Path, documents: Iterable, report: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None) -> CachedShares:
    """The same from documents or summaries (.key, .meta, .content_hash, .text), as the window
    holds them, with the user's corrections of dates and levels laid over."""
    fixes = diffusion_corrections(data_dir)
    return cached_novelty_shares(data_dir, [(corrected(facts_of(d), fixes.get(d.key, {})), d.content_hash, d.text)
                                            for d in documents], report, cancelled)


def _read(path: Path) -> dict[str, dict]:
    try:
        data = read_json(path)
        if data.get("schema") != SCHEMA or not isinstance(data.get("shares"), dict):
            return {}
        return {k: v for k, v in data["shares"].items()
                if isinstance(v, dict) and all(isinstance(v.get(n), int) for n in ("new", "chars", "compared"))}
    except (OSError, StoreError, AttributeError):  # missing or damaged: computed again
        return {}


def _write(path: Path, shares: dict[str, dict]) -> None:
    try:
        write_json_atomic(path, {"schema": SCHEMA, "shares": shares}, durable=False)
    except (OSError, StoreError):  # a read-only data folder: the shares were found, only not kept
        pass
