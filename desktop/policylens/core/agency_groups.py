"""One department at several levels of government: 市公安局, 县公安局 and 省公安厅 are one line of work.

Canonical agency names keep their level (省/市/县/区…) and drop the place, so a corpus that
mixes a city's and a county's rules lists 市公安局 and 县公安局 as strangers. A department is
the name without its level prefix, with a province's 厅 read as the 局 below it. Bodies that
stand for many (各县区政府) are never grouped: they are not one department.
"""
from __future__ import annotations

from typing import Iterable

LEVEL_PREFIXES = ("自治区", "自治州", "自治县", "省", "市", "州", "盟", "县", "区", "旗", "乡", "镇")
# Words that begin with a level's character but are no level: 市场监管局 is not 场监管局 of a city.
NOT_A_LEVEL = ("市场", "区域", "县域", "乡村")
_SAME_RANK = {"厅": "局"}  # a province's 公安厅 is the 公安局 of a city or county


def level_of(name: str) -> str:
    """The level prefix the name begins with ("" if none)."""
    if name.startswith(NOT_A_LEVEL):
        return ""
    return next((prefix for prefix in LEVEL_PREFIXES if name.startswith(prefix) and len(name) > len(prefix) + 1), "")


def department(name: str) -> str:
    """The department a canonical name belongs to, at any level: 县公安局 -> 公安局, 省公安厅 -> 公安局."""
    rest = name[len(level_of(name)):]
    return rest[:-1] + _SAME_RANK[rest[-1]] if rest and rest[-1] in _SAME_RANK else rest


def department_groups(names: Iterable[str], collective=frozenset()) -> dict[str, tuple[str, ...]]:
    """Department -> its agencies, for departments named under more than one name, in the order given."""
    groups: dict[str, list[str]] = {}
    for name in names:
        if name not in collective:
            groups.setdefault(department(name), []).append(name)
    return {dept: tuple(members) for dept, members in groups.items() if len(members) > 1}
