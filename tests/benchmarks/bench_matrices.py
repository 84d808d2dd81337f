"""Matrix benchmark: the coverage matrix for one template and the parameter table, 3,000 documents.

    python tests/benchmarks/bench_matrices.py [--n 3000] [--workdir DIR] [--data-dir DIR] [--repeat 5]

On the synthetic corpus (tests/benchmarks/synth_corpus.py), imported and aligned once as in
bench_align.py (or an aligned store given with --data-dir), in one process where the
application would already hold them (the alignment opened, the summaries loaded):

  (1) coverage for one template: template_coverage over the corrected families, then every
      cell made with its lead agencies (what the window shows when scrolled through, and what
      an export writes); the first time (lead agencies read per document) and again;
      --repeat templates spread over the corpus, medians;
  (2) the same in family mode (every family, largest first), every cell made;
  (3) the parameter table of every document (from the summaries), median of --repeat.

Prints a Markdown table and writes it to WORKDIR/bench-matrices.md.
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
from bench_align import _aligned_store  # noqa: E402
from bench_corpus import _corpus, _fmt_s, _peak_rss_mb, machine_facts  # noqa: E402

TARGET_COVERAGE_S = 2.0


def every_cell(matrix) -> int:
    return sum(matrix.cell(r, c) is not None for r in range(len(matrix.rows)) for c in range(len(matrix.keys)))


def measure(data_dir: Path, repeat: int) -> dict:
    from policylens.app.matrices.coverage_view import corrected_groups
    from policylens.core.coverage import family_coverage, template_coverage
    from policylens.core.parameters import parameter_table
    from policylens.store.alignment import AlignmentStore
    from policylens.store.corpus import CorpusStore

    corpus = CorpusStore(data_dir)
    t0 = time.perf_counter()
    alignment = AlignmentStore(corpus)
    alignment.update()
    open_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    summaries = {s.key: s for s in corpus.summaries()}
    summaries_s = time.perf_counter() - t0
    keys = [r["key"] for r in corpus.documents()]

    def clauses_of(key):
        return summaries[key].clauses if key in summaries else None

    firsts, agains, cells = [], [], []
    for template in keys[::max(1, len(keys) // repeat)][:repeat]:
        t0 = time.perf_counter()
        matrix = template_coverage(alignment.index, corrected_groups(alignment), template, keys, clauses_of)
        cells.append(every_cell(matrix))
        firsts.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        matrix = template_coverage(alignment.index, corrected_groups(alignment), template, keys, clauses_of)
        every_cell(matrix)
        agains.append(time.perf_counter() - t0)
    t0 = time.perf_counter()
    families = family_coverage(alignment.index, corrected_groups(alignment), keys, clauses_of)
    family_cells = every_cell(families)
    family_s = time.perf_counter() - t0
    tables = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        table = parameter_table(list(summaries.values()))
        tables.append(time.perf_counter() - t0)
    return {"documents": len(keys), "open_s": open_s, "summaries_s": summaries_s,
            "coverage_first_s": statistics.median(firsts), "coverage_max_s": max(firsts),
            "coverage_again_s": statistics.median(agains), "rows": len(matrix.rows),
            "cells_present": statistics.median(cells), "family_s": family_s,
            "family_rows": len(families.rows), "family_cells": family_cells,
            "parameters_s": statistics.median(tables),
            "with_values": sum(bool(d.values) for d in table.documents), **_peak_rss_mb()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--workdir", type=Path, default=Path(tempfile.gettempdir()) / "policylens-bench-align")
    parser.add_argument("--data-dir", type=Path, help="an imported and aligned store to use as it is")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    work = args.workdir.resolve()
    work.mkdir(parents=True, exist_ok=True)
    if args.data_dir:
        data_dir = args.data_dir
    else:
        paths = _corpus(work / f"corpus-n{args.n}-s{args.seed}", args.n, args.seed)
        data_dir, _ = _aligned_store(work, paths)
    out = measure(data_dir, args.repeat)
    facts = machine_facts()
    ok = {True: "met", False: "**MISSED**"}
    rows = [
        ("open the aligned store (AlignmentStore.update, nothing to align)", _fmt_s(out["open_s"]), "—"),
        ("load every document summary (as the window does after first paint)", _fmt_s(out["summaries_s"]), "—"),
        (f"(1) coverage, one template: {out['rows']} rows × {out['documents'] - 1:,} columns, every cell "
         f"({out['cells_present']:,.0f} present) with lead agencies, first time",
         _fmt_s(out["coverage_first_s"]), f"< 2 s ({ok[out['coverage_first_s'] < TARGET_COVERAGE_S]})"),
        ("(1) slowest template of the run", _fmt_s(out["coverage_max_s"]), "—"),
        ("(1) same template again (lead agencies cached)", _fmt_s(out["coverage_again_s"]), "—"),
        (f"(2) family mode: {out['family_rows']} families × {out['documents']:,} documents, every cell "
         f"({out['family_cells']:,} present)", _fmt_s(out["family_s"]), "—"),
        (f"(3) parameter table of {out['documents']:,} documents ({out['with_values']:,} with values)",
         _fmt_s(out["parameters_s"]), "—"),
        ("peak RSS (VmHWM)", f"{out.get('vmhwm_mb', out['ru_maxrss_mb']):.0f} MB", "—"),
    ]
    table = "\n".join(["| metric | median | target |", "|---|---|---|"] +
                      [f"| {m} | {v} | {t} |" for m, v, t in rows])
    machine = (f"{facts['cpu']}, {facts['cores']} cores, {facts['memory']}, Python {facts['python']}; "
               f"{out['documents']:,} synthetic documents; {args.repeat} templates spread over the corpus.")
    print("\n" + machine + "\n\n" + table)
    (work / "bench-matrices.md").write_text(f"# Matrix benchmark\n\n{machine}\n\n{table}\n", "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
