"""Families build benchmark: analysing N synthetic documents, then building their families.

    python tests/benchmarks/bench_families.py [--n 1200 3000] [--workdir DIR] [--repeat 3] [--workers W]

For each N, the synthetic corpus (tests/benchmarks/synth_corpus.py) is written once and
analysed once in process (timed: the analysis an import does), then Families.build runs
--repeat times on the analysed documents (median), with its progress callback counting
documents (--workers processes; default every core). Reports the median build, its ratio to the analysis, and the process's peak
memory; prints a Markdown table and writes it to DIR/bench-families.md.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from benchkit import peak_rss_mb  # noqa: E402
from synth_corpus import make_corpus  # noqa: E402


def measure(n: int, work: Path, repeat: int, workers: int | None = None) -> dict:
    from policylens.core.document import analyze_file
    from policylens.core.families import Families
    folder = work / f"synth-{n}"
    paths = sorted(folder.glob("d*.txt")) if (folder / "manifest.json").exists() else make_corpus(folder, n)
    t0 = time.perf_counter()
    docs = [analyze_file(p) for p in paths]
    analysis = time.perf_counter() - t0
    builds, seen = [], []
    for _ in range(repeat):
        t0 = time.perf_counter()
        families = Families.build(docs, progress=lambda done, total: seen.append((done, total)), workers=workers)
        builds.append(time.perf_counter() - t0)
    groups = families.groups()
    return {"n": n, "analysis_s": analysis, "build_s": statistics.median(builds),
            "families": sum(len(g) > 1 for g in groups.values()),
            "progress_calls": len(seen) // repeat, "peak_mb": peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1200, 3000])
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workers", type=int)
    args = parser.parse_args(argv)
    work = args.workdir or Path(tempfile.mkdtemp(prefix="policylens-bench-families-"))
    rows = ["| documents | analysis | families build (median) | build / analysis | families | peak MB |",
            "|---:|---:|---:|---:|---:|---:|"]
    for n in args.n:
        r = measure(n, work, args.repeat, args.workers)
        rows.append(f"| {r['n']} | {r['analysis_s']:.1f} s | {r['build_s']:.1f} s | "
                    f"{r['build_s'] / r['analysis_s']:.2f} | {r['families']} | {r['peak_mb']:.0f} |")
        print(rows[-1], flush=True)
    (work / "bench-families.md").write_text("\n".join(rows) + "\n", "utf-8")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
