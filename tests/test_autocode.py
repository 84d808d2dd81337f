"""Auto-coding on the seeds: passages by unit, one undoable step, nothing coded twice."""
import pytest

from policylens.core.autocode import autocode, passages
from policylens.core.query import run
from policylens.store.annotations import AnnotationStore


@pytest.fixture(scope="module")
def seeds(seed_docs):
    return {doc.key: doc for doc in seed_docs.values()}


def test_units_widen_the_hit_to_its_sentence_or_clause(seeds):
    hits = [h for h in run("户籍 NEAR/5 居住证", seeds.values()) if h.doc_key.startswith("000")]
    text = seeds[hits[0].doc_key].text
    assert [text[a:b] for a, b in passages(hits, seeds, "hit")[hits[0].doc_key]] == ["居住证", "户籍"]
    assert [text[a:b] for a, b in passages(hits, seeds, "sentence")[hits[0].doc_key]] == [
        "鼓励各级政府根据本地实际不断扩大公共服务范围并提高服务标准,缩小居住证持有人与户籍人口享有的基本公共服务的差距。"]
    (clause,) = passages(hits, seeds, "clause")[hits[0].doc_key]
    assert text[clause[0]:clause[1]].startswith("(十)推进居住证制度覆盖全部未落户城镇常住人口\n加快推进《三门峡市居住证")
    assert text[clause[0]:clause[1]].endswith("的差距。(市公安局牵头)")


def test_auto_coding_undoes_in_one_step_and_never_codes_twice(tmp_path, seeds):
    hits = run("户籍 AND 居住证", seeds.values())
    with AnnotationStore(tmp_path) as store:
        batch, added = autocode(store.project, hits, seeds, "自动/户籍与居住证", "clause", coder="甲")
        assert added == 7  # the seven clauses naming both (test_query.BOTH)
        store.do(batch)
        code = store.project.code_by_path("自动/户籍与居住证")
        assert len(store.project.filter(code=code.id)) == 7
        assert {a.coder for a in store.project.annotations.values()} == {"甲"}
        _, again = autocode(store.project, hits, seeds, "自动/户籍与居住证", "clause")
        assert again == 0
        store.undo(batch)
        assert not store.project.annotations and not store.project.codes
