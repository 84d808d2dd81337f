"""Novelty spans on a hand-built pair, deadline normalisation, dates as periods, the panel."""
from __future__ import annotations

import pytest

from policylens.core.diffusion.dates import AdoptionDate, adoption_date
from policylens.core.diffusion.facts import DocFacts
from policylens.core.diffusion.grams import GramTable
from policylens.core.diffusion.novelty import novelty
from policylens.core.diffusion.panel import PANEL_COLUMNS, family_place_table, panel
from policylens.core.diffusion.tasks import normalise, tasks
from policylens.core.document import analyze_bytes
from policylens.core.diffusion.timeline import timeline

PROVINCE_TEXT = "居住证持有人享有基本公共服务。连续居住满2年可以申请。"
CITY_TEXT = "居住证持有人享有基本公共服务。本市另行规定积分落户办法。连续居住满3年可以申请。"


def facts(key, level, date, place="甲"):
    return DocFacts(key, key, place, level, "", "", AdoptionDate(date, "written") if date else None)


def test_novelty_spans_of_a_hand_built_pair():
    province, city = facts("p", "省", "2015-01-01"), facts("c", "市", "2016-01-01")
    table = GramTable.build([(province, PROVINCE_TEXT), (city, CITY_TEXT)])
    found = novelty(table, city, CITY_TEXT)
    assert found.spans == [(15, 27)]  # 本市另行规定积分落户办法; 满3年 for 满2年 is not new text
    assert CITY_TEXT[15:27] == "本市另行规定积分落户办法"
    assert (found.new_chars, found.chars, found.compared) == (12, 37, 1)


def test_a_higher_level_counts_whatever_its_date_and_a_later_peer_does_not():
    province, city = facts("p", "省", "2017-01-01"), facts("c", "市", "2016-01-01")
    table = GramTable.build([(province, CITY_TEXT), (city, CITY_TEXT)])
    assert novelty(table, city, CITY_TEXT).spans == []
    peer = facts("q", "市", "2017-01-01")
    table = GramTable.build([(peer, CITY_TEXT), (city, CITY_TEXT)])
    assert novelty(table, city, CITY_TEXT).share == 1.0


@pytest.mark.parametrize("phrase, due", [
    ("2017年底前完成", "2017-12-31"), ("2018年6月底前", "2018-06-30"), ("2018年2月底", "2018-02-28"),
    ("2019年12月31日前", "2019-12-31"), ("2018年上半年", "2018-06-30"), ("2018年第三季度", "2018-09-30"),
    ("2020年前", "2020-12-31"), ("长期坚持", None), ("持续推进", None), ("2016年十月底", "2016-10-31")])
def test_deadlines_are_normalised(phrase, due):
    assert normalise(phrase) == due


def test_adoption_date_falls_back_and_compares_as_periods():
    assert adoption_date({"issued": "2014-10-24", "published": "2014-11-01"}) == AdoptionDate("2014-10-24", "issued")
    assert adoption_date({"written": "2014-10-23", "issued": "2014-10-24"}).source == "written"
    assert adoption_date({}, "粤人社发〔2011〕306号") == AdoptionDate("2011", "number")
    assert adoption_date({}) is None
    assert not AdoptionDate("2014", "number").before(AdoptionDate("2014-10-23", "written"))
    assert AdoptionDate("2013-12", "written").before(AdoptionDate("2014", "number"))


def test_panel_rows_run_until_adoption_or_the_end_of_the_corpus():
    corpus = {k: facts(k, lvl, d, place) for k, lvl, d, place in (
        ("gd", "省", "2011-05-01", "广东"), ("hz", "市", "2013-04-18", "惠州"), ("zs", "市", "2014-01-01", "中山"))}
    line = timeline(7, "积分", [("gd", "1", ""), ("hz", "2", "")], corpus)
    rows = [dict(zip(PANEL_COLUMNS, r)) for r in panel([line], corpus.values())]
    assert [(r["place"], r["year"], r["adopted"], r["adopters_before"], r["reference_before"]) for r in rows] == [
        ("广东", 2011, 1, 0, 0),
        ("中山", 2011, 0, 0, 0), ("中山", 2012, 0, 1, 1), ("中山", 2013, 0, 1, 1), ("中山", 2014, 0, 2, 1),
        ("惠州", 2011, 0, 0, 0), ("惠州", 2012, 0, 1, 1), ("惠州", 2013, 1, 1, 1)]
    assert family_place_table([line]) == (["family", "family_name", "广东省", "惠州市"],
                                          [[7, "积分", 2011, 2013]])  # places that adopted one of them


PLAN = ("某市推进户籍制度改革实施方案\n一、重点任务\n"
        "（一）建立居住证制度。全面实施居住证制度。（市公安局牵头，市发展改革委配合，2017年底前完成）\n"
        "（二）扩大教育覆盖。保障随迁子女入学。（市教育局负责，长期坚持）\n二、任务分工\n"
        "序号\t重点任务\t牵头单位\t完成时限\n1\t完善积分落户制度\t市公安局\t2018年6月底\n"
        "2\t推进基本公共服务均等化\t市发展改革委\t持续推进\n")


def test_tasks_from_a_task_list_and_a_division_table():
    doc = analyze_bytes(PLAN.encode("utf-8"), "plan.txt")
    found = [(t.clause, t.title, t.agencies, t.deadline.text, t.deadline.due) for t in tasks(doc)]
    assert found == [
        ("一/(一)", "建立居住证制度", (("lead", "市公安局"), ("cooperate", "市发展改革委")), "2017年底", "2017-12-31"),
        ("一/(二)", "扩大教育覆盖", (("responsible", "市教育局"),), "长期坚持", None),
        ("二/1", "完善积分落户制度", (("lead", "市公安局"),), "2018年6月底", "2018-06-30"),
        ("二/2", "推进基本公共服务均等化", (("lead", "市发展改革委"),), "持续推进", None)]
    first = tasks(doc)[0].deadline
    assert doc.text[first.start:first.end] == "2017年底"


def _facts(key: str, title: str, number: str, written: str) -> DocFacts:
    return DocFacts(key, title, "", "", "", number, adoption_date({"written": written}, number))


def test_a_citation_whose_number_is_unknown_finds_a_document_of_that_title_without_a_number():
    from policylens.core.diffusion.citations import Citation, Resolver
    title = "国务院办公厅关于印发推动1亿非户籍人口在城市落户方案的通知"
    unnumbered = _facts("state", title, "", "2016-09-30")
    other_province = _facts("province", "某省人民政府办公厅关于印发推动1亿非户籍人口在城市落户方案的通知",
                            "某政办〔2016〕9号", "2016-11-01")
    citing = _facts("city", "某市方案", "", "2017-11-02")
    cited = Citation("關于印發推動1億非戶籍人口在城市落戶方案的通知", "國辦發〔2016〕72號", 0, 10)
    assert Resolver([unnumbered, other_province, citing]).resolve(cited, citing).key == "state"
    # another document's own 文号 contradicts the citation's: never that one
    assert Resolver([other_province, citing]).resolve(cited, citing) is None
