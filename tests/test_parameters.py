"""The parameter table of the five seeds: values read from the documents, with their spans."""
from __future__ import annotations

import json

import pytest

from policylens.cli import main
from policylens.core.parameters import PARAMETERS, parameter_table


@pytest.fixture(scope="module")
def table(seed_docs):
    return parameter_table(list(seed_docs.values()))


def cell(table, prefix, parameter):
    key = next(d.key for d in table.documents if d.key.startswith(prefix))
    return [(v.text, v.start, v.end, v.clause, v.number, v.unit, v.abolished) for v in table.cell(key, parameter)]


def test_years_of_residence_insurance_and_work(table):
    # 丹东 二/(四): 在我市城区就业居住和举家迁移的农业人口满2年以上可凭居住证落户
    assert cell(table, "002", "residence_years") == [("满2年以上", 950, 955, "二/(四)", 2.0, "年", False)]
    # 西宁 二/(五)/3: 且在西寧市交納養老保險滿3年的,允許本人、配偶及未婚子女落戶
    assert cell(table, "003", "insurance_years") == [("滿3年", 1996, 1999, "二/(五)/3", 3.0, "年", False)]
    # 始兴 二: 对参加城镇社会保险1年以上（含1年）的可在参保地或实际居住地落户
    assert cell(table, "004", "insurance_years") == [("1年以上（含1年）", 812, 821, "二", 1.0, "年", False)]
    # 昭通 四/(二)/9: 與企業簽訂了勞動合同且工作滿一年以上等人員
    assert cell(table, "001", "employment_years") == [("滿一年以上", 3266, 3271, "四/(二)/9", 1.0, "年", False)]
    # 三门峡 sets no years at all: any legal stable home (含租赁) will do.
    assert all(cell(table, "000", p) == [] for p in ("residence_years", "insurance_years", "employment_years"))


def test_conditions_dandong_abolished(table):
    # 丹东 二/(五): 取消…需连续承租同一房屋1年以上时限要求，取消投资落户需提供1年以上纳税凭证…的限制，
    # 取消人才引进需签订1年以上劳动合同和参加1年以上城镇基本养老、基本医疗保险限制。
    expected = {"rental_years": 1164, "tax_years": 1182, "employment_years": 1213, "insurance_years": 1224}
    for parameter, start in expected.items():
        assert cell(table, "002", parameter) == [("1年以上", start, start + 4, "二/(五)", 1.0, "年", True)]


def test_housing(table):
    # 三门峡 二/(二): 在全市城镇有合法稳定住所(含租赁)的人员…均可…申请登记常住户口. Its 二/(三)
    # "在当地无合法稳定住所" is the lack of one, not a condition.
    assert cell(table, "000", "housing") == [("合法稳定住所(含租赁)", 955, 966, "二/(二)", None, "", False)]
    assert [c[:4] for c in cell(table, "001", "housing")] == [
        ("合法穩定住所(含租賃)", 1941, 1952, "四/(二)/2"), ("租賃性質的合法穩定住所", 2305, 2316, "四/(二)/4")]
    # 西宁: 合法稳定住所 in 二/(四)/1 (again in 二/(五)/3, listed once); 擁有合法房產 in 二/(五)/3.
    assert [c[:4] for c in cell(table, "003", "housing")] == [
        ("合法穩定住所(含租賃)", 1309, 1320, "二/(四)/1"), ("合法房產", 2023, 2027, "二/(五)/3")]
    assert cell(table, "002", "housing") == []


def test_targets(table):
    assert cell(table, "000", "urbanization_target") == [
        ("户籍人口城镇化率提高到37%以上", 439, 455, "一", 37.0, "%", False)]
    assert cell(table, "000", "urbanization_growth")[0][:2] == ("户籍人口城镇化率年均提高2个百分点以上", 398)
    assert cell(table, "000", "annual_transfers")[0][:2] == ("年均转户4.6万人以上", 418)
    assert cell(table, "003", "annual_transfers") == [("年均轉戶1.65萬人以上", 981, 993, "一/(三)", 1.65, "万人", False)]
    assert cell(table, "003", "urbanization_target")[0][0] == "戶籍人口城鎮化率提高到65%"
    assert cell(table, "002", "urbanization_target")[0][0] == "户籍人口城镇化率力争提高到50%"
    assert cell(table, "004", "settlement_target")[0][:2] == ("0.3万左右非户籍人口在城镇落户", 596)
    # 昭通 sets a target for the resident population only.
    assert cell(table, "001", "resident_urbanization_target")[0][0] == "常住人口城鎮化率達到45%以上"
    assert cell(table, "001", "urbanization_target") == []
    years = {v.year for d in table.documents for v in d.values.get("urbanization_target", [])}
    assert years == {2020}


def test_every_value_is_its_source_span(table, seed_docs):
    by_key = {doc.key: doc for doc in seed_docs.values()}
    ids = {p.id for p in PARAMETERS}
    for row in table.documents:
        doc = by_key[row.key]
        for parameter, found in row.values.items():
            assert parameter in ids
            for value in found:
                assert doc.text[value.start:value.end] == value.text
                clause = next(c for c in doc.clauses if c.id == value.clause)
                assert clause.start <= value.start < clause.end


def test_json(table):
    data = table.to_json()
    assert [p["id"] for p in data["parameters"]] == [p.id for p in PARAMETERS]
    dandong = next(d for d in data["documents"] if d["key"].startswith("002"))
    assert dandong["place"] == "丹东" and dandong["level"] == "市"
    assert dandong["values"]["tax_years"] == [{
        "parameter": "tax_years", "doc_key": dandong["key"], "text": "1年以上", "start": 1182, "end": 1186,
        "clause": "二/(五)", "number": 1.0, "unit": "年", "qualifier": "以上", "abolished": True}]


def test_cli_parameters(seed_paths, capsys, tmp_path):
    argv = ["--data-dir", str(tmp_path), "parameters", *map(str, seed_paths)]
    assert main(argv + ["--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["file"] for d in data["documents"]] == [str(p) for p in seed_paths]
    assert data["documents"][3]["values"]["insurance_years"][0]["text"] == "滿3年"
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "居住年限: 满2年以上 [二/(四) 950-955]" in out
    assert "纳税年限: 1年以上 (取消) [二/(五) 1182-1186]" in out


def test_the_stores_summaries_give_the_same_table(table, seed_docs):
    # The application reads the table from the summaries it keeps for search (text, meta, clauses).
    from policylens.store.summaries import summarize

    from_summaries = parameter_table([summarize(doc) for doc in seed_docs.values()])
    assert from_summaries.to_json() == table.to_json()
