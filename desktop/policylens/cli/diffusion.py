"""Diffusion commands on the store in the data folder: `timeline`, `lineage`, `novelty`, `tasks`.

    timeline [FAMILY] [--json|--csv FILE|--xlsx FILE]   adoption of one family, or every family
    lineage --format graphml|gexf|json [--out FILE] [--where COND] [--set NAME]
                                                        cited and inferred edges between documents
    novelty FILE_OR_DOC [--json]                        text no earlier or higher document wrote
    novelty --all [--json]                              every stored document's share of new text
    tasks --json                                        task × agency × deadline rows

Families are the store's clause families with the user's corrections (store.alignment).
timeline, lineage and tasks take --in-force DATE (cli/in_force.py): only documents in force
then. The corpus's 5-gram sets, citations, boilerplate and shares of new text are kept in the
data folder's caches (store/gram_cache.py, store/diffusion_cache.py, store/novelty_cache.py).

lineage also takes --where and --set (core/scope.py, as `list`). Its filters narrow the whole
corpus's graph (core/diffusion/lineage.narrowed): the documents kept, every edge into them, and
the sources of those edges that the filters left out, as context (in_scope false). With no
filter the graph is the whole corpus's and its nodes carry no in_scope.
"""
from __future__ import annotations

import sys
from pathlib import Path

from ..core.diffusion import panel as panels
from ..core.diffusion.facts import corrected, facts_of, facts_of_record
from ..core.diffusion.graph_formats import FORMATS, graph_bytes
from ..core.diffusion.grams import GramTable
from ..core.diffusion.lineage import Edge
from ..core.diffusion.novelty import novelty
from ..core.diffusion.tasks import COLUMNS as TASK_COLUMNS, task_table
from ..core.diffusion.timeline import Timeline, timeline
from ..core.document import analyze_file
from ..exchange.context import write_bytes_atomic
from ..exchange.reports.xlsx_stream import Table, xlsx_bytes
from ..store.alignment import AlignmentStore
from ..store.corpus import CorpusStore
from ..store.diffusion_cache import cached_corpus
from ..store.user_corrections import diffusion_corrections
from ..store.gram_cache import cached_gram_table
from ..store.novelty_cache import cached_novelty_shares
from ..workspace import Workspace
from .common import UsageError, add_scope_arguments, data_dir as _data_dir, print_json, scope_keys
from .in_force import add_in_force_option, in_force_keys


def register(sub) -> None:
    p = sub.add_parser("timeline", help="who adopted a clause family when, and the pattern")
    p.add_argument("family", nargs="?", help="a family id, or words of its name (default: every family)")
    out = p.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true")
    out.add_argument("--csv", type=Path, metavar="FILE", help="the place × year panel as CSV")
    out.add_argument("--xlsx", type=Path, metavar="FILE", help="panel and family × place table as XLSX")
    add_in_force_option(p)
    p.set_defaults(run=cmd_timeline)
    p = sub.add_parser("lineage", help="the lineage graph: citations and inferred reuse")
    p.add_argument("--format", choices=FORMATS, default="json")
    p.add_argument("--out", type=Path, metavar="FILE", help="write here (default: standard output)")
    add_in_force_option(p)
    add_scope_arguments(p)
    p.set_defaults(run=cmd_lineage)
    p = sub.add_parser("novelty", help="the spans of a document no earlier or higher document wrote")
    p.add_argument("document", nargs="?", help="a file, or the key of a stored document")
    p.add_argument("--all", action="store_true", help="every stored document's share of new text")
    p.add_argument("--json", action="store_true")
    p.set_defaults(run=cmd_novelty)
    p = sub.add_parser("tasks", help="task × agency × deadline rows of every stored document")
    p.add_argument("--json", action="store_true")
    add_in_force_option(p)
    p.set_defaults(run=cmd_tasks)


def _stores(args) -> tuple[CorpusStore, dict]:
    """The store and the facts of its documents (those in force on --in-force, if given)."""
    corpus = Workspace(_data_dir(args)).corpus
    kept = in_force_keys(args, corpus)
    fixes = diffusion_corrections(corpus.data_dir)  # the user's corrections win, as in the window
    return corpus, {r["key"]: corrected(facts_of_record(r), fixes.get(r["key"], {}))
                    for r in corpus.documents() if kept is None or r["key"] in kept}


def timelines(alignment: AlignmentStore, facts: dict) -> list[Timeline]:
    lines = [timeline(f.id, f.name, [(m.ref.key, m.ref.clause_id, m.title) for m in f.members if m.ref.key in facts],
                      facts) for f in alignment.families()]
    return [t for t in lines if len(t.points) + len(t.undated) >= 2]


def cmd_timeline(args) -> int:
    corpus, facts = _stores(args)
    alignment = AlignmentStore(corpus)
    alignment.update()
    lines = timelines(alignment, facts)
    if args.family:
        wanted = args.family.strip()
        lines = [t for t in lines if str(t.family) == wanted or wanted in t.name]
        if not lines:
            raise UsageError(f"no clause family {wanted!r}: give its id or words of its name")
    rows = panels.panel(lines, facts.values())
    if args.csv:
        write_bytes_atomic(args.csv, panels.csv_text(panels.PANEL_COLUMNS, rows).encode("utf-8-sig"))
    elif args.xlsx:
        columns, table = panels.family_place_table(lines)
        write_bytes_atomic(args.xlsx, xlsx_bytes([Table("Panel", panels.PANEL_COLUMNS, rows, {}),
                                                  Table("Adoption years", tuple(columns), table, {})]))
    elif args.json:
        columns, table = panels.family_place_table(lines)
        print_json({"families": [t.to_json() for t in lines],
                    "adoption_years": {"columns": columns, "rows": table}})
    else:
        for t in lines:
            print(f"family {t.family} {t.name}: {t.pattern}")
            for p in t.points:
                print(f"  {p.order}\t{p.facts.date.value} ({p.facts.date.source})\t{p.facts.place_label}\t{p.clause}")
            for p in t.undated:
                print(f"  -\tundated\t{p.facts.place_label}\t{p.clause}")
    return 0


def corpus_lineage(corpus: CorpusStore, keys: set[str] | None = None):
    """The graph of the store (5-gram sets from the cache), narrowed to keys unless None, with the
    shared spans of each inferred edge."""
    data = cached_corpus(corpus.data_dir, corpus.summaries())
    graph = data.narrowed(keys)
    graph.edges = [Edge(e.source, e.target, e.kind, {**e.evidence, "spans": [
        list(span) for span in data.shared_spans(e.source, e.target)]}) if e.kind == "inferred" else e
        for e in graph.edges]
    return graph


def cmd_lineage(args) -> int:
    corpus = Workspace(_data_dir(args)).corpus
    keys = in_force_keys(args, corpus)
    where = scope_keys(args, corpus.documents())
    if where is not None:
        keys = where if keys is None else keys & where
    data = graph_bytes(corpus_lineage(corpus, keys), args.format)
    if args.out:
        write_bytes_atomic(args.out, data)
    else:
        sys.stdout.buffer.write(data)
    return 0


def cmd_novelty(args) -> int:
    if args.all == bool(args.document):
        raise UsageError("give a file or the key of a stored document, or --all for every stored document")
    if args.all:
        return _all_shares(args)
    corpus, facts = _stores(args)
    summaries = list(corpus.summaries())
    if args.document in facts:
        doc = next(s for s in summaries if s.key == args.document)
    else:
        doc = analyze_file(Path(args.document), corpus.aliases)
    own = facts[doc.key] if doc.key in facts else facts_of(doc)
    table = cached_gram_table(corpus.data_dir, [(facts[s.key], s.content_hash, s.text) for s in summaries
                                                if s.key in facts])
    kept = [i for i, f in enumerate(table.facts) if f.key != own.key]
    table = GramTable([table.facts[i] for i in kept], [table.grams[i] for i in kept])
    found = novelty(table, own, doc.text)
    if args.json:
        print_json({**found.to_json(doc.text), "date": own.date.value if own.date else None,
                    "date_used": own.date.source if own.date else None, "level": own.level})
    else:
        print(f"{own.key}: {found.share:.1%} new ({found.new_chars} of {found.chars} characters; "
              f"compared with {found.compared} earlier or higher documents)")
        for a, b in found.spans:
            print(f"  [{a}, {b})\t{doc.text[a:b][:80]}")
    return 0


def _all_shares(args) -> int:
    corpus, facts = _stores(args)
    documents = [(facts[s.key], s.content_hash, s.text) for s in corpus.summaries()]
    shares = cached_novelty_shares(corpus.data_dir, documents).shares
    rows = [shares[f.key] for f, _hash, _text in documents]
    if args.json:
        print_json({"documents": [{**s.to_json(), "place": facts[s.key].place, "level": facts[s.key].level}
                                  for s in rows]})
    else:
        for s in rows:
            date = f"{s.date.value} ({s.date.source})" if s.date else "undated"
            print(f"{s.key}\t{s.share:.1%}\t{date}\t{facts[s.key].place_label}")
    return 0


def cmd_tasks(args) -> int:
    corpus, facts = _stores(args)
    alignment = AlignmentStore(corpus)
    alignment.update()
    family_of = {(m.ref.key, m.ref.clause_id): f.id for f in alignment.families() for m in f.members}
    rows = task_table((s for s in corpus.summaries() if s.key in facts), facts, family_of)
    if args.json:
        print_json({"columns": list(TASK_COLUMNS), "rows": [dict(zip(TASK_COLUMNS, r)) for r in rows]})
    else:
        sys.stdout.write(panels.csv_text(TASK_COLUMNS, rows).replace("\r\n", "\n"))
    return 0
