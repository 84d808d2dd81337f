"""Lists of agencies as assignment forms write them: where one ends, and its names.

A list joins names with 、 , 和 及 与 (和/及/与 only where both sides are names: 住房和城乡建设局
is one name), may end with 等, 等单位, 等有关部门, and may hold collective names (各县(区)政府,
市直有关单位). A list whose last name ends in 等…部门 may shorten the others to their field
(市民政、卫生、财政等部门): those are names too.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .aliases import AliasTable

_CJK = "\u4e00-\u9fff"
# Name endings, longest first at each place so 部门 wins over 部 and 委员会 over 委.
_SUFFIX = ("委员会|办公室|办公厅|管委会|人民政府|政府|部门|单位|机关|机构|中心|支行|分行|银行|小组|"
           "公司|工作站|警备区|军分区|局|委|办|厅|部|院|处|站|队|室")
# Endings that close a name wherever they stand (有关部门|制定): no shorter word ends so.
_STRONG_END = re.compile(r"(?:部门|单位|委员会|办公室|办公厅|办事处|政府|机关|机构|警备区|军分区)$")
# What carries a name on past an ending: 国务院|有关部门, 市政府|直属单位.
_GOES_ON = ("有关", "相关", "所属", "直属", "各")
_ETC = re.compile(rf"等(?:有关|相关)?(?:[{_CJK}]{{0,6}}?(?:单位|部门|机关|机构))?")
TRAILING_ETC = re.compile(r"等(有关|相关)?([\u4e00-\u9fff]{0,6}?(单位|部门|机关|机构))?$")
_SHORT_ITEM = re.compile(rf"[{_CJK}]{{2,8}}")
_JOINERS = "和及与"
_EITHER = re.compile("或者|或")
_JOINER = re.compile("以及|[和及与]")
# A name's short form given after it: 北京教育考试院中招办(以下简称"考试院中招办").
# A note on how a name works (按职责分工负责) is no part of it; (牵头) marks are read before.
_ROLE_NOTE = re.compile(r"\([^()]{0,8}(?:负责|配合|参与|协助)\)$")
_ASIDE = re.compile(r"\([^()]{1,30}\)")
_ALIAS_NOTE = re.compile(r"\([^()]{0,6}简称[^()]{0,30}\)$")
# Brackets that define or qualify (以下简称市主管部门, 含新区管委会) are no lists of agencies.
_NOT_A_LIST = re.compile(r"简称|以下|下同|统称|包括|含|除外|详见|见附件|或")
SEPARATORS = "、,;"


def split(text: str, a: int, b: int, separators: str) -> list[tuple[int, int]]:
    """Split text[a:b] on separators outside brackets; empty parts dropped."""
    parts, depth, start = [], 0, a
    for match in _splitter(separators).finditer(text, a, b):
        ch, i = match.group(), match.start()
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            parts.append((start, i))
            start = i + 1
    parts.append((start, b))
    return [(x, y) for x, y in parts if text[x:y].strip()]


@lru_cache(maxsize=16)
def _splitter(separators: str) -> re.Pattern:
    return re.compile("[()" + re.escape(separators) + "]")


def items(folded: str, a: int, b: int, table: AliasTable) -> list[tuple[int, int]]:
    """The names of the list folded[a:b], trimmed of 由, 等… and final punctuation."""
    names = []
    fields = _shares_etc(folded, a, b)
    for x, y in _with_levels(folded, split(folded, a, b, SEPARATORS)):
        for p, q in _split_joined(folded, x, y, table, fields):
            p, q = trim(folded, p, q)
            if q > p:
                names.append((p, q))
    return names


def _split_joined(folded: str, x: int, y: int, table: AliasTable, fields: bool = False) -> list[tuple[int, int]]:
    """Split a part on 和/及/与/以及 where each side is a name on its own, or, in a list of fields
    sharing 等…部门, where each side is a field of three characters or more that together make no
    name the table knows (中医管理和药品监督 is two; 人力资源和社会保障, 住房和城乡建设 are one)."""
    for joiner in _JOINER.finditer(folded, x + 2, y - 1):
        i, j = joiner.span()
        left = folded[x:i]
        if (_SUFFIX_END.search(left) or table.identify(left).known) and table.looks_like_agency(folded[j:y]):
            return [(x, i)] + _split_joined(folded, j, y, table, fields)
        right = folded[j:y]
        etc = TRAILING_ETC.search(right)
        right = right[:etc.start()] if etc and etc.start() > 0 else right
        if fields and _FIELD_WORD.fullmatch(left) and _FIELD_WORD.fullmatch(right) \
                and not any(table.identify(folded[x:j] + right + end).known for end in _FIELD_ENDS):
            return [(x, i)] + _split_joined(folded, j, y, table, fields)
    return [(x, y)]


_FIELD_WORD = re.compile(rf"[{_CJK}]{{3,8}}")
_FIELD_ENDS = ("局", "委员会", "委", "厅", "部")


def _shares_etc(folded: str, a: int, b: int) -> bool:
    """A list of fields before a shared 等…部门 (市财政、卫生、中医管理和药品监督等部门)."""
    etc = TRAILING_ETC.search(folded, a, b)
    return bool(etc and etc.group(3))


# Levels listed before the one name they share: 市、县（区）价格主管部门, 省、市人民政府.
_LEVEL_ONLY = re.compile(r"[省市县区乡镇](?:\([^()]{1,6}\))?")


def _with_levels(folded: str, parts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Parts with each bare level joined to the name after it (市 | 县(区)价格主管部门: one name)."""
    out: list[tuple[int, int]] = []
    pending = None
    for x, y in parts:
        start = pending if pending is not None else x
        if _LEVEL_ONLY.fullmatch(folded[x:y].strip(" 由")):
            pending = start
            continue
        out.append((start, y))
        pending = None
    if pending is not None:
        out.append((pending, parts[-1][1]))
    return out


def trim(folded: str, x: int, y: int) -> tuple[int, int]:
    while x < y and folded[x] in " \t由":
        x += 1
    alias = _ALIAS_NOTE.search(folded, x, y) or _ROLE_NOTE.search(folded, x, y)
    if alias and alias.start() > x:
        y = alias.start()
    while y > x and folded[y - 1] in " \t。.":
        y -= 1
    etc = TRAILING_ETC.search(folded, x, y)
    if etc and etc.start() > x:
        y = etc.start()
    return x, y


def is_list(folded: str, a: int, b: int, table: AliasTable) -> bool:
    """Whether folded[a:b] is nothing but a list of agencies."""
    names = items(folded, a, b, table)
    if not names or not folded[a:b].strip() or _NOT_A_LIST.search(folded, a, b):
        return False
    if all(table.looks_like_agency(folded[x:y]) for x, y in names):
        return True
    # 市民政、卫生、财政等部门: fields before a shared 等…部门.
    etc = TRAILING_ETC.search(folded, a, b)
    return bool(etc and etc.group(3) and len(names) > 1
                and all(_SHORT_ITEM.fullmatch(folded[x:y]) for x, y in names))


_LEVEL_PREFIX = re.compile(r"(?:市|省|县|区|乡|镇|街道|各|国家|国务院|中央|全国|自治区|中国)")
_MINISTRY_END = re.compile(r"(?:部|委|局|厅|办|署|行|会)$")
_DIGIT = re.compile(r"\d")


def is_bare_list(folded: str, a: int, b: int, table: AliasTable) -> bool:
    """Whether a bracket's content is nothing but agencies standing for themselves: known names,
    names with a level (市…, 各…), or ministries (教育部); never a caption ((受理机构), (站))."""
    if not is_list(folded, a, b, table) or _DIGIT.search(folded, a, b):
        return False
    for x, y in items(folded, a, b, table):
        name = folded[x:y]
        identity = table.identify(name)
        if not (identity.known or identity.collective or _LEVEL_PREFIX.match(name)
                or (len(name) >= 3 and _MINISTRY_END.search(name))):
            return False
    return True


def list_end(folded: str, pos: int, end: int, table: AliasTable) -> int:
    """End of the list of agencies that starts at pos (pos itself if none does)."""
    from .role_words import VERB
    stop = pos
    while True:
        name_end = _name_end(folded, stop, end, table)
        if name_end is None:
            return stop
        stop = name_end
        aside = _ASIDE.match(folded, stop, end)  # 中心(学历认证中心), (以下简称…)
        if aside and not VERB.search(folded, aside.start(), aside.end()):
            stop = aside.end()
        etc = _ETC.match(folded, stop, end)
        if etc and etc.end() > stop:
            stop = etc.end()
            if stop < end and folded[stop] in _JOINERS and _name_end(folded, stop + 1, end, table):
                stop += 1
                continue
            return stop
        if stop < end and folded[stop] in "、" + _JOINERS and _name_end(folded, stop + 1, end, table):
            stop += 1
            continue
        either = _EITHER.match(folded, stop, end)  # 本级人民政府或相关部门: one name, as written
        other = either and _name_end(folded, either.end(), end, table)
        if other and (other == end or _BOUNDARY.match(folded, other) or VERB.match(folded, other)):
            stop = either.end()
            continue
        return stop


_SUFFIX_END = re.compile(rf"(?:{_SUFFIX})$")


def _broken_word(folded: str, pos: int, at: int, end: int) -> bool:
    """A single space between two CJK characters where the name before it is no name yet
    (物价管|理部门), never between two names (市财政局 市民政局)."""
    return (pos < at and at + 1 < end and "\u4e00" <= folded[at - 1] <= "\u9fff" and "\u4e00" <= folded[at + 1] <= "\u9fff"
            and not _SUFFIX_END.search(folded, pos, at))
_LEVELS_BEFORE = re.compile(r"(?:[省市县区](?:\([^()]{1,6}\))?、)+(?=[省市县区])")
_NAME_CHARS = re.compile(rf"[{_CJK}()]")
_NOT_IN_NAMES = "的或对将把向从被为是应要须"
_NOT_FIRST = "在于经"  # 在省社保局参加…: a name never opens with a preposition  # words of a sentence, never of an agency's name
_FIRST_WORDS = ("经济", "经信", "在线")  # words that open a name with a preposition's character
_BOUNDARY = re.compile(r"[、,;。:()\s和及与等按]|作为|为|是|会同|协同|联合|根据|依据|依照")


def _name_end(folded: str, pos: int, end: int, table: AliasTable) -> int | None:
    """End of the name at pos: the longest one followed by a list's or a form's boundary, else
    the first one a sentence may go on after (会同有关部门|制定, 会同国土资源厅|研究制订)."""
    from .role_words import VERB
    best, candidates, depth = None, {}, 0
    if pos < end and (folded[pos] in _JOINERS or folded[pos] in _NOT_FIRST) \
            and not folded.startswith(_FIRST_WORDS, pos):
        return None
    levels = _LEVELS_BEFORE.match(folded, pos, end)
    if levels:  # 市、县(区)价格主管部门: the name the levels share is the name
        return _name_end(folded, levels.end(), end, table)
    known = table.mention_pattern.match(folded, pos, end)
    for q in range(pos + 1, min(end, pos + 26) + 1):
        ch = folded[q - 1]
        depth += (ch == "(") - (ch == ")")
        if ch == " " and _broken_word(folded, pos, q - 1, end):
            continue  # 物价管 理部门: a space a PDF left inside a word
        if depth < 0 or ch in _NOT_IN_NAMES or not (_NAME_CHARS.match(ch) or (depth and ch == "、")):
            break
        if not ((q - pos >= 3 and _SUFFIX_END.search(folded, pos, q)) or (known and known.end() == q)):
            continue  # 调处 is no name: a generic name is three characters at least
        candidates[q] = bool(_STRONG_END.search(folded, pos, q))
        if q == end and best is None and any(candidates[k] for k in candidates if k < q):
            break  # 物价部门|依法查处: the segment's end is no boundary after a strong ending
        if q == end or _BOUNDARY.match(folded, q) or VERB.match(folded, q):
            best = q
            if q < end and folded[q] not in _JOINERS:
                break  # a name never runs on past a verb: 市住建局|会同市规划局
    if best is not None:
        return best
    # 部 before 部门, 委 before 委员会: a short ending that a strong one extends is no end.
    return next((q for q, strong in candidates.items()
                 if strong or not (candidates.get(q + 1) or candidates.get(q + 2)
                                   or folded.startswith(_GOES_ON, q))), None)
