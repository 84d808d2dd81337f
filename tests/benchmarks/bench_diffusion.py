"""Diffusion benchmark on the 3,000-document store: a family timeline, the lineage graph, novelty.

    python tests/benchmarks/bench_diffusion.py [--work DIR] [--n 3000] [--repeat 5] [--quick]

In one process where the application would already hold them (the alignment opened, the
summaries loaded, the corpus's 5-gram sets built once; each of these is reported, untargeted;
the 5-gram sets also as the data folder's cache gives them, store/gram_cache.py: written
once, then read back, as the next command or window does; the cache goes to WORK/diffusion-cache,
not into the shared store):

  family timeline: timeline() of --repeat families spread over the corpus, largest first,
      from the store index's records (target ≤ 200 ms);
  lineage graph: from the 5-gram sets and every document's citations (both made once and
      reported), the cited and inferred edges (target ≤ 2 s; also as CPU time, which a machine
      busy with other work inflates less than the wall clock), and
      then the shared spans of every inferred edge (reported apart);
  novelty: one document against the other 2,999, --repeat documents (target ≤ 300 ms);
  opening a diffusion window: the corpus read with the data folder's caches
      (store/diffusion_cache.py) once with none (5-gram sets, citations and boilerplate made
      and written), then --repeat times from them, each of the citations and the boilerplate
      also alone, first made and then from the cache (the caches go to WORK/diffusion-open);
  one document's lineage (the info panel's lists): the first (which indexes the cited edges
      and samples the 5-grams), then --repeat documents.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchkit import Config, Row, peak_rss_mb, standalone  # noqa: E402


def _timed(fn):
    t0 = time.perf_counter()
    value = fn()
    return value, (time.perf_counter() - t0) * 1000


def run(config: Config) -> list[Row]:
    from policylens.cli.diffusion import timelines  # noqa: F401  (the command's own path)
    from policylens.core.diffusion.citations import citations
    from policylens.core.diffusion.facts import facts_of_record
    from policylens.core.diffusion.grams import GramTable
    from policylens.core.diffusion.lineage import Lineage, cited_edges, inferred_edges, node, shared_spans
    from policylens.core.diffusion.novelty import novelty
    from policylens.core.diffusion.timeline import timeline
    from policylens.store.alignment import AlignmentStore
    from policylens.store.corpus import CorpusStore
    from policylens.store.gram_cache import cache_path, cached_gram_table

    corpus = CorpusStore(config.store)
    facts = {r["key"]: facts_of_record(r) for r in corpus.documents()}
    alignment = AlignmentStore(corpus)
    families, open_ms = _timed(lambda: sorted(alignment.families(), key=lambda f: -len(f.members)))
    summaries, load_ms = _timed(lambda: {s.key: s for s in corpus.summaries()})
    table, grams_ms = _timed(lambda: GramTable.build((facts[k], s.text) for k, s in summaries.items()))
    cache_dir = config.work / "diffusion-cache"
    cache_path(cache_dir).unlink(missing_ok=True)
    versions = [(facts[k], s.content_hash, s.text) for k, s in summaries.items()]
    _, cache_write_ms = _timed(lambda: cached_gram_table(cache_dir, versions))
    cache_read_ms = [_timed(lambda: cached_gram_table(cache_dir, versions))[1] for _ in range(config.repeat)]
    _, boilerplate_ms = _timed(table.distinctive)
    found, citations_ms = _timed(lambda: [(facts[k], citations(s.text, s.meta.validity)) for k, s in summaries.items()])
    picked = families[::max(1, len(families) // config.repeat)][:config.repeat]
    timeline_ms = [_timed(lambda f=f: timeline(f.id, f.name, [(m.ref.key, m.ref.clause_id, m.title)
                                                              for m in f.members], facts))[1] for f in picked]
    lineage_ms, lineage_cpu_ms, spans_ms, edges = [], [], [], 0
    for _ in range(max(3, config.repeat // 2)):
        graph = Lineage({f.key: node(f) for f in table.facts})
        t0, c0 = time.perf_counter(), time.process_time()
        cited_edges(found, table.facts, graph)
        inferred_edges(table, graph)
        lineage_ms.append((time.perf_counter() - t0) * 1000)
        lineage_cpu_ms.append((time.process_time() - c0) * 1000)
        position = {f.key: i for i, f in enumerate(table.facts)}
        inferred = [e for e in graph.edges if e.kind == "inferred"]
        _, ms = _timed(lambda: [shared_spans(table.grams[position[e.source]], summaries[e.target].text)
                                for e in inferred])
        spans_ms.append(ms)
        edges = (len(graph.edges) - len(inferred), len(inferred))
    keys = list(summaries)[::max(1, len(summaries) // config.repeat)][:config.repeat]
    novelty_ms = [_timed(lambda k=k: novelty(table, facts[k], summaries[k].text))[1] for k in keys]
    opened = _opening(config, list(summaries.values()), keys)
    n = len(summaries)
    return [
        Row(f"open the alignment and list its {len(families):,} families", [open_ms]),
        Row(f"load {n:,} document summaries", [load_ms]),
        Row(f"5-gram sets of {n:,} documents (once per corpus)", [grams_ms]),
        Row("5-gram sets made and written to the cache (first run)", [cache_write_ms]),
        Row("5-gram sets read from the cache (every later run)", cache_read_ms),
        Row("boilerplate 5-grams set aside (once per corpus)", [boilerplate_ms]),
        Row(f"citations of {n:,} documents (once per corpus)", [citations_ms]),
        Row(f"family timeline (families of {len(picked[0].members):,} members down)", timeline_ms, target="<= 200"),
        Row(f"lineage graph of {n:,} documents ({edges[0]:,} cited, {edges[1]:,} inferred edges)", lineage_ms,
            target="<= 2000"),
        Row("  the same, CPU time (all threads; on a busy machine the fairer figure)", lineage_cpu_ms),
        Row("shared spans of every inferred edge", spans_ms),
        Row(f"novelty of one document against {n - 1:,}", novelty_ms, target="<= 300"),
        *opened,
        Row("peak RSS (VmHWM)", [peak_rss_mb()], unit="MB"),
    ]


def _opening(config: Config, summaries: list, keys: list[str]) -> list[Row]:
    """What opening a diffusion window costs with no caches and with them; one document's lineage."""
    import shutil

    from policylens.core.diffusion.grams import GramTable
    from policylens.store.diffusion_cache import cached_boilerplate, cached_citations, cached_corpus
    from policylens.store.gram_cache import version_tag

    folder = config.work / "diffusion-open"
    shutil.rmtree(folder, ignore_errors=True)
    first, first_ms = _timed(lambda: cached_corpus(folder, summaries))
    again_ms = [_timed(lambda: cached_corpus(folder, summaries))[1] for _ in range(config.repeat)]
    tags = [version_tag(s.content_hash, s.text) for s in summaries]
    alone = config.work / "diffusion-open-parts"
    cited_ms, boiler_ms = [], []
    for _ in range(config.repeat):  # each part made (no cache), then read back
        shutil.rmtree(alone, ignore_errors=True)
        made = _timed(lambda: cached_citations(alone, list(zip(summaries, tags))))[1]
        cited_ms.append((made, _timed(lambda: cached_citations(alone, list(zip(summaries, tags))))[1]))
        table = GramTable(first.table.facts, first.table.grams)  # fresh: no boilerplate set aside yet
        made = _timed(lambda: cached_boilerplate(alone, table, tags))[1]
        table = GramTable(first.table.facts, first.table.grams)
        boiler_ms.append((made, _timed(lambda: cached_boilerplate(alone, table, tags))[1]))
    _, lineage_first_ms = _timed(lambda: first.document_lineage(keys[0]))
    lineage_ms = [_timed(lambda k=k: first.document_lineage(k))[1] for k in keys]
    n = len(summaries)
    return [
        Row(f"diffusion corpus of {n:,}, first open, no caches (all made and written)", [first_ms]),
        Row("diffusion corpus opened again from the caches", again_ms),
        Row(f"citations of {n:,} documents, no cache (read and written)", [a for a, _ in cited_ms]),
        Row(f"citations of {n:,} documents from the cache", [b for _, b in cited_ms]),
        Row("boilerplate 5-grams, no cache (made and written)", [a for a, _ in boiler_ms]),
        Row("boilerplate 5-grams from the cache", [b for _, b in boiler_ms]),
        Row("one document's lineage, the first (cited edges indexed, 5-grams sampled)", [lineage_first_ms]),
        Row("one document's lineage (cited by, likely sources, cited outside)", lineage_ms),
    ]


if __name__ == "__main__":
    sys.exit(standalone(run, __doc__.split("\n")[0]))
