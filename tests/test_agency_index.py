"""The agency index over the five seeds, checked against tests/expected/*.json."""
import json
from pathlib import Path

import pytest

from policylens.core.agency_index import AgencyIndex, number_label

EXPECTED = sorted((Path(__file__).resolve().parent / "expected").glob("*.json"))

COUNTY_POLICE_LEADS = [("始兴", "二"), ("始兴", "三/(八)"), ("始兴", "四/(三)")]


@pytest.fixture(scope="module")
def seeds(seed_docs):
    return [seed_docs[name] for name in sorted(seed_docs)]


@pytest.fixture(scope="module")
def index(seeds):
    return AgencyIndex(seeds)


def _from_expected(canonical, role):
    """(place, clause id) of every clause of the expected files with that agency in that role."""
    found = []
    for path in EXPECTED:
        data = json.loads(path.read_text("utf-8"))
        for clause in data["clauses"]:
            if any(a[0] == role and a[2] == canonical for a in clause["agencies"]):
                found.append((data["meta"]["place"], clause["id"]))
    return found


def test_city_police_leads(index, city_police_leads):
    rows = index.clauses("市公安局", roles={"lead"})
    assert [(r.place, r.clause_id) for r in rows] == city_police_leads
    assert city_police_leads == _from_expected("市公安局", "lead")
    assert all("lead" in r.roles for r in rows)
    assert rows[0].title == "全面放开放宽重点群体落户限制"
    assert rows[0].label == "二/(一)"


def test_county_police_leads_in_shixing(index):
    rows = index.clauses("县公安局", roles={"lead"})
    assert [(r.place, r.clause_id) for r in rows] == COUNTY_POLICE_LEADS
    assert COUNTY_POLICE_LEADS == _from_expected("县公安局", "lead")
    assert rows[0].roles == ("lead", "mention")  # all its roles in the clause, in ROLES order


@pytest.mark.parametrize("role", ["cooperate", "responsible", "mention"])
def test_each_role_matches_expected(index, role):
    rows = index.clauses("市公安局", roles={role})
    assert [(r.place, r.clause_id) for r in rows] == _from_expected("市公安局", role)


def test_doc_key_filter_and_default_roles(index, seeds, city_police_leads):
    zhaotong = seeds[1].key
    rows = index.clauses("市公安局", roles={"lead"}, doc_keys={zhaotong})
    assert [(r.place, r.clause_id) for r in rows] == city_police_leads[5:15]
    default = index.clauses("市公安局")
    assert all(set(r.roles) & {"lead", "cooperate", "responsible"} for r in default)
    assert len(default) > len(city_police_leads)
    assert index.clauses("市公安局", roles=set()) == []
    assert index.clauses("没有这个单位") == []


def test_agency_rows(index, seeds, city_police_leads):
    rows = {r.canonical: r for r in index.agencies()}
    police = rows["市公安局"]
    assert police.roles["lead"] == len(city_police_leads)
    assert list(police.places) == ["三门峡", "昭通", "丹东", "西宁"]
    any_role = {"lead", "cooperate", "responsible", "mention"}
    assert police.places["昭通"] == len(index.clauses("市公安局", any_role, doc_keys={seeds[1].key}))
    assert police.total == sum(police.places.values())
    assert not police.collective
    assert any(r.collective for r in rows.values())
    totals = [r.total for r in index.agencies()]
    assert totals == sorted(totals, reverse=True)


def test_names_and_matching(index):
    assert "市公安局" in index.names()
    assert index.matching("公安") == ["县公安局", "市公安局", "省公安厅"]
    assert index.matching("財政") == index.matching("财政") != []


def test_number_label_drops_repeat_suffix(seeds):
    clause = next(c for c in seeds[0].clauses if c.kind == "heading")
    assert number_label(clause) == clause.id
    clause_copy = type(clause)(**{**clause.__dict__, "id": "二~2/(一)~3"})
    assert number_label(clause_copy) == "二/(一)"
    preamble = seeds[0].clauses[0]
    assert number_label(preamble) == ""


def test_several_agencies_at_once_are_one_list_in_corpus_order(index, city_police_leads):
    rows = index.clauses(["市公安局", "县公安局"], roles={"lead"})
    assert [(r.place, r.clause_id) for r in rows] == city_police_leads + COUNTY_POLICE_LEADS  # 始兴 is seed 004
    assert {r.agencies for r in rows} == {("市公安局",), ("县公安局",)}


def test_a_department_across_levels(index):
    from policylens.core.agency_groups import department, department_groups, tier_of

    assert [department(n) for n in ("市公安局", "县公安局", "区公安局", "省公安厅", "市场监管局", "市市场监管局")] == \
        ["公安局", "公安局", "公安局", "公安局", "市场监管局", "市场监管局"]
    assert department_groups(["市公安局", "各县区政府", "县公安局"], {"各县区政府"}) == {"公安局": ("市公安局", "县公安局")}
    # a name that begins with its division: 北京 is a 直辖市, so its bureau is a province's
    assert department_groups(["北京市公安局", "深圳市公安局", "广东省公安厅", "北京市海淀区公安分局", "国务院办公厅"]) == \
        {"公安局": ("北京市公安局", "深圳市公安局", "广东省公安厅")}
    assert [tier_of(n) for n in ("北京市公安局", "北京市海淀区公安分局", "重庆市城口县人民政府", "深圳市公安局",
                                 "省公安厅", "县公安局", "公安部")] == ["省", "区", "县", "市", "省", "县", ""]
    assert department("国务院办公厅") == "国务院办公厅" and department("省政府办公厅") == "政府办公厅"
    police = next(r for r in index.departments() if r.canonical == "公安局")
    assert set(police.members) == {"市公安局", "县公安局", "省公安厅"}
    assert list(police.places) == ["三门峡", "昭通", "丹东", "西宁", "始兴"]
    assert police.places["始兴"] == 9 and police.places["昭通"] == 19  # 省公安厅's two share 昭通's clauses
    assert "市公安局" not in {r.canonical for r in index.departments()}
