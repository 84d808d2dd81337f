"""Annotation store benchmark: adding one annotation among 10,000, and opening a document's 500.

    python tests/benchmarks/bench_annotations.py [--existing 10000] [--on-one 500] [--repeat 5]
                                                 [--corpus DATA_DIR] [--workdir DIR]

Set-up: a data folder whose annotations file holds --existing annotations (real spans of
real documents), --on-one of them on a single document. With --corpus (a data folder that
holds a corpus store, such as the one bench_corpus.py imports the synthetic 3,000 documents
into) the corpus is opened as well and the annotations are spread over its documents;
without it, over the five seeds.

Measured, each in a fresh Python process, --repeat times (medians quoted):
  (a) opening the annotation store (reading snapshot and journal, building the model);
  (b) adding one annotation end to end: the anchor from the document, the command, the
      journal line written and fsynced -- 200 adds per process, with the corpus open;
  (c) opening a document with its 500 annotations: the document from the corpus store, its
      annotations from the open annotation store, sorted by position;
  (d) the same as (c) from a fresh process, including interpreter start and both opens;
  (e) closing after the adds (folding the journal into a new snapshot and backup).
"""
from __future__ import annotations

import argparse
import multiprocessing
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parents[1] / "seeds").glob("*.txt"))
TARGET_ADD_MS = 20.0
TARGET_OPEN_DOC_MS = 150.0


# -- set-up ----------------------------------------------------------------------------------------

def build(data_dir: Path, corpus_dir: Path, existing: int, on_one: int, seed: int) -> str:
    """Write the annotations file; returns the key of the document with on_one annotations."""
    from policylens.core.anchoring import make_anchor
    from policylens.core.annotations import Annotation, Project
    from policylens.store.annotation_records import snapshot
    from policylens.store.atomic import write_json_atomic
    from policylens.store.corpus import CorpusStore

    rng = random.Random(seed)
    corpus = CorpusStore(corpus_dir)
    keys = [r["key"] for r in corpus.documents()]
    docs = [corpus.open_document(k) for k in rng.sample(keys, min(len(keys), 200))]
    target, others = docs[0], docs[1:] or docs
    project = Project()
    for i in range(existing):
        doc = target if i < on_one else others[i % len(others)]
        start = rng.randrange(0, len(doc.text) - 60)
        anchor = make_anchor(doc, start, start + rng.randint(2, 60))
        project.annotations[f"a{i:05d}"] = Annotation(f"a{i:05d}", anchor, note=f"笔记 {i}",
                                                      created="2025-01-01T00:00:00+00:00")
    write_json_atomic(data_dir / "user" / "annotations.json", snapshot(project, 0))
    return target.key


# -- workers: each runs in a fresh process -------------------------------------------------------

def worker_add(data_dir: str, corpus_dir: str, key: str, adds: int) -> dict:
    t0 = time.perf_counter()
    from policylens.core.anchoring import make_anchor
    from policylens.core.annotation_commands import AddAnnotation
    from policylens.core.annotations import Annotation, new_id
    from policylens.store.annotations import AnnotationStore
    from policylens.store.corpus import CorpusStore
    t1 = time.perf_counter()
    corpus = CorpusStore(corpus_dir)
    doc = corpus.open_document(key)
    folded = doc.folded()  # the reader has the document open, folded once
    t2 = time.perf_counter()
    store = AnnotationStore(data_dir)
    t3 = time.perf_counter()
    rng, times = random.Random(adds), []
    for _ in range(adds):
        start = rng.randrange(0, len(doc.text) - 60)
        t = time.perf_counter()
        anchor = make_anchor(doc, start, start + rng.randint(2, 60), folded)
        store.do(AddAnnotation(Annotation(new_id(), anchor)))
        times.append(time.perf_counter() - t)
    t4 = time.perf_counter()
    store.close()
    t5 = time.perf_counter()
    return {"imports_s": t1 - t0, "corpus_s": t2 - t1, "open_store_s": t3 - t2, "adds": times,
            "close_s": t5 - t4, "annotations": len(store.project.annotations), "documents": len(corpus)}


def worker_open_doc(data_dir: str, corpus_dir: str, key: str) -> dict:
    t0 = time.perf_counter()
    from policylens.store.annotations import AnnotationStore
    from policylens.store.corpus import CorpusStore
    corpus, store = CorpusStore(corpus_dir), AnnotationStore(data_dir)
    t1 = time.perf_counter()
    runs = []
    for _ in range(20):
        t = time.perf_counter()
        doc = corpus.open_document(key)
        shown = [(a.anchor.start, a.anchor.end, a.color) for a in store.project.for_document(doc.key)]
        runs.append(time.perf_counter() - t)
    store.close()
    return {"setup_s": t1 - t0, "open_doc": runs, "shown": len(shown)}


def _fresh(worker, *args) -> tuple[dict, float]:
    """Run worker in a new interpreter: (its result, wall time including the start-up)."""
    t0 = time.perf_counter()
    with multiprocessing.get_context("spawn").Pool(1) as pool:
        out = pool.apply(worker, args)
    return out, time.perf_counter() - t0


# -- driver ----------------------------------------------------------------------------------------

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--existing", type=int, default=10_000)
    parser.add_argument("--on-one", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--adds", type=int, default=200)
    parser.add_argument("--corpus", type=Path, help="a data folder with a corpus store (default: the seeds)")
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "policylens-bench-annotations")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)

    work = args.workdir.resolve()
    shutil.rmtree(work, ignore_errors=True)
    corpus_dir = args.corpus.resolve() if args.corpus else work / "seeds-data"
    if not args.corpus:
        from policylens.store.corpus import CorpusStore
        CorpusStore(corpus_dir).import_files(SEEDS)
    template = work / "template"
    key = build(template, corpus_dir, args.existing, args.on_one, args.seed)

    adds, opens, walls = [], [], []
    for run in range(args.repeat):
        data = work / f"run{run}"
        shutil.copytree(template, data)
        out, _ = _fresh(worker_add, str(data), str(corpus_dir), key, args.adds)
        adds.append(out)
        shutil.rmtree(data)
        shutil.copytree(template, data)
        out, wall = _fresh(worker_open_doc, str(data), str(corpus_dir), key)
        opens.append(out)
        walls.append(wall)
        print(f"run {run + 1}: add median {statistics.median(adds[-1]['adds']) * 1e3:.2f} ms, "
              f"open store {adds[-1]['open_store_s'] * 1e3:.0f} ms, open doc + {out['shown']} annotations "
              f"{statistics.median(out['open_doc']) * 1e3:.2f} ms, fresh process {wall * 1e3:.0f} ms", flush=True)

    all_adds = sorted(t * 1e3 for r in adds for t in r["adds"])
    per_run = [statistics.median(r["adds"]) * 1e3 for r in adds]
    open_doc = statistics.median(statistics.median(r["open_doc"]) for r in opens) * 1e3
    med = statistics.median
    rows = [
        ("corpus", f"{adds[0]['documents']:,} documents ({'--corpus' if args.corpus else 'the seeds'})", ""),
        ("annotations before the adds", f"{args.existing:,} ({args.on_one} on {key})", ""),
        ("(a) open the annotation store", f"{med(r['open_store_s'] for r in adds) * 1e3:.0f} ms", ""),
        ("(b) add one annotation, save included (median of medians)", f"{med(per_run):.2f} ms",
         f"< {TARGET_ADD_MS:.0f} ms ({'met' if med(per_run) < TARGET_ADD_MS else 'MISSED'})"),
        ("(b) same, 90th percentile / worst of all adds",
         f"{all_adds[int(len(all_adds) * 0.9)]:.2f} ms / {all_adds[-1]:.1f} ms", ""),
        ("(c) open a document with its annotations (median of 20, first one cold: "
         f"{med(r['open_doc'][0] for r in opens) * 1e3:.1f} ms)", f"{open_doc:.2f} ms",
         f"< {TARGET_OPEN_DOC_MS:.0f} ms ({'met' if open_doc < TARGET_OPEN_DOC_MS else 'MISSED'})"),
        ("(d) same from a fresh process (interpreter, both stores, document)", f"{med(walls) * 1e3:.0f} ms", ""),
        ("(e) close after the adds (new snapshot and backup)", f"{med(r['close_s'] for r in adds) * 1e3:.0f} ms", ""),
    ]
    print("\n| metric | median | target |\n|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    return 0 if med(per_run) < TARGET_ADD_MS and open_doc < TARGET_OPEN_DOC_MS else 1


if __name__ == "__main__":
    sys.exit(main())
