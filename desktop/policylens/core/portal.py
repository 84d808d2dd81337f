"""The metadata table a government portal puts around a document (索引号 / 发布机构 / 生成日期 …).

Its fields are kept as the portal wrote them, and its lines are page chrome, never the title.
Labels are matched with the spaces portals pad them with (索 引 号, 文　　号) removed.
"""
from __future__ import annotations

import re

LABELS = (
    "信息索取号", "信息索引号", "索取号", "索引号", "发布机构", "发文机关", "发文单位", "发布部门", "发布单位",
    "制发机关", "生成日期", "成文日期", "发文日期", "发布日期", "发布时间", "印发日期", "实施日期", "施行日期",
    "废止日期", "失效日期", "发文字号", "发布文号", "文号", "法规标题", "文件名称", "标题", "名称", "主题分类", "类目名称",
    "组配分类", "体裁分类", "公开方式", "公开类型", "公开范围", "公开时限", "时效性", "有效性", "效力级别",
    "法规类别", "主题词", "关键词", "内容概述", "信息提供日期", "所属机构", "分类", "时间",
)
_SPACED = "|".join(r"\s*".join(label) for label in sorted(LABELS, key=len, reverse=True))
# A label is a field only where a colon or a 【】 pair marks it: 名称 inside prose is no field.
_FIELD = re.compile(rf"(?:【\s*({_SPACED})\s*】\s*[:：]?|(?<![\u4e00-\u9fff])({_SPACED})\s*[:：])")  # 【发文字号】：沪府令8号
_CUT = re.compile(r"\s*(?:\||｜|\t|\s{3,})\s*")


def fields_in_line(line: str) -> list[tuple[str, str, int, int]]:
    """(label, value, value start, value end) for each field of one line; [] if it holds none."""
    marks = list(_FIELD.finditer(line))
    out = []
    for n, mark in enumerate(marks):
        label = re.sub(r"\s+", "", mark.group(1) or mark.group(2))
        end = marks[n + 1].start() if n + 1 < len(marks) else len(line)
        value_start = mark.end() + len(line[mark.end():end]) - len(line[mark.end():end].lstrip())
        value = line[value_start:end]
        cut = _CUT.search(value)
        if cut:
            value = value[:cut.start()]
        value = value.strip()
        out.append((label, value, value_start, value_start + len(value)))
    return out


def is_field_line(line: str) -> bool:
    """A line that is (mostly) portal fields: its first field starts near the line's start."""
    marks = _FIELD.search(line)
    return bool(marks) and marks.start() <= 2


def portal_fields(lines: list[tuple[int, str, str]], head: int = 30, tail: int = 15) -> dict:
    """Fields of the portal table from the first and last lines: {label: {"value", "start", "end"}}."""
    chosen = lines[:head] + lines[max(head, len(lines) - tail):]
    found: dict = {}
    for start, line, folded in chosen:
        if not is_field_line(folded):
            continue
        for label, value, a, b in fields_in_line(folded):
            if value and label not in found:
                found[label] = {"value": line[a:b], "start": start + a, "end": start + b}
    return found
