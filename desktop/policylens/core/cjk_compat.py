"""Kangxi radicals, CJK radicals and compatibility ideographs folded to the unified characters.

Some PDF fonts map glyphs to these look-alike code points (⼈⺠ for 人民), so that a search for
落户 or 人民 finds nothing. Each is replaced by its unified ideograph, one code point for one,
so that every offset stays where it was.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache

# CJK Radicals Supplement forms that have no compatibility decomposition in Unicode, with their
# equivalent unified ideographs (Unicode's EquivalentUnifiedIdeograph data): the simplified
# forms that fonts use as whole characters.
_RADICALS_SUPPLEMENT = {
    "\u2ea0": "民", "\u2ec4": "西", "\u2ec5": "见", "\u2ec6": "角", "\u2ec9": "贝", "\u2ecb": "车",
    "\u2ed1": "長", "\u2ed3": "长", "\u2ed4": "门", "\u2ed7": "雨", "\u2ed8": "青", "\u2ed9": "韦",
    "\u2eda": "页", "\u2edb": "风", "\u2edc": "飞", "\u2edd": "食", "\u2ee2": "马", "\u2ee3": "骨",
    "\u2ee4": "鬼", "\u2ee5": "鱼", "\u2ee6": "鸟", "\u2ee7": "卤", "\u2ee8": "麦", "\u2ee9": "黄",
    "\u2eea": "黾", "\u2eeb": "斉", "\u2eec": "齐", "\u2eed": "歯", "\u2eee": "齿", "\u2eef": "竜",
    "\u2ef0": "龙", "\u2ef1": "龜", "\u2ef2": "亀", "\u2e8c": "小", "\u2e8d": "小", "\u2ea7": "牛",
    "\u2ea9": "王", "\u2eab": "目", "\u2eac": "示", "\u2eaf": "糸", "\u2eb6": "羊", "\u2ec1": "虎",
    "\u2e9c": "日", "\u2e9d": "月", "\u2ebc": "月", "\u2e8a": "卜", "\u2e92": "巳",
}
_RANGES = ((0x2E80, 0x2EFF), (0x2F00, 0x2FDF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))


@lru_cache(maxsize=1)
def fold_table() -> dict[int, str]:
    table = {ord(k): v for k, v in _RADICALS_SUPPLEMENT.items()}
    for low, high in _RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            folded = unicodedata.normalize("NFKC", char)
            if len(folded) == 1 and folded != char and unicodedata.category(folded) == "Lo":
                table[code] = folded
    return table


def fold_compat(text: str) -> str:
    """text with every compatibility form replaced by its unified ideograph (same length)."""
    return text.translate(fold_table())
