"""Corpus search: script- and width-insensitive matching, filters, snippets, grouping."""
import pytest

from policylens.core.document import analyze_bytes
from policylens.core.search import SNIPPET, CorpusSearch, Hit, grouped, normalize, query_pattern

DEMO = """丹东市人民政府关于推进戶籍制度改革的通知
一、总体要求
到２０２０年，户籍人口城镇化率达到ＧＤＰ目标。
二、工作措施
(一)放开落户限制。全面放开户籍限制。(市公安局牵头，市财政局配合)
(二)完善居住证制度。推进户籍与居住证制度衔接。(市民政局负责)
"""
SIMPLIFIED = {"三门峡", "丹东", "始兴"}
TRADITIONAL = {"昭通", "西宁"}


@pytest.fixture(scope="module")
def demo():
    return analyze_bytes(DEMO.encode("utf-8"), "demo.txt")


@pytest.fixture(scope="module")
def seeds(seed_docs):
    return [seed_docs[name] for name in sorted(seed_docs)]


@pytest.fixture(scope="module")
def search(seeds):
    return CorpusSearch(seeds)


def test_cross_script_both_ways_on_the_seeds(search, seeds):
    traditional = search.search("戶籍")
    simplified = search.search("户籍")
    assert {h.place for h in traditional} == SIMPLIFIED | TRADITIONAL
    assert traditional == simplified
    by_key = {d.key: d for d in seeds}
    for hit in simplified:
        assert by_key[hit.doc_key].text[hit.start:hit.end] == hit.match
    written = {by_key[h.doc_key].script: h.match for h in simplified}
    assert written == {"simplified": "户籍", "traditional": "戶籍"}


def test_hits_are_in_document_then_text_order(search, seeds):
    hits = search.search("落户")
    order = [d.key for d in seeds]
    keys = [order.index(h.doc_key) for h in hits]
    assert keys == sorted(keys)
    for key in order:
        starts = [h.start for h in hits if h.doc_key == key]
        assert starts == sorted(starts)


def test_full_width_and_case_insensitive(demo):
    search = CorpusSearch([demo])
    [year] = search.search("2020")
    assert year.match == "２０２０"
    assert [h.match for h in search.search("gdp")] == ["ＧＤＰ"]
    assert [h.match for h in search.search("ＧＤＰ目标")] == ["ＧＤＰ目标"]


def test_hit_fields_and_snippets(demo):
    hits = CorpusSearch([demo]).search("户籍")
    assert [h.clause_id for h in hits] == ["preamble", "一", "二/(一)", "二/(二)"]
    first = hits[0]
    assert isinstance(first, Hit)
    assert (first.doc_key, first.place, first.match) == ("demo", "丹东", "戶籍")
    assert first.clause_title == "丹东市人民政府关于推进戶籍制度改革的通知"
    assert first.snippet_before == "丹东市人民政府关于推进"
    assert "\n" not in first.snippet_after  # a snippet is one line
    text = demo.text
    clauses = {c.id: c for c in demo.clauses}
    for hit in hits:  # the context is the hit's own clause's, up to SNIPPET on each side
        clause = clauses[hit.clause_id]
        assert hit.snippet_before == text[max(hit.start - SNIPPET, clause.start):hit.start].replace("\n", " ")
        assert hit.snippet_after == text[hit.end:min(hit.end + SNIPPET, clause.end)].replace("\n", " ")
    # the title's hit stops where the title's clause does, not in the next clause's words
    assert first.end + len(first.snippet_after) == clauses["preamble"].end < first.end + SNIPPET


def test_filters(demo):
    search = CorpusSearch([demo])
    assert [h.clause_id for h in search.search("户籍", agencies={"市公安局"})] == ["二/(一)"]
    assert [h.clause_id for h in search.search("户籍", agencies={"市民政局", "市财政局"})] == ["二/(一)", "二/(二)"]
    assert [h.clause_id for h in search.search("户籍", levels={1})] == ["一"]
    assert [h.clause_id for h in search.search("户籍", levels={0, 2})] == ["preamble", "二/(一)", "二/(二)"]
    assert search.search("户籍", places={"丹东"}) == search.search("户籍")
    assert search.search("户籍", places={"西宁"}) == []
    assert search.search("户籍", agencies={"不存在的单位"}) == []


def test_seed_filters(search):
    hits = search.search("落户", places={"昭通"}, agencies={"市公安局"})
    assert hits and {h.place for h in hits} == {"昭通"}
    assert all(h.clause_id.startswith("四/") for h in hits)


def test_limit_and_empty_queries(search):
    assert len(search.search("户籍", limit=7)) == 7
    assert search.search("") == search.search("   ") == []
    assert search.search("户籍", limit=0) == []


def test_matches_do_not_overlap(demo):
    doc = analyze_bytes("前言\n一、测试\n啊啊啊啊啊\n".encode(), "aa.txt")
    assert [h.start for h in CorpusSearch([doc]).search("啊啊")] == [doc.text.index("啊"), doc.text.index("啊") + 2]


def test_grouped(search):
    hits = search.search("户籍")
    groups = grouped(hits)
    assert list(groups) == list(dict.fromkeys(h.doc_key for h in hits))
    assert sum(len(v) for clauses in groups.values() for v in clauses.values()) == len(hits)
    for key, clauses in groups.items():
        for clause_id, members in clauses.items():
            assert {(h.doc_key, h.clause_id) for h in members} == {(key, clause_id)}


def test_facets(search):
    assert search.places() == ["三门峡", "昭通", "丹东", "西宁", "始兴"]
    assert search.levels() == [0, 1, 2, 3, 4]
    assert {"市公安局", "县公安局"} <= set(search.agencies())
    assert search.match_agencies("公安") == {"市公安局", "县公安局", "省公安厅"}


@pytest.mark.parametrize("query", ["户籍", "戶籍", "落戶", "市公安局", "2020", "(一)", "（一）", "居住證"])
def test_same_matches_as_comparing_folded_texts(search, seeds, query):
    """The pattern finds exactly what a plain find in the folded texts would find."""
    needle = normalize(query)
    want = []
    for doc in seeds:
        haystack, pos = normalize(doc.text), 0
        while (pos := haystack.find(needle, pos)) >= 0:
            want.append((doc.key, pos))
            pos += len(needle)
    assert [(h.doc_key, h.start) for h in search.search(query, limit=10**6)] == want


def test_query_pattern_classes():
    assert query_pattern("户籍").pattern == query_pattern("戶籍").pattern == "[戶户]籍"
    assert query_pattern("  ") is None
    pattern = query_pattern("Gdp")
    assert all(pattern.fullmatch(text) for text in ("GDP", "gdp", "ＧＤＰ", "ｇｄｐ"))
    # fold() is one step: 薴 folds to 苧, which folds on to 苎, so 薴 matches only itself.
    assert query_pattern("薴").fullmatch("薴") and not query_pattern("薴").fullmatch("苧")
    assert query_pattern("苧").fullmatch("苎")
