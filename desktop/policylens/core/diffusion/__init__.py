"""Policy diffusion: who adopted what, when, and from whom. Qt-free; no store access.

Joins what the core already reads (dates, place and level, citations, clause families, text
reuse) into the answers diffusion research asks for:

    dates.py      the adoption date of a document (成文, else 印发, else 发布) and which was used
    levels.py     国家 > 省 > 市 > 县/区 > 乡镇; central and provincial are the reference levels
    facts.py      DocFacts: what these views need of a document or of a store index record
    timeline.py   a clause family in time: adoption order, cumulative curve, pattern and evidence
    panel.py      corpus-wide: family × place adoption years, the place × year panel (event history)
    citations.py  citations 《…》（文号）and the corpus documents they name
    shingles.py   character 5-grams with clean-text offsets, numbers masked
    grams.py      the corpus's 5-gram sets, held once for novelty and lineage
    lineage.py    the lineage graph: cited edges and inferred (reuse) edges, never mixed;
                  narrowed to a filter's documents, the sources left out kept as context
    sources.py    one document's likely sources (its inferred edges) without the whole graph
    graph_formats.py  the graph as networkx, GraphML, GEXF
    novelty.py    the spans of a document that no earlier or higher document wrote
    novelty_shares.py  every document's share of new text at once, and what each depends on
    validity.py   entry into force, validity, repeals, supersession; in force on a date
    tasks.py      task × agency × deadline rows, deadlines normalised

Every function takes plain values (DocFacts, texts, clauses, families as member lists); the
command line (cli/diffusion.py) and the window read them from the stores and pass them in.
"""
