"""Diffusion on a real chain: a Guangdong provincial opinion (粤人社发〔2011〕306号) and the city
texts of 惠州, 中山 (twice: 2013, and 2014 repealing it) and 佛山 that cite it, copied byte for
byte into tests/data/diffusion/. Expected edges, order and dates were read from the files."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import networkx as nx
import pytest

from policylens.core.diffusion.citations import citations
from policylens.core.diffusion.dates import AdoptionDate
from policylens.core.diffusion.facts import facts_of
from policylens.core.diffusion.graph_formats import graph_bytes
from policylens.core.diffusion.grams import GramTable
from policylens.core.diffusion.lineage import lineage
from policylens.core.diffusion.timeline import timeline
from policylens.core.diffusion.validity import statements, supersessions
from policylens.core.document import analyze_file

DATA = Path(__file__).parent / "data" / "diffusion"
PROVINCE = "关于进一步做好农民工积分制入户和融入城镇工作的意见2011"
HUIZHOU = "关于进一步做好惠州市异地务工人员积分制入户城镇工作的意见2012"
ZHONGSHAN_2013 = "中山市流动人员积分制管理规定2013"
ZHONGSHAN_2014 = "中山市流动人员积分制管理规定2014"
FOSHAN = "关于进一步做好异地务工人员积分制入户城镇工作的意见-佛山市文件-佛山流动人口服务信息网2014"


@pytest.fixture(scope="module")
def chain():
    docs = {d.key: d for d in (analyze_file(p) for p in sorted(DATA.iterdir()))}
    facts = {k: facts_of(d) for k, d in docs.items()}
    return docs, facts


@pytest.fixture(scope="module")
def graph(chain):
    docs, facts = chain
    table = GramTable.build((facts[k], d.text) for k, d in docs.items())
    cited = [(facts[k], citations(d.text, d.meta.validity)) for k, d in docs.items()]
    return lineage(table, cited, lambda key: docs[key].text)


def test_adoption_dates_say_which_date_was_used(chain):
    _, facts = chain
    used = {k: (f.date.value, f.date.source, f.level) for k, f in facts.items()}
    assert used == {PROVINCE: ("2011", "number", "省"),  # no signature date: the year of its 文号
                    HUIZHOU: ("2012-04-18", "written", "市"),
                    ZHONGSHAN_2013: ("2013-09-23", "written", "市"),
                    ZHONGSHAN_2014: ("2014-10-23", "written", "市"),
                    FOSHAN: ("2014-04-16", "published", "")}


def test_cited_edges_between_corpus_documents(graph):
    inside = sorted((e.source, e.target, e.evidence["resolved_by"], e.evidence["repeals"])
                    for e in graph.edges if e.kind == "cited" and graph.nodes[e.source]["in_corpus"])
    assert inside == sorted([(PROVINCE, HUIZHOU, "number", False), (PROVINCE, ZHONGSHAN_2013, "number", False),
                             (PROVINCE, ZHONGSHAN_2014, "number", False), (PROVINCE, FOSHAN, "number", False),
                             (ZHONGSHAN_2013, ZHONGSHAN_2014, "number", True)])


def test_cited_documents_outside_the_corpus_are_nodes_named_by_citation(graph):
    outside = {e.source for e in graph.edges if e.target == ZHONGSHAN_2014 and not graph.nodes[e.source]["in_corpus"]}
    assert outside == {"cited:国发〔2014〕25号", "cited:粤府办〔2010〕32号", "cited:中府〔2011〕174号",
                       "cited:中委〔2013〕7号", "cited:中山市流动人员积分制管理计分标准"}
    assert graph.nodes["cited:国发〔2014〕25号"]["label"] == "《国务院关于进一步推进户籍制度改革的意见》（国发〔2014〕25号）"


def test_a_notice_naming_the_text_it_issues_does_not_cite_itself(graph):
    assert not any(e.source == e.target or e.source == "cited:中山市流动人员积分制管理规定" for e in graph.edges)


def test_inferred_edges_need_an_earlier_date_and_a_level_not_below(graph, chain):
    docs, _ = chain
    inferred = {(e.source, e.target): e.evidence for e in graph.edges if e.kind == "inferred"}
    assert set(inferred) == {(ZHONGSHAN_2013, ZHONGSHAN_2014), (PROVINCE, HUIZHOU)}  # 佛山: no level found
    evidence = inferred[(PROVINCE, HUIZHOU)]
    assert (evidence["containment"], evidence["source_date"], evidence["target_date"]) == (0.5303, "2011", "2012-04-18")
    spans = evidence["spans"]
    assert spans and all(docs[PROVINCE].text.find(docs[HUIZHOU].text[a:b][:8]) >= 0 for a, b in spans[:5])


def test_graph_formats_keep_kinds_apart(graph, tmp_path):
    path = tmp_path / "g.graphml"
    path.write_bytes(graph_bytes(graph, "graphml"))
    read = nx.read_graphml(path, force_multigraph=True)
    assert sorted(d["kind"] for a, b, d in read.edges(data=True) if (a, b) == (ZHONGSHAN_2013, ZHONGSHAN_2014)) \
        == ["cited", "inferred"]
    (tmp_path / "g.gexf").write_bytes(graph_bytes(graph, "gexf"))
    assert nx.read_gexf(tmp_path / "g.gexf").number_of_nodes() == len(graph.nodes)


def test_adoption_order_and_top_down_pattern(chain):
    _, facts = chain
    members = [(k, "preamble", facts[k].title) for k in facts]
    line = timeline(1, "积分制入户", members, facts)
    assert [(p.key, p.order, p.cumulative) for p in line.points] == [
        (PROVINCE, 1, 1), (HUIZHOU, 2, 2), (ZHONGSHAN_2013, 3, 3), (FOSHAN, 4, 4), (ZHONGSHAN_2014, 5, 5)]
    assert line.pattern == "top-down"
    assert line.evidence["first_reference"]["key"] == PROVINCE and line.evidence["local_before"] == []
    assert [p.key for p in line.references] == [PROVINCE]
    assert [p.key for p in line.first_movers] == [PROVINCE] and [p.key for p in line.laggards] == [ZHONGSHAN_2014]


def test_members_of_one_level_are_horizontal(chain):
    _, facts = chain
    members = [(k, "preamble", "") for k in (ZHONGSHAN_2013, ZHONGSHAN_2014)]
    assert timeline(2, "", members, facts).pattern == "horizontal"


def test_a_local_member_before_the_province_is_bottom_up(chain):
    _, facts = chain
    later = dict(facts, **{PROVINCE: replace(facts[PROVINCE], date=AdoptionDate("2013-01-05", "written"))})
    line = timeline(3, "", [(k, "preamble", "") for k in (PROVINCE, HUIZHOU, ZHONGSHAN_2013)], later)
    assert line.pattern == "bottom-up"
    assert [p["key"] for p in line.evidence["local_before"]] == [HUIZHOU]
    assert [p["key"] for p in line.evidence["local_after"]] == [ZHONGSHAN_2013]


def test_validity_statements_and_supersession(chain):
    docs, facts = chain
    assert [(s["kind"], s["text"]) for s in statements(docs[ZHONGSHAN_2014].meta.validity)] == [
        ("effective", "自2014年10月30日起施行"), ("repeals", "《中山市流动人员积分制管理规定》（中府〔2013〕97号）同时废止")]
    cited = {k: citations(d.text, d.meta.validity) for k, d in docs.items()}
    validity = supersessions(facts.values(), cited)
    assert {k: (s.new, s.by) for k, s in validity.superseded.items()} == {ZHONGSHAN_2013: (ZHONGSHAN_2014, "repeal")}
    assert validity.in_force(ZHONGSHAN_2013, "2014-01-01")
    assert not validity.in_force(ZHONGSHAN_2013, "2014-11-01")
    assert not validity.in_force(ZHONGSHAN_2013, "2013-09-30")  # 自2013年10月1日起施行
    assert validity.in_force(ZHONGSHAN_2014, "2014-11-01") and not validity.in_force(ZHONGSHAN_2014, "2014-10-29")


def test_the_corpus_validity_reads_only_the_citations_that_repeal(chain):
    from policylens.core.diffusion.validity import corpus_validity, repeal_citations

    docs, _ = chain
    assert [c.text for c in repeal_citations(docs[ZHONGSHAN_2014])] == ["《中山市流动人员积分制管理规定》（中府〔2013〕97号）"]
    assert [c.text for c in repeal_citations(docs[ZHONGSHAN_2013])] == [
        "《中山市流动人员积分制管理暂行规定》（中府〔2012〕119号）"]  # not in the corpus
    assert all(repeal_citations(d) == [] for k, d in docs.items() if k not in (ZHONGSHAN_2013, ZHONGSHAN_2014))
    validity = corpus_validity(docs.values())  # as supersessions() over every citation finds it
    assert {k: (s.new, s.by) for k, s in validity.superseded.items()} == {ZHONGSHAN_2013: (ZHONGSHAN_2014, "repeal")}
