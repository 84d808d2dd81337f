"""Importing the whole real development corpus (955 files) into a new store, as a user would.

    python tests/benchmarks/bench_import_corpus.py [--corpus ../shared/corpus] [--repeat 3] [--json]

Every file of the corpus (its README.md and MANIFEST.tsv aside) is imported by the workspace
into an empty data folder, in a fresh process per repetition (cold caches, jieba's dictionary
loaded as in a real first import), the way the window imports: families and re-anchoring are
left out (the window runs them in the background afterwards). Measures the whole import
(target: ≤ 60 s) and the processor time it took (on a busy machine the truer figure), files
per second, the median time of a file by format, the peak resident
memory; lists the ten slowest files and the failures by reason. Without the corpus (a fresh
clone has no ../shared) it reports that it was skipped and measures nothing.

Also benchkit's convention: run(config) -> list[Row] (tests/benchmarks/run_all.py).
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(HERE))
from benchkit import Row  # noqa: E402

TARGET_S = 60
NOT_FILES = ("README.md", "MANIFEST.tsv")

# One repetition, in a fresh interpreter: prints one JSON object last.
_IMPORT = """
import json, sys, time
from pathlib import Path
from policylens.core.import_report import reason_of
from policylens.workspace import Workspace
data, listing = sys.argv[1], sys.argv[2]
files = Path(listing).read_text("utf-8").splitlines()
rows, last = [], [time.perf_counter()]
def on_result(n, total, result):
    now = time.perf_counter()
    rows.append({"path": result.path, "status": result.status, "format": result.format or "",
                 "seconds": now - last[0],
                 "reason": reason_of(result.message) if result.status == "failed" else ""})
    last[0] = now
started, cpu = time.perf_counter(), time.process_time()
Workspace(data).import_files(files, on_result=on_result, families=False, reanchor=False)
elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
status = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:")]
print(json.dumps({"seconds": elapsed, "cpu_s": cpu, "rows": rows,
                  "peak_rss_mb": int(status[0].split()[1]) / 1024 if status else 0.0}))
"""


def default_corpus() -> Path:
    """../shared/corpus beside the checkout (CI), or beside the folder of worktrees."""
    for folder in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus"):
        if folder.is_dir():
            return folder
    return ROOT.parent / "shared" / "corpus"


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.name not in NOT_FILES)


def import_once(files: list[Path]) -> dict:
    with tempfile.TemporaryDirectory(prefix="policylens-bench-import-") as work:
        listing = Path(work) / "files.txt"
        listing.write_text("\n".join(map(str, files)), "utf-8")
        out = subprocess.run([sys.executable, "-c", _IMPORT, str(Path(work) / "data"), str(listing)],
                             check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def measure(corpus: Path, repeat: int) -> dict:
    files = corpus_files(corpus)
    runs = [import_once(files) for _ in range(repeat)]
    median_run = sorted(runs, key=lambda r: r["seconds"])[len(runs) // 2]
    by_format: dict[str, list[float]] = {}
    for row in median_run["rows"]:
        kind = row["format"] or ("failed ." + Path(row["path"]).suffix.lower().lstrip(".")
                                 if row["status"] == "failed" else "?")
        by_format.setdefault(kind, []).append(row["seconds"])
    failures: dict[str, list[str]] = {}
    for row in median_run["rows"]:
        if row["status"] == "failed":
            failures.setdefault(row["reason"], []).append(str(Path(row["path"]).relative_to(corpus)))
    slowest = sorted(median_run["rows"], key=lambda r: -r["seconds"])[:10]
    return {
        "corpus": str(corpus), "files": len(files), "repeat": repeat,
        "seconds": [round(r["seconds"], 2) for r in runs],
        "median_s": round(statistics.median(r["seconds"] for r in runs), 2),
        "cpu_s": [round(r["cpu_s"], 2) for r in runs],
        "files_per_s": round(len(files) / statistics.median(r["seconds"] for r in runs), 1),
        "peak_rss_mb": [round(r["peak_rss_mb"]) for r in runs],
        "by_format": {k: {"files": len(v), "median_ms": round(1000 * statistics.median(v), 1),
                          "total_s": round(sum(v), 2)} for k, v in sorted(by_format.items())},
        "slowest": [[round(r["seconds"], 2), str(Path(r["path"]).relative_to(corpus))] for r in slowest],
        "failures": {k: {"count": len(v), "files": v}
                     for k, v in sorted(failures.items(), key=lambda kv: -len(kv[1]))},
        "imported": sum(r["status"] != "failed" for r in median_run["rows"]),
    }


def rows_of(result: dict) -> list[Row]:
    rows = [Row("import of the real corpus (files)", [float(result["files"])], unit="",
                note=f"{result['imported']} imported, {result['files'] - result['imported']} refused"),
            Row("import of the real corpus", result["seconds"], unit="s", target=f"<= {TARGET_S}"),
            Row("processor time of the import", result["cpu_s"], unit="s"),
            Row("files per second", [result["files"] / s for s in result["seconds"]], unit=""),
            Row("peak memory of the import", [float(m) for m in result["peak_rss_mb"]], unit="MB")]
    for kind, info in result["by_format"].items():
        rows.append(Row(f"one {kind} file (median of {info['files']})", [info["median_ms"]], unit="ms",
                        note=f"{info['total_s']} s in all"))
    slowest = result["slowest"][0]
    rows.append(Row("slowest file", [slowest[0]], unit="s", note=slowest[1]))
    return rows


def run(config) -> list[Row]:
    corpus = default_corpus()
    if not corpus.is_dir():
        return [Row("import of the real corpus (files)", [0.0], unit="", note=f"skipped: no corpus at {corpus}")]
    return rows_of(measure(corpus, max(1, min(config.repeat, 3))))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=default_corpus())
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"skipped: no corpus at {args.corpus}")
        return 0
    result = measure(args.corpus, args.repeat)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=1))
        return 0
    print(f"{result['files']} files, {result['imported']} imported: median {result['median_s']} s "
          f"of {result['seconds']} (target ≤ {TARGET_S} s; processor {result['cpu_s']} s), "
          f"{result['files_per_s']} files/s, "
          f"peak RSS {result['peak_rss_mb']} MB")
    print("| format | files | median per file | total |\n|---|---:|---:|---:|")
    for kind, info in result["by_format"].items():
        print(f"| {kind} | {info['files']} | {info['median_ms']} ms | {info['total_s']} s |")
    print("slowest files:")
    for seconds, name in result["slowest"]:
        print(f"  {seconds:6.2f} s  {name}")
    print("failures by reason:")
    for reason, info in result["failures"].items():
        print(f"  {info['count']:4d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
