"""The metadata rules on the shapes real documents take: places, 文号 brackets, dates, validity."""
from pathlib import Path

import pytest

from policylens.core.dates import date_line, validity
from policylens.core.document import analyze_bytes, analyze_file
from policylens.core.gazetteer import gazetteer
from policylens.core.places import place_label, place_of
from policylens.core.portal import fields_in_line
from policylens.store import CorpusStore


def meta_of(text: str):
    return analyze_bytes(text.encode("utf-8"), "doc.txt").meta


@pytest.mark.parametrize("issuer, place, level", [
    ("广西壮族自治区人民政府办公厅", "广西", "省"),
    ("内蒙古自治区教育厅", "内蒙古", "省"),
    ("新疆维吾尔自治区人民政府", "新疆", "省"),
    ("湘西土家族苗族自治州人民政府", "湘西", "市"),
    ("广东省深圳市福田区人民政府", "福田", "区"),
    ("始兴县人民政府办公室", "始兴", "县"),
    ("北京教育考试院", "北京", "省"),  # the four 直辖市 are province-level
    ("上海市人民政府", "上海", "省"),
    ("北京市海淀区人民政府", "海淀", "区"),  # their districts and counties are county-level
    ("重庆市城口县人民政府", "城口", "县"),
    ("惠州市惠城区人民政府办公室", "惠城", "区"),
    ("国务院办公厅", "全国", "国家"),
    ("住房城乡建设部", "全国", "国家"),
    ("公安部", "全国", "国家"),  # not 公安县
])
def test_place_and_level_from_the_issuer(issuer, place, level):
    found = place_of([issuer], "", "")
    assert (found.place, found.level) == (place, level)


def test_a_place_reads_with_its_level_as_its_own_name():
    # a 直辖市 is 省 in level and 市 in name; an autonomous region keeps its whole name
    assert [place_label(p, level) for p, level in [("北京", "省"), ("重庆", "省"), ("广东", "省"), ("广西", "省"),
                                                   ("深圳", "市"), ("海淀", "区"), ("始兴", "县"), ("虎门镇", "乡镇"),
                                                   ("全国", "国家"), ("滨海新区", "区"), ("", "")]] == \
        ["北京市", "重庆市", "广东省", "广西壮族自治区", "深圳市", "海淀区", "始兴县", "虎门镇", "全国", "滨海新区", ""]
    meta = meta_of("北京市人民政府关于某事的通知\n京政发〔2016〕1号\n各区人民政府：\n现通知如下。\n")
    assert (meta.place, meta.level, place_label(meta.place, meta.level)) == ("北京", "省", "北京市")


def test_a_city_without_counties_is_divided_into_towns():
    found = place_of(["东莞市虎门镇人民政府"], "", "")
    assert (found.place, found.level) == ("虎门镇", "乡镇")


def test_places_are_never_fragments_of_prose():
    # 日深圳市, 已经市, 体办法由市: the old pattern took any characters before 市.
    assert place_of([], "", "2014年9月1日深圳市政府已经市政府同意").place == "深圳"
    assert place_of([], "居民养老保险办法由市人民政府另行制定", "").place == ""


def test_the_gazetteer_knows_every_province_and_its_source_is_stated():
    g = gazetteer()
    provinces = [d for d in g.by_code.values() if d.code.endswith("0000")]
    assert len(provinces) == 34
    assert g.by_code["440300"].name == "深圳市" and g.by_code["120225"].name == "蓟县"  # abolished in 2016


@pytest.mark.parametrize("number", ["国发〔2014〕25号", "国办发[2010]28号", "粤府办（2012）12号",
                                    "深府【2015】49号", "京政办发［2016］39号", "省政府令第203号"])
def test_every_bracket_form_of_the_document_number(number):
    meta = meta_of(f"某某市人民政府关于某事的通知\n{number}\n各区人民政府：\n现通知如下。\n")
    assert meta.doc_number == number


def test_a_citation_in_the_title_is_not_the_documents_number():
    meta = meta_of("《关于某事的通知》（厦人社[2012]60号）文件解读\n根据上述通知的精神，现解读如下。\n")
    assert meta.doc_number == ""


def test_joint_issuers_from_the_signature():
    meta = meta_of("甲部 乙银行关于某事的通知\n各省、自治区、直辖市：\n现通知如下。\n"
                   "中华人民共和国住房和城乡建设部\n国家开发银行股份有限公司\n2015年12月10日\n")
    assert meta.issuers == ["中华人民共和国住房和城乡建设部", "国家开发银行股份有限公司"]
    assert meta.issuer == "中华人民共和国住房和城乡建设部、国家开发银行股份有限公司"
    assert (meta.place, meta.level) == ("全国", "国家")
    assert meta.dates == {"written": "2015-12-10"}


@pytest.mark.parametrize("line, value", [
    ("二〇一〇年一月七日", ("2010-01-07", "written")),
    ("二○一二年八月二十一日", ("2012-08-21", "written")),
    ("始兴县人民政府办公室     2018年9月13日印发", ("2018-09-13", "issued")),
    ("2015年4月", ("2015-04", "written")),
])
def test_date_lines(line, value):
    assert date_line(line) == value


def test_validity_statements_with_spans():
    text = ("第十三条　本办法自发布之日起施行，有效期5年。\n"
            "第四十八条　本规定自2015年1月1日起施行。广东省人民政府2008年4月25日发布的《广东省职工生育保险规定》"
            "（省人民政府令第123号）同时废止。\n第三十三条 本办法自2011年3月15日起施行，2013年3月14日废止。\n")
    found = validity(text, text)
    kinds = [(s["kind"], s.get("date") or s.get("rule") or s.get("years") or s.get("titles")) for s in found]
    assert kinds == [("effective", "发布之日"), ("term", 5), ("effective", "2015-01-01"),
                     ("repeals", ["广东省职工生育保险规定"]), ("effective", "2011-03-15"), ("until", "2013-03-14")]
    for s in found:
        assert text[s["start"]:s["end"]] == s["text"]


def test_a_term_gives_the_expiry_and_a_cited_texts_validity_does_not():
    meta = meta_of("某市某办法\n第一条　凭批准函（有效期至2016年3月25日）办理。\n"
                   "第二条　本办法自2013年5月1日试行，有效期3年。\n")
    assert meta.dates == {"effective": "2013-05-01", "expires": "2016-04-30"}


def test_portal_table_fields_are_kept():
    assert fields_in_line("索 引 号：\tXM00114-02-04-2012-005\t文 号：\t厦人社[2012]60号") == [
        ("索引号", "XM00114-02-04-2012-005", 7, 29), ("文号", "厦人社[2012]60号", 35, 47)]
    meta = meta_of("发布机构:\t惠州市教育局\t发布时间:    2015-07-24\n关于做好某项工作的意见\n各县、区人民政府：\n"
                   "现提出如下意见。\n惠州市人民政府办公室\n二○一二年八月二十一日\n")
    assert meta.portal == {"发布机构": "惠州市教育局", "发布时间": "2015-07-24"}
    assert meta.title == "关于做好某项工作的意见"
    assert meta.issuer == "惠州市人民政府办公室"
    assert meta.dates == {"written": "2012-08-21", "published": "2015-07-24"}


PAGE = Path(__file__).resolve().parent / "data" / "pages" / "moe_enrolment_2016.html"


def test_the_page_title_picks_the_title_over_the_portals_section_heading():
    doc = analyze_file(PAGE)
    assert doc.meta.page["title"].startswith("教育部办公厅关于做好2016年城市义务教育招生入学工作的通知")
    assert doc.meta.title == "教育部办公厅关于做好2016年城市义务教育招生入学工作的通知"
    assert "信息公开_厅文" in doc.text  # the line the text alone would have taken
    assert (doc.meta.place, doc.meta.level, doc.meta.doc_number) == ("全国", "国家", "教基一厅[2016]1号")


def test_a_reanalysed_store_keeps_what_the_page_head_said(tmp_path):
    store = CorpusStore(tmp_path)
    assert [r.status for r in store.import_files([PAGE])] == ["imported"]
    assert store.reanalyze() == 1
    again = CorpusStore(tmp_path).open_document(PAGE.stem)
    assert again.meta.title == "教育部办公厅关于做好2016年城市义务教育招生入学工作的通知"
    assert again.meta == analyze_file(PAGE).meta


PLACES = Path(__file__).resolve().parent / "data" / "places"


@pytest.mark.parametrize("name, place, level", [
    ("天津关于放宽限价商品住房购买条件的通知.docx", "天津", "省"),  # 津国土房保〔2009〕13号: a province's mark
    ("市教育局关于进一步规范2016年义务教育阶段新生入学管理工作的通知.docx", "武汉", "市"),  # 武教基 and 武汉市 later
    ("关于灵活就业人员参加基本医疗保险若干问题的处理意见2004.txt", "武汉", "市"),  # 武劳社〔2004〕
    ("广州人社局-城乡养老保险制度衔接之转入转出.txt", "广州", "市"),  # no issuer, 广州市 named again and again
    ("中山市火炬开发区2015年公办学校小学一年级秋季招生通告.html", "中山", "市"),  # 中山市 alone in the head
])
def test_place_from_the_doc_number_or_the_one_division_the_head_names(name, place, level):
    meta = analyze_file(PLACES / name).meta
    assert (meta.place, meta.level) == (place, level)


def test_a_division_named_once_among_others_is_no_place():
    # a survey of two provinces' rules names 苏州市 once as an example: no place
    assert place_of([], "江浙入户政策梳理", "苏州市的积分入户办法与杭州、宁波不同").place == ""
    assert place_of([], "", "为开展武汉市城镇灵活就业人员医疗保险工作,根据《武汉市城镇…办法》").place == "武汉"


def test_a_town_carries_the_code_of_the_city_holding_it():
    found = place_of(["东莞市虎门镇人民政府"], "", "")
    assert found.code == gazetteer().chain_at("东莞市", 0).division.code


def test_a_decree_heading_is_no_title_and_gives_the_number_and_the_issuer():
    meta = meta_of("北京市人民政府第68号令\n北京市人民政府\n《北京市某某规定》已经市人民政府常务会议通过，现予发布。\n"
                   "市长 某某\n二00一年二月二十日\n北京市某某规定\n第一章 总则\n第一条 为了规范某事，制定本规定。\n"
                   "北京市人民政府办公厅 2001年2月27日印\n")
    assert (meta.title, meta.doc_number, meta.issuer) == ("北京市某某规定", "北京市人民政府第68号令", "北京市人民政府")
    assert meta.dates == {"written": "2001-02-20", "issued": "2001-02-27"}


@pytest.mark.parametrize("heading, number", [("武汉市人民政府令\n第126号", "武汉市人民政府令第126号"),
                                             ("中华人民共和国卫生部令\n（第75号）", "中华人民共和国卫生部令（第75号）")])
def test_a_decree_number_on_the_line_below_its_heading(heading, number):
    meta = meta_of(f"{heading}\n《某某办法》已经部务会议通过，现予发布。\n部长 某某\n2010年6月3日\n某某办法\n"
                   "（试行）\n第一条 为了规范某事，制定本办法。\n")
    assert meta.doc_number == number and meta.title == "某某办法（试行）"


def test_portal_fields_after_a_bracketed_label_and_a_number_without_its_brackets():
    meta = meta_of("上海市某某办法\n【文件名称】：上海市某某办法\n【发文字号】：沪府令8号\n第一条 为了规范某事，制定本办法。\n")
    assert meta.portal["发文字号"] == "沪府令8号" and meta.doc_number == "沪府令8号"
    meta = meta_of("某某市人民政府关于印发某某规定的通知\n发布文号: 郑政[2008]18号\n各区人民政府：\n现印发给你们。\n")
    assert meta.doc_number == "郑政[2008]18号"


def test_a_signature_at_the_end_of_the_last_line_of_the_body():
    meta = meta_of("关于印发某某办法的通知\n各区、县人民政府：\n现将《某某办法》印发给你们，望遵照执行。"
                   "　　　　　　　　天津市人民政府\n二○○八年四月十四日\n")
    assert meta.issuer == "天津市人民政府"


def test_the_organ_a_promulgation_formula_names_in_full():
    meta = meta_of("《广东省某某办法》\n已经2013年1月14日广东省人民政府第十一届110次常务会议通过，现予公布，"
                   "自2013年6月1日起施行。\n省长 某某\n2013年4月2日\n广东省某某办法\n第一条 为了规范某事，制定本办法。\n")
    assert meta.issuer == "广东省人民政府"
    meta = meta_of("某某办法\n《某某办法》已经2013年1月14日市人民政府第10次常务会议通过，现予公布。\n市长 某某\n2013年4月2日\n")
    assert meta.issuer == ""  # 市人民政府 names no place


@pytest.mark.parametrize("sentence, dates", [
    ("本补充规定从2008年7月1日起执行。", {"effective": "2008-07-01"}),
    ("本办法自公布之日起30日后施行。", {"effective": "2011-11-24"}),
    ("本办法自2008年5月1日至2013年4月30日施行。", {"effective": "2008-05-01", "expires": "2013-04-30"}),
])
def test_validity_of_other_shapes(sentence, dates):
    meta = meta_of(f"某某市人民政府关于印发某某办法的通知\n各区人民政府：\n现印发给你们。\n二○一一年十月二十五日\n"
                   f"某某办法\n一、为了规范某事，制定本办法。\n二、{sentence}\n")
    assert {k: v for k, v in meta.dates.items() if k != "written"} == dates


def test_a_note_of_several_lines_and_a_date_for_each_verb():
    meta = meta_of("深圳市某某条例\n（1994年8月4日深圳市第一届人民代表大会常务委员会第二十四次会议通过\n"
                   "2004年6月25日深圳市第三届人民代表大会常务委员会第三十二次会议第二次修正）\n第一章 总则\n"
                   "第一条 为了规范某事，制定本条例。\n")
    assert meta.dates == {"written": "1994-08-04"} and meta.issuer == "深圳市人民代表大会常务委员会"
    meta = meta_of("沈阳市某某规定\n（沈阳市人民政府第16次常务会议审议通过 2002年12月13日沈阳市人民政府令第16号公布）\n"
                   "第一条 为了规范某事，制定本规定。\n")
    assert meta.dates == {"published": "2002-12-13"}
    start, end = meta.date_spans["published"]  # the date itself, not the whole note
    assert analyze_bytes("沈阳市某某规定\n（沈阳市人民政府第16次常务会议审议通过 2002年12月13日沈阳市人民政府令第16号公布）\n"
                         "第一条 为了规范某事，制定本规定。\n".encode("utf-8"), "doc.txt").text[start:end] == "2002年12月13日"


def test_a_regulation_a_standing_committees_notice_promulgates():
    # 62: the regulation's own title line is missing; the 公告 names it, its date is the publication
    meta = meta_of("（2011年12月28日杭州市第十一届人民代表大会常务委员会第三十七次会议通过）\n"
                   "杭州市第十二届人民代表大会常务委员会公告\n第1号\n"
                   "2011年12月28日杭州市第十一届人民代表大会常务委员会第三十七次会议审议通过的《杭州市某某条例》，"
                   "已经浙江省人民代表大会常务委员会批准，现予公布，自2012年6月1日起施行。\n2012年4月19日\n"
                   "第一章 总则\n第一条 为了规范某事，制定本条例。\n")
    assert (meta.title, meta.doc_number, meta.issuer) == (
        "杭州市某某条例", "杭州市第十二届人民代表大会常务委员会公告第1号", "杭州市人民代表大会常务委员会")
    assert meta.dates == {"written": "2011-12-28", "published": "2012-04-19", "effective": "2012-06-01"}


def test_a_spaced_decree_heading_and_a_font_size_fragment():
    meta = meta_of("大 中 小】\n东 莞 市 人 民 政 府 令\n第 138 号\n《东莞市某某办法》已经市人民政府同意，现予发布。\n"
                   "东莞市人民政府\n2014年1月21日\n东莞市某某办法\n第一条 为了规范某事，制定本办法。\n")
    assert (meta.title, meta.doc_number, meta.issuer) == ("东莞市某某办法", "东 莞 市 人 民 政 府 令第 138 号", "东莞市人民政府")


def test_a_number_in_brackets_after_the_title_and_the_first_month():
    meta = meta_of("关于印发《武汉市某某意见（试行）》的通知（武劳社（2006）093号）\n各有关用人单位：\n现印发给你们。\n"
                   "二〇〇六年十二月十三日\n某某意见\n第一条 为了规范某事，制定本意见。\n第二条 本实施意见自2007年元月1日起施行。\n")
    assert meta.title == "关于印发《武汉市某某意见（试行）》的通知" and meta.doc_number == "武劳社（2006）093号"
    assert meta.dates == {"written": "2006-12-13", "effective": "2007-01-01"}


def test_the_number_a_note_publishes_under_and_a_portal_line_above_the_title():
    meta = meta_of("内蒙古自治区某某办法\n(2012年11月26日内蒙古自治区人民政府第十二次常务会议审议通过，2013年1月11日"
                   "内蒙古自治区人民政府令第191号发布，自2013年1月11日起施行。)\n第一条 为了规范某事，制定本办法。\n")
    assert meta.doc_number == "内蒙古自治区人民政府令第191号"
    assert meta.dates == {"written": "2012-11-26", "published": "2013-01-11"}
    meta = meta_of("中央政府门户网站 www.gov.cn 2009年08月21日 来源：国务院办公厅\n某某条例\n第一条 为了规范某事，制定本条例。\n")
    assert meta.title == "某某条例" and meta.dates == {"published": "2009-08-21"}
    meta = meta_of("某某意见\n(本意见根据国办发〔2015〕75号文件的精神制定，请各地结合实际贯彻执行。)\n第一条 为了规范某事，制定本意见。\n")
    assert meta.doc_number == ""  # a number the note cites is not the document's


def test_a_decree_without_its_title_line_takes_the_name_it_promulgates():
    # 令第N号, then 《X》已经…通过，现予公布 and the regulation's first chapter: no line of its own names X.
    meta = meta_of("某省人民政府令第7号\n《某省档案管理办法》已经2010年3月2日省人民政府第5次常务会议通过，"
                   "现予公布，自公布之日起施行。\n省长 某某\n2010年3月9日\n第一章 总则\n第一条 为了规范档案管理，制定本办法。\n")
    assert meta.title == "某省档案管理办法"
    assert meta.doc_number == "某省人民政府令第7号"
