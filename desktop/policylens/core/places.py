"""Place and level of a document: from its issuer first, then its title, then the head.

Levels are 国家 (place 全国) for central organs, else the gazetteer tier of the most specific
division named (省, 市, 县, 区), or 乡镇 where a township's own organ issued it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import Division, gazetteer

_CENTRAL_START = re.compile(r"^(国务院|中共中央|中央|全国|国家|中华人民共和国|最高人民|中国人民银行|"
                            r"中国银行业|中国证券|中国保险)")
_MINISTRY = re.compile(r"^[\u4e00-\u9fff]{2,12}(部|总局|总署)(办公厅|办公室)?$")
_TOWNSHIP = re.compile(r"^([\u4e00-\u9fff]{1,5}?(?:镇|乡|街道))(?:人民政府|政府|办事处|党委|委员会)")
_TOWN_OF_CITY = re.compile(r"^([\u4e00-\u9fff]{1,4}?(?:镇|街道|区))(?![\u4e00-\u9fff]{0,2}(?:人民政府|政府)$)")
_NOT_TOWNS = {"社区", "辖区", "城区", "市区", "园区", "片区", "小区", "景区", "校区", "学区", "地区", "镇区", "新区"}
_ORGAN_AFTER = re.compile(r"^[\u4e00-\u9fff]{0,14}(人民政府|政府|委员会|局|厅|委|办公室|院|中心)")
_NATIONAL_ADDRESSEE = re.compile(r"各省、\s*自治区、\s*直辖市")


@dataclass
class Place:
    place: str = ""
    level: str = ""
    code: str = ""  # the gazetteer division's; a township's is that of the division holding it
    name: str = ""  # the division's full name: 深圳市, 广西壮族自治区

    @classmethod
    def of(cls, division: Division) -> "Place":
        return cls(division.short, division.level, division.code, division.name)


NATIONAL = Place("全国", "国家", "", "全国")


def place_label(place: str, level: str) -> str:
    """How a place and its level read together: 深圳市, 始兴县, 福田区; a province-level unit by its
    own name (广东省, 北京市, 广西壮族自治区), since a 直辖市 is 省 in level but 市 in name; a
    township (虎门镇), a division without a short form (滨海新区) and the country (全国) as the place."""
    if not place or level in ("", "国家", "乡镇"):
        return place
    if level == "省":
        province = next((d for d in gazetteer().named(place) if d.code.endswith("0000")), None)
        return province.name if province else place + level
    return place if place.endswith(level) else place + level  # 滨海新区 has no short form


def place_of(issuers: list[str], title: str, head: str, whole: str = "", doc_number: str = "") -> Place:
    for issuer in issuers:
        found = _from_name(issuer)
        if found:
            return found
    for issuer in issuers:
        if is_central(issuer):
            return NATIONAL
    found = _from_title(title) or _from_doc_number(doc_number, whole or head)
    if found:
        return found
    if is_central(title) or _NATIONAL_ADDRESSEE.search(head[:600]):
        return NATIONAL
    found = _from_head(head)
    if found:
        return found
    if _national_scope(whole or head):
        return NATIONAL
    return _only_named(head) or Place()


# The one-character forms provinces sign their 文号 with (粤府办, 津国土房保, 黔府发); 宁 is left
# out, since 南京 signs with it as 宁夏 does.
_PROVINCE_MARKS = {
    "京": "北京", "津": "天津", "沪": "上海", "渝": "重庆", "冀": "河北", "晋": "山西", "蒙": "内蒙古",
    "辽": "辽宁", "吉": "吉林", "黑": "黑龙江", "苏": "江苏", "浙": "浙江", "皖": "安徽", "闽": "福建",
    "赣": "江西", "鲁": "山东", "豫": "河南", "鄂": "湖北", "湘": "湖南", "粤": "广东", "桂": "广西",
    "琼": "海南", "川": "四川", "黔": "贵州", "滇": "云南", "藏": "西藏", "陕": "陕西", "甘": "甘肃",
    "青": "青海", "新": "新疆",
}
_DOC_NUMBER_SCOPE = 6000  # characters read for the city a 文号's mark abbreviates
_DOC_NUMBER_MARK = re.compile(r"^([\u4e00-\u9fff])[\u4e00-\u9fff]{0,8}[〔\[(]?\s*\d{4}")


def _from_doc_number(doc_number: str, text: str) -> Place | None:
    """The place a 文号 is signed from: a province's mark (津国土房保〔2009〕13号), or the first
    character of a city's short form that the text names in full (武劳社〔2004〕 and 武汉市…)."""
    mark = _DOC_NUMBER_MARK.match(doc_number.strip())
    if mark is None:
        return None
    g, text = gazetteer(), text[:_DOC_NUMBER_SCOPE]
    for pos in range(len(text)):
        match = g.match_at(text, pos, short=False)
        if match and match.division.short.startswith(mark.group(1)) and match.division.level != "省":
            return Place.of(match.division)
    province = _PROVINCE_MARKS.get(mark.group(1))
    return _from_name(province) if province else None


def _only_named(head: str) -> Place | None:
    """The place of a head that names one division again and again by its full name (武汉市 twice
    in 为顺利开展武汉市城镇…), others only as its own province or districts; a division named once
    may be an example, as in a survey of several cities' rules."""
    g = gazetteer()
    named, count = {}, {}
    for pos in range(len(head)):
        match = g.match_at(head, pos, short=False)
        if match:
            named[match.division.code] = match.division
            count[match.division.code] = count.get(match.division.code, 0) + 1
    if not named:
        return None
    best = named[max(count, key=count.get)]
    related = {d.code for d in g.ancestors(best)} | {best.code}
    if count[best.code] < 2 or any(code not in related and best not in g.ancestors(d)
                                   for code, d in named.items()):
        return None
    return Place.of(best)


_LOCAL_SCOPE = re.compile(r"本(省|市|自治区|县|区|州|特区)(行政区域|范围|实际)")
_NATIONAL_SCOPE = re.compile(r"中华人民共和国(境内|领域)|负责全国|国务院[\u4e00-\u9fff]{0,12}(主管)?部门|"
                             r"省、\s*自治区、\s*直辖市|由(国家|国务院)[\u4e00-\u9fff]{0,12}负责解释")


def _national_scope(head: str) -> bool:
    """A regulation that names no place but the country's scope (在中华人民共和国境内…,
    国务院建设主管部门负责全国…) and no local one (本市行政区域)."""
    return bool(_NATIONAL_SCOPE.search(head)) and not _LOCAL_SCOPE.search(head)


def is_central(name: str) -> bool:
    name = name.strip()
    return bool(_CENTRAL_START.match(name)) or bool(_MINISTRY.match(name)) and gazetteer().chain_at(name, 0) is None


def _from_name(name: str, pos: int = 0, short: bool = True) -> Place | None:
    match = gazetteer().chain_at(name, pos, short=short)
    if match is None:
        return None
    township = _TOWNSHIP.match(name[match.end:])
    if township:
        return Place(township.group(1), "乡镇", match.division.code, township.group(1))
    town = _TOWN_OF_CITY.match(name[match.end:])
    if town and town.group(1)[-2:] not in _NOT_TOWNS and match.division.code.endswith("00") \
            and not gazetteer().has_children(match.division):
        # 中山市西区, 东莞市虎门镇: a city without counties is divided into towns
        return Place(town.group(1), "乡镇", match.division.code, town.group(1))
    return Place.of(match.division)


def _from_title(title: str) -> Place | None:
    title = re.sub(r"^[《\"“(]*(?:\d{4}\s*年(?:度)?)?", "", title.strip())
    found = _from_name(title)
    if found:
        return found
    g = gazetteer()
    for pos in range(len(title)):  # a full name anywhere: 关于印发《北京市…》的通知
        if g.match_at(title, pos, short=False):
            return _from_name(title, pos, short=False)
    return None


def _from_head(head: str) -> Place | None:
    """A division named with an organ after it (武汉市卫生和计划生育委员会) in the head."""
    g = gazetteer()
    for pos in range(len(head)):
        match = g.match_at(head, pos, short=False)
        if match and _ORGAN_AFTER.match(head[match.end:]):
            return _from_name(head, pos, short=False)
    return None
