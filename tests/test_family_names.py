"""Family names on the real documents: the heading of a family's central or provincial template,
else the title most members share, else a short phrase of text; never empty.

The documents are the family truth's (tests/data/families): the five seed plans (cities and a
county), nine residence-permit rules (provinces and cities; 上海 heads its articles with
bracketed labels, the others do not) and nine filing rules (the State Council's 条例 and eight
provinces'). Each expected name was read from the documents.
"""
from __future__ import annotations

import json

import pytest

import family_truth
from policylens.cli import main
from policylens.core.document import analyze_file
from policylens.core.families import Families, views
from policylens.core.family_names import (HEADING_CHARS, NAME_CHARS, Standing, family_name, heading, phrase,
                                          standing_of_document)


@pytest.fixture(scope="module")
def docs():
    truth = family_truth.load()
    return {name: analyze_file(path) for name, path in family_truth.paths(truth).items()}


def build(docs, names=None):
    chosen = [d for n, d in docs.items() if names is None or n in names]
    families = Families.build(sorted(chosen, key=lambda d: d.key))
    standings = {d.key: standing_of_document(d) for d in chosen}
    return views(families, scored=False, standing_of=standings.get), views(families, scored=False)


@pytest.fixture(scope="module")
def named(docs):
    return build(docs)


def family_of(found, docs, name: str, clause_id: str):
    key = docs[name].key
    return next(f for f in found if any(m.ref == (key, clause_id) for m in f.members))


# (document, clause) -> the family's name with the documents' levels, and without (the most
# common title, ties by the first member by key)
EXPECTED = {
    # the seeds: cities and a county, no template; the title most share
    ("三门峡", "一"): ("主要目标", "主要目标"),  # 丹东 and 西宁 say so too, 昭通 发展目标
    ("三门峡", "三/(五)"): ("建立进城落户农民“三权”维护和自愿有偿退出机制",) * 2,
    ("三门峡", "三/(十)"): ("推进居住证制度覆盖全部未落户城镇常住人口",) * 2,
    ("丹东", "四/(十六)"): ("强化专项检查",) * 2,  # 三门峡's weak 加快工作进度 does not name it
    # residence permits: 上海 (省, 2013) is the template; its bracketed heading names the family
    # where the others open with a sentence (居住证每年签注1次 in 天津 and 重庆)
    ("天津", "第三章/第十五条"): ("办理签注", "居住证每年签注…次"),
    ("天津", "第七章/第三十九条"): ("注销", "有下列情形之一的"),
    ("天津", "第一章/第一条"): ("立法目的", "立法目的"),
    # without 上海 the provinces' dates decide the template, whose first sentence is no heading:
    # the title most share names the family, with the figures masked
    ("北京", "第二十四条"): ("本办法自…起施行", "本办法自…起施行"),
    # filing rules: the State Council's 条例 is the template; its articles have no headings
    ("条例", "第一条"): ("为了维护社会主义法制的统一", "为了维护社会主义法制的统一"),
    ("条例", "第十条"): ("国务院法制机构对报送国务院备案的法规、规章", "备案监督机关的法制机构应当就下列事项对备案登记…"),
    ("条例", "第二十二条"): ("本办法自…起施行", "本办法自…起施行"),  # eight provinces' 本办法/本规定 to one 本条例
}


@pytest.mark.parametrize("where", EXPECTED, ids=[f"{n} {c}" for n, c in EXPECTED])
def test_names_of_families_read_from_the_documents(docs, named, where):
    with_levels, without = named
    assert (family_of(with_levels, docs, *where).name, family_of(without, docs, *where).name) == EXPECTED[where]


def test_no_family_is_nameless_or_long(named):
    for found in named:
        names = [f.name for f in found]
        assert len(names) > 100 and all(names)
        assert max(map(len, names)) <= HEADING_CHARS


def test_a_provincial_heading_names_the_family_only_when_a_province_is_in_it(docs):
    """The 签注 family without 上海: no member has a heading, the title two share names it."""
    cities = {"北京", "福建", "天津", "成都", "重庆", "深圳", "郑州", "武汉"}
    with_levels, _ = build(docs, cities)
    assert family_of(with_levels, docs, "天津", "第三章/第十五条").name == "居住证每年签注…次"


def test_headings_by_their_form():
    assert heading("（立法目的）", "第一章/第一条") == "立法目的"
    assert heading("【适用范围】", "第二条") == "适用范围"
    assert heading("为了维护社会主义法制的统一，加强对法规、规章的监督，根据立法法的有关规定，制定本条例", "第一条") == ""
    assert heading("居住证每年签注1次", "第三章/第十五条") == ""  # an article's first sentence
    assert heading("作为《居住证》持有人在本市居住的证明", "第二章/第五条/(一)") == ""  # an article's item
    assert heading("主要目標", "一") == "主要目标"  # folded to simplified
    assert heading("有下列情形之一的", "四/(二)") == ""  # a list's lead
    assert heading("调整完善我市城区落户政策", "二/(五)") == "调整完善我市城区落户政策"
    assert heading("把進城落戶農民完全納入城鎮住房保障體系,采取多種方式保障農業轉移人口基本住房需求", "四/(四)/15/(8)") \
        == "把进城落户农民完全纳入城镇住房保障体系"  # a heading that goes on into a sentence
    assert heading("不得采取購買房屋、投資納稅等方式設置落戶限制,進一步全面放開我市小城市和建制鎮落戶限制",
                   "二/(五)/3") == ""  # too long for a heading


def test_phrases_leave_out_places_aliases_and_figures():
    assert phrase("本办法自2006年1月1日起施行") == "本办法自…起施行"
    assert phrase("规范性文件应当自公布之日起１０日内，按第六条规定报送备案") == "规范性文件应当自公布之日起…日内"
    assert phrase("外地户籍来京人员（以下简称来京人员）在北京市行政区域内办理《北京市居住证》", ("北京",)) \
        == "外地户籍来京人员在行政区域内办理《居住证》"
    assert phrase("国务院部门，省、自治区、直辖市和较大的市的人民政府应当依法履行规章备案职责") \
        == "国务院部门，省、自治区、直辖市和较大的市的人民…"  # a short first phrase takes the next
    assert len(phrase("积极实施中央预算内投资申报和省级预算内基本建设资金统筹安排向吸纳农牧业转移人口落户较多城镇倾斜的政策")) \
        == NAME_CHARS


class _Member:
    def __init__(self, key, clause_id, title):
        self.ref, self.title = (key, clause_id), title


def test_the_template_is_the_highest_then_earliest_document():
    members = [_Member("city", "第一条", "（立法目的）"), _Member("late", "第一条", "（目的和依据）"),
               _Member("early", "第一条", "（制定目的）")]
    levels = {"city": Standing("市", "2001-01-01"), "late": Standing("省", "2016-08-11"),
              "early": Standing("省", "2013-05-28")}
    assert family_name(members, levels.get) == "制定目的"
    assert family_name(members, {**levels, "early": Standing("省")}.get) == "目的和依据"  # undated: last
    assert family_name(members) == "立法目的"  # no levels: the first by key (city < early < late)
    assert family_name([_Member("a", "第三条", "")], levels.get) == "第三条"  # no text: its number


def test_align_json_names_the_families_by_their_template(docs, tmp_path, capsys):
    paths = family_truth.paths(family_truth.load())
    files = [str(paths[n]) for n in ("上海", "天津", "成都", "郑州")]
    assert main(["--data-dir", str(tmp_path), "align", *files, "--json"]) == 0
    families = json.loads(capsys.readouterr().out)["families"]
    endorse = next(f for f in families if any(m["file"] == files[1] and m["clause"] == "第三章/第十五条"
                                              for m in f["members"]))
    assert endorse["name"] == "办理签注" and 0 < endorse["strength"] < 1
    assert {m["file"]: m["clause"] for m in endorse["members"]} == {
        files[0]: "第三章/第十六条", files[1]: "第三章/第十五条", files[2]: "第十三条", files[3]: "第三章/第十三条"}
    assert all(set(m) >= {"file", "path", "clause", "similarity", "weak"} for m in endorse["members"])
    assert all(f["name"] for f in families)
    assert main(["--data-dir", str(tmp_path), "align", *files]) == 0
    assert f"family {endorse['id']}\t办理签注\tstrength {endorse['strength']:.2f}\n" in capsys.readouterr().out
