"""Groups of the corpus list on the seeds: by any attribute, in the order a reader expects,
with the documents that have no value in one group last."""
import pytest

from policylens.core.grouping import (EXPIRED, IN_FORCE, IN_TERM, NONE, NOT_YET, Group, group_by_attribute,
                                      group_by_place, group_by_set, group_documents, validity_status, value_order)
from policylens.store.corpus import CorpusStore
from policylens.store.user_attributes import UserAttributes
from test_cli import SEEDS

SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING = ("000_475fe52b6475e2b2", "001_cb987e057fa661f0",
                                                 "002_0b082def2c4c3406", "003_75f870b2b59b37d0",
                                                 "004_cfcbd90ad6d31fda")


@pytest.fixture(scope="module")
def seeds(tmp_path_factory):
    data = tmp_path_factory.mktemp("grouping")
    corpus = CorpusStore(data)
    corpus.import_files(SEEDS)
    records = corpus.documents()
    return records, UserAttributes(data).table(records)


def shape(groups: list[Group]) -> list[tuple[str, list[str]]]:
    return [(g.value, [k[:3] for k in g.keys]) for g in groups]


def test_years_group_as_numbers_with_the_undated_last(seeds):
    records, table = seeds
    keys = [r["key"] for r in records]
    assert shape(group_by_attribute(keys, table, "year")) == [
        ("2017", ["001", "003"]), ("2018", ["004"]), ("2019", ["000"]), (NONE, ["002"])]
    assert shape(group_by_attribute(keys, table, "level")) == [("市", ["000", "001", "002", "003"]), ("县", ["004"])]


def test_traditional_and_simplified_values_are_one_group_named_as_first_seen(seeds):
    records, table = seeds
    table = {k: dict(v) for k, v in table.items()}
    table[ZHAOTONG]["issuer"] = "西宁市人民政府办公厅"  # 西寧市人民政府辦公廳 in the other
    groups = group_by_attribute([r["key"] for r in records], table, "issuer")
    assert ("西宁市人民政府办公厅", ["001", "003"]) in shape(groups) and shape(groups)[-1] == (NONE, ["002"])


def test_places_by_level_rank_then_as_they_first_appear(seeds):
    records, _ = seeds
    assert [(g.value, g.level) for g in group_by_place(records)] == [
        ("三门峡", "市"), ("昭通", "市"), ("丹东", "市"), ("西宁", "市"), ("始兴", "县")]
    extra = [{"key": "a", "place": "", "level": ""}, {"key": "b", "place": "广东", "level": "省"},
             {"key": "c", "place": "全国", "level": "国家"}, {"key": "d", "place": "始兴", "level": "县"}]
    assert [(g.value, g.level, g.keys) for g in group_by_place(extra)] == [
        ("全国", "国家", ("c",)), ("广东", "省", ("b",)), ("始兴", "县", ("d",)), ("", "", ("a",))]


def test_levels_rank_national_first_and_numbers_and_choices_keep_their_order():
    levels = group_documents("abcde", {"a": ["县"], "b": ["国家"], "c": ["市"], "d": ["省"], "e": [""]}.get,
                             value_order(name="level"))
    assert [g.value for g in levels] == ["国家", "省", "市", "县", NONE]
    numbers = group_documents("abcd", {"a": ["10"], "b": ["9"], "c": ["1,200"], "d": ["约100"]}.get,
                              value_order("number"))
    assert [g.value for g in numbers] == ["9", "10", "1,200", "约100"]  # as text only what is not a number
    chosen = group_documents("abc", {"a": ["否"], "b": ["是"], "c": []}.get, value_order("choice", ("是", "否")))
    assert [(g.value, g.keys) for g in chosen] == [("是", ("b",)), ("否", ("a",)), (NONE, ("c",))]


def test_a_document_of_two_sets_is_in_both_groups_and_one_of_none_last():
    groups = group_by_set(["k1", "k2", "k3"], {"西部": ["k3", "k1"], "试点": ["k1"]})
    assert [(g.value, g.keys) for g in groups] == [("西部", ("k1", "k3")), ("试点", ("k1",)), (NONE, ("k2",))]
    by_pinyin = group_by_set(["k1", "k2", "k3"], {"西部": ["k3", "k1"], "试点": ["k1"]},
                             {"西部": "xibu", "试点": "shidian"}.get)
    assert [g.value for g in by_pinyin] == ["试点", "西部", NONE]


def test_stated_validity_of_the_seeds_on_a_day(seeds):
    records, _ = seeds
    dates = {r["key"]: r.get("dates") or {} for r in records}
    # 始兴: "本实施方案自印发之日起试行，有效期三年", 2018年9月13日印发; the others state nothing
    assert dates[SHIXING]["effective"] == "2018-09-13" and dates[SHIXING]["expires"] == "2021-09-12"
    assert validity_status(dates[SHIXING], "2018-09-12") == NOT_YET
    assert validity_status(dates[SHIXING], "2021-09-12") == IN_TERM
    assert validity_status(dates[SHIXING], "2021-09-13") == EXPIRED
    assert {validity_status(dates[k], "2020-01-01") for k in dates if k != SHIXING} == {NONE}
    assert validity_status({"effective": "2016-01-01"}, "2020-01-01") == IN_FORCE
