"""Families build growth: time and peak memory from scratch at several corpus sizes, and the exponent.

    python tests/benchmarks/bench_families_growth.py [--work DIR] [--n 1000 3000] [--workers 2]
                                                     [--store-n 3000] [--real DATA_DIR] [--add 3]

Each size is built in a fresh process from the documents of the benchmark store (benchkit.prepare:
the synthetic corpus of --store-n documents imported once; its first N documents are the
N-document corpus, as the generator makes document i the same whatever the count), as
an update from scratch builds them: opened from the store, indexed, linked and assigned
(core.family_build.build_from_keys), with `--workers` processes, nothing saved. --real DATA_DIR
builds the families of another imported store the same way (e.g. ../shared/corpus imported
once). --add K then adds K more synthetic documents (not in the store), analysed first, one at
a time to the largest build (Families.add_document, the cost an import of one document adds).

Reports, per size: the build's time, the peak resident memory of the building process and of
its largest worker, and the fitted exponent of time against documents (log-log least squares;
1 is linear); prints a Markdown table and writes it to WORK/bench-families-growth.md.
"""
from __future__ import annotations

import argparse
import json
import math
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from benchkit import DEFAULT_WORK, prepare  # noqa: E402

_BUILD = """
import json, resource, sys, time
from policylens.core.document import analyze_file
from policylens.core.family_build import build_from_keys
from policylens.store.corpus import CorpusStore
data, n, workers, extra = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4:]
corpus = CorpusStore(data)
keys = [r["key"] for r in corpus.documents()]
keys = keys[:n] if n else keys
seen = []
t0 = time.perf_counter()
families = build_from_keys(keys, corpus.open_document, workers=workers, progress=lambda d, t: seen.append(d))
build = time.perf_counter() - t0
adds = []
for path in extra:
    doc = analyze_file(path)
    t0 = time.perf_counter()
    families.add_document(doc)
    adds.append(time.perf_counter() - t0)
status = {l.split(":")[0]: int(l.split()[1]) / 1024 for l in open("/proc/self/status") if l.startswith("VmHWM")}
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"n": len(keys), "build_s": build, "peak_mb": status.get("VmHWM", 0.0), "worker_peak_mb": children,
                  "clauses": len(families.index.entries), "families": sum(len(f.members) > 1 for f in families.families.values()),
                  "progress_reports": len(seen), "add_s": adds}))
"""


def measure(data: Path, n: int, workers: int, extra: list[Path] = ()) -> dict:
    """Build the first n documents of the store (0: all), then add the extra files one by one."""
    out = subprocess.run([sys.executable, "-c", _BUILD, str(data), str(n), str(workers), *map(str, extra)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def exponent(rows: list[dict]) -> float | None:
    """Slope of log(time) against log(documents), by least squares."""
    points = [(math.log(r["n"]), math.log(r["build_s"])) for r in rows if r["build_s"] > 0]
    if len(points) < 2:
        return None
    mx = statistics.mean(x for x, _ in points)
    my = statistics.mean(y for _, y in points)
    return sum((x - mx) * (y - my) for x, y in points) / sum((x - mx) ** 2 for x, _ in points)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK)
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 3000])
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--store-n", type=int, default=3000, help="documents of the benchmark store (benchkit)")
    parser.add_argument("--real", type=Path, help="an imported data folder (e.g. ../shared/corpus)")
    parser.add_argument("--add", type=int, default=3)
    args = parser.parse_args(argv)
    if max(args.n) > args.store_n:
        parser.error(f"--n {max(args.n)} is more than the store's {args.store_n} documents (--store-n)")
    config = prepare(args.work, args.store_n)  # never a smaller store: that would replace the shared one
    analysis = config.facts.get("import_s")
    rows = ["| corpus | documents | clauses | build | build / import | peak MB (builder) | peak MB (worker) |",
            "|---|---:|---:|---:|---:|---:|---:|"]
    measured = []
    for n in sorted(args.n):
        r = measure(config.store, n, args.workers, config.extra[:args.add] if n == max(args.n) else [])
        measured.append(r)
        ratio = f"{r['build_s'] / (analysis * n / config.n):.2f}" if analysis else ""
        rows.append(f"| synthetic | {r['n']} | {r['clauses']} | {r['build_s']:.1f} s | {ratio} | "
                    f"{r['peak_mb']:.0f} | {r['worker_peak_mb']:.0f} |")
        print(rows[-1], flush=True)
        if r["add_s"]:
            add_line = (f"one more document at {r['n']}: median {statistics.median(r['add_s']) * 1000:.0f} ms "
                        f"({', '.join(f'{s * 1000:.0f}' for s in r['add_s'])} ms)")
    if args.real:
        r = measure(args.real, 0, args.workers)
        rows.append(f"| {args.real} | {r['n']} | {r['clauses']} | {r['build_s']:.1f} s |  | "
                    f"{r['peak_mb']:.0f} | {r['worker_peak_mb']:.0f} |")
        print(rows[-1], flush=True)
    slope = exponent(measured)
    rows.append("")
    rows.append(f"fitted exponent (synthetic): {slope:.2f}" if slope is not None else "fitted exponent: (one size)")
    if any(r["add_s"] for r in measured):
        rows.append(add_line)
    rows.append(f"workers: {args.workers}; build / import: against the store's import time scaled to the size")
    text = "\n".join(rows) + "\n"
    (args.work / "bench-families-growth.md").write_text(text, "utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
