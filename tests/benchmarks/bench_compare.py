"""Comparison benchmark: word diffs, the reuse matrix and the parameter table.

    python tests/benchmarks/bench_compare.py [--repeat 7] [--n 300]

Measures, as medians of --repeat runs after one warm-up run (jieba loaded); "first time"
clears worddiff's caches of folded texts and jieba words before each run:

  - one clause pair: 三门峡 三/(八) against 始兴 三/(六) (pension clause);
  - the N-way view of one clause across the five seeds: 三门峡 三/(五), the "三权" clause,
    against 丹东 三/(九), 西宁 三/(十一) with its items, 始兴 三/(三) and 昭通 四/(四)/14/(5);
  - two whole documents clause by clause (三门峡 against 丹东), pairing included;
  - the reuse matrix of the five seeds and of --n synthetic documents (tests/benchmarks/
    synth_corpus.py, analysed first; analysis is not timed);
  - the parameter table of the five seeds;

and, in fresh processes, jieba's first load through worddiff.warm_up() (its cache file in
the temporary folder is there after the first run). Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "seeds"
THREE_RIGHTS = [("000", "三/(五)"), ("002", "三/(九)"), ("003", "三/(十一)"), ("004", "三/(三)"),
                ("001", "四/(四)/14/(5)")]


def _median_ms(fn, repeat: int, before=None) -> float:
    """Median wall time of fn after one warm-up call; before() runs untimed ahead of each call."""
    fn()  # warm-up: jieba loaded
    times = []
    for _ in range(repeat):
        if before:
            before()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def _seed_docs() -> dict:
    from policylens.core.document import analyze_file
    return {path.name[:3]: analyze_file(path) for path in sorted(SEEDS.glob("*.txt"))}


def _clause(doc, clause_id):
    return next(c for c in doc.clauses if c.id == clause_id)


def _synthetic_docs(n: int) -> list:
    sys.path.insert(0, str(HERE))
    import synth_corpus
    from policylens.core.document import analyze_bytes
    docs = []
    for index in range(n):
        text, _script, place = synth_corpus.make_text(0, index)
        docs.append(analyze_bytes(text.encode("utf-8"), f"d{index:05d}_{place}.txt"))
    return docs


def _first_load_ms(repeat: int) -> tuple[float, float]:
    """(median ms of import + warm_up in a fresh process, median ms of the import alone)."""
    code = ("import time; t0 = time.perf_counter(); import policylens.core.worddiff as w; "
            "t1 = time.perf_counter(); w.warm_up(); t2 = time.perf_counter(); print(t2 - t0, t1 - t0)")
    runs = [subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
            for _ in range(repeat)]
    return (statistics.median(float(r[0]) for r in runs) * 1000,
            statistics.median(float(r[1]) for r in runs) * 1000)


def measure(repeat: int, n: int) -> list[tuple[str, str]]:
    from policylens.core import worddiff
    from policylens.core.parameters import parameter_table
    from policylens.core.reuse import document_reuse

    docs = _seed_docs()
    rows = []
    warm, module = _first_load_ms(repeat)
    rows.append(("import worddiff (jieba not loaded)", f"{module:.0f} ms"))
    rows.append(("import + warm_up() (jieba dictionary load), fresh process", f"{warm:.0f} ms"))

    def uncached():  # as the first time these texts are seen: fold and cut again
        worddiff._fold.cache_clear()
        worddiff._words.cache_clear()

    a, b = docs["000"], docs["004"]
    pair = lambda: worddiff.diff_clauses(a, _clause(a, "三/(八)"), b, _clause(b, "三/(六)"))
    name = "diff of one clause pair (三门峡 三/(八) vs 始兴 三/(六))"
    rows.append((f"{name}, first time", f"{_median_ms(pair, repeat, uncached):.1f} ms"))
    rows.append((f"{name}, again (folded text and words cached)", f"{_median_ms(pair, repeat):.1f} ms"))

    reference = (docs["000"], _clause(docs["000"], "三/(五)"))
    others = [(docs[k], _clause(docs[k], cid)) for k, cid in THREE_RIGHTS[1:]]
    n_way = lambda: worddiff.diff_against(reference, others, with_children=True)
    name = "N-way diffs of one clause across the five seeds (三权)"
    rows.append((f"{name}, first time", f"{_median_ms(n_way, repeat, uncached):.1f} ms"))
    rows.append((f"{name}, again", f"{_median_ms(n_way, repeat):.1f} ms"))

    whole = lambda: worddiff.diff_documents(docs["000"], docs["002"])
    rows.append(("two whole documents, pairing + diffs (三门峡 vs 丹东), first time",
                 f"{_median_ms(whole, repeat, uncached):.0f} ms"))
    pairing = lambda: worddiff.interim_clause_pairs(docs["003"], docs["001"])
    rows.append(("interim pairing alone, largest seeds (西宁 57 × 昭通 60 clauses)",
                 f"{_median_ms(pairing, repeat, uncached):.0f} ms"))

    seeds = list(docs.values())
    rows.append(("reuse matrix, five seeds", f"{_median_ms(lambda: document_reuse(seeds), repeat):.1f} ms"))
    synthetic = _synthetic_docs(n)
    matrix_ms = _median_ms(lambda: document_reuse(synthetic), repeat)
    rows.append((f"reuse matrix, {n} synthetic documents ({n * n:,} cells)", f"{matrix_ms / 1000:.2f} s"))
    rows.append(("parameter table, five seeds", f"{_median_ms(lambda: parameter_table(seeds), repeat):.1f} ms"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--n", type=int, default=300, help="synthetic documents for the reuse matrix")
    args = parser.parse_args(argv)
    rows = measure(args.repeat, args.n)
    print(f"Python {sys.version.split()[0]}; medians of {args.repeat} runs\n")
    print("| metric | median |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
