"""One department at several levels of government: 市公安局, 县公安局 and 省公安厅 are one line of work.

Canonical agency names keep their level (省/市/县/区…) and drop the place, so a corpus that
mixes a city's and a county's rules lists 市公安局 and 县公安局 as strangers. A department is
the name without its level prefix, or without the division it names (北京市公安局, 广东省公安厅,
北京市海淀区公安分局), with a province's 厅 read as the 局 below it. Bodies that stand for many
(各县区政府) are never grouped: they are not one department.
"""
from __future__ import annotations

from typing import Iterable

from .gazetteer import gazetteer

LEVEL_PREFIXES = ("自治区", "自治州", "自治县", "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇")
# Words that begin with a level's character but are no level: 市场监管局 is not 场监管局 of a city.
NOT_A_LEVEL = ("市场", "区域", "县域", "乡村")
_SAME_RANK = {"厅": "局"}  # a province's 公安厅 is the 公安局 of a city or county (its 办公厅 stays one)


# The tier of government a level prefix stands for.
_TIERS = {"自治区": "省", "省": "省", "自治州": "市", "市": "市", "州": "市", "盟": "市",
          "自治县": "县", "县": "县", "旗": "县", "区": "区", "乡": "乡镇", "镇": "乡镇"}


def level_of(name: str) -> str:
    """The level prefix the name begins with, or the division it names (北京市, 广东省深圳市); "" if none."""
    if name.startswith(NOT_A_LEVEL):
        return ""
    place = gazetteer().chain_at(name, 0)
    if place and len(name) > place.end + 1:
        return name[:place.end]
    return next((prefix for prefix in LEVEL_PREFIXES if name.startswith(prefix) and len(name) > len(prefix) + 1), "")


def tier_of(name: str) -> str:
    """The tier of government of an agency (省, 市, 县, 区, 乡镇; "" if the name shows none):
    北京市公安局 is a province-level bureau, since 北京 is a 直辖市, and 北京市海淀区公安分局 a district's."""
    prefix = level_of(name)
    place = gazetteer().chain_at(prefix, 0) if prefix else None
    if place and place.end == len(prefix):
        return place.division.level
    return _TIERS.get(prefix, "")


def department(name: str) -> str:
    """The department a canonical name belongs to, at any level: 县公安局 -> 公安局, 省公安厅 -> 公安局."""
    rest = name[len(level_of(name)):]
    if rest and rest[-1] in _SAME_RANK and tier_of(name) == "省" and not rest.endswith("办公厅"):
        return rest[:-1] + _SAME_RANK[rest[-1]]
    return rest


def department_groups(names: Iterable[str], collective=frozenset()) -> dict[str, tuple[str, ...]]:
    """Department -> its agencies, for departments named under more than one name, in the order given."""
    groups: dict[str, list[str]] = {}
    for name in names:
        if name not in collective:
            groups.setdefault(department(name), []).append(name)
    return {dept: tuple(members) for dept, members in groups.items() if len(members) > 1}
