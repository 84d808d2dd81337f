"""Query-language benchmark: boolean queries and KWIC rows over the large store.

    python tests/benchmarks/bench_query.py [--n 3000] [--repeat 5] [--quick]

Every document of the store is opened once (as the window holds them after loading), then
each query of QUERIES is run over all of them --repeat times (medians per query), and the
KWIC rows of a query with at least 10,000 hits are built and sorted by the right context.
Targets from the issue: a boolean query over 3,000 documents in <= 150 ms; a KWIC of 10,000
hits listed in <= 300 ms.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

QUERIES = ["户籍 AND 居住证", "(落户 OR 迁移) NOT 县", '"居住证制度" NEAR/10 积分', "社会保险 与 农业转移人口 非 公安"]
KWIC_QUERY = "户籍 OR 居住证 OR 落户"


def _timed(function, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1e3)
    return times, result


def run(config) -> list:
    from benchkit import Row
    from policylens.core.query import kwic, parse, run as run_query, sort_rows
    from policylens.store.corpus import CorpusStore

    store = CorpusStore(config.store)
    docs = [store.open_document(record["key"]) for record in store.documents()]
    rows = []
    for query in QUERIES:
        tree = parse(query)
        times, hits = _timed(lambda: run_query(tree, docs), config.repeat)
        rows.append(Row(f"boolean query {query} over {len(docs):,} documents ({len(hits):,} clauses)",
                        times, "ms", "<= 150"))
    hits = run_query(parse(KWIC_QUERY), docs)
    times, listed = _timed(lambda: sort_rows(kwic(hits, docs), "right")[:10_000], config.repeat)
    rows.append(Row(f"KWIC of {KWIC_QUERY}: {min(len(listed), 10_000):,} of the rows listed, sorted by the right",
                    times, "ms", "<= 300"))
    return rows


if __name__ == "__main__":
    from benchkit import standalone
    sys.exit(standalone(run, __doc__.splitlines()[0]))
