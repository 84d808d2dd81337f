"""Desktop application benchmark: start-up, opening documents, corpus search, agency filter, memory.

    python tests/benchmarks/bench_app.py [--work DIR] [--repeat 5] [--quick]
    (or through tests/benchmarks/run_all.py, which calls run())

(a) Cold start to the first paint: `python -m policylens --data-dir D --exit-after-frame` (the
    window's frame, painted before the corpus is opened) in a fresh process, wall time from spawn
    to exit and the child's CPU time, --repeat runs, and its ratio to a bare PySide6 window's
    first paint (bare_window.py) in the same run; then cold start to the reader painted over the
    corpus (`--exit-after-paint`: every feature built); on a store of the five seeds and on the
    large store (benchkit.prepare: the 3,000 synthetic documents imported and aligned).
(b) With the large store in a window: the summaries loaded in the background; 20 documents
    opened (open_document() through a synchronous repaint of the reader, from the store, none
    cached); corpus search through the search panel (query, filters, result model filled) and
    the agency filter through the agency panel (clause rows filled), --repeat runs per query.
(c) Peak RSS (VmHWM) of this process after (b), then after opening the store's clause
    alignment too, against the 800 MB target.
(d) Opening each seed document in a window on the seeds store.
"""
from __future__ import annotations

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
sys.path.insert(0, str(HERE))
from benchkit import Config, Row, peak_rss_mb, standalone  # noqa: E402

QUERIES = ["户籍", "戶籍", "居住证", "农业转移人口市民化", "随迁子女"]
AGENCIES = ["市公安局", "市财政局", "县人力资源社会保障局"]


FIRST_PAINT, READER_PAINTED = "--exit-after-frame", "--exit-after-paint"


def cold_start(data_dir: Path, repeat: int, until: str = FIRST_PAINT) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system) of the child; CPU time barely moves when
    other work shares the machine, so it tells a slow start from a busy machine."""
    wall, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(data_dir), until],
                       check=True, capture_output=True)
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def bare_start(repeat: int) -> tuple[list[float], list[float]]:
    """Wall and CPU times of a bare PySide6 window to its first paint (bare_window.py): the floor."""
    wall, cpu = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, str(HERE / "bare_window.py")], check=True, capture_output=True)
        wall.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def window_for(data_dir: Path):
    from PySide6.QtWidgets import QApplication

    from policylens.app.corpus.corpus_source import Corpus
    from policylens.app.shell.main import settings_for
    from policylens.app.shell.main_window import MainWindow

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
        window.corpus_source.workspace.drop_documents()  # from the store, as a first open
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


def memory_rows(app, window, config: Config) -> list[Row]:
    """Peak RSS with the large store open and used, then with its clause alignment in memory:
    through the window's own loader where it has one, else opened here as the window would."""
    rows = [Row(f"peak RSS: {config.n}-document store open, summaries loaded, searched, agency "
                "filtered, 20 documents opened", [peak_rss_mb()], "MB", "< 800")]
    loader = getattr(window, "alignment", None)
    if loader is not None and hasattr(loader, "access"):
        started = time.perf_counter()
        if not loader.ready and not loader.busy():
            loader.start()
        while not loader.ready and time.perf_counter() - started < 900:
            app.processEvents()
            time.sleep(0.005)
        rows.append(Row("clause alignment up to date in the window (background, after the above)",
                        [time.perf_counter() - started], "s"))
        with loader.access() as store:
            store.index  # noqa: B018 -- the families and n-gram arrays in memory
    elif (config.store / "corpus" / "alignment").exists():
        from policylens.store.alignment import AlignmentStore
        AlignmentStore(window.corpus_source.store).index  # noqa: B018
    else:
        return rows
    rows.append(Row("peak RSS: same, with the clause alignment in memory", [peak_rss_mb()], "MB", "< 800"))
    return rows


def run(config: Config) -> list[Row]:
    repeat, n = config.repeat, config.n
    seeds = Path(tempfile.mkdtemp()) / "seeds-data"
    cold_start(seeds, 1, READER_PAINTED)  # the first run imports the seeds
    rows = []
    bare, bare_cpu = bare_start(repeat)
    rows.append(Row("cold start to first paint, a bare PySide6 window (the floor): wall", ms(bare), "ms"))
    rows.append(Row("cold start to first paint, a bare PySide6 window (the floor): CPU (user + system)",
                    ms(bare_cpu), "ms"))
    for name, folder, target in (("seeds store", seeds, "< 1000"), (f"{n}-document store", config.store, "< 2000")):
        wall, cpu = cold_start(folder, repeat)
        rows.append(Row(f"cold start to first paint, {name}: wall", ms(wall), "ms"))
        rows.append(Row(f"cold start to first paint, {name}: CPU (user + system)", [t * 1000 for t in cpu], "ms"))
        # Runs alternate with nothing else between them, so the ratio of medians is fair.
        rows.append(Row(f"cold start to first paint, {name}: ratio to the bare window",
                        [statistics.median(wall) / statistics.median(bare)], "×", "<= 1.5"))
        # On a busy machine wall times spread; CPU times tell the same ratio more steadily.
        rows.append(Row(f"cold start to first paint, {name}: CPU ratio to the bare window",
                        [statistics.median(cpu) / statistics.median(bare_cpu)], "×"))
        wall, _cpu = cold_start(folder, repeat, READER_PAINTED)
        rows.append(Row(f"cold start to the reader painted over the {name} (window built): wall",
                        ms(wall), "ms", target))

    app, window = window_for(config.store)
    rows.append(Row(f"load summaries of {n} documents (background)", [wait_for_summaries(app, window) * 1000], "ms"))
    keys = [r["key"] for r in window.records]
    sample = random.Random(0).sample(keys, min(40, len(keys)))
    during, after = sample[:20], sample[20:] or sample  # a small store opens its documents twice
    # Right after the summaries, the window loads the clause alignment on a worker thread, which
    # competes for the interpreter lock: measured apart from the steady state below.
    rows.append(Row(f"open a document of the {n} while the clause alignment loads (each of 20)",
                    ms(open_times(window, during)), "ms"))
    for query in QUERIES:
        times, hits = search_times(window, query, repeat)
        rows.append(Row(f"corpus search {query} ({hits} hits shown)", ms(times), "ms", "< 150"))
    for agency in AGENCIES:
        times, clauses = agency_times(window, agency, repeat)
        rows.append(Row(f"agency filter {agency} ({clauses} clauses)", ms(times), "ms", "< 200"))
    rows += memory_rows(app, window, config)
    rows.append(Row(f"open a document of the {n}, nothing loading (each of 20 others)",
                    ms(open_times(window, after)), "ms", "< 100"))
    window.close()

    app, window = window_for(seeds)
    keys = [r["key"] for r in window.records]
    rows.append(Row("open a seed document (each seed, 3 times)", ms(open_times(window, keys * 3)), "ms", "< 100"))
    window.close()
    return rows


def ms(seconds: list[float]) -> list[float]:
    return [t * 1000 for t in seconds]


def main(argv: list[str] | None = None) -> int:
    return standalone(run, __doc__.split("\n")[0], argv)


if __name__ == "__main__":
    sys.exit(main())
