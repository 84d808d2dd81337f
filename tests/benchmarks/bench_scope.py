"""Document scope benchmark: attributes of every document, a scope over them, the code ×
attribute matrix, on the large store.

    python tests/benchmarks/bench_scope.py [--n 3000] [--repeat 5] [--quick]

The attribute table (every record's attributes, corrections laid over: what the scope bar
reads when the corpus or the attributes file changed), then a scope of three conditions over
it (what each change of the scope bar costs), then the code × province matrix of 20,000
synthetic annotations (what the matrix window recomputes on each change). Then the corpus list
grouped by province and by year (what a change of grouping costs, without the view), and "in
force on a date": the corpus's validity read from every summary (once, on the scope bar's
worker thread), and another date once it is read.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

WHERE = ("province=广东|河南|四川", "year=2016..2020", "doc_type!=通知")
ANNOTATIONS = 20_000


def _timed(function, repeat: int) -> tuple[list[float], object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append((time.perf_counter() - started) * 1e3)
    return times, result


def _project(keys: list[str]):
    from policylens.core.anchoring import Anchor
    from policylens.core.annotations import Annotation, Code, Project

    project = Project()
    codes = [Code(f"c{i}", f"code {i}", None if i < 5 else f"c{i % 5}") for i in range(20)]
    project.apply({("codes", c.id): c for c in codes})
    project.apply({("annotations", f"a{n}"): Annotation(
        f"a{n}", Anchor(keys[n % len(keys)], "一", "", 0, 4, "落户", "", ""), codes=(f"c{n % 20}",)) for n in range(ANNOTATIONS)})
    return project


def run(config) -> list:
    from benchkit import Row
    from policylens.core.attribute_matrix import code_attribute_matrix
    from policylens.core.scope import scope_from
    from policylens.store.corpus import CorpusStore
    from policylens.store.user_attributes import UserAttributes

    records = CorpusStore(config.store).documents()
    attributes = UserAttributes(config.store)
    times, table = _timed(lambda: attributes.table(records), config.repeat)
    rows = [Row(f"attribute table of {len(records):,} documents", times, "ms")]
    scope = scope_from(WHERE, attributes.names())
    times, keys = _timed(lambda: scope.keys(table), config.repeat)
    rows.append(Row(f"scope {'; '.join(WHERE)} over {len(table):,} documents ({len(keys):,} in it)", times, "ms"))
    project = _project(sorted(table))
    times, _ = _timed(lambda: code_attribute_matrix(project, table, "province", subcodes=True), config.repeat)
    rows.append(Row(f"code × province matrix, {ANNOTATIONS:,} annotations, 20 codes with sub-codes", times, "ms"))
    rows += _grouping_and_in_force(config, records, table)
    return rows


def _grouping_and_in_force(config, records, table) -> list:
    from benchkit import Row
    from policylens.core.diffusion.validity import corpus_validity
    from policylens.core.grouping import group_by_attribute
    from policylens.store.corpus import CorpusStore

    keys = [r["key"] for r in records]
    rows = []
    for name in ("province", "year"):
        times, groups = _timed(lambda: group_by_attribute(keys, table, name), config.repeat)
        rows.append(Row(f"group {len(keys):,} documents by {name} ({len(groups)} groups)", times, "ms"))
    summaries = list(CorpusStore(config.store).summaries())
    times, validity = _timed(lambda: corpus_validity(summaries), config.repeat)
    rows.append(Row(f"validity of {len(summaries):,} summaries (once, off the UI thread)", times, "ms"))
    times, kept = _timed(lambda: validity.in_force_on("2018-06-01"), config.repeat)
    rows.append(Row(f"in force on 2018-06-01 once read ({len(kept):,} documents)", times, "ms"))
    return rows


if __name__ == "__main__":
    from benchkit import standalone

    sys.exit(standalone(run, __doc__.split("\n")[0]))
