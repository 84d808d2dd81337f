"""Every document's share of new text: exact on a hand-built pair and on the five seeds, the
corpus-wide pass equal to novelty() per document, and the cache's invalidation."""
from __future__ import annotations

import json
from dataclasses import replace

import pytest

from policylens.core.diffusion.dates import AdoptionDate
from policylens.core.diffusion.facts import DocFacts, facts_of
from policylens.core.diffusion.grams import GramTable
from policylens.core.diffusion.novelty import novelty
from policylens.core.diffusion.novelty_shares import novelty_shares, shares_in_one_pass
from policylens.store.novelty_cache import cache_path, cached_novelty_shares

OLD = "甲乙丙丁戊己庚辛壬癸"  # ten characters the province wrote
NEW = "子丑寅卯辰巳午未"  # eight the city added after them


def facts(key, level, date):
    return DocFacts(key, key, "甲", level, "", "", AdoptionDate(date, "written") if date else None)


def both_ways(table, texts):
    """The shares by novelty() per document and by the corpus-wide pass: they must agree."""
    return novelty_shares(table, texts.get), shares_in_one_pass(table, texts.get, list(texts))


def test_a_hand_built_pair_by_the_character():
    texts = {"p": OLD, "c": OLD + "，" + NEW}
    table = GramTable.build([(facts("p", "省", "2015"), texts["p"]), (facts("c", "市", "2016-03"), texts["c"])])
    for found in both_ways(table, texts):
        city, province = found["c"], found["p"]
        assert (city.new_chars, city.chars, city.compared) == (8, 18, 1)  # the comma is not a character kept
        assert city.share == 8 / 18 and city.date == AdoptionDate("2016-03", "written")
        assert (province.new_chars, province.chars, province.compared) == (10, 10, 0)  # nothing before it


def test_a_higher_undated_document_makes_text_old_and_a_short_remainder_is_no_new_text():
    texts = {"p": OLD, "c": OLD + NEW, "n": "寅卯辰巳午"}  # 国家, undated: above the city whatever its date
    table = GramTable.build([(facts("p", "省", "2015"), texts["p"]), (facts("c", "市", "2016"), texts["c"]),
                             (facts("n", "国家", None), texts["n"])])
    for found in both_ways(table, texts):
        # 子丑 (2) and 未 (1) are left between old text: each shorter than a 5-gram, no new span
        assert (found["c"].new_chars, found["c"].chars, found["c"].compared) == (0, 18, 2)
        assert (found["p"].new_chars, found["p"].compared) == (10, 1)  # the national one is above it
        assert (found["n"].new_chars, found["n"].compared) == (5, 0)


def test_a_later_peer_and_an_unknown_level_are_not_references():
    texts = {"c": OLD + NEW, "q": OLD, "u": OLD}
    table = GramTable.build([(facts("c", "市", "2016"), texts["c"]), (facts("q", "市", "2017"), texts["q"]),
                             (facts("u", "", None), texts["u"])])
    for found in both_ways(table, texts):
        assert (found["c"].new_chars, found["c"].chars, found["c"].compared) == (18, 18, 0)
        assert found["q"].compared == 1 and found["q"].new_chars == 0  # the city came first


SEED_SHARES = {  # (new characters, characters, documents compared with)
    "000_475fe52b6475e2b2": (1167, 3263, 3),  # 三门峡 市 2019-11-28: after 昭通, 西宁 and 始兴
    "001_cb987e057fa661f0": (5902, 5902, 0),  # 昭通 市 2017-03-10: the first
    "002_0b082def2c4c3406": (3459, 3459, 0),  # 丹东 市, undated: compared with higher levels only
    "003_75f870b2b59b37d0": (5105, 6659, 1),  # 西宁 市 2017-11-02: after 昭通
    "004_cfcbd90ad6d31fda": (1106, 3131, 4),  # 始兴 县 2018-09-10: after 昭通 and 西宁, below the 市
}


@pytest.fixture(scope="module")
def seeds(seed_docs):
    return [(facts_of(d), d.content_hash, d.text) for d in sorted(seed_docs.values(), key=lambda d: d.key)]


def test_the_five_seeds_exactly_and_as_novelty_gives_them(seeds):
    table = GramTable.build((f, t) for f, _h, t in seeds)
    texts = {f.key: t for f, _h, t in seeds}
    for found in both_ways(table, texts):
        assert {k: (s.new_chars, s.chars, s.compared) for k, s in found.items()} == SEED_SHARES
    for f, _h, text in seeds:
        one = novelty(table, f, text)
        assert (one.new_chars, one.chars, one.compared) == SEED_SHARES[f.key]


def computed(data_dir, documents) -> set:
    found = cached_novelty_shares(data_dir, documents)
    assert {k: (s.new_chars, s.chars, s.compared) for k, s in found.shares.items()} == expected(documents)
    return found.computed


def expected(documents) -> dict:
    table = GramTable.build((f, t) for f, _h, t in documents)
    return {f.key: (n.new_chars, n.chars, n.compared) for f, _h, t in documents for n in [novelty(table, f, t)]}


def test_the_cache_keeps_shares_and_a_removed_or_added_document_recomputes_those_after_it(tmp_path, seeds):
    assert computed(tmp_path, seeds) == set(SEED_SHARES)
    assert computed(tmp_path, seeds) == set()
    without_zhaotong = [d for d in seeds if d[0].key != "001_cb987e057fa661f0"]
    # 昭通 came before 三门峡, 西宁 and 始兴; 丹东 (undated) never compared with it
    assert computed(tmp_path, without_zhaotong) == {"000_475fe52b6475e2b2", "003_75f870b2b59b37d0",
                                                    "004_cfcbd90ad6d31fda"}
    kept = json.loads(cache_path(tmp_path).read_text(encoding="utf-8"))["shares"]
    assert sorted(kept) == sorted(f.key for f, _h, _t in without_zhaotong)
    # added again: its own share and those of the documents after it
    assert computed(tmp_path, seeds) == {"001_cb987e057fa661f0", "000_475fe52b6475e2b2", "003_75f870b2b59b37d0",
                                         "004_cfcbd90ad6d31fda"}


def test_a_corrected_date_recomputes_the_shares_it_changes(tmp_path, seeds):
    computed(tmp_path, seeds)

    def shixing_on(date):
        return [(replace(f, date=AdoptionDate(date, "written")) if f.key.startswith("004") else f, h, t)
                for f, h, t in seeds]
    # still after 昭通 and 西宁, before 三门峡: no other document's references change
    assert computed(tmp_path, shixing_on("2018-12-01")) == {"004_cfcbd90ad6d31fda"}
    # now after 三门峡: 三门峡 loses an earlier document, 始兴 gains one
    assert computed(tmp_path, shixing_on("2020")) == {"000_475fe52b6475e2b2", "004_cfcbd90ad6d31fda"}
    assert cached_novelty_shares(tmp_path, shixing_on("2020")).shares["004_cfcbd90ad6d31fda"].compared == 4


def test_a_reanalysed_text_and_a_damaged_file(tmp_path, seeds):
    computed(tmp_path, seeds)
    reanalysed = [(f, h, t + "\n本市另行制定实施细则。") if f.key.startswith("001") else (f, h, t) for f, h, t in seeds]
    assert computed(tmp_path, reanalysed) == {"001_cb987e057fa661f0", "000_475fe52b6475e2b2",
                                              "003_75f870b2b59b37d0", "004_cfcbd90ad6d31fda"}
    cache_path(tmp_path).write_bytes(b'{"schema": 1, "shares": {"000_475fe')
    assert computed(tmp_path, reanalysed) == set(SEED_SHARES)
    assert computed(tmp_path, reanalysed) == set()
