"""Clause alignment benchmark: one family across the seeds, find-in-every-document, one more document.

    python tests/benchmarks/bench_align.py [--n 3000] [--workdir DIR] [--repeat 5]

  (1) the N-way family of the "三权" clause across the five seeds, in process, on a store where
      the seeds were imported and aligned (as at import): opening the alignment and getting the
      family with its scores (AlignmentStore.family_of), the same on an open store, and for
      reference the families of the five analysed seeds built from scratch (medians of 20);
  (2) on the synthetic corpus (tests/benchmarks/synth_corpus.py), imported once into a store
      and aligned once (both timed, reused when DIR already holds them), each run in a fresh
      process: opening the alignment, then "find this clause in every other document" for 15
      clauses spread over the corpus (median of the 15, then of the runs);
  (3) aligning one newly imported document: AlignmentStore.update() in a fresh process on a
      copy of the aligned store (adding the document's clauses to their families and writing
      the new segment), median of --repeat runs, each a different document.

  (4) the application's path on that corpus, in a fresh process: opening the side-by-side view
      of a clause's family (ComparisonSource.plan: the family with the corrections, ordered by
      similarity to the reference, then the first page of columns with their word diffs), and
      AlignmentStore.family_of on its own, for 15 clauses (medians), and for the largest family.

Prints a Markdown table and writes it to DIR/bench-align.md.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_corpus import _corpus, _fmt_s, _peak_rss_mb, machine_facts  # noqa: E402

TARGET_SEEDS_S = 0.050
TARGET_FIND_S = 0.300
TARGET_ADD_S = 1.0
THREE_RIGHTS = ("000_475fe52b6475e2b2", "三/(五)")


# -- workers: run in fresh processes, print one JSON object ------------------------------------

def worker_seeds() -> dict:
    from policylens.core.align import ClauseRef
    from policylens.core.document import analyze_file
    from policylens.core.families import Families
    from policylens.paths import seed_files
    from policylens.store.alignment import AlignmentStore
    from policylens.store.corpus import CorpusStore
    docs = sorted((analyze_file(p) for p in seed_files()), key=lambda d: d.key)
    builds = []
    for _ in range(20):
        t0 = time.perf_counter()
        Families.build(docs)
        builds.append(time.perf_counter() - t0)
    ref = ClauseRef(*THREE_RIGHTS)
    with tempfile.TemporaryDirectory() as data_dir:
        corpus = CorpusStore(data_dir)
        corpus.import_files(seed_files())
        AlignmentStore(corpus).update()  # as at import
        opens, views = [], []
        for _ in range(20):
            t0 = time.perf_counter()
            alignment = AlignmentStore(CorpusStore(data_dir))
            family = alignment.family_of(ref)
            t1 = time.perf_counter()
            alignment.family_of(ref)
            opens.append(t1 - t0)
            views.append(time.perf_counter() - t1)
    return {"build_s": statistics.median(builds), "open_and_view_s": statistics.median(opens),
            "view_s": statistics.median(views), "members": len(family.members)}


def worker_build(data_dir: str) -> dict:
    from policylens.store.alignment import AlignmentStore
    from policylens.store.corpus import CorpusStore
    t0 = time.perf_counter()
    update = AlignmentStore(CorpusStore(data_dir)).update()
    return {"build_s": time.perf_counter() - t0, "documents": len(update.added), **_peak_rss_mb()}


def worker_find(data_dir: str) -> dict:
    from policylens.store.alignment import AlignmentStore
    from policylens.store.corpus import CorpusStore
    t0 = time.perf_counter()
    alignment = AlignmentStore(CorpusStore(data_dir))
    index = alignment.index
    t1 = time.perf_counter()
    live = [e for e in range(len(index.entries)) if index.is_alive(e)]
    times, found = [], []
    for entry in live[::max(1, len(live) // 15)][:15]:
        t = time.perf_counter()
        found.append(len(alignment.find(index.entries[entry].ref)))
        times.append(time.perf_counter() - t)
    return {"open_s": t1 - t0, "find_s": statistics.median(times), "find_max_s": max(times),
            "documents_found": statistics.median(found), "clauses": len(live), **_peak_rss_mb()}


def worker_add(data_dir: str, path: str) -> dict:
    from policylens.store.alignment import AlignmentStore
    from policylens.store.corpus import CorpusStore
    t0 = time.perf_counter()
    corpus = CorpusStore(data_dir)
    alignment = AlignmentStore(corpus)
    alignment.index  # noqa: B018 -- open the alignment before the clock starts
    t1 = time.perf_counter()
    status = corpus.import_files([path])[0].status
    t2 = time.perf_counter()
    update = alignment.update()
    t3 = time.perf_counter()
    return {"open_s": t1 - t0, "import_s": t2 - t1, "update_s": t3 - t2, "status": status,
            "added": update.added, **_peak_rss_mb()}


def worker_app(data_dir: str) -> dict:
    from policylens.app.comparing import compare_view
    from policylens.app.comparing.alignment_loader import AlignmentLoader
    from policylens.app.comparing.compare_source import ComparisonSource
    from policylens.core import worddiff
    loader = AlignmentLoader(data_dir)
    t0 = time.perf_counter()
    with loader.access() as store:
        store.update()
        index = store.index
    loader.has_families = True
    open_s = time.perf_counter() - t0
    worddiff.warm_up()  # jieba: loaded once per session, before the first view
    source = ComparisonSource(loader)
    live = [e for e in range(len(index.entries)) if index.is_alive(e)]
    refs = [index.entries[e].ref for e in live[::max(1, len(live) // 15)][:15]]
    with loader.access() as store:
        biggest = max(store.families(scored=False), key=lambda f: len(f.members)).members[0].ref
    family_times, plan_times, view_times, sizes = [], [], [], []
    for ref in refs + [biggest]:
        with loader.access() as store:
            t = time.perf_counter()
            store.family_of(ref, scored=False)
            family_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        plan = source.plan(ref)
        t1 = time.perf_counter()
        source.columns(plan, plan.order[:compare_view.PAGE], True)
        plan_times.append(t1 - t)
        view_times.append(time.perf_counter() - t)
        sizes.append(len(plan.order))
    return {"open_s": open_s, "family_of_s": statistics.median(family_times[:-1]),
            "plan_s": statistics.median(plan_times[:-1]), "view_s": statistics.median(view_times[:-1]),
            "family_size": statistics.median(sizes[:-1]), "biggest_size": sizes[-1],
            "biggest_family_of_s": family_times[-1], "biggest_view_s": view_times[-1], **_peak_rss_mb()}


# -- driver ------------------------------------------------------------------------------------

def _run_worker(*args: str) -> tuple[dict, float]:
    """(the worker's JSON, wall time of its whole process)."""
    started = time.perf_counter()
    try:
        out = subprocess.check_output([sys.executable, __file__, "--worker", *args], text=True,
                                      stderr=subprocess.PIPE)
    except subprocess.CalledProcessError as exc:
        raise SystemExit(f"worker {args[0]} failed:\n{exc.stderr}") from None
    return json.loads(out.strip().splitlines()[-1]), time.perf_counter() - started


def _aligned_store(work: Path, paths: list[Path]) -> tuple[Path, dict]:
    """A data dir with the corpus imported and aligned; (path, one-time timings)."""
    data_dir = work / "data"
    marker = data_dir / "aligned.json"
    if marker.exists() and json.loads(marker.read_text("utf-8"))["n"] == len(paths):
        return data_dir, json.loads(marker.read_text("utf-8"))
    shutil.rmtree(data_dir, ignore_errors=True)
    from policylens.store.corpus import CorpusStore
    t0 = time.perf_counter()
    results = CorpusStore(data_dir).import_files(paths)
    facts = {"n": len(paths), "import_s": time.perf_counter() - t0,
             "failed": sum(r.status == "failed" for r in results)}
    print(f"imported {len(paths)} documents in {facts['import_s']:.0f} s", flush=True)
    out, _ = _run_worker("build", str(data_dir))
    facts.update(build_s=out["build_s"], build_rss_mb=out.get("vmhwm_mb", out["ru_maxrss_mb"]))
    print(f"aligned them in {out['build_s']:.0f} s", flush=True)
    marker.write_text(json.dumps(facts), "utf-8")
    return data_dir, facts


def _copy_store(base: Path, run: Path) -> None:
    """A store to change: the index and the alignment copied, the document files linked."""
    shutil.rmtree(run, ignore_errors=True)
    (run / "corpus" / "docs").mkdir(parents=True)
    shutil.copy2(base / "corpus" / "index.json", run / "corpus" / "index.json")
    shutil.copytree(base / "corpus" / "alignment", run / "corpus" / "alignment")
    for folder in (base / "corpus" / "docs").iterdir():
        os.symlink(folder, run / "corpus" / "docs" / folder.name)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "policylens-bench-align")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        kind, *rest = args.worker
        workers = {"seeds": worker_seeds, "build": worker_build, "find": worker_find, "add": worker_add,
                   "app": worker_app}
        print(json.dumps(workers[kind](*rest)))
        return 0

    work = args.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    facts = machine_facts()
    seeds, _ = _run_worker("seeds")
    print(f"(1) five seeds: open + view {_fmt_s(seeds['open_and_view_s'])}, view {_fmt_s(seeds['view_s'])}, "
          f"build {_fmt_s(seeds['build_s'])}")
    paths = _corpus(work / f"corpus-n{args.n}-s{args.seed}", args.n, args.seed)
    extra = _corpus(work / f"extra-s{args.seed}", args.repeat, args.seed, start=args.n)
    data_dir, once = _aligned_store(work, paths)
    finds = [_run_worker("find", str(data_dir))[0] for _ in range(args.repeat)]
    print(f"(2) find: median {_fmt_s(statistics.median(f['find_s'] for f in finds))}", flush=True)
    adds = []
    for path in extra:
        _copy_store(data_dir, work / "run")
        out, wall = _run_worker("add", str(work / "run"), str(path))
        adds.append(dict(out, process_s=wall))
        print(f"(3) add {path.name}: update {_fmt_s(out['update_s'])}, open {_fmt_s(out['open_s'])}", flush=True)
    shutil.rmtree(work / "run", ignore_errors=True)
    apps = [_run_worker("app", str(data_dir))[0] for _ in range(args.repeat)]
    print(f"(4) open the side-by-side view: median {_fmt_s(statistics.median(a['view_s'] for a in apps))}",
          flush=True)

    def med(rows, key):
        return statistics.median(r[key] for r in rows)
    ok = {True: "met", False: "**MISSED**"}
    rows = [
        ("(1) 三权 family of the five seeds with scores: open the aligned store + family_of",
         _fmt_s(seeds["open_and_view_s"]), f"< 50 ms ({ok[seeds['open_and_view_s'] < TARGET_SEEDS_S]})"),
        ("(1) same, family_of on an open store", _fmt_s(seeds["view_s"]), "—"),
        ("(1) families of the five analysed seeds from scratch (Families.build)", _fmt_s(seeds["build_s"]), "—"),
        (f"(2) align {len(paths):,} imported documents from scratch (once)", f"{once['build_s']:.0f} s", "—"),
        ("(2) peak RSS of that process (VmHWM)", f"{once['build_rss_mb']:.0f} MB", "—"),
        ("(2) open the alignment (fresh process)", _fmt_s(med(finds, "open_s")), "—"),
        ("(2) find one clause in every other document", _fmt_s(med(finds, "find_s")),
         f"< 300 ms ({ok[med(finds, 'find_s') < TARGET_FIND_S]})"),
        ("(2) slowest find of a run (median over runs)", _fmt_s(med(finds, "find_max_s")), "—"),
        ("(2) documents found per clause (score >= 0.2)", f"{med(finds, 'documents_found'):.0f}", "—"),
        ("(2) peak RSS after open + 15 finds (VmHWM)",
         f"{med(finds, 'vmhwm_mb') if 'vmhwm_mb' in finds[0] else med(finds, 'ru_maxrss_mb'):.0f} MB", "—"),
        ("(3) align one newly imported document (update)", _fmt_s(med(adds, "update_s")),
         f"< 1 s ({ok[med(adds, 'update_s') < TARGET_ADD_S]})"),
        ("(3) open the alignment before it (fresh process)", _fmt_s(med(adds, "open_s")), "—"),
        ("(4) family_of (corrected family, unscored)", _fmt_s(med(apps, "family_of_s")), "—"),
        ("(4) side-by-side view: plan the columns (family, order by similarity)", _fmt_s(med(apps, "plan_s")), "—"),
        (f"(4) side-by-side view: plan + first {8} columns with word diffs", _fmt_s(med(apps, "view_s")), "—"),
        ("(4) documents in those families (median)", f"{med(apps, 'family_size'):.0f}", "—"),
        (f"(4) largest family ({apps[0]['biggest_size']} documents): family_of",
         _fmt_s(med(apps, "biggest_family_of_s")), "—"),
        ("(4) largest family: plan + first columns", _fmt_s(med(apps, "biggest_view_s")), "—"),
    ]
    table = "\n".join(["| metric | median | target |", "|---|---|---|"] +
                      [f"| {m} | {v} | {t} |" for m, v, t in rows])
    machine = (f"{facts['cpu']}, {facts['cores']} cores, {facts['memory']}, Python {facts['python']}; "
               f"{len(paths):,} synthetic documents, {once['failed']} failed imports; "
               f"{args.repeat} runs of (2) and (3), each in a fresh process.")
    print("\n" + machine + "\n\n" + table)
    (work / "bench-align.md").write_text(f"# Alignment benchmark\n\n{machine}\n\n{table}\n", "utf-8")
    (work / "bench-align.json").write_text(json.dumps(
        {"machine": facts, "seeds": seeds, "once": once, "find": finds, "add": adds, "app": apps}, indent=1),
        "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
