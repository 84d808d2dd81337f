"""Every document's share of new text on the 3,000-document store, cold and from the cache.

    python tests/benchmarks/bench_novelty_shares.py [--work DIR] [--n 3000] [--repeat 5] [--quick]

In one process where the window would already hold the summaries (loaded once, reported).
The caches (store/gram_cache.py, store/novelty_cache.py) go to WORK/novelty-cache, not into
the shared store:

  cold: neither the 5-gram sets nor the shares cached (a new data folder);
  shares cold: the 5-gram sets cached, the shares not (a first run after an older version);
  cached: both cached, every share read back (each later start of the window);
  a date corrected: one document's date moved a year earlier, the shares it changes computed
      again, the others read back (the count of recomputed shares is in the row's label);
  novelty() per document, for comparison: --repeat documents, times n (estimated, not run).
"""
from __future__ import annotations

import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_diffusion import _timed  # noqa: E402
from benchkit import Config, Row, peak_rss_mb, standalone  # noqa: E402


def run(config: Config) -> list[Row]:
    from policylens.core.diffusion.dates import AdoptionDate
    from policylens.core.diffusion.facts import facts_of_record
    from policylens.core.diffusion.novelty import novelty
    from policylens.store.corpus import CorpusStore
    from policylens.store.gram_cache import cached_gram_table
    from policylens.store.novelty_cache import cache_path as shares_path, cached_novelty_shares

    corpus = CorpusStore(config.store)
    facts = {r["key"]: facts_of_record(r) for r in corpus.documents()}
    summaries, load_ms = _timed(lambda: {s.key: s for s in corpus.summaries()})
    documents = [(facts[k], s.content_hash, s.text) for k, s in summaries.items()]
    cache = config.work / "novelty-cache"
    rounds = max(3, config.repeat // 2)
    cold_ms, shares_cold_ms, shares_cold_cpu_ms = [], [], []
    for _ in range(rounds):
        shutil.rmtree(cache, ignore_errors=True)
        cold_ms.append(_timed(lambda: cached_novelty_shares(cache, documents))[1])
        shares_path(cache).unlink()
        c0 = time.process_time()
        shares_cold_ms.append(_timed(lambda: cached_novelty_shares(cache, documents))[1])
        shares_cold_cpu_ms.append((time.process_time() - c0) * 1000)
    cached = [_timed(lambda: cached_novelty_shares(cache, documents)) for _ in range(config.repeat)]
    assert not any(found.computed for found, _ms in cached)
    dated = [f for f, _h, _t in documents if f.date]
    middle = sorted(dated, key=lambda f: f.date.first_day)[len(dated) // 2]
    moved = replace(middle, date=AdoptionDate(str(middle.date.year - 1), "written"))
    corrected = [(moved if f.key == middle.key else f, h, t) for f, h, t in documents]
    found, corrected_ms = _timed(lambda: cached_novelty_shares(cache, corrected))
    table = cached_gram_table(cache, documents)
    picked = list(summaries)[::max(1, len(summaries) // config.repeat)][:config.repeat]
    single = [_timed(lambda k=k: novelty(table, facts[k], summaries[k].text)) for k in picked]
    one_ms = [ms for _found, ms in single]
    shares = cached[0][0].shares  # the corpus-wide pass gives what novelty() gives, document by document
    assert all((shares[f.key].new_chars, shares[f.key].chars, shares[f.key].compared)
               == (f.new_chars, f.chars, f.compared) for f, _ms in single)
    n = len(documents)
    one = sorted(one_ms)[len(one_ms) // 2]
    return [
        Row(f"load {n:,} document summaries (once; the window holds them)", [load_ms]),
        Row(f"all {n:,} shares, cold (5-gram sets made too)", cold_ms),
        Row(f"all {n:,} shares, 5-gram sets from the cache", shares_cold_ms),
        Row("  the same, CPU time (on a busy machine the fairer figure)", shares_cold_cpu_ms),
        Row(f"all {n:,} shares read back from the cache", [ms for _f, ms in cached]),
        Row(f"one date corrected: {len(found.computed):,} shares computed again", [corrected_ms]),
        Row(f"novelty() of one document against {n - 1:,} (×{n:,} ≈ {one * n / 1000:.0f} s)", one_ms),
        Row("peak RSS (VmHWM)", [peak_rss_mb()], unit="MB"),
    ]


if __name__ == "__main__":
    sys.exit(standalone(run, __doc__.split("\n")[0]))
