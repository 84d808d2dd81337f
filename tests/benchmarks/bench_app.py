"""Desktop application benchmark: start-up, opening documents, corpus search, agency filter.

    python tests/benchmarks/bench_app.py [--big-store DIR] [--repeat 7]

(a) Cold start to a painted main window: `python -m policylens --data-dir D --exit-after-paint`
    in a fresh process, wall time from spawn to exit, median of --repeat runs; once on a store
    of the five seeds, once on the 3,000-document synthetic store (--big-store: a data dir made
    by `policylens import` of tests/benchmarks/synth_corpus.py output; built when missing).
(b) Opening a document in the window: open_document() through to a synchronous repaint of
    the reader, from the store (no document cached); every seed, and 50 documents of the big
    store.
(c) With the big store, after the summaries have loaded: corpus search through the search
    panel (query, filters, result model filled), and the agency filter through the agency panel
    (select an agency: clause rows filled), median of --repeat runs per query; the time to load
    all summaries in the background; peak RSS of the process.
Prints a Markdown table with targets.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
QUERIES = ["户籍", "戶籍", "居住证", "农业转移人口市民化", "随迁子女"]
AGENCIES = ["市公安局", "市财政局", "县人力资源社会保障局"]


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def cold_start(data_dir: Path, repeat: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system) of the child; CPU time barely moves when
    other work shares the machine, so it tells a slow start from a busy machine."""
    wall, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(data_dir), "--exit-after-paint"],
                       check=True, capture_output=True)
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def big_store(folder: Path, n: int) -> Path:
    data = folder / "data"
    if (data / "corpus" / "index.json").exists():
        return data
    sys.path.insert(0, str(HERE))
    from synth_corpus import make_corpus

    files = make_corpus(folder / "src", n=n)
    subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(data), "import", *map(str, files)],
                   check=True, stdout=subprocess.DEVNULL)
    return data


def window_for(data_dir: Path):
    from PySide6.QtWidgets import QApplication

    from policylens.app.corpus_source import Corpus
    from policylens.app.main import settings_for
    from policylens.app.main_window import MainWindow

    app = QApplication.instance() or QApplication([sys.argv[0]])
    window = MainWindow(Corpus(data_dir), settings_for(Path(tempfile.mkdtemp())))
    window.show()
    app.processEvents()
    return app, window


def wait_for_summaries(app, window) -> float:
    started = time.perf_counter()
    window.load_corpus_views()
    while not window.corpus_ready:
        app.processEvents()
        time.sleep(0.002)
    return time.perf_counter() - started


def open_times(window, keys: list[str]) -> list[float]:
    times = []
    for key in keys:
        window.corpus_source._open.clear()  # from the store, as a first open
        started = time.perf_counter()
        window.open_document(key, 0)
        window.reader.view.viewport().repaint()
        times.append(time.perf_counter() - started)
    return times


def search_times(window, query: str, repeat: int) -> tuple[list[float], int]:
    panel, times = window.search, []
    panel.query_edit.blockSignals(True)
    panel.query_edit.setText(query)
    panel.query_edit.blockSignals(False)
    for _ in range(repeat):
        started = time.perf_counter()
        panel.run_search()
        times.append(time.perf_counter() - started)
    return times, len(panel.hits())


def agency_times(window, agency: str, repeat: int) -> tuple[list[float], int]:
    panel, times = window.agencies, []
    for _ in range(repeat):
        started = time.perf_counter()
        panel.select_agency(agency)
        panel.clause_view.viewport().repaint()
        times.append(time.perf_counter() - started)
    return times, panel.clause_model.rowCount()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--big-store", type=Path, default=Path(tempfile.gettempdir()) / "policylens-bench-app")
    parser.add_argument("--n", type=int, default=3000)
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    rows = []

    seeds = Path(tempfile.mkdtemp()) / "seeds-data"
    cold_start(seeds, 1)  # the first run imports the seeds
    big = big_store(args.big_store, args.n)
    for name, folder, target in (("seeds store", seeds, "< 1000"), (f"{args.n}-document store", big, "< 2000")):
        wall, cpu = cold_start(folder, args.repeat)
        rows.append((f"cold start to first paint, {name}: wall", median_ms(wall), target))
        rows.append((f"cold start to first paint, {name}: CPU (user + system)", median_ms(cpu), "—"))

    app, window = window_for(seeds)
    keys = [r["key"] for r in window.records]
    rows.append(("open a seed document (median of 5)", median_ms(open_times(window, keys * 3)), "< 100"))
    window.close()

    app, window = window_for(big)
    rows.append((f"load summaries of {args.n} documents (background)", wait_for_summaries(app, window) * 1000, "—"))
    sample = random.Random(0).sample([r["key"] for r in window.records], 50)
    rows.append((f"open a document of the {args.n} (median of 50)", median_ms(open_times(window, sample)), "< 100"))
    for query in QUERIES:
        times, hits = search_times(window, query, args.repeat)
        rows.append((f"corpus search {query} ({hits} hits shown)", median_ms(times), "< 150"))
    for agency in AGENCIES:
        times, clauses = agency_times(window, agency, args.repeat)
        rows.append((f"agency filter {agency} ({clauses} clauses)", median_ms(times), "< 200"))
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows.append((f"peak RSS with the {args.n}-document store open", rss, "< 800 MB"))
    window.close()

    print("| measure | median (ms; MB for memory) | target |")
    print("|---|---:|---|")
    for name, value, target in rows:
        print(f"| {name} | {value:.0f} | {target} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
