"""Clause similarity on the real seeds: masking, scores, and "find this clause in every document"."""
from __future__ import annotations

import json

import numpy as np
import pytest

from pathlib import Path

from policylens.core.align import ClauseIndex, ClauseRef, Postings, clause_path
from policylens.core.align_mask import AGENCY, NUMBER, PLACE, bigrams, mask
from policylens.core.document import analyze_file
from policylens.core.family_links import STRONG, mutual_best, outline_links

SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING = (
    "000_475fe52b6475e2b2", "001_cb987e057fa661f0", "002_0b082def2c4c3406",
    "003_75f870b2b59b37d0", "004_cfcbd90ad6d31fda")


@pytest.fixture(scope="module")
def docs(seed_docs):
    return {doc.key: doc for doc in seed_docs.values()}


@pytest.fixture(scope="module")
def index(docs):
    index = ClauseIndex()
    for key in sorted(docs):
        index.add_document(docs[key])
    return index


def masked(doc, clause_id: str) -> str:
    clause = next(c for c in doc.clauses if c.id == clause_id)
    return mask(doc.folded(), clause.title_start, clause.end, clause.agencies, doc.meta.place)


def entry(index: ClauseIndex, key: str, clause_id: str) -> int:
    found = index.find(ClauseRef(key, clause_id))
    assert found is not None, (key, clause_id)
    return found


# -- masking -------------------------------------------------------------------------------------

def test_mask_drops_the_assignment_bracket_and_masks_figures(docs):
    # 丹东 二/(五) 调整完善我市城区落户政策 ... 1年以上 ... (市公安局牵头)
    text = masked(docs[DANDONG], "二/(五)")
    assert text.startswith("调整完善我市城区落户政策。取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋"
                           f"{NUMBER}年以上时限要求")
    assert text.endswith(f"参加{NUMBER}年以上城镇基本养老、基本医疗保险限制。\n")
    assert "公安" not in text and "1" not in text


def test_mask_places_in_a_traditional_document(docs):
    # 西宁 二/(五)/3: 凡在西寧市區務工經商的 ... 在西寧市交納養老保險滿3年的 ... (牽頭單位:市公安局;…)
    text = masked(docs[XINING], "二/(五)/3")
    assert f"凡在{PLACE}区务工经商的" in text
    assert f"且在{PLACE}交纳养老保险满{NUMBER}年的" in text
    assert "西宁" not in text and "牵头单位" not in text
    assert text.endswith("社区家庭集体户口”上。\n")


def test_mask_drops_labelled_assignment_lines(docs):
    # 昭通 四/(四)/14/(5) 進城落戶農民是否有償退出“三權” … 牽頭單位:市委農辦 / 責任單位:…
    text = masked(docs[ZHAOTONG], "四/(四)/14/(5)")
    assert text == ("进城落户农民是否有偿退出“三权”,应根据党的十八届三中全会精神,在尊重农民意愿前提下开展试点。"
                    "现阶段,不得以退出土地承包经营权、宅基地使用权、集体收益分配权作为农民进城落户的条件。\n")


def test_mask_county_and_city_agencies_alike(docs):
    # 始兴 三/(八) (县公安局牵头) and 丹东 三/(十四) (市公安局牵头): the same clause of two levels
    shixing, dandong = masked(docs[SHIXING], "三/(八)"), masked(docs[DANDONG], "三/(十四)")
    assert "公安局" not in shixing + dandong
    first = "推进居住证制度覆盖全部未落户城镇常住人口。切实保障居住证持有人享有国家规定的各项基本公共服务和办事便利。"
    assert shixing.startswith(first) and dandong.startswith(first)
    assert dandong.endswith("缩小居住证持有人与户籍人口享有的基本公共服务的差距。\n")


def test_mask_agency_lists_to_one_placeholder_each(docs):
    # 昭通 四/(五)/19 市公安局、市發改委、… 市移民局等部門要按照職能分工 …
    text = masked(docs[ZHAOTONG], "四/(五)/19")
    assert text.startswith(f"{AGENCY}、{AGENCY}、")
    assert "公安" not in text and "移民局" not in text
    assert "等部门要按照职能分工,对口抓紧制定教育、就业、医疗、养老、住房保障等方面的配套政策" in text


def test_bigrams_stay_within_runs():
    assert bigrams("三权,维护") == {"三权": 1, "维护": 1}
    assert bigrams(f"{AGENCY}牵头") == {f"{AGENCY}牵": 1, "牵头": 1}


# -- paths and scores ----------------------------------------------------------------------------

@pytest.mark.parametrize("key, clause_id, path", [
    (SANMENXIA, "三/(五)", (3, 5)),
    (ZHAOTONG, "四/(四)/14/(5)", (4, 4, 14, 5)),
    (DANDONG, "三/(九)", (3, 9)),
    (XINING, "三/(十一)", (3, 11)),
    (ZHAOTONG, "二/•3", (2, 3)),
])
def test_clause_path(docs, key, clause_id, path):
    clauses = docs[key].clauses
    assert clause_path(clauses, next(i for i, c in enumerate(clauses) if c.id == clause_id)) == path


def test_preamble_and_closing_are_not_indexed(index, docs):
    assert index.find(ClauseRef(ZHAOTONG, "preamble")) is None
    assert index.find(ClauseRef(ZHAOTONG, "closing")) is None
    indexed = sum(1 for doc in docs.values() for c in doc.clauses if c.kind in ("heading", "item"))
    assert len(index.entries) == indexed


def test_traditional_and_simplified_copies_score_alike(index):
    # 丹东 四/(十七) 强化审计监督 and 西宁 四/(二十二) 強化審計監督: the same heading in two scripts
    dandong, xining = entry(index, DANDONG, "四/(十七)"), entry(index, XINING, "四/(二十二)")
    assert index._title.cosines(dandong, np.array([xining]), index.idf())[0] == pytest.approx(1.0)


def test_scores_are_symmetric_and_bounded(index):
    a, b = entry(index, SANMENXIA, "三/(五)"), entry(index, XINING, "三/(十一)")
    assert index.similarity(a, b) == pytest.approx(index.similarity(b, a))
    assert 0.5 < index.similarity(a, b) < 1.0
    assert index.similarity(a, a) == pytest.approx(1.0)


def test_find_the_three_rights_clause_in_every_document(index):
    # 三门峡 三/(五) 建立进城落户农民“三权”维护和自愿有偿退出机制
    found = index.best_per_document(entry(index, SANMENXIA, "三/(五)"), min_score=0.2)
    assert [index.entries[m.entry].ref for m in found] == [
        ClauseRef(SHIXING, "三/(三)"),  # 探索建立进城落户农民“三权”维护和自愿有偿退出机制
        ClauseRef(DANDONG, "三/(九)"),  # 建立进城落户农民“三权”维护和自愿有偿退出机制
        ClauseRef(XINING, "三/(十一)"),  # 建立進城落戶農民“三權”維護和自愿有償退出機制
        ClauseRef(ZHAOTONG, "四/(四)/14/(5)"),  # 進城落戶農民是否有償退出“三權”
    ]
    assert [round(m.score, 2) for m in found] == sorted((round(m.score, 2) for m in found), reverse=True)


def test_find_is_absent_where_a_city_has_no_such_clause(index):
    # 三门峡 四/(四) 强化审计监督: 昭通 has no audit clause
    found = index.best_per_document(entry(index, SANMENXIA, "四/(四)"), min_score=0.2)
    assert {index.entries[m.entry].ref.key for m in found} == {DANDONG, XINING, SHIXING}


def test_candidates_come_from_the_inverted_index_only(index):
    # 三门峡 四/(四) 强化审计监督 shares no distinctive bigram with 昭通 二/•2 以人为本、尊重群众意愿
    audit = entry(index, SANMENXIA, "四/(四)")
    found = index.candidates(audit)
    assert entry(index, XINING, "四/(二十二)") in found.tolist()
    assert entry(index, ZHAOTONG, "二/•2") not in found.tolist()
    assert not set(found.tolist()) & set(index.entries_of(SANMENXIA))  # never its own document


def test_a_capped_lookup_reads_the_first_added_of_each_run(index):
    """The seeds' postings as one document's each: a capped lookup reads at most cap per term and run."""
    postings = Postings()
    term = index.terms(entry(index, SANMENXIA, "三/(五)"))[:1]
    holders = index.postings_lookup(term).tolist()
    assert len(holders) > 2
    for e in holders:
        postings.add(term, e)
    assert sorted(postings.lookup(term).tolist()) == sorted(holders)
    assert postings.lookup(term, cap=2).tolist() == holders[:2]  # one run: the first two added


def test_segments_restore_the_same_index(docs, index):
    # Saved as the store saves it: one segment per update (three documents, then two more).
    growing = ClauseIndex()
    for key in sorted(docs)[:3]:
        growing.add_document(docs[key])
    first_half = len(growing.entries)
    segments = [growing.segment(0)]
    for key in sorted(docs)[3:]:
        growing.add_document(docs[key])
    segments.append(growing.segment(first_half))
    restored = ClauseIndex.from_segments(segments, growing.entries, growing.doc_keys,
                                         list(growing.vocab), set())
    a = entry(index, SANMENXIA, "三/(五)")
    others = np.arange(len(index.entries))
    assert np.allclose(restored.scores(a, others), index.scores(a, others))
    assert restored.candidates(a).tolist() == index.candidates(a).tolist()


def test_a_new_version_replaces_the_old_entries(docs):
    index = ClauseIndex()
    for key in sorted(docs):
        index.add_document(docs[key])
    before = index.entries_of(DANDONG)
    after = index.add_document(docs[DANDONG])
    assert len(after) == len(before) and not set(after) & set(before)
    assert not any(index.is_alive(e) for e in before)
    assert index.retired() == before
    assert index.find(ClauseRef(DANDONG, "三/(九)")) in after
    restored = ClauseIndex.from_segments([index.segment(0)], index.entries, index.doc_keys,
                                         list(index.vocab), set(index.retired()))
    assert np.array_equal(restored.idf(), index.idf())
    assert restored.entries_of(DANDONG) == after


# -- lists, related documents, mutual links ------------------------------------------------------

FAMILIES = Path(__file__).resolve().parent / "data" / "families"


@pytest.fixture(scope="module")
def permits():
    """Two residence-permit rules and a rule on filing normative documents, indexed together."""
    names = ("北京市实施《居住证暂行条例》办法.html", "天津市居住证管理办法.docx", "北京市行政规范性文件备案监督办法.doc")
    docs = [analyze_file(FAMILIES / name) for name in names]
    index = ClauseIndex()
    for doc in docs:
        index.add_document(doc)
    return index, docs


def test_a_list_is_one_clause_with_its_items(permits):
    # 北京 第七条 来京人员符合下列条件的，可以…申领《北京市居住证》： (一) 在京居住6个月以上的 (二) …
    index, (beijing, tianjin, _) = permits
    lead = entry(index, beijing.key, "第七条")
    ids = [index.entries[e].ref.clause_id for e in index.entries_of(beijing.key)]
    assert "第七条/(一)" not in ids and "第七条/(二)" not in ids
    assert index.find(ClauseRef(beijing.key, "第七条/(二)")) == lead  # an item finds its list
    assert index.find(ClauseRef(beijing.key, "第七十条")) is None
    # 天津 第二章/第七条 writes the conditions into one sentence: it shares them with the whole
    # list (its cosine with the lead's own line is 0.09, with the list 0.28).
    conditions = entry(index, tianjin.key, "第二章/第七条")
    assert index.similarity(conditions, lead) > 0.15
    assert index.similarity(conditions, lead) == pytest.approx(float(index.score_matrix([lead], [conditions])[0, 0]))


def test_documents_of_another_policy_are_not_compared(permits):
    index, (beijing, tianjin, filing) = permits
    positions = [index.doc_keys.index(d.key) for d in (beijing, tianjin, filing)]
    assert index.related(positions[0], positions, index.idf()).tolist() == [1.0, 1.0, 0.0]
    # 本办法自2016年1月1日起施行 / 本办法自2006年1月1日起施行: alike, but of two policies.
    date_of_effect = entry(index, beijing.key, "第二十四条")
    assert index.similarity(date_of_effect, entry(index, tianjin.key, "第八章/第四十八条")) > 0.5
    assert index.similarity(date_of_effect, entry(index, filing.key, "第二十三条")) == 0.0


def test_mutual_best_clauses_of_related_outlines_are_linked(permits):
    # 天津 第三章/第十六条 住址发生变动 and 北京 第十三条 居住地址发生变更: each the other's best, below
    # the chain's floor and out of its order; linked because the outlines are of one policy.
    index, (beijing, tianjin, filing) = permits
    moved, changed = entry(index, tianjin.key, "第三章/第十六条"), entry(index, beijing.key, "第十三条")
    assert index.similarity(moved, changed) < STRONG
    links = {(a, b) for a, b, _ in outline_links(index, index.entries_of(tianjin.key), index.entries_of(beijing.key))}
    assert (moved, changed) in links
    assert not outline_links(index, index.entries_of(tianjin.key), index.entries_of(filing.key))


def test_mutual_best_pairs():
    scores = np.array([[0.5, 0.1, 0.0], [0.4, 0.2, 0.0], [0.0, 0.0, 0.05]])
    assert mutual_best(scores, 0.1) == {(0, 0)}  # (1, 1): 1 prefers 0; (2, 2): under the floor


# -- the command line ----------------------------------------------------------------------------

def test_align_json_lists_weak_members_and_alternates(seed_paths, tmp_path, capsys):
    from policylens.cli import main
    files = [str(p) for p in seed_paths]
    assert main(["--data-dir", str(tmp_path), "align", *files, "--json"]) == 0
    families = json.loads(capsys.readouterr().out)["families"]
    assert all(set(f) == {"id", "name", "strength", "members", "alternates"} for f in families)
    assert all({"file", "path", "clause", "similarity", "weak"} <= set(m) for f in families for m in f["members"])
    # 三门峡 四/(二) 加快工作进度 stands where 丹东 and 西宁 put 强化专项检查, and it too speaks of
    # 跟踪监测和监督检查, but in few words of theirs: a member, shown as weak.
    checks = next(f for f in families if any(m["file"] == files[2] and m["clause"] == "四/(十六)" for m in f["members"]))
    assert checks["name"] == "强化专项检查"
    weak = [(m["file"], m["clause"]) for m in checks["members"] if m["weak"]]
    assert weak == [(files[0], "四/(二)")]
    assert all(m["similarity"] < 0.2 for m in checks["members"] if m["weak"])
    assert 0 < checks["strength"] < 1
    assert all(isinstance(f["alternates"], list) for f in families)


def test_scoring_chosen_pairs_gives_the_matrix_numbers_exactly(index, docs):
    # The families score a block of clauses pair by pair; the numbers must be those of the whole
    # matrix to the last bit, or a build would depend on how its blocks fell.
    a = index.entries_of(SANMENXIA)[:40]
    b = index.entries_of(ZHAOTONG) + index.entries_of(XINING)[:30]
    idf = index.idf()
    matrix = index.score_matrix(a, b, idf)
    rows, columns = np.nonzero(np.ones_like(matrix, dtype=bool))
    strong = np.flatnonzero(matrix[rows, columns] > 0.2)  # corresponding clauses, and others
    pick = np.union1d(strong, np.random.default_rng(7).choice(len(rows), 400, replace=False))
    pairs = index.score_pairs(a, b, rows[pick], columns[pick], idf)
    assert len(strong) > 20
    assert pairs.tobytes() == matrix[rows[pick], columns[pick]].tobytes()
