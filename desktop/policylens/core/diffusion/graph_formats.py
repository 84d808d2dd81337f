"""The lineage graph in the formats graph tools read: GraphML and GEXF (networkx), and JSON.

Nodes carry title, place, level, 文号, date and date_used, and in_corpus; edges carry kind
(cited or inferred) and their evidence. A pair with both kinds of edge has two edges (a
multigraph, keyed by kind). Lists (shared spans) become a JSON string attribute, as neither
format holds a list.
"""
from __future__ import annotations

import io
import json

import networkx as nx

from .lineage import Lineage

FORMATS = ("graphml", "gexf", "json")


def to_networkx(graph: Lineage) -> nx.MultiDiGraph:
    out = nx.MultiDiGraph()
    for node_id, attrs in graph.nodes.items():
        out.add_node(node_id, **{k: _scalar(v) for k, v in attrs.items()})
    for edge in graph.edges:
        out.add_edge(edge.source, edge.target, key=edge.kind, kind=edge.kind,
                     **{k: _scalar(v) for k, v in edge.evidence.items()})
    return out


def _scalar(value):
    return json.dumps(value, ensure_ascii=False) if isinstance(value, (list, dict)) else value


def graph_bytes(graph: Lineage, fmt: str) -> bytes:
    if fmt == "json":
        return (json.dumps(graph.to_json(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    return networkx_bytes(to_networkx(graph), fmt)


def networkx_bytes(graph: nx.Graph, fmt: str) -> bytes:
    """Any networkx graph as GraphML or GEXF (UTF-8)."""
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(graph, buffer, encoding="utf-8")
    elif fmt == "gexf":
        nx.write_gexf(graph, buffer, encoding="utf-8")
    else:
        raise ValueError(f"unknown graph format {fmt!r}; one of {', '.join(FORMATS)}")
    return buffer.getvalue()
