"""Diffusion benchmark on the 3,000-document store: a family timeline, the lineage graph, novelty.

    python tests/benchmarks/bench_diffusion.py [--work DIR] [--n 3000] [--repeat 5] [--quick]

In one process where the application would already hold them (the alignment opened, the
summaries loaded, the corpus's 5-gram sets built once; each of these is reported, untargeted):

  family timeline: timeline() of --repeat families spread over the corpus, largest first,
      from the store index's records (target ≤ 200 ms);
  lineage graph: from the 5-gram sets and every document's citations (both made once and
      reported), the cited and inferred edges (target ≤ 2 s), and
      then the shared spans of every inferred edge (reported apart);
  novelty: one document against the other 2,999, --repeat documents (target ≤ 300 ms).
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

    corpus = CorpusStore(config.store)
    facts = {r["key"]: facts_of_record(r) for r in corpus.documents()}
    alignment = AlignmentStore(corpus)
    families, open_ms = _timed(lambda: sorted(alignment.families(), key=lambda f: -len(f.members)))
    summaries, load_ms = _timed(lambda: {s.key: s for s in corpus.summaries()})
    table, grams_ms = _timed(lambda: GramTable.build((facts[k], s.text) for k, s in summaries.items()))
    _, boilerplate_ms = _timed(table.distinctive)
    found, citations_ms = _timed(lambda: [(facts[k], citations(s.text, s.meta.validity)) for k, s in summaries.items()])
    picked = families[::max(1, len(families) // config.repeat)][:config.repeat]
    timeline_ms = [_timed(lambda f=f: timeline(f.id, f.name, [(m.ref.key, m.ref.clause_id, m.title)
                                                              for m in f.members], facts))[1] for f in picked]
    lineage_ms, spans_ms, edges = [], [], 0
    for _ in range(max(1, config.repeat // 2)):
        graph = Lineage({f.key: node(f) for f in table.facts})
        t0 = time.perf_counter()
        cited_edges(found, table.facts, graph)
        inferred_edges(table, graph)
        lineage_ms.append((time.perf_counter() - t0) * 1000)
        position = {f.key: i for i, f in enumerate(table.facts)}
        inferred = [e for e in graph.edges if e.kind == "inferred"]
        _, ms = _timed(lambda: [shared_spans(table.grams[position[e.source]], summaries[e.target].text)
                                for e in inferred])
        spans_ms.append(ms)
        edges = (len(graph.edges) - len(inferred), len(inferred))
    keys = list(summaries)[::max(1, len(summaries) // config.repeat)][:config.repeat]
    novelty_ms = [_timed(lambda k=k: novelty(table, facts[k], summaries[k].text))[1] for k in keys]
    n = len(summaries)
    return [
        Row(f"open the alignment and list its {len(families):,} families", [open_ms]),
        Row(f"load {n:,} document summaries", [load_ms]),
        Row(f"5-gram sets of {n:,} documents (once per corpus)", [grams_ms]),
        Row("boilerplate 5-grams set aside (once per corpus)", [boilerplate_ms]),
        Row(f"citations of {n:,} documents (once per corpus)", [citations_ms]),
        Row(f"family timeline (families of {len(picked[0].members):,} members down)", timeline_ms, target="<= 200"),
        Row(f"lineage graph of {n:,} documents ({edges[0]:,} cited, {edges[1]:,} inferred edges)", lineage_ms,
            target="<= 2000"),
        Row("shared spans of every inferred edge", spans_ms),
        Row(f"novelty of one document against {n - 1:,}", novelty_ms, target="<= 300"),
        Row("peak RSS (VmHWM)", [peak_rss_mb()], unit="MB"),
    ]


if __name__ == "__main__":
    sys.exit(standalone(run, __doc__.split("\n")[0]))
