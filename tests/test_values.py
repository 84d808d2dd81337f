"""Localized values with their spans, read from the seeds."""
from __future__ import annotations

from policylens.core import values, worddiff
from policylens.core.values import Value


def doc_of(seed_docs, prefix):
    return next(doc for name, doc in seed_docs.items() if name.startswith(prefix))


def clause_values(doc, clause_id, places=()):
    clause = next(c for c in doc.clauses if c.id == clause_id)
    start, end = worddiff.clause_span(doc, clause)
    folded = doc.folded()
    return values.extract(doc.text, start, end, folded=folded, tokens=worddiff.tokenize(folded, start, end),
                          places=places)


def brief(found):
    return [(v.kind, v.text, v.start, v.end, v.number, v.unit, v.qualifier) for v in found]


def test_targets_of_sanmenxia(seed_docs):
    # 一、主要目标: …户籍人口城镇化率年均提高2个百分点以上,年均转户4.6万人以上。到2020年,全市户籍人口
    # 城镇化率提高到37%以上,各地…差距比2015年缩小2个百分点以上。
    doc = doc_of(seed_docs, "000")
    found = clause_values(doc, "一")
    assert brief(found) == [
        ("percent", "2个百分点以上", 410, 417, 2.0, "个百分点", "以上"),
        ("number", "4.6万人以上", 422, 429, 4.6, "万人", "以上"),
        ("year", "到2020年", 430, 436, 2020.0, "", "到"),
        ("percent", "37%以上", 450, 455, 37.0, "%", "以上"),
        ("year", "2015年", 478, 483, 2015.0, "", ""),
        ("percent", "2个百分点以上", 485, 492, 2.0, "个百分点", "以上"),
    ]
    assert all(doc.text[v.start:v.end] == v.text for v in found)


def test_durations_in_both_scripts(seed_docs):
    dandong, xining, shixing, zhaotong = (doc_of(seed_docs, p) for p in ("002", "003", "004", "001"))
    assert brief(clause_values(dandong, "二/(四)")) == [("duration", "满2年以上", 950, 955, 2.0, "年", "满以上")]
    assert ("duration", "滿3年", 1996, 1999, 3.0, "年", "满") in brief(clause_values(xining, "二/(五)/3"))
    assert ("duration", "1年以上（含1年）", 812, 821, 1.0, "年", "以上(含1年)") in brief(clause_values(shixing, "二"))
    # Chinese numerals: 工作滿一年以上 (昭通), 力爭三年完成…五年完成 (西宁).
    assert ("duration", "滿一年以上", 3266, 3271, 1.0, "年", "满以上") in brief(clause_values(zhaotong, "四/(二)/9"))
    assert brief(clause_values(xining, "三/(十一)/10")) == [
        ("year", "從2017年", 3832, 3838, 2017.0, "", "从"),
        ("duration", "三年", 3843, 3845, 3.0, "年", ""),
        ("duration", "五年", 3852, 3854, 5.0, "年", ""),
        ("year", "2018年", 3870, 3875, 2018.0, "", ""),
    ]


def test_numbers_that_are_not_values(seed_docs):
    # 西宁 三/(十)/9: 以統一年產值為測算標準 holds no duration (一 ends the word 统一).
    assert clause_values(doc_of(seed_docs, "003"), "三/(十)/9") == []
    # 丹东's preamble cites (辽政办发〔2017〕60号), (丹政发〔2016〕13号): document numbers, not values;
    # 第十三个五年规划 is no duration. Only places remain.
    found = clause_values(doc_of(seed_docs, "002"), "preamble")
    assert {v.kind for v in found} == {"place"}
    assert values.extract("进城落户前已满60周岁的城乡居民") == [
        Value("number", "60周岁", 7, 11, 60.0, "周岁", "")]
    assert [v.kind for v in values.extract("(2014—2020年)")] == ["year", "year"]
    assert values.extract("2018年9月10日")[0].kind == "date"


def test_places(seed_docs):
    zhaotong = doc_of(seed_docs, "001")
    # 對彝良縣城,…: a county, named in the traditional text as written.
    assert [(v.text, v.start) for v in clause_values(zhaotong, "四/(二)/3")] == [("彝良縣", 2122), ("彝良縣", 2233)]
    # 抓住丹东新一轮全面振兴: a bare place name is found when the caller knows it.
    dandong = doc_of(seed_docs, "002")
    assert clause_values(dandong, "一/(一)") == []
    assert [(v.text, v.start) for v in clause_values(dandong, "一/(一)", places=["丹东"])] == [("丹东", 351)]
    # 我市, 全市, 各县区, 城市, 建制镇 are no place names.
    assert not any(v.kind == "place" for v in clause_values(doc_of(seed_docs, "000"), "二/(二)"))


def test_agency_values_by_role(seed_docs):
    doc = doc_of(seed_docs, "000")
    clause = next(c for c in doc.clauses if c.id == "四/(一)")  # (市统计局牵头,市公安局配合)
    assert [(v.text, v.unit, v.role, v.start) for v in values.agency_values(clause.agencies)] == [
        ("市统计局", "市统计局", "lead", 3212), ("市公安局", "市公安局", "cooperate", 3219)]


def test_differing_pairs_by_kind_and_unit():
    a = [Value("duration", "满2年以上", 0, 5, 2.0, "年", "满以上"), Value("duration", "3个月", 6, 9, 3.0, "个月"),
         Value("place", "西宁市", 10, 13), Value("place", "西宁市", 20, 23)]
    b = [Value("duration", "1年以上", 0, 4, 1.0, "年", "以上"), Value("place", "西宁市", 5, 8)]
    pairs = values.differing(a, b)
    assert [(p.kind, p.a and p.a.text, p.b and p.b.text) for p in pairs] == [
        ("duration", "满2年以上", "1年以上"), ("duration", "3个月", None)]
