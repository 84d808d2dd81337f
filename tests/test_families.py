"""Families of corresponding clauses on the real seeds, user corrections, the store and `align`.

The expected families were written by reading the five documents: for each subject, the clause
of every city that carries it (clause ids as in tests/expected/*.json), or None where a city has
no such clause.
"""
from __future__ import annotations

import json
import random
import re
import shutil
from pathlib import Path

import pytest

from policylens.cli import main
from policylens.core.align import ClauseIndex, ClauseRef
from policylens.core.families import BuildCancelled, Correction, Families, corrected, views
from policylens.core.family_merge import Links, merge_families
from policylens.store import CorpusStore, StoreError
from policylens.store.alignment import AlignmentStore, read_corrections

CITY = {"三门峡": "000_475fe52b6475e2b2", "昭通": "001_cb987e057fa661f0", "丹东": "002_0b082def2c4c3406",
        "西宁": "003_75f870b2b59b37d0", "始兴": "004_cfcbd90ad6d31fda"}

EXPECTED = {
    "三权": {  # the example
        "三门峡": "三/(五)",  # 建立进城落户农民“三权”维护和自愿有偿退出机制
        "昭通": "四/(四)/14/(5)",  # 進城落戶農民是否有償退出“三權”,應根據黨的十八屆三中全會精神
        "丹东": "三/(九)",  # 建立进城落户农民“三权”维护和自愿有偿退出机制
        "西宁": "三/(十一)",  # 建立進城落戶農民“三權”維護和自愿有償退出機制 (items 10-12)
        "始兴": "三/(三)",  # 探索建立进城落户农民“三权”维护和自愿有偿退出机制
    },
    "住房保障": {
        "三门峡": "三/(六)",  # 将农业转移人口纳入城镇住房保障体系
        "昭通": "四/(四)/15/(8)",  # 把進城落戶農民完全納入城鎮住房保障體系
        "丹东": "三/(十)",  # 将进城落户农民完全纳入城镇住房保障体系
        "西宁": "三/(十三)",  # 將進城落戶農牧民納入城鎮住房保障體系
        "始兴": "三/(四)",  # 将进城落户农民完全纳入城镇住房保障体系
    },
    "医疗保险": {
        "三门峡": "三/(七)",  # 落实农业转移人口参加城乡居民基本医疗保险政策
        "昭通": "四/(四)/15/(4)",  # 把進城落戶農民完全納入城鎮社會保障體系 … 醫療保險關系轉移接續辦法
        "丹东": "三/(十一)",  # 落实进城落户农民参加城镇基本医疗保险政策
        "西宁": "三/(十四)",  # 落實進城落戶農牧民參加城鎮基本醫療保險政策
        "始兴": "三/(五)",  # 落实进城落户农民参加城镇基本医疗保险政策
    },
    "养老保险": {
        "三门峡": "三/(八)",  # 落实农业转移人口参加城镇养老保险等政策
        "昭通": "四/(四)/15/(5)",  # 根據國家和省的安排,加快實施統一的城鄉居民養老保險制度
        "丹东": "三/(十二)",  # 落实进城落户农民参加城镇养老保险等政策
        "西宁": "三/(十五)",  # 落實進城落戶農牧民參加城鎮養老保險等政策
        "始兴": "三/(六)",  # 落实进城落户农民参加城镇养老保险等政策
    },
    "随迁子女教育": {
        "三门峡": "三/(九)",  # 保障农业转移人口子女平等享有受教育权利
        "昭通": "四/(四)/15/(1)",  # 保障農業轉移人口及其他常住人口隨遷子女平等享有受教育權利
        "丹东": "三/(十三)",  # 保障进城落户农民子女平等享有受教育权利
        "西宁": "三/(十六)",  # 保障進城落戶農牧民子女平等享有受教育權利
        "始兴": "三/(七)",  # 保障进城落户农民子女平等享有受教育权利
    },
    "居住证": {
        "三门峡": "三/(十)",  # 推进居住证制度覆盖全部未落户城镇常住人口
        # 昭通 follows the 2014 reform opinion: 四/(三)/11 健全流動人口服務管理體系 splits permits
        # (11/(1) 完善居住證制度) from the services tied to them (11/(2)); neither is this clause.
        "昭通": None,
        "丹东": "三/(十四)",  # 推进居住证制度覆盖全部未落户城镇常住人口
        "西宁": "三/(十八)",  # 推進居住證制度覆蓋全部未落戶城鎮常住人口
        "始兴": "三/(八)",  # 推进居住证制度覆盖全部未落户城镇常住人口
    },
    "统计": {
        "三门峡": "四/(一)",  # 健全落户统计体系
        "昭通": None,  # 13/(1) is a population survey, not the urbanisation-rate statistics
        "丹东": "四/(十五)",  # 健全落户统计体系
        "西宁": "四/(十九)",  # 健全落戶統計體系
        "始兴": "四/(二)",  # 健全落户统计体系
    },
    "审计": {
        "三门峡": "四/(四)",  # 强化审计监督
        "昭通": None,  # no audit clause
        "丹东": "四/(十七)",  # 强化审计监督
        "西宁": "四/(二十二)",  # 強化審計監督
        "始兴": "四/(四)",  # 强化审计监督
    },
    "人地挂钩": {
        "三门峡": "三/(三)",  # 建立城镇建设用地增加规模与吸纳农业转移人口落户数量挂钩机制
        "昭通": None,  # no land-use linkage clause
        "丹东": "三/(七)",  # 建立城镇建设用地增加规模与吸纳农业转移人口落户数量挂钩机制
        "西宁": "三/(九)",  # 建立城鎮建設用地增加規模與吸納農牧業轉移人口落戶數量掛鉤機制
        "始兴": "三/(二)",  # 建立城镇建设用地增加规模与吸纳农业转移人口落户数量挂钩机制
    },
    "财政支持": {
        "三门峡": "三/(一)",  # 加大对农业转移人口市民化的财政支持力度
        "昭通": "四/(四)/16/(1)",  # 建立財政轉移支付同農業轉移人口市民化掛鉤機制
        "丹东": "三/(六)",  # 适当加大对农业转移人口市民化的财政支持力度，提供同等的基本公共服务
        "西宁": "三/(六)",  # 加大對農牧業轉移人口市民化的財政支持力度并建立動態調整機制
        "始兴": "三/(一)",  # 加大对农业转移人口市民化的财政支持力度并建立动态调整机制
    },
}


@pytest.fixture(scope="module")
def docs(seed_docs):
    return {doc.key: doc for doc in seed_docs.values()}


@pytest.fixture(scope="module")
def families(docs):
    return Families.build(docs[key] for key in sorted(docs))


def family_with(found, key: str, clause_id: str, weak: bool = True):
    """{city: clause id} of the family holding the clause (views or FamilyView list).

    weak=False leaves out the weak members: one is shown as weak, not as a counterpart.
    """
    city_of = {k: city for city, k in CITY.items()}
    for family in found:
        if ClauseRef(key, clause_id) in [m.ref for m in family.members]:
            return {city_of[m.ref.key]: m.ref.clause_id for m in family.members if weak or not m.weak}
    return {}


def expected(subject: str) -> dict:
    return {city: clause for city, clause in EXPECTED[subject].items() if clause}


@pytest.mark.parametrize("subject", EXPECTED)
def test_expected_family(families, subject):
    got = family_with(views(families), CITY["三门峡"], EXPECTED[subject]["三门峡"])
    assert got == expected(subject)


def test_every_clause_in_at_most_one_family_one_per_document(families):
    found = views(families)
    refs = [m.ref for f in found for m in f.members]
    assert len(refs) == len(set(refs))
    for family in found:
        keys = [m.ref.key for m in family.members]
        assert len(keys) == len(set(keys)) >= 2


def test_member_scores_are_mean_similarities(families):
    family = next(f for f in views(families) if ClauseRef(CITY["丹东"], "三/(九)") in [m.ref for m in f.members])
    index = families.index
    ids = [index.find(m.ref) for m in family.members]
    for m, e in zip(family.members, ids):
        others = [index.similarity(e, o) for o in ids if o != e]
        assert m.score == pytest.approx(sum(others) / len(others))
    assert all(0.2 < m.score < 1 for m in family.members)


def test_building_twice_gives_the_same_families(docs, families):
    again = Families.build(docs[key] for key in sorted(docs))
    assert again.groups() == families.groups()


def family_sets(families: Families) -> dict[frozenset, str]:
    """Each family of two or more clauses as its member set, with its name."""
    return {frozenset(m.ref for m in f.members): f.name for f in views(families, scored=False)}


def test_the_order_of_the_documents_does_not_matter(docs, families):
    expected_sets = family_sets(families)
    orders = [sorted(docs, reverse=True)] + [random.Random(seed).sample(sorted(docs), len(docs))
                                             for seed in (1, 2, 3)]
    for order in orders:
        assert family_sets(Families.build(docs[key] for key in order)) == expected_sets


def test_the_build_reports_progress_and_can_be_cancelled(docs):
    seen = []
    Families.build((docs[key] for key in sorted(docs)), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(n, 5) for n in range(1, 6)]
    with pytest.raises(BuildCancelled):
        Families.build((docs[key] for key in sorted(docs)), cancelled=lambda: len(seen) > 7,
                       progress=lambda done, total: seen.append((done, total)))
    assert seen[5:] == [(1, 5), (2, 5), (3, 5)]  # asked before each document, stopped at the fourth


def test_adding_a_document_only_adds(docs):
    four = Families.build(docs[key] for key in sorted(docs)[:4])
    before = four.groups()
    added = four.add_document(docs[CITY["始兴"]])
    after = four.groups()
    for family_id, members in before.items():  # nobody moved: the new clauses joined or founded
        assert after[family_id][:len(members)] == members
        assert set(after[family_id][len(members):]) <= set(added)
    for subject in EXPECTED:
        # Added to four, 昭通 四/(三)/11/(1) 完善居住證制度 joins 居住证 by its place, weak (0.17).
        assert family_with(views(four), CITY["三门峡"], EXPECTED[subject]["三门峡"], weak=False) == expected(subject)


def test_a_new_version_leaves_and_rejoins(docs):
    families = Families.build(docs[key] for key in sorted(docs))
    old = families.index.find(ClauseRef(CITY["丹东"], "三/(九)"))
    families.add_document(docs[CITY["丹东"]])
    assert families.family_of(old) is None
    assert family_with(views(families), CITY["三门峡"], "三/(五)") == expected("三权")


def hand_built(docs, groups: dict[str, list[tuple[str, str]]]) -> Families:
    """Families as given (city, clause id), the seeds' outlines aligned pairwise as a build would."""
    index = ClauseIndex()
    for key in sorted(docs):
        index.add_document(docs[key])
    families = Families.from_json({"next_id": len(groups) + 1, "threshold": 0.2, "families": {
        family_id: [index.find(ClauseRef(CITY[c], k)) for c, k in members]
        for family_id, members in groups.items()}}, index)
    keys = sorted(docs)
    for n, a in enumerate(keys):
        for b in keys[n + 1:]:
            families.links.align(families, a, b)
    return families


def test_two_families_of_one_subject_are_merged_and_a_second_clause_kept_as_alternate(docs):
    """三权 split in two by hand, with 丹东's housing clause in the second half: merged again."""
    families = hand_built(docs, {"1": [("三门峡", "三/(五)"), ("丹东", "三/(九)"), ("西宁", "三/(十一)")],
                                 "2": [("始兴", "三/(三)"), ("昭通", "四/(四)/14/(5)"), ("丹东", "三/(十)")]})
    first, second = list(families.families[1].members), list(families.families[2].members)
    assert merge_families(families) == [(1, 2)]
    assert families.groups() == {1: first + second[:2]}
    assert families.families[1].alternates == [second[2]]
    found = views(families)
    assert family_with(found, CITY["三门峡"], "三/(五)") == expected("三权")
    assert [m.ref for m in found[0].alternates] == [ClauseRef(CITY["丹东"], "三/(十)")]
    again = Families.from_json(families.to_json(), families.index)
    assert again.families[1].alternates == [second[2]]
    again.remove_document(CITY["丹东"])  # the alternate leaves with its document
    assert again.families[1].alternates == [] and again.groups() == {1: [first[0], first[2], *second[:2]]}


def test_without_aligned_outlines_nothing_is_merged(docs):
    families = hand_built(docs, {"1": [("三门峡", "三/(五)"), ("丹东", "三/(九)")],
                                 "2": [("始兴", "三/(三)"), ("昭通", "四/(四)/14/(5)")]})
    families.links = Links()
    assert merge_families(families) == []


def test_families_of_different_subjects_are_not_merged(docs):
    families = hand_built(docs, {"1": [("三门峡", "三/(五)"), ("丹东", "三/(九)")],  # 三权
                                 "2": [("西宁", "三/(十三)"), ("始兴", "三/(四)")]})  # 住房保障
    before = families.groups()
    assert merge_families(families) == []
    assert families.groups() == before


# -- corrections ---------------------------------------------------------------------------------

def link(action, a_city, a_clause, b_city, b_clause, b_title=""):
    return Correction(action, ClauseRef(CITY[a_city], a_clause), ClauseRef(CITY[b_city], b_clause),
                      "", b_title)


def test_unlink_takes_the_clause_out(families):
    found = views(families, [link("unlink", "三门峡", "三/(五)", "昭通", "四/(四)/14/(5)")])
    got = family_with(found, CITY["三门峡"], "三/(五)")
    assert got == {c: v for c, v in expected("三权").items() if c != "昭通"}
    assert family_with(found, CITY["昭通"], "四/(四)/14/(5)") == {}


def test_link_adds_a_clause_and_displaces_its_document_rival(families):
    # The user holds that 昭通 11/(2) (以《居住證》為載體 … 基本公共服務) is the residence-permit clause.
    found = views(families, [link("link", "三门峡", "三/(十)", "昭通", "四/(三)/11/(2)")])
    assert family_with(found, CITY["三门峡"], "三/(十)") == dict(expected("居住证"), 昭通="四/(三)/11/(2)")
    # Linking 昭通 14/(2) to the 三权 family puts out 14/(5): one clause per document.
    found = views(families, [link("link", "丹东", "三/(九)", "昭通", "四/(四)/14/(2)")])
    assert family_with(found, CITY["丹东"], "三/(九)")["昭通"] == "四/(四)/14/(2)"
    assert family_with(found, CITY["昭通"], "四/(四)/14/(5)") == {}


def test_corrections_apply_in_order(families):
    steps = [link("unlink", "三门峡", "三/(五)", "昭通", "四/(四)/14/(5)"),
             link("link", "三门峡", "三/(五)", "昭通", "四/(四)/14/(5)")]
    assert family_with(views(families, steps), CITY["三门峡"], "三/(五)") == expected("三权")


def test_a_correction_within_one_document_is_ignored(families):
    groups = families.groups()
    same_doc = Correction("link", ClauseRef(CITY["丹东"], "三/(九)"), ClauseRef(CITY["丹东"], "三/(十)"))
    assert corrected(groups, [same_doc], families.index) == corrected(groups, [], families.index)


# -- the store -----------------------------------------------------------------------------------

@pytest.fixture
def stores(tmp_path, seed_paths):
    corpus = CorpusStore(tmp_path / "data")
    corpus.import_files(seed_paths)
    alignment = AlignmentStore(corpus)
    alignment.update()
    return corpus, alignment


def renumbered_zhaotong(seed, folder: Path) -> Path:
    """昭通 with a new item before 14/(5): the 三权 item becomes 14/(6) (same file name)."""
    text = seed("001").read_text("utf-8")
    marker = "(5)進城落戶農民是否有償退出"
    assert marker in text
    text = text.replace(marker, "(5)穩步推進農村集體資產股份合作制改革試點。\n(6)進城落戶農民是否有償退出")
    folder.mkdir(exist_ok=True)
    path = folder / seed("001").name
    path.write_text(text, "utf-8")
    return path


def test_store_families_match_the_core(stores, families):
    _, alignment = stores
    for subject in EXPECTED:
        got = family_with(alignment.families(), CITY["三门峡"], EXPECTED[subject]["三门峡"])
        assert got == expected(subject)
    assert alignment.family_of(ClauseRef(CITY["昭通"], "四/(四)/14/(5)")).members[0].ref == \
        ClauseRef(CITY["三门峡"], "三/(五)")


def test_store_reopens_from_disk(stores):
    corpus, alignment = stores
    reopened = AlignmentStore(CorpusStore(corpus.data_dir))
    assert reopened.update().added == []
    assert [[m.ref for m in f.members] for f in reopened.families()] == \
        [[m.ref for m in f.members] for f in alignment.families()]


def test_store_find(stores):
    _, alignment = stores
    found = alignment.find(ClauseRef(CITY["三门峡"], "四/(四)"))  # 强化审计监督
    assert {m.ref for m in found} == {ClauseRef(CITY["丹东"], "四/(十七)"),
                                      ClauseRef(CITY["西宁"], "四/(二十二)"), ClauseRef(CITY["始兴"], "四/(四)")}
    assert [m.score for m in found] == sorted((m.score for m in found), reverse=True)
    with pytest.raises(StoreError, match=re.escape("no clause 九/(九)")):
        alignment.find(ClauseRef(CITY["三门峡"], "九/(九)"))


def test_corrections_are_user_data_and_survive_reimport(stores, seed, tmp_path):
    corpus, alignment = stores
    alignment.unlink(ClauseRef(CITY["三门峡"], "三/(五)"), ClauseRef(CITY["昭通"], "四/(四)/14/(5)"))
    alignment.link(ClauseRef(CITY["三门峡"], "三/(十)"), ClauseRef(CITY["昭通"], "四/(三)/11/(2)"))
    saved = json.loads((corpus.data_dir / "user" / "alignment.json").read_text("utf-8"))
    assert [c["action"] for c in saved["corrections"]] == ["unlink", "link"]
    assert saved["corrections"][0]["b"] == {"key": CITY["昭通"], "clause": "四/(四)/14/(5)",
                                            "title": "進城落戶農民是否有償退出“三權”,應根據黨的十八屆三中全會精神,在尊重農民意愿前"}
    # Re-import 昭通 renumbered: the unlinked 三权 item is now 14/(6) and is found by its title.
    assert corpus.import_files([renumbered_zhaotong(seed, tmp_path / "v2")])[0].status == "new-version"
    update = alignment.update()
    assert update.added == [CITY["昭通"]]
    three_rights = family_with(alignment.families(), CITY["三门峡"], "三/(五)")
    assert "昭通" not in three_rights
    assert alignment.family_of(ClauseRef(CITY["昭通"], "四/(四)/14/(6)")) is None
    assert family_with(alignment.families(), CITY["三门峡"], "三/(十)")["昭通"] == "四/(三)/11/(2)"
    # A fresh process sees the same.
    again = AlignmentStore(CorpusStore(corpus.data_dir))
    assert "昭通" not in family_with(again.families(), CITY["三门峡"], "三/(五)")


def test_withdrawing_a_correction(stores):
    _, alignment = stores
    correction = alignment.unlink(ClauseRef(CITY["三门峡"], "三/(五)"), ClauseRef(CITY["丹东"], "三/(九)"))
    assert "丹东" not in family_with(alignment.families(), CITY["三门峡"], "三/(五)")
    assert alignment.remove_correction(correction)
    assert family_with(alignment.families(), CITY["三门峡"], "三/(五)") == expected("三权")
    assert not alignment.remove_correction(correction)


def test_a_correction_within_one_document_is_refused(stores):
    _, alignment = stores
    with pytest.raises(StoreError, match="one document"):
        alignment.link(ClauseRef(CITY["丹东"], "三/(九)"), ClauseRef(CITY["丹东"], "三/(十)"))
    assert alignment.corrections() == []


def test_a_damaged_corrections_file_is_reported_and_kept(stores):
    corpus, alignment = stores
    path = corpus.data_dir / "user" / "alignment.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"schema": 1, "corrections": [', "utf-8")
    with pytest.raises(StoreError, match="alignment.json is damaged"):
        alignment.link(ClauseRef(CITY["三门峡"], "三/(五)"), ClauseRef(CITY["丹东"], "三/(十)"))
    assert path.read_text("utf-8") == '{"schema": 1, "corrections": ['


def test_a_damaged_cache_is_rebuilt(stores):
    corpus, alignment = stores
    (corpus.folder / "alignment" / "state.json").write_text("{", "utf-8")
    fresh = AlignmentStore(CorpusStore(corpus.data_dir))
    update = fresh.update()
    assert "unreadable" in update.rebuilt_because
    assert sorted(update.added) == sorted(CITY.values())
    assert family_with(fresh.families(), CITY["三门峡"], "三/(五)") == expected("三权")


def test_an_update_writes_one_new_segment(stores, seed, tmp_path):
    corpus, alignment = stores
    folder = corpus.folder / "alignment"
    before = {p.name: p.read_bytes() for p in folder.glob("seg-*")}
    corpus.import_files([renumbered_zhaotong(seed, tmp_path / "v2")])
    alignment.update()
    after = {p.name: p.read_bytes() for p in folder.glob("seg-*")}
    assert {k: after[k] for k in before} == before  # the earlier segments are untouched
    assert len(after) == len(before) + 2  # one .npz and one .json


def test_removing_a_document_from_the_corpus(stores):
    corpus, alignment = stores
    index = json.loads(corpus.index_path.read_text("utf-8"))
    index["documents"] = {n: r for n, r in index["documents"].items() if r["key"] != CITY["始兴"]}
    corpus.index_path.write_text(json.dumps(index, ensure_ascii=False), "utf-8")
    fresh = AlignmentStore(CorpusStore(corpus.data_dir))
    update = fresh.update()
    assert update.removed == [CITY["始兴"]] and update.added == []
    assert family_with(fresh.families(), CITY["三门峡"], "三/(五)") == {
        c: v for c, v in expected("三权").items() if c != "始兴"}


# -- the command line ----------------------------------------------------------------------------

def run_align(argv: list[str], data_dir: Path) -> int:
    return main(["--data-dir", str(data_dir), "align", *argv])


def test_align_json(seed_paths, tmp_path, capsys):
    files = [str(p) for p in reversed(seed_paths)]
    assert run_align([*files, "--json"], tmp_path) == 0
    data = json.loads(capsys.readouterr().out)
    three_rights = next(f for f in data["families"]
                        if {"file": files[-1], "path": [3, 5], "clause": "三/(五)",
                            "title": "建立进城落户农民“三权”维护和自愿有偿退出机制"}.items()
                        <= dict(f["members"][-1]).items())
    assert [(Path(m["file"]).name[:3], m["path"]) for m in three_rights["members"]] == [
        ("004", [3, 3]), ("003", [3, 11]), ("002", [3, 9]), ("001", [4, 4, 14, 5]), ("000", [3, 5])]
    assert all(0.2 < m["score"] < 1 for m in three_rights["members"])
    assert [f["id"] for f in data["families"]] == list(range(1, len(data["families"]) + 1))
    seen = [(m["file"], m["clause"]) for f in data["families"] for m in f["members"]]
    assert len(seen) == len(set(seen))


def test_align_text_and_order_of_files(seed_paths, tmp_path, capsys):
    assert run_align([str(p) for p in seed_paths], tmp_path) == 0
    out = capsys.readouterr().out
    assert "  西宁市\t三/(十一)\t" in out
    assert out.rstrip().endswith("families across 5 files")
    assert run_align([str(p) for p in seed_paths], tmp_path) == 0
    assert capsys.readouterr().out == out


def test_align_applies_the_users_corrections(seed_paths, tmp_path, capsys):
    path = tmp_path / "user" / "alignment.json"
    path.parent.mkdir()
    path.write_text(json.dumps({"schema": 1, "corrections": [link(
        "unlink", "三门峡", "三/(五)", "昭通", "四/(四)/14/(5)").to_json()]}), "utf-8")
    assert run_align([str(p) for p in seed_paths] + ["--json"], tmp_path) == 0
    data = json.loads(capsys.readouterr().out)
    assert read_corrections(tmp_path)[0].action == "unlink"
    family = next(f for f in data["families"] if [3, 5] in [m["path"] for m in f["members"]])
    assert [4, 4, 14, 5] not in [m["path"] for m in family["members"]]


def test_align_refuses_two_files_of_one_name(seed, tmp_path, capsys):
    copy = tmp_path / "copy" / seed("000").name
    copy.parent.mkdir()
    shutil.copy(seed("000"), copy)
    assert run_align([str(seed("000")), str(copy)], tmp_path) == 2
    assert "has the same name as" in capsys.readouterr().err
