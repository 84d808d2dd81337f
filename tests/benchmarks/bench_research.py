"""Research windows benchmark: the search panel's query language and the KWIC window, over the
large store's summaries (what the window holds once loaded).

    python tests/benchmarks/bench_research.py [--n 3000] [--repeat 5] [--quick]

The search panel is measured running the same literal queries as bench_app, before (what its
run_search did: CorpusSearch, the result model filled, the tree expanded and painted) and now
(the query parsed; one word or phrase still takes the literal search), then boolean queries
(core.query.run stopping at the panel's LIMIT spans, the spans listed under their clauses). The KWIC window runs a query of over 10,000 hits and lists
the first 10,000 (its LIMIT: model filled, view painted), lists 10,000 rows again, and sorts
them by the left context with a header click.
Targets from the issue: a boolean query over 3,000 documents in <= 150 ms; a KWIC of 10,000
hits listed in <= 300 ms.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

LITERAL = ["户籍", "居住证", "农业转移人口市民化"]
BOOLEAN = ["户籍 AND 居住证", "(落户 OR 迁移) NOT 县", '"居住证制度" NEAR/10 积分']
KWIC_QUERY = "居住证 OR 户籍 OR 落户"


def _timed(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        function()
        times.append((time.perf_counter() - started) * 1e3)
    return times


def run(config) -> list:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from benchkit import Row
    from policylens.app.corpus.search_panel import SearchPanel
    from policylens.app.research.kwic_window import LEFT, KwicWindow
    from policylens.core.search import CorpusSearch
    from policylens.store.corpus import CorpusStore

    app = QApplication.instance() or QApplication([])
    store = CorpusStore(config.store)
    records = store.documents()
    docs = list(store.summaries([r["key"] for r in records]))
    panel = SearchPanel()
    panel.set_documents(docs)
    panel.resize(900, 500)
    panel.show()
    rows = []
    literal = CorpusSearch(docs)
    for query in LITERAL:
        rows.append(Row(f"panel: literal {query} over {len(docs):,} documents, before (CorpusSearch listed)",
                        _timed(lambda: _literal_listed(panel, literal, query), config.repeat), "ms"))
        rows.append(Row(f"panel: literal {query}, now (query language, results listed)",
                        _timed(lambda: _panel_search(app, panel, query), config.repeat), "ms", "< 150"))
    for query in BOOLEAN:
        times = _timed(lambda: _panel_search(app, panel, query), config.repeat)
        rows.append(Row(f"panel: boolean {query} ({len(panel.clause_hits()):,} clauses)", times, "ms", "<= 150"))
    window = KwicWindow(docs, records)
    window.resize(1200, 650)
    window.show()
    window.query_edit.setText(KWIC_QUERY)
    times = _timed(lambda: (window.run_query(), app.processEvents(), window.table.viewport().repaint()),
                   config.repeat)
    hits = window.model.rowCount()
    rows.append(Row(f"KWIC window: {KWIC_QUERY}, the first {hits:,} hits found and listed", times, "ms", "<= 300"))
    window.model.set_rows(window.model.rows[:10_000], window.labels)
    times = _timed(lambda: (window.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder),
                            window.model.set_rows(window.model.rows, window.labels), app.processEvents(),
                            window.table.viewport().repaint()), config.repeat)
    rows.append(Row(f"KWIC window: {window.model.rowCount():,} rows listed (model filled, view painted)",
                    times, "ms", "<= 300"))
    times = _timed(lambda: (window.table.sortByColumn(LEFT, Qt.SortOrder.AscendingOrder),
                            window.table.viewport().repaint(),
                            window.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)), config.repeat)
    rows.append(Row(f"KWIC window: {window.model.rowCount():,} rows sorted by the left context", times, "ms"))
    return rows


def _literal_listed(panel, literal, query: str) -> None:
    panel.model.set_hits(literal.search(query, limit=panel.LIMIT), {})
    panel.view.expandAll()
    panel.view.viewport().repaint()


def _panel_search(app, panel, query: str) -> None:
    panel.query_edit.blockSignals(True)
    panel.query_edit.setText(query)
    panel.query_edit.blockSignals(False)
    panel.run_search()
    panel.view.viewport().repaint()


if __name__ == "__main__":
    from benchkit import standalone
    sys.exit(standalone(run, __doc__.splitlines()[0]))
