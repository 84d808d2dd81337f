"""The query language on the seeds: boolean, proximity, errors by position, KWIC sorting."""
import pytest

from policylens.core.query import QueryError, kwic, parse, run, sort_rows


@pytest.fixture(scope="module")
def seeds(seed_docs):
    return [seed_docs[name] for name in sorted(seed_docs)]


def _clauses(hits):
    return [(h.doc_key[:3], h.clause_id) for h in hits]


# Read from the seeds by hand: the clauses naming both 户籍 and 居住证, in either script.
BOTH = [("000", "三/(十)"), ("001", "四/(三)/11/(1)"), ("001", "四/(三)/11/(2)"), ("002", "三/(十四)"),
        ("003", "三/(十五)/21"), ("003", "三/(十八)/24"), ("004", "三/(八)")]


def test_and_keeps_exactly_the_clauses_with_both_terms(seeds):
    assert _clauses(run("户籍 AND 居住证", seeds)) == BOTH
    assert _clauses(run("戶籍 与 居住證", seeds)) == BOTH
    assert _clauses(run("户籍 居住证", seeds)) == BOTH


def test_near_drops_the_clauses_where_the_terms_are_far_apart(seeds):
    near = _clauses(run("户籍 NEAR/5 居住证", seeds))
    assert near == [c for c in BOTH if c not in {("001", "四/(三)/11/(1)"), ("001", "四/(三)/11/(2)")}]


def test_not_and_phrase(seeds):
    assert _clauses(run('"居住证制度" NOT 户籍', seeds)) == [("003", "三/(十八)")]


def test_scope_by_document_key(seeds):
    keys = {seeds[0].key}
    assert _clauses(run("户籍 AND 居住证", seeds, keys=keys)) == BOTH[:1]


@pytest.mark.parametrize("query, position", [("户籍 AND", 6), ("(户籍", 3), ("/[/", 1), ("", 0)])
def test_malformed_queries_name_the_position(query, position):
    with pytest.raises(QueryError) as raised:
        parse(query)
    assert raised.value.position == position


def test_kwic_one_row_per_hit_sorted_by_either_side(seeds):
    rows = kwic(run("居住证 NEAR/5 户籍", seeds), seeds)
    assert all(r.keyword in {"户籍", "戶籍", "居住证", "居住證"} for r in rows)
    right = sort_rows(rows, "right")
    assert [r.right for r in right] == sorted(r.right for r in rows)
    left = sort_rows(rows, "left")
    assert [r.left[::-1] for r in left] == sorted(r.left[::-1] for r in rows)
    by_doc = sort_rows(rows, "place", {d.key: {"place": d.meta.place} for d in seeds})
    assert [r.doc_key for r in by_doc] == sorted((r.doc_key for r in rows),
                                                 key=lambda k: {d.key: d.meta.place for d in seeds}[k])
