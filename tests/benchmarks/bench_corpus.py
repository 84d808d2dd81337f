"""Corpus store benchmark: import, reopen/list/open, and import of one more document.

    python tests/benchmarks/bench_corpus.py [--n 3000] [--workdir DIR] [--repeat 5]

Synthesizes the corpus (tests/benchmarks/synth_corpus.py) or reuses it when DIR already holds
the same one, then measures, each in a fresh Python process:

  (a) importing all documents into a fresh data dir with CorpusStore.import_files: wall time,
      MB/s of raw text (source file bytes), peak RSS (ru_maxrss), store size on disk;
  (b) reopening the store (constructing CorpusStore), listing the documents and opening one
      document -- median of --repeat runs; the index and the document file are dropped from
      the page cache first where the OS allows it (posix_fadvise), so each open is cold-ish;
  (c) importing one additional document into the full store (median of --repeat runs).

Prints a Markdown table and writes it, with the machine facts, to DIR/bench-results.md.
run(config) is the same for tests/benchmarks/run_all.py, on the corpus benchkit prepares.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET_IMPORT_S = 60.0
TARGET_RSS_MB = 1024.0
TARGET_OPEN_S = 1.0


# -- workers: run in fresh processes, print one JSON object ------------------------------------

def _peak_rss_mb() -> dict:
    import resource
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    scale = 1 / (1024 * 1024) if sys.platform == "darwin" else 1 / 1024  # bytes vs KiB
    out = {"ru_maxrss_mb": maxrss * scale}
    try:  # the peak of this process image alone (ru_maxrss can carry the parent's over exec)
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                out["vmhwm_mb"] = int(line.split()[1]) / 1024
    except OSError:
        pass
    return out


def worker_import(data_dir: str, list_file: str) -> dict:
    t0 = time.perf_counter()
    from policylens.store.corpus import CorpusStore
    t1 = time.perf_counter()
    paths = Path(list_file).read_text("utf-8").splitlines()
    store = CorpusStore(data_dir)
    t2 = time.perf_counter()
    results = store.import_files(paths)
    t3 = time.perf_counter()
    statuses: dict[str, int] = {}
    for r in results:
        statuses[r.status] = statuses.get(r.status, 0) + 1
    failures = [f"{Path(r.path).name}: {r.message}" for r in results if r.status == "failed"][:10]
    return {"module_s": t1 - t0, "construct_s": t2 - t1, "import_s": t3 - t2,
            "statuses": statuses, "failures": failures, **_peak_rss_mb()}


def worker_open(data_dir: str, run: int) -> dict:
    t0 = time.perf_counter()
    from policylens.store.corpus import CorpusStore
    t1 = time.perf_counter()
    store = CorpusStore(data_dir)
    t2 = time.perf_counter()
    docs = store.documents()
    t3 = time.perf_counter()
    key = docs[(len(docs) * (2 * run + 1)) // (2 * max(run + 1, 5)) % len(docs)]["key"]
    doc = store.open_document(key)
    t4 = time.perf_counter()
    return {"module_s": t1 - t0, "construct_s": t2 - t1, "list_s": t3 - t2, "open_doc_s": t4 - t3,
            "documents": len(docs), "key": key, "clauses": len(doc.clauses),
            "length": len(doc.text), **_peak_rss_mb()}


def worker_add(data_dir: str, path: str) -> dict:
    t0 = time.perf_counter()
    from policylens.store.corpus import CorpusStore
    t1 = time.perf_counter()
    store = CorpusStore(data_dir)
    t2 = time.perf_counter()
    results = store.import_files([path])
    t3 = time.perf_counter()
    return {"module_s": t1 - t0, "construct_s": t2 - t1, "import_one_s": t3 - t2,
            "status": results[0].status, "documents": len(store), **_peak_rss_mb()}


# -- driver ------------------------------------------------------------------------------------

def _run_worker(*args: str) -> tuple[dict, float]:
    """(worker output, wall time of the whole process including interpreter start)."""
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--worker", *args],
                          capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"worker {args[0]} failed:\n{proc.stderr}")
    return json.loads(proc.stdout.strip().splitlines()[-1]), wall


def _drop_from_cache(*paths: Path) -> None:
    for path in paths:
        if not hasattr(os, "posix_fadvise") or not path.exists():
            continue
        fd = os.open(path, os.O_RDONLY)
        try:
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def _tree_size(folder: Path) -> tuple[int, int, int]:
    """(apparent bytes, allocated bytes, files) under folder."""
    apparent = allocated = files = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            st = os.lstat(os.path.join(root, name))
            apparent += st.st_size
            allocated += getattr(st, "st_blocks", 0) * 512
            files += 1
    return apparent, allocated, files


def _corpus(folder: Path, n: int, seed: int, start: int = 0) -> list[Path]:
    """The synthetic corpus in folder, generated unless the same one is already there."""
    sys.path.insert(0, str(HERE))
    import synth_corpus
    manifest = folder / "manifest.json"
    if manifest.exists():
        data = json.loads(manifest.read_text("utf-8"))
        paths = [folder / name for name in data.get("files", [])]
        if ((data.get("generator"), data.get("n"), data.get("seed"), data.get("start"))
                == (synth_corpus.GENERATOR_VERSION, n, seed, start)
                and all(p.exists() for p in paths)):
            return paths
    return synth_corpus.make_corpus(folder, n, seed, start)


def machine_facts() -> dict:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        mem = next(int(line.split()[1]) // 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                   if line.startswith("MemTotal:"))
        mem_s = f"{mem / 1024:.1f} GiB"
    except (OSError, StopIteration):
        mem_s = "?"
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem_s,
            "python": platform.python_version(), "implementation": platform.python_implementation(),
            "os": platform.platform()}


def _fmt_s(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def measure(work: Path, paths: list[Path], extra: list[Path], repeat: int, import_repeat: int,
            log=print) -> tuple[list[dict], list[dict], list[dict], Path]:
    """(imports, opens, adds, the data dir imported into): (a), (b) and (c), each run a fresh process."""
    list_file = work / "import-list.txt"
    list_file.write_text("\n".join(str(p) for p in paths), "utf-8")

    # (a) full import into a fresh data dir
    data_dir = work / "import-run"  # not data/: the prepared store (benchkit)
    imports = []
    for run in range(import_repeat):
        if data_dir.exists():
            import shutil
            shutil.rmtree(data_dir)
        out, wall = _run_worker("import", str(data_dir), str(list_file))
        out["process_s"] = wall
        imports.append(out)
        log(f"(a) import run {run + 1}: {out['import_s']:.1f} s, "
            f"peak RSS {out['ru_maxrss_mb']:.0f} MB, {out['statuses']}")
        for failure in out["failures"]:
            log(f"    failed: {failure}")

    # (b) reopen, list, open one document
    opens = []
    for run in range(repeat):
        index = data_dir / "corpus" / "index.json"
        records = json.loads(index.read_text("utf-8"))["documents"]
        _drop_from_cache(index, *[data_dir / "corpus" / r["file"] for r in records.values()][::97])
        out, wall = _run_worker("open", str(data_dir), str(run))
        out["process_s"] = wall
        out["in_process_s"] = out["construct_s"] + out["list_s"] + out["open_doc_s"]
        opens.append(out)
        log(f"(b) open run {run + 1}: construct {_fmt_s(out['construct_s'])}, "
            f"list {_fmt_s(out['list_s'])}, open {out['key']} {_fmt_s(out['open_doc_s'])}, "
            f"whole process {_fmt_s(wall)}")

    # (c) import one more document into the full store
    adds = []
    for run, path in enumerate(extra):
        out, wall = _run_worker("add", str(data_dir), str(path))
        out["process_s"] = wall
        adds.append(out)
        log(f"(c) add run {run + 1}: import_files([1 doc]) {_fmt_s(out['import_one_s'])} "
            f"({out['status']}, store now {out['documents']}), "
            f"construct {_fmt_s(out['construct_s'])}")
    return imports, opens, adds, data_dir


def run(config) -> list:
    """The runner's entry (benchkit): (a) on the configuration's corpus, (b) and (c) --repeat times."""
    from benchkit import Row
    work = config.work / "corpus-bench"
    work.mkdir(parents=True, exist_ok=True)
    imports, opens, adds, data_dir = measure(work, config.corpus, config.extra[:config.repeat], config.repeat, 1,
                                             log=lambda message: print(message, file=sys.stderr, flush=True))
    raw_mb = sum(p.stat().st_size for p in config.corpus) / 1e6
    import_s = [r["import_s"] for r in imports]
    apparent, _allocated, files = _tree_size(data_dir / "corpus")
    n = f"{len(config.corpus):,}"
    return [
        Row(f"(a) core import of {n} documents (import_files)", import_s, "s", f"< {TARGET_IMPORT_S:.0f}"),
        Row("(a) import throughput (source bytes)", [raw_mb / s for s in import_s], "MB/s"),
        Row("(a) documents imported per second", [len(config.corpus) / s for s in import_s], "docs/s"),
        Row("(a) peak RSS of the import process", [r.get("vmhwm_mb", r["ru_maxrss_mb"]) for r in imports], "MB",
            f"< {TARGET_RSS_MB:.0f}"),
        Row("(a) failed imports", [sum(r["statuses"].get("failed", 0) for r in imports)], "", "= 0"),
        Row(f"(a) store on disk ({files} files)", [apparent / 1e6], "MB"),
        Row("(b) reopen store + list + open one document, in process",
            [r["in_process_s"] * 1000 for r in opens], "ms", f"< {TARGET_OPEN_S * 1000:.0f}"),
        Row("(b) same, fresh process with interpreter start", [r["process_s"] * 1000 for r in opens], "ms"),
        Row(f"(c) import one more document into the {n} (import_files)",
            [r["import_one_s"] * 1000 for r in adds], "ms"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=3000, help="documents in the corpus (default 3000)")
    parser.add_argument("--workdir", type=Path,
                        default=Path(tempfile.gettempdir()) / "policylens-bench",
                        help="corpus, stores and bench-results.md go here")
    parser.add_argument("--repeat", type=int, default=5, help="runs of (b) and (c) (default 5)")
    parser.add_argument("--import-repeat", type=int, default=1,
                        help="runs of the full import (a) (default 1)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--worker", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.worker:
        kind, *rest = args.worker
        out = {"import": worker_import, "open": lambda d, r: worker_open(d, int(r)),
               "add": worker_add}[kind](*rest)
        print(json.dumps(out))
        return 0

    work = args.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    facts = machine_facts()
    print(f"machine: {facts['cpu']}, {facts['cores']} cores, {facts['memory']}, "
          f"Python {facts['python']}", flush=True)

    t0 = time.perf_counter()
    paths = _corpus(work / f"corpus-n{args.n}-s{args.seed}", args.n, args.seed)
    extra = _corpus(work / f"extra-s{args.seed}", args.repeat, args.seed, start=args.n)
    raw_bytes = sum(p.stat().st_size for p in paths)
    manifest = json.loads((paths[0].parent / "manifest.json").read_text("utf-8"))
    print(f"corpus: {len(paths)} documents, {raw_bytes / 1e6:.1f} MB of files "
          f"({manifest['text_utf8_bytes'] / 1e6:.1f} MB as UTF-8), scripts {manifest['scripts']}, "
          f"encodings {manifest['encodings']} ({time.perf_counter() - t0:.1f} s)", flush=True)
    imports, opens, adds, data_dir = measure(work, paths, extra, args.repeat, args.import_repeat)
    apparent, allocated, files = _tree_size(data_dir / "corpus")
    import_s = statistics.median(r["import_s"] for r in imports)
    rss = statistics.median(r["ru_maxrss_mb"] for r in imports)
    hwm = statistics.median(r.get("vmhwm_mb", float("nan")) for r in imports)

    def med(rows, key):
        return statistics.median(r[key] for r in rows)

    ok = {True: "met", False: "**MISSED**"}
    mach = f"{facts['cpu']}, {facts['cores']} cores, Py {facts['python']}"
    n_label = f"{len(paths):,}"
    rows = [
        (f"(a) import {n_label} docs: import_files wall time", f"{import_s:.1f} s",
         f"< {TARGET_IMPORT_S:.0f} s ({ok[import_s < TARGET_IMPORT_S]})"),
        ("(a) same, whole process (interpreter, imports, open)",
         f"{statistics.median(r['process_s'] for r in imports):.1f} s", "—"),
        ("(a) import throughput (raw source bytes)",
         f"{raw_bytes / 1e6 / import_s:.2f} MB/s ({raw_bytes / 1e6:.1f} MB)", "—"),
        ("(a) documents per second", f"{len(paths) / import_s:.0f} docs/s", "—"),
        ("(a) peak RSS of the import process (ru_maxrss)", f"{rss:.0f} MB (VmHWM {hwm:.0f} MB)",
         f"< 1 GB ({ok[rss < TARGET_RSS_MB]})"),
        ("(a) failed imports",
         f"{sum(r['statuses'].get('failed', 0) for r in imports[-1:])}", "0"),
        ("(a) store size on disk (corpus/)",
         f"{apparent / 1e6:.1f} MB apparent, {allocated / 1e6:.1f} MB allocated, {files} files", "—"),
        ("(b) reopen store (construct CorpusStore)", _fmt_s(med(opens, "construct_s")), "—"),
        ("(b) list documents (documents())", _fmt_s(med(opens, "list_s")), "—"),
        ("(b) open one document (open_document)", _fmt_s(med(opens, "open_doc_s")), "—"),
        ("(b) reopen + list + open, in process", _fmt_s(med(opens, "in_process_s")),
         f"< 1 s ({ok[med(opens, 'in_process_s') < TARGET_OPEN_S]})"),
        ("(b) same, whole fresh process incl. interpreter start", _fmt_s(med(opens, "process_s")),
         f"(< 1 s: {ok[med(opens, 'process_s') < TARGET_OPEN_S]})"),
        ("(b) peak RSS after reopen + open (VmHWM)",
         f"{statistics.median(r.get('vmhwm_mb', float('nan')) for r in opens):.0f} MB", "—"),
        ("(c) import 1 more doc into the full store (import_files)",
         _fmt_s(med(adds, "import_one_s")), "—"),
        ("(c) same, whole fresh process (incl. reopen)", _fmt_s(med(adds, "process_s")), "—"),
    ]
    table = ["| metric | median | target | machine |", "|---|---|---|---|"]
    table += [f"| {m} | {v} | {t} | {mach} |" for m, v, t in rows]
    table_s = "\n".join(table)
    print()
    print(table_s)

    report = [
        "# PolicyLens corpus store benchmark", "",
        f"Run {time.strftime('%Y-%m-%d %H:%M')}: `python tests/benchmarks/bench_corpus.py "
        f"--n {args.n} --repeat {args.repeat} --import-repeat {args.import_repeat}`. "
        f"Medians: (a) over {args.import_repeat} run(s), (b) and (c) over {args.repeat} runs, "
        "each in a fresh Python process.", "",
        table_s, "",
        "## Machine", "",
        f"- CPU: {facts['cpu']}", f"- Cores: {facts['cores']}", f"- Memory: {facts['memory']}",
        f"- Python: {facts['python']} ({facts['implementation']})", f"- OS: {facts['os']}", "",
        "## Corpus", "",
        f"- {len(paths)} synthetic documents (seed {args.seed}) from the five seeds: "
        f"{raw_bytes / 1e6:.1f} MB of source files, {manifest['text_utf8_bytes'] / 1e6:.1f} MB "
        f"of text as UTF-8 ({manifest['text_utf8_bytes'] / len(paths) / 1000:.1f} KB per document)",
        f"- scripts: {manifest['scripts']}; encodings: {manifest['encodings']}",
        f"- import statuses: {imports[-1]['statuses']}", "",
    ]
    (work / "bench-results.md").write_text("\n".join(report), "utf-8")
    (work / "bench-results.json").write_text(json.dumps(
        {"machine": facts, "import": imports, "open": opens, "add": adds,
         "raw_bytes": raw_bytes, "store": {"apparent": apparent, "allocated": allocated,
                                           "files": files}}, indent=1), "utf-8")
    print(f"\nwritten to {work / 'bench-results.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
