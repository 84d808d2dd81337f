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


# The plain reading of the grammar, clause by clause: what run() must equal however it skips work.
def _reference(tree, documents):
    from policylens.core.query import Span, _spans

    out = []
    for doc in documents:
        for clause in doc.clauses:
            text = doc.text[clause.start:clause.end]

            def found(term, clause=clause, text=text):
                return [Span(m.start() + clause.start, m.end() + clause.start)
                        for m in term.pattern.finditer(text) if m.end() > m.start()]

            spans = _spans(tree, found)
            if spans is not None:
                out.append((doc.key, clause.id, tuple(spans)))
    return out


WORDS = ["户籍", "居住证", "落户", "公安局", "社会保险", "农业转移人口", "配合", "县", "市", "（一）", "2020年"]


@pytest.mark.parametrize("query", ["NOT 户籍", "户籍 OR NOT 居住证", "/^（[一二三]）/", "/落户.{0,8}条件/ 户籍",
                                   "(户籍 OR 落户) NOT (县 与 配合)", "公安局 NEAR/3 配合", '"，" 户籍', "市 -县"])
def test_run_equals_the_clause_by_clause_reading(seeds, query):
    tree = parse(query)
    assert [tuple(h[:3]) for h in run(tree, seeds)] == _reference(tree, seeds)


def test_random_queries_equal_the_clause_by_clause_reading(seeds):
    from hypothesis import given, settings, strategies as st

    leaf = st.sampled_from(WORDS)
    query = st.recursive(leaf, lambda inner: st.one_of(
        st.tuples(inner, st.sampled_from([" AND ", " OR ", " NEAR/4 ", " "]), inner).map(lambda t: f"({''.join(t)})"),
        inner.map(lambda q: f"(NOT {q})")), max_leaves=5)

    @settings(max_examples=60, deadline=None, derandomize=True)
    @given(query)
    def check(q):
        tree = parse(q)
        assert [tuple(h[:3]) for h in run(tree, seeds)] == _reference(tree, seeds)

    check()


def test_a_word_across_a_clause_boundary_matches_neither_clause(seeds):
    # Clauses that start inside a line (run-in numbering) leave no white space at the boundary.
    straddles = [(doc, doc.text[c.start - 2:c.start + 2]) for doc in seeds for c in doc.clauses[1:]
                 if doc.text[c.start - 2:c.start + 2].strip() == doc.text[c.start - 2:c.start + 2]]
    assert straddles, "the seeds have clauses that begin mid-line"
    for doc, straddle in straddles[:20]:
        tree = parse(f'"{straddle}"')
        hits = run(tree, [doc])
        assert [tuple(h[:3]) for h in hits] == _reference(tree, [doc])


def test_kwic_context_stays_inside_the_clause(seeds):
    by_key = {d.key: d for d in seeds}
    rows = kwic(run("户籍 NEAR/5 居住证", seeds), seeds, width=200)
    assert rows
    for row in rows:
        clause = next(c for c in by_key[row.doc_key].clauses if c.id == row.clause_id)
        text = by_key[row.doc_key].text
        assert text[clause.start:clause.end].replace("\n", " ").replace("\r", " ").find(
            row.left + row.keyword + row.right) >= 0
    sanmenxia = [r for r in rows if r.doc_key.startswith("000") and r.keyword == "户籍"]
    assert sanmenxia[0].right.endswith("(市公安局牵头)")  # not "… 四、强化监测"


def test_a_span_limit_stops_after_the_document_that_reaches_it(seeds):
    everything = run("户籍 OR 居住证", seeds)
    first = run("户籍 OR 居住证", seeds, spans=10)
    assert first == everything[:len(first)] and len(first) < len(everything)
    assert sum(len(h.spans) for h in first) >= 10
    assert len({h.doc_key for h in first}) == 1  # the first seed alone holds ten
