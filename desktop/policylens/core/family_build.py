"""Building the families of a whole corpus: every core, resumable, with progress.

Three steps, each reporting progress and asking to stop between pieces of work:
1. Indexing (documents in pieces of INDEX_CHUNK): each piece is opened and indexed on its own
   (ClauseIndex.add_document), in worker processes, and the pieces are joined into one index
   whose entries, bigram numbers and weights are those of indexing the documents one by one.
2. Linking: every document's neighbours and outline links (family_work.document_links), in
   worker processes, a piece of LINK_CHUNK documents at a time, in key order.
3. Assigning: one document at a time in key order, in this process, as the links arrive; then
   the merge pass (family_merge).

A checkpoint (see Checkpoint) keeps the indexed pieces, the links and, every CHECKPOINT_SECONDS,
the families so far: a build that was stopped (cancelled, killed, the machine off) continues
where it stopped and ends with the families an uninterrupted build gives. Workers are forked
(they inherit the index rather than receiving it); where fork is missing the build runs in
this process, with the same result. Given a Dask scheduler's address, the tasks run on that
cluster instead (family_dask.py), again with the same result.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import time
from typing import Callable, Iterator, Protocol, Sequence

import numpy as np

from .align import ClauseIndex, EntryTable
from .document import Document
from .families import THRESHOLD, Families, _check
from .family_merge import Links, merge_families
from .family_postings import OrderedPostings
from .family_work import ASSIGNED_TERMS, DocumentLinks, document_links, top_terms
from .free_memory import give_back

INDEX_CHUNK = 64  # documents indexed by one task
LINK_CHUNK = 32  # documents linked by one task
CHECKPOINT_SECONDS = 5.0  # the families so far are saved at most this often
POOL_MIN_DOCUMENTS = 64  # fewer documents: a pool costs more than it saves


class Checkpoint(Protocol):
    """Named arrays kept between runs (store.family_checkpoint keeps them in the data folder)."""

    def get(self, name: str) -> dict[str, np.ndarray] | None: ...

    def put(self, name: str, arrays: dict[str, np.ndarray]) -> None: ...


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def workers_for(documents: int, workers: int | None) -> int:
    """The processes to use: every core when not told (one for a few documents)."""
    if workers is None:
        return default_workers() if documents >= POOL_MIN_DOCUMENTS else 1
    return max(1, workers)


def build_from_keys(keys: Sequence[str], open_document: Callable[[str], Document],
                    threshold: float = THRESHOLD, progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None, workers: int | None = None,
                    checkpoint: Checkpoint | None = None, index_chunk: int = INDEX_CHUNK,
                    link_chunk: int = LINK_CHUNK, checkpoint_seconds: float = CHECKPOINT_SECONDS,
                    scheduler: str | None = None) -> Families:
    """The families of the documents (opened by key, in worker processes), indexed in the order given.

    progress(done, total) counts documents indexed, then documents assigned (total = twice the
    documents). open_document must be usable in a forked process (it is called there).
    workers: None, every core (one for fewer than POOL_MIN_DOCUMENTS documents); scheduler:
    a Dask scheduler's address, whose workers do the work instead (they open the documents).
    """
    workers = workers_for(len(keys), workers)
    total = 2 * len(keys)
    chunks = [list(keys[i:i + index_chunk]) for i in range(0, len(keys), index_chunk)]
    parts: list[dict | None] = [checkpoint.get(f"index-{j:05d}") if checkpoint else None
                                for j in range(len(chunks))]
    parts = [p if p is not None and _unpack(p)["docs"] == chunks[j] else None for j, p in enumerate(parts)]
    done = sum(len(chunks[j]) for j, p in enumerate(parts) if p is not None)
    missing = [j for j, p in enumerate(parts) if p is None]
    _report(progress, done, total)
    with _Workers(workers, _index_chunk, {"open": open_document, "chunks": chunks}, scheduler) as pool:
        for j, part in zip(missing, pool.map(missing)):
            _check(cancelled)
            parts[j] = part
            if checkpoint:
                checkpoint.put(f"index-{j:05d}", part)
            done += len(chunks[j])
            _report(progress, done, total)
    index = join_parts(parts)
    del parts  # the index holds what it needs of them (copies of all but the first piece)
    give_back()
    families = Families(index, threshold)
    return assign_all(families, progress=progress and (lambda n, _t: progress(len(keys) + n, total)),
                      cancelled=cancelled, workers=workers, checkpoint=checkpoint, link_chunk=link_chunk,
                      checkpoint_seconds=checkpoint_seconds, scheduler=scheduler)


def assign_all(families: Families, progress: Callable[[int, int], None] | None = None,
               cancelled: Callable[[], bool] | None = None, workers: int = 1,
               checkpoint: Checkpoint | None = None, link_chunk: int = LINK_CHUNK,
               checkpoint_seconds: float = CHECKPOINT_SECONDS, scheduler: str | None = None) -> Families:
    """Assign every document of the families' index in key order, then merge (steps 2 and 3);
    scheduler: a Dask scheduler's address, whose workers link the outlines."""
    index = families.index
    idf = index.idf()
    index.prepare_scoring(idf)  # every score of the build uses these weights
    live = {key: index.entries_of(key) for key in index.doc_keys}
    order = sorted(live)
    positions = [int(index.doc_of(live[key][:1])[0]) if live[key] else -1 for key in order]
    turns = families.turns()
    turns[:] = -1
    for turn, doc in enumerate(positions):
        if doc >= 0:
            turns[doc] = turn
    everything = np.arange(len(index.entries))
    top = _top_terms_all(index, idf, everything, workers, scheduler)
    give_back()  # before the assignment grows (the pieces' and the ranking's scratch are free)
    alive = index.alive(everything) & (turns[index.doc_of(everything)] >= 0)
    owner = np.repeat(everything, np.diff(top[0]))
    keep = alive[owner]
    assigned = OrderedPostings()
    assigned.add_many(top[1][keep], turns[index.doc_of(owner[keep])], owner[keep])
    del alive, owner, keep
    start = 0
    state = checkpoint.get("families") if checkpoint else None
    if state is not None:  # the families as they were saved, with these turns and postings
        meta = _unpack(state)
        families, start = Families.from_json(meta["state"], index), meta["done"]
        families.turns()[:] = turns
    families._assigned = assigned
    pieces = [list(range(i, min(i + link_chunk, len(order)))) for i in range(0, len(order), link_chunk)]
    shared = {"index": index, "idf": idf, "assigned": assigned, "turns": turns.copy(),
              "positions": positions, "pieces": pieces}
    saved_at = time.monotonic()
    cached = [checkpoint.get(f"links-{j:05d}") if checkpoint else None for j in range(len(pieces))]
    todo = [j for j in range(len(pieces)) if cached[j] is None]
    # the links are worked out in the other processes while this one assigns: one core is this one's
    with _Workers(workers, _link_piece, shared, scheduler, beside=True) as pool:
        computed = pool.map(todo)
        for j, piece in enumerate(pieces):
            found = _links_from(cached[j]) if cached[j] is not None else next(computed)
            if cached[j] is None and checkpoint:
                checkpoint.put(f"links-{j:05d}", _links_to(found))
            for n, turn in enumerate(piece):
                doc = positions[turn]
                if doc < 0:
                    continue
                entries = live[order[turn]]
                if turn >= start:
                    _check(cancelled)
                    lo, hi = top[0][entries[0]], top[0][entries[-1] + 1]
                    families._assign(entries, idf, (top[0][entries[0]:entries[-1] + 2] - lo, top[1][lo:hi]),
                                     found[n])
                else:
                    for other, pairs in found[n].by_neighbour(index).items():
                        families.links.record(doc, other, pairs)
                if progress and turn >= start:
                    progress(turn + 1, len(order))
            if checkpoint and piece[-1] + 1 > start and time.monotonic() - saved_at >= checkpoint_seconds:
                checkpoint.put("families", _pack({"done": piece[-1] + 1, "state": families.to_json()}))
                saved_at = time.monotonic()
    merge_families(families, cancelled=lambda: _check(cancelled))
    families.links = Links()  # the links of every pair aligned: not worth their memory now
    return families


def join_parts(parts: list[dict]) -> ClauseIndex:
    """One index of pieces indexed apart (in order): bigram numbers renumbered as one index
    numbers them (by first appearance), entries and document positions shifted."""
    vocab: dict[str, int] = {}
    segments, rows, doc_keys = [], [], []
    for part in parts:
        meta = _unpack(part)
        local = np.fromiter((vocab.setdefault(g, len(vocab)) for g in meta["vocab"]), np.int64, len(meta["vocab"]))
        arrays = {name: value for name, value in part.items() if name != "meta"}
        for name in arrays:
            if name.endswith("terms"):
                arrays[name] = local[arrays[name]].astype(np.int32) if len(local) else arrays[name]
        order = np.argsort(arrays["post_terms"], kind="stable")
        arrays["post_terms"] = arrays["post_terms"][order]
        arrays["post_entries"] = (arrays["post_entries"][order] + len(rows)).astype(np.int32)
        rows += [[*row[:4], row[4] + len(doc_keys)] for row in meta["entries"]]
        doc_keys += meta["docs"]
        segments.append(arrays)
    return ClauseIndex.from_segments(segments, EntryTable(rows), doc_keys, list(vocab), set())


# -- worker processes ----------------------------------------------------------------------------

_SHARED: dict = {}  # what the forked workers read (set before the fork)


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


class _Workers:
    """task(j) for each j, in order: on a Dask cluster, in forked processes, or here when
    workers is 1. beside: this process keeps working meanwhile, so the pool has a process
    fewer (two workers: one forked process beside this one)."""

    def __init__(self, workers: int, task: Callable, shared: dict, scheduler: str | None = None,
                 beside: bool = False) -> None:
        self.workers, self.task, self.shared, self.pool = workers, task, shared, None
        self.scheduler, self.processes = scheduler, workers - 1 if beside else workers

    def __enter__(self) -> "_Workers":
        _SHARED.clear()
        _SHARED.update(self.shared)
        if self.scheduler:
            from .family_dask import DaskPool
            self.pool = DaskPool(self.scheduler, self.shared)
        elif self.workers > 1 and _can_fork():
            self.pool = multiprocessing.get_context("fork").Pool(self.processes)
        return self

    def map(self, jobs: list[int]) -> Iterator:
        if self.pool is None:
            return (self.task(j) for j in jobs)
        return self.pool.imap(self.task, jobs)

    def __exit__(self, *exc) -> None:
        if self.pool is not None:
            self.pool.terminate()
            self.pool.join()
        _SHARED.clear()


def _index_chunk(j: int) -> dict[str, np.ndarray]:
    index = ClauseIndex()
    keys = _SHARED["chunks"][j]
    for key in keys:
        index.add_document(_SHARED["open"](key))
    return {**index.segment(0), **_pack({
        "entries": [index.entries.row(e) for e in range(len(index.entries))],
        "docs": index.doc_keys, "vocab": list(index.vocab)})}


def _link_piece(j: int) -> list[DocumentLinks]:
    s = _SHARED
    return [document_links(s["index"], s["idf"], s["assigned"], s["turns"], s["positions"][turn], turn)
            if s["positions"][turn] >= 0 else DocumentLinks(*(np.zeros(0, np.int64),) * 3, np.zeros(0))
            for turn in s["pieces"][j]]


def _top_terms_all(index: ClauseIndex, idf: np.ndarray, entries: np.ndarray, workers: int,
                   scheduler: str | None = None):
    if (workers <= 1 and not scheduler) or len(entries) < 10_000:
        return top_terms(index, entries.tolist(), idf, ASSIGNED_TERMS)
    bounds = np.linspace(0, len(entries), 4 * max(workers, 2) + 1).astype(int)
    with _Workers(workers, _top_terms_piece, {"index": index, "idf": idf, "bounds": bounds}, scheduler) as pool:
        rows = list(pool.map(list(range(len(bounds) - 1))))
    ptr = np.r_[0, np.cumsum(np.concatenate([np.diff(p) for p, _ in rows]))].astype(np.int64)
    return ptr, np.concatenate([t for _, t in rows])


def _top_terms_piece(j: int):
    bounds = _SHARED["bounds"]
    return top_terms(_SHARED["index"], range(bounds[j], bounds[j + 1]), _SHARED["idf"], ASSIGNED_TERMS)


# -- checkpoint records --------------------------------------------------------------------------

def _pack(meta: dict) -> dict[str, np.ndarray]:
    return {"meta": np.array(json.dumps(meta, ensure_ascii=False))}


def _unpack(arrays: dict[str, np.ndarray]) -> dict:
    return json.loads(str(arrays["meta"]))


def _links_to(found: list[DocumentLinks]) -> dict[str, np.ndarray]:
    out = {}
    for n, links in enumerate(found):
        out.update(links.arrays(f"d{n}_"))
    return out


def _links_from(data: dict[str, np.ndarray]) -> list[DocumentLinks]:
    count = len({name.split("_")[0] for name in data})
    return [DocumentLinks.from_arrays(data, f"d{n}_") for n in range(count)]


def _report(progress: Callable[[int, int], None] | None, done: int, total: int) -> None:
    if progress:
        progress(done, total)
