"""What every benchmark script shares: the large store, the configuration, the result rows.

The entry convention (tests/benchmarks/run_all.py relies on it): a script `bench_NAME.py`
defines

    def run(config: Config) -> list[Row]

which measures, with `config.repeat` repetitions where a measure is repeated, and returns one
Row per measure with every sample in it; the runner takes medians, minimum and maximum and
checks the target. `run` is called in a fresh process of its own. Scripts that print a Markdown
table instead are wrapped by the runner (see run_all.ADAPTERS).

The large case is the synthetic 3,000-document corpus (synth_corpus.py) imported into one store
and aligned, cached under the work folder and reused while the generator and the count are the
same:

    WORK/corpus-n3000-s0/   the synthetic source files (and manifest.json)
    WORK/extra-s0/          more synthetic documents, not in the store (one per repetition)
    WORK/data/              the data folder: corpus store and its alignment
    WORK/data/aligned.json  how long the import and the alignment took (bench_align reads it)

--quick uses the five seeds instead, under WORK/quick/.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
SEEDS = sorted((HERE.parents[1] / "seeds").glob("*.txt"))
DEFAULT_WORK = Path(tempfile.gettempdir()) / "policylens-benchmarks"
SEED = 0


@dataclass
class Row:
    measure: str
    samples: list[float]  # in `unit`; one per repetition (or per document, query, ...)
    unit: str = "ms"
    target: str = ""  # "< 100", "<= 800", ">= 99", "= 0", in `unit`; "" when there is none
    note: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.samples)


@dataclass
class Config:
    work: Path  # the cache folder (layout above)
    store: Path  # a data folder holding the imported, aligned corpus
    corpus: list[Path]  # the source files of that corpus
    extra: list[Path]  # documents that are not in the store
    repeat: int = 5
    quick: bool = False
    facts: dict = field(default_factory=dict)  # how the store was made (aligned.json)

    @property
    def n(self) -> int:
        return len(self.corpus)

    def to_json(self) -> str:
        data = asdict(self)
        for key in ("work", "store"):
            data[key] = str(data[key])
        for key in ("corpus", "extra"):
            data[key] = [str(p) for p in data[key]]
        return json.dumps(data, ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> Config:
        data = json.loads(text)
        return cls(Path(data["work"]), Path(data["store"]), [Path(p) for p in data["corpus"]],
                   [Path(p) for p in data["extra"]], data["repeat"], data["quick"], data["facts"])


def peak_rss_mb() -> float:
    """The peak resident memory of this process (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024) if sys.platform == "darwin" else maxrss / 1024


def _python(code: str, *args: str) -> dict:
    """Run code in a fresh interpreter; it prints one JSON object last."""
    out = subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


_IMPORT_AND_ALIGN = """
import json, sys, time
from pathlib import Path
from policylens.store.alignment import AlignmentStore
from policylens.store.corpus import CorpusStore
data, listing = sys.argv[1], sys.argv[2]
t0 = time.perf_counter()
results = CorpusStore(data).import_files(Path(listing).read_text("utf-8").splitlines())
t1 = time.perf_counter()
AlignmentStore(CorpusStore(data)).update()
t2 = time.perf_counter()
status = [l for l in Path("/proc/self/status").read_text().splitlines() if l.startswith("VmHWM:")]
print(json.dumps({"n": len(results), "import_s": t1 - t0, "build_s": t2 - t1,
                  "failed": sum(r.status == "failed" for r in results),
                  "build_rss_mb": int(status[0].split()[1]) / 1024 if status else 0}))
"""


def prepare(work: Path, n: int = 3000, repeat: int = 5, quick: bool = False, log=print) -> Config:
    """The configuration of a run: the large store built, or found in `work` and reused."""
    sys.path.insert(0, str(HERE))
    from bench_corpus import _corpus

    work = work.resolve()
    if quick:
        work = work / "quick"
        corpus, extra = list(SEEDS), _corpus(work / f"extra-s{SEED}", 1, SEED, start=n)
    else:
        started = time.perf_counter()
        corpus = _corpus(work / f"corpus-n{n}-s{SEED}", n, SEED)
        extra = _corpus(work / f"extra-s{SEED}", repeat, SEED, start=n)
        log(f"synthetic corpus: {len(corpus)} documents ({time.perf_counter() - started:.0f} s)")
    store = work / "data"
    marker = store / "aligned.json"
    facts = json.loads(marker.read_text("utf-8")) if marker.exists() else {}
    if facts.get("n") != len(corpus):
        import shutil
        shutil.rmtree(store, ignore_errors=True)
        store.mkdir(parents=True)
        listing = work / "store-files.txt"
        listing.write_text("\n".join(map(str, corpus)), "utf-8")
        log(f"importing and aligning {len(corpus)} documents into {store} (once; cached) …")
        facts = _python(_IMPORT_AND_ALIGN, str(store), str(listing))
        marker.write_text(json.dumps(facts), "utf-8")
        log(f"  import {facts['import_s']:.0f} s, alignment {facts['build_s']:.0f} s")
    return Config(work, store, corpus, extra, repeat, quick, facts)


# -- a script run on its own ---------------------------------------------------------------------

def standalone(run, description: str, argv: list[str] | None = None) -> int:
    """`python bench_NAME.py [--work DIR] [--n N] [--repeat R] [--quick]`: run() and its table."""
    import argparse
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--work", type=Path, default=DEFAULT_WORK, help=f"cache folder (default {DEFAULT_WORK})")
    parser.add_argument("--n", type=int, default=3000, help="documents in the large store (default 3000)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--quick", action="store_true", help="the five seeds instead of the large store")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rows = run(prepare(args.work, args.n, args.repeat, args.quick))
    print("| measure | median | min | max | target |\n|---|---:|---:|---:|---|")
    for row in rows:
        print(f"| {row.measure} | {fmt(row.median, row.unit)} | {fmt(min(row.samples), row.unit)} | "
              f"{fmt(max(row.samples), row.unit)} | {row.target} {row.unit if row.target else ''} |")
    return 0


def fmt(value: float, unit: str) -> str:
    if unit in ("ms", "MB") and value >= 10:
        return f"{value:,.0f} {unit}"
    if abs(value) >= 100 or float(value).is_integer():
        return f"{value:,.0f} {unit}".rstrip()
    return f"{value:.2f} {unit}".rstrip() if abs(value) < 10 else f"{value:.1f} {unit}".rstrip()
