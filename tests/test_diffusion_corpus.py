"""Bare-文号 citations, in force on a date or in a period, co-assignment and the 5-gram cache,
on real documents: the Guangdong chain (tests/data/diffusion) and a State Council decision with
a Chengdu text that names it only by its 文号 (tests/data/diffusion_bare, copied byte for byte
from the corpus: 国发〔2005〕38号 and 成都市城乡居民养老保险试行办法, whose table note reads
注：此表系国务院国发〔2005〕38号、国发〔2009〕32号…)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from policylens.core.diffusion import coassignment as co
from policylens.core.diffusion.citations import Resolver, citations
from policylens.core.diffusion.corpus import CorpusDiffusion
from policylens.core.diffusion.validity import corpus_validity, in_force_on, period
from policylens.core.document import analyze_file
from policylens.store.gram_cache import cache_path, cached_gram_table

HERE = Path(__file__).parent / "data"
STATE_COUNCIL = "国务院关于完善企业职工基_本_养_老_保_险_制_度_的_决_定2005"
CHENGDU = "成都市城乡居民养老保险试行办法"
PROVINCE = "关于进一步做好农民工积分制入户和融入城镇工作的意见2011"
FOSHAN = "关于进一步做好异地务工人员积分制入户城镇工作的意见-佛山市文件-佛山流动人口服务信息网2014"
ZHONGSHAN_2013, ZHONGSHAN_2014 = "中山市流动人员积分制管理规定2013", "中山市流动人员积分制管理规定2014"
HUIZHOU = "关于进一步做好惠州市异地务工人员积分制入户城镇工作的意见2012"


@pytest.fixture(scope="module")
def docs():
    found = [analyze_file(p) for folder in ("diffusion", "diffusion_bare") for p in sorted((HERE / folder).iterdir())]
    return {d.key: d for d in found}


@pytest.fixture(scope="module")
def corpus(docs):
    return CorpusDiffusion.build(docs.values())


def test_a_bare_number_in_the_corpus_is_a_cited_edge(corpus, docs):
    bare = [c for c in corpus.cited[CHENGDU] if c.bare]
    assert [c.number for c in bare] == ["此表系国务院国发〔2005〕38号", "国发〔2009〕32号"]
    text = docs[CHENGDU].text
    assert text[bare[0].start:bare[0].end] == "此表系国务院国发〔2005〕38号"
    edges = [e for e in corpus.lineage().edges if e.target == CHENGDU and e.kind == "cited"]
    inside = [(e.source, e.evidence["citation"], e.evidence["resolved_by"], e.evidence["bare"])
              for e in edges if corpus.lineage().nodes[e.source]["in_corpus"]]
    assert inside == [(STATE_COUNCIL, "国发〔2005〕38号", "number", True)]


def test_a_bare_number_outside_the_corpus_is_no_citation(corpus):
    graph = corpus.lineage()
    assert not any(e.source.startswith("cited:国发〔2009〕32号") or "2009〕32号" in e.source for e in graph.edges)
    # nor is a text's own 文号 at its head (中府〔2013〕97号 in the 2013 regulation)
    assert not any(e.source == e.target for e in graph.edges)


def test_bare_and_titled_citations_of_one_document_are_one_edge(corpus):
    # 佛山 cites the province as 《…》（粤人社发〔2011〕306号）and again as 按照粤人社发〔2011〕306号规定调整
    assert any(c.bare and c.number.endswith("粤人社发〔2011〕306号") for c in corpus.cited[FOSHAN])
    edges = [e for e in corpus.lineage().edges if (e.source, e.target, e.kind) == (PROVINCE, FOSHAN, "cited")]
    assert len(edges) == 1 and not edges[0].evidence["bare"]


def test_the_longest_ending_that_is_a_corpus_number_wins(corpus):
    resolver = Resolver(corpus.facts.values())
    foshan = next(c for c in corpus.cited[FOSHAN] if c.bare)
    assert foshan.number == "省统一指标及分值按照粤人社发〔2011〕306号"
    assert resolver.resolve(foshan, corpus.facts[FOSHAN]).key == PROVINCE


@pytest.mark.parametrize("text, iso", [("2015", "2015"), ("2015年6月", "2015-06"), ("2015-6-1", "2015-06-01"),
                                       ("2015/06/01", "2015-06-01"), ("2015年6月1日", "2015-06-01"),
                                       ("2015-02-30", None), ("2015-13", None), ("六月", None), ("", None)])
def test_a_date_as_a_user_writes_it(text, iso):
    assert period(text) == iso


def test_in_force_on_a_day_a_month_and_a_year(docs):
    chain = [d for d in docs.values() if d.key not in (STATE_COUNCIL, CHENGDU)]
    assert ZHONGSHAN_2013 in in_force_on(chain, "2014-10-29") and ZHONGSHAN_2013 not in in_force_on(chain, "2014-10-30")
    # the 2014 regulation took effect on 2014-10-30 and replaced the 2013 one from then on
    october = in_force_on(chain, "2014-10")
    assert {ZHONGSHAN_2013, ZHONGSHAN_2014} <= october  # each in force on some day of October 2014
    assert ZHONGSHAN_2013 not in in_force_on(chain, "2014-11") and ZHONGSHAN_2014 in in_force_on(chain, "2014-11")
    assert in_force_on(chain, "2013") == {PROVINCE, HUIZHOU, ZHONGSHAN_2013}  # 中山 2013 took effect 2013-10-01
    assert in_force_on(chain, "2011") == set()  # the province's opinion: 自2012年1月1日起施行


def test_in_force_in_the_year_of_an_entry_into_force(docs):
    chain = [d for d in docs.values() if d.key not in (STATE_COUNCIL, CHENGDU)]
    validity = corpus_validity(chain)
    assert validity.in_force(PROVINCE, "2012") and not validity.in_force(PROVINCE, "2011")  # 自2012年1月1日起施行
    assert validity.in_force(PROVINCE, "2012-01-01") and not validity.in_force(PROVINCE, "2011-12-31")


def test_co_assignment_counts_pairs_once_per_task(corpus):
    rows = corpus.tasks()
    pairs = co.coassignments(rows)
    by_names = {(p.a, p.b, p.kind): p.count for p in pairs}
    assert by_names[("市流动人口管理办公室", "相关职能部门", "cooperate")] == 2
    tasks_of_pair = [p for p in pairs if p.a == "市流动人口管理办公室"][0].tasks
    assert len(set(tasks_of_pair)) == 2 and all(k == ZHONGSHAN_2013 or k == ZHONGSHAN_2014 for k, _ in tasks_of_pair)
    assert co.coassignments(rows, kinds=("peers",)) == []
    assert co.coassignments(rows, places=["惠州"]) == []
    agencies, cells = co.matrix(pairs)
    a, b = agencies.index("市流动人口管理办公室"), agencies.index("相关职能部门")
    assert cells[a][b] == cells[b][a] == 2 and all(cells[i][i] == 0 for i in range(len(agencies)))


def test_the_gram_cache_is_kept_and_remade_for_a_changed_version(docs, tmp_path):
    from policylens.core.diffusion.facts import facts_of

    items = [(facts_of(d), d.content_hash, d.text) for d in docs.values()]
    first = cached_gram_table(tmp_path, items)
    assert cache_path(tmp_path).is_file()
    stamp = cache_path(tmp_path).stat().st_mtime_ns
    again = cached_gram_table(tmp_path, items)
    assert cache_path(tmp_path).stat().st_mtime_ns == stamp  # nothing changed: not rewritten
    assert all((a == b).all() for a, b in zip(first.grams, again.grams))
    changed = [(f, h, t + "\n本办法由市人力资源和社会保障局负责解释。" if f.key == CHENGDU else t) for f, h, t in items]
    remade = cached_gram_table(tmp_path, changed)
    at = [f.key for f in remade.facts].index(CHENGDU)
    assert len(remade.grams[at]) > len(first.grams[at])
    assert all((remade.grams[i] == first.grams[i]).all() for i in range(len(items)) if i != at)
    cache_path(tmp_path).write_bytes(b"not a cache")  # damaged: rebuilt, never an error
    assert len(cached_gram_table(tmp_path, items).facts) == len(items)


def test_in_force_as_a_scope_condition(docs):
    from policylens.core.diffusion.validity import in_force_condition

    condition = in_force_condition(docs.values(), "2014-11-01")
    assert condition.text() == "in-force=2014-11-01"
    assert condition.test(ZHONGSHAN_2014, {}) and not condition.test(ZHONGSHAN_2013, {})


def test_one_documents_lineage_is_the_graphs_own_edges(corpus):
    graph = corpus.graph()
    for key in corpus.facts:
        found = corpus.document_lineage(key)
        assert found.cited_by == [e for e in graph.edges if e.kind == "cited" and e.source == key]
        assert found.sources == [e for e in graph.edges if e.kind == "inferred" and e.target == key]
        assert found.cites_outside == [e for e in graph.edges if e.kind == "cited" and e.target == key
                                       and not graph.nodes[e.source]["in_corpus"]]
    assert [e.target for e in corpus.document_lineage(PROVINCE).cited_by] == [ZHONGSHAN_2013, ZHONGSHAN_2014, FOSHAN,
                                                                               HUIZHOU]
    sources = corpus.document_lineage(HUIZHOU).sources
    assert [(e.source, e.kind, e.evidence["source_date"], e.evidence["target_date"]) for e in sources] == [
        (PROVINCE, "inferred", "2011", "2012-04-18")]
    assert [e.source for e in corpus.document_lineage(CHENGDU).cites_outside] == ["cited:市政府令第152号"]
    assert [e.target for e in corpus.document_lineage(STATE_COUNCIL).cited_by] == [CHENGDU]


def _cached(folder, documents):
    from policylens.store.diffusion_cache import cached_corpus

    return cached_corpus(folder, documents)


def test_citations_are_kept_and_read_back(docs, corpus, tmp_path):
    from policylens.store.diffusion_cache import citations_path

    first = _cached(tmp_path, docs.values())  # a miss: read and kept
    assert first.cited == corpus.cited
    kept = json.loads(citations_path(tmp_path).read_text("utf-8"))
    assert kept["documents"][CHENGDU][1][-1][:2] == ["", "国发〔2009〕32号"]
    kept["documents"][CHENGDU][1][-1][1] = "国发〔2009〕99号"  # same version tag: the kept reading is used
    citations_path(tmp_path).write_text(json.dumps(kept, ensure_ascii=False), "utf-8")
    stamp = citations_path(tmp_path).stat().st_mtime_ns
    again = _cached(tmp_path, docs.values())
    assert again.cited[CHENGDU][-1].number == "国发〔2009〕99号" and again.cited[FOSHAN] == corpus.cited[FOSHAN]
    assert citations_path(tmp_path).stat().st_mtime_ns == stamp  # nothing changed: not rewritten
    citations_path(tmp_path).unlink()
    assert _cached(tmp_path, docs.values()).lineage().to_json() == corpus.lineage().to_json()


def test_a_changed_version_is_read_again_and_a_damaged_citation_cache_rebuilt(docs, corpus, tmp_path):
    from types import SimpleNamespace

    from policylens.store.diffusion_cache import citations_path

    _cached(tmp_path, docs.values())
    changed = dict(docs)
    chengdu = docs[CHENGDU]  # a re-analysis that changed the text of the same file (content hash)
    changed[CHENGDU] = SimpleNamespace(key=CHENGDU, content_hash=chengdu.content_hash, meta=chengdu.meta,
                                       clauses=chengdu.clauses, text=chengdu.text + "\n按照国发〔2005〕38号执行。")
    data = _cached(tmp_path, changed.values())
    assert [c.number for c in data.cited[CHENGDU] if c.bare][-1] == "按照国发〔2005〕38号"  # read again
    kept = json.loads(citations_path(tmp_path).read_text("utf-8"))["documents"]
    assert kept[CHENGDU][1][-1][1] == "按照国发〔2005〕38号" and set(kept) == set(docs)
    citations_path(tmp_path).write_bytes(b'{"schema": 1, "documents": {"x": [1, 2')  # cut short
    assert _cached(tmp_path, docs.values()).cited == corpus.cited
    assert set(json.loads(citations_path(tmp_path).read_text("utf-8"))["documents"]) == set(docs)
    kept = json.loads(citations_path(tmp_path).read_text("utf-8"))
    kept["documents"][FOSHAN][1][0][2] = "not an offset"  # one damaged entry: that document is read again
    citations_path(tmp_path).write_text(json.dumps(kept, ensure_ascii=False), "utf-8")
    assert _cached(tmp_path, docs.values()).cited == corpus.cited


def test_the_boilerplate_is_kept_for_the_same_corpus_only(docs, tmp_path):
    from policylens.store.diffusion_cache import boilerplate_path

    chain = [docs[k] for k in (PROVINCE, HUIZHOU, ZHONGSHAN_2013, ZHONGSHAN_2014, FOSHAN)]
    made = CorpusDiffusion.build(chain).table.boilerplate()
    assert len(made) == 36  # 5-grams in all five Guangdong texts (90 % of five)
    assert (_cached(tmp_path, chain).table.boilerplate() == made).all()  # a miss: made and kept
    held = json.loads(boilerplate_path(tmp_path).read_text("utf-8"))
    assert held["hashes"] == [int(h) for h in made]
    held["hashes"] = held["hashes"][:10]  # the same corpus: what the file holds is used
    boilerplate_path(tmp_path).write_text(json.dumps(held), "utf-8")
    assert (_cached(tmp_path, chain).table.boilerplate() == made[:10]).all()
    grown = _cached(tmp_path, chain + [docs[CHENGDU]])  # another corpus: made again (90 % of six)
    assert (grown.table.boilerplate() == CorpusDiffusion.build(chain + [docs[CHENGDU]]).table.boilerplate()).all()
    boilerplate_path(tmp_path).write_text(json.dumps({**held, "hashes": [3, 2, 1]}), "utf-8")  # unsorted: damaged
    assert (_cached(tmp_path, chain).table.boilerplate() == made).all()
    assert json.loads(boilerplate_path(tmp_path).read_text("utf-8"))["hashes"] == [int(h) for h in made]


def test_the_windows_diffusion_source_lays_the_users_corrections_over_and_rebuilds_when_they_change(docs, tmp_path):
    from policylens.app.diffusion.source import DiffusionSource
    from policylens.store.user_attributes import UserAttributes

    source = DiffusionSource(tmp_path, lambda: list(docs.values()))
    first = source.snapshot()()
    assert first.facts[HUIZHOU].date.source == "written" and source.snapshot()() is first  # kept while nothing changes
    attributes = UserAttributes(tmp_path)
    attributes.set(HUIZHOU, "date", "2010-03")
    attributes.set(HUIZHOU, "level", "省")
    attributes.save()
    again = source.snapshot()()
    assert again is not first
    assert (again.facts[HUIZHOU].date.value, again.facts[HUIZHOU].date.source, again.facts[HUIZHOU].level) == \
           ("2010-03", "corrected", "省")
