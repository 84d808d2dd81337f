"""Where a line of folded text assigns roles: labels, bracketed assignments, 由-sentences.

line_forms returns, for each form, the span it covers (agencies inside it are no mentions) and
the role spans of its lists. The forms themselves are described in agencies' docstring.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import agency_lists as lists
from . import role_words as words
from .aliases import AliasTable

_CJK = "\u4e00-\u9fff"
_LABEL_BEFORE = "(;,。.、:\t "  # what may stand just before a label that opens a value
_VALUE_STOP = ";。\n\t"
_META_KEY = re.compile(rf"(?:^|\t|\s{{2}})\s*([{_CJK}][{_CJK}\s]{{1,7}})\s*:")
_SCHEDULE = re.compile(r"\d{4}\s*年|\d{1,2}\s*月|年底|年内|持续|长期|常态|分阶段|逐步")
# 按职责分工 / 根据职能 between a list and its verb.
_QUALIFIER = re.compile(r"(?:按照?|根据|依据|依照)[^,;。]{0,8}?(?:职责|职能|分工)(?:分工)?(?:分别|各自)?")
# A key that ends a label's value: 责任单位:市教育局,完成时限:2025年底.
_NEXT_KEY = re.compile(rf"[,;\s]\s*[{_CJK}]{{2,8}}\s*:")
# An article's caption: 第五条(业务经办).
_CAPTION = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇\d]+条)?\s*")
_VALUE_VERB = re.compile(rf"(?:等(?:有关|相关)?(?:单位|部门)?)?(?:{_QUALIFIER.pattern})?(?:{words.VERB.pattern})\s*$")
_BRACKET = re.compile(r"[()]")
_CELL_GAP = re.compile(r"\t+|\s{2,}")
_AGENCY_CELL = re.compile(rf"[{_CJK}()、,]+")
_NUMBER = re.compile(r"\s*(?:第[一二三四五六七八九十百零〇\d]+条\s*|\(?[一二三四五六七八九十百\d]+\)?[、.)]?|[①-⑳])\s*")
_AS = re.compile(rf"(?:作为|为|是)[^,;。]{{0,24}}?((?:{words.LABEL.pattern}))\s*$")
# 建设单位为补充耕地的责任单位: whoever stands between 的 (or the segment's start) and 为.
_NAMED_AS = re.compile(rf"((?:(?!的)[{_CJK}()、]){{2,24}}?)(?:作为|为|是)[^,;。]{{0,24}}?((?:{words.LABEL.pattern}))$")
# 由X组织和负责: 负责 ends the segment, a few words after the list.
_DUTY_END = re.compile(r"(?:(?!负责)[\u4e00-\u9fff]){0,6}负责$")
# 省国土资源厅、财政厅等单位根据职能分工: a list waiting for the verb of a later segment.
_BY_DUTIES = re.compile(r"(?:根据|按照|按)[\u4e00-\u9fff]{0,6}(?:分工|职责|职能)$")
_FIELD = rf"(?:(?!会同|协同|联合|牵头|负责|配合)[{_CJK}]){{2,10}}"
_ELLIPTIC = re.compile(rf"(?:{_FIELD}、)+{_FIELD}等(?:有关|相关)?[{_CJK}]{{0,6}}?(?:部门|单位)")
# 港口、码头主管部门, 市卫生、财政部门: fields before one name's ending, each a name that shares it.
_SHARED_FIELD = rf"(?:(?!会同|协同|联合|牵头|负责|配合|的)[{_CJK}])"
_SHARED_END = re.compile(rf"(?:{_SHARED_FIELD}{{2,10}}?、)+{_SHARED_FIELD}{{2,6}}?(?:主管|行政管理|行政|管理)?部门")
# 由有定价权的价格主管部门: a 的-phrase that qualifies the name after 由.
_QUALIFIED = re.compile(rf"[{_CJK}]{{1,8}}的(?=[{_CJK}])")
# 国务院管理机关事务工作的机构: a body named by its duty, a 的-phrase before a unit word.
_QUALIFIED_NAME = re.compile(rf"(?:(?!的|会同|负责)[{_CJK}]){{2,16}}的(?:(?!的)[{_CJK}]){{0,6}}?(?:机构|部门|单位|机关)")
_MAX_BRACKET = 200
# Every form holds one of these: text without them is passed over at regex speed.
_TRIGGER = re.compile("由|" + words.VERB.pattern + "|" + "|".join(words.JOIN_VERBS) + "|" + words.LABEL.pattern)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    role: str
    whole: bool = False  # one name however it reads (所在市、县人民政府), not a list


def line_forms(folded: str, a: int, b: int, table: AliasTable, prose: bool = True):
    """(cover start, cover end, role spans) of each assignment form in the line folded[a:b]."""
    if _is_metadata_row(folded[a:b]):
        return []
    forms = _labels(folded, a, b)
    forms += _brackets(folded, a, b, table, [(x, y) for x, y, _ in forms])
    if prose:
        forms += _prose(folded, a, b, table, [(x, y) for x, y, _ in forms])
    return sorted(forms, key=lambda f: f[0])


def prose_forms(folded: str, a: int, b: int, table: AliasTable, covered):
    """The prose forms of folded[a:b], a run of lines that may break sentences anywhere (由\n市物价局
    会同…): line breaks are read as if they were not there, spans point into folded."""
    if "\n" not in folded[a:b]:
        return _prose(folded, a, b, table, covered)
    keep = [a + i for i, ch in enumerate(folded[a:b]) if ch != "\n"]
    joined = "".join(folded[i] for i in keep)
    back = lambda pos: keep[pos] if pos < len(keep) else b
    into = {at: k for k, at in enumerate(keep)}
    inner = [(into.get(x, 0), into.get(y - 1, len(keep) - 1) + 1) for x, y in covered if a <= x and y <= b]
    forms = []
    for x, y, spans in _prose(joined, 0, len(joined), table, inner):
        moved = [_after_break(folded, back(sp.start), back(sp.end - 1) + 1, sp) for sp in spans]
        forms.append((back(x), back(y - 1) + 1, moved))
    return forms


def _after_break(folded: str, start: int, end: int, span: Span) -> Span:
    """A name runs across a line break only where a full line wrapped inside it (市人力资\n源和社会
    保障局); a short or numbered line before the break is a heading (五、抓好组织落实\n城市人民政府…)."""
    cut = folded.find("\n", start, end)
    while cut >= 0:
        line_start = folded.rfind("\n", 0, cut) + 1
        if cut - line_start < 20 or _HEADING_START.match(folded, line_start, cut):
            start = cut + 1
        cut = folded.find("\n", cut + 1, end)
    return Span(start, end, span.role, span.whole)


_HEADING_START = re.compile(r"\s*(?:[一二三四五六七八九十]+、|\([一二三四五六七八九十]+\)|第[一二三四五六七八九十百\d]+[章节])")


def _is_metadata_row(line: str) -> bool:
    """A row of a portal's metadata table or footer (责任部门:\t某办\t文件编号:…, 主办单位:某局
    粤ICP…) names a publisher, not a role: beside its label stand other keys or other data."""
    cells = [c for c in _CELL_GAP.split(line.strip()) if c]
    if len(cells) < 2 or not words.LABEL_COLON.search(line):
        return False
    keys = [m.group(1).replace(" ", "") for m in _META_KEY.finditer(line)]
    if any(words.label_role(k) is None for k in keys):
        return True
    values = [words.LABEL_COLON.sub("", c) for c in cells]
    return any(v and not _AGENCY_CELL.fullmatch(v) for v in values)


def _labels(folded: str, a: int, b: int):
    found = [m for m in words.LABEL_COLON.finditer(folded, a, b)
             if m.start() == a or folded[m.start() - 1] in _LABEL_BEFORE]
    forms = []
    for k, m in enumerate(found):
        limit = found[k + 1].start() if k + 1 < len(found) else b
        key = _NEXT_KEY.search(folded, m.end(), limit)
        end = _value_end(folded, m.end(), key.start() if key else limit)
        end = _before_verb(folded, m.end(), end)
        role = words.label_role(m.group(1))
        forms.append((m.start(), end, [Span(m.end(), end, role)]))
    return forms


def _before_verb(folded: str, start: int, end: int) -> int:
    """A value that goes on into its verb (市财政局等按职责分工负责) ends before it."""
    verb = _VALUE_VERB.search(folded, start, end)
    return verb.start() if verb and verb.start() > start else end


def _value_end(folded: str, start: int, limit: int) -> int:
    depth = 0
    for i in range(start, limit):
        ch = folded[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if depth == 0:
                return i
            depth -= 1
        elif ch in _VALUE_STOP and depth == 0:
            return i
    return limit


def _bracket_pairs(folded: str, a: int, b: int):
    stack = []
    for match in _BRACKET.finditer(folded, a, b):
        i = match.start()
        if match.group() == "(":
            stack.append(i)
        elif stack:
            open_at = stack.pop()
            if not stack and i - open_at <= _MAX_BRACKET:
                yield open_at, i


def _brackets(folded: str, a: int, b: int, table: AliasTable, covered):
    forms = []
    tail = len(folded[a:b].rstrip().rstrip("。.")) + a
    for open_at, close_at in _bracket_pairs(folded, a, b):
        if any(x < close_at and open_at < y for x, y in covered):
            continue
        spans = None
        if _TRIGGER.search(folded, open_at + 1, close_at):
            spans = _bracket_content(folded, open_at + 1, close_at, table)
        if spans is None and close_at + 1 == tail and not _CAPTION.fullmatch(folded, a, open_at) \
                and lists.is_bare_list(folded, open_at + 1, close_at, table):
            spans = [Span(open_at + 1, close_at, words.RESPONSIBLE)]
        if spans:
            forms.append((open_at, close_at + 1, spans))
    return forms


def _bracket_content(folded: str, a: int, b: int, table: AliasTable) -> list[Span] | None:
    """Role spans of a bracket whose every segment is an assignment; None otherwise."""
    spans: list[Span] = []
    verbs = 0
    for x, y in lists.split(folded, a, b, ",;"):
        x = _skip(folded, x, y, " 由")
        if _SCHEDULE.search(folded, x, y) and not words.VERB.search(folded, x, y):
            continue  # 2025年底前完成, 持续推进: the task's deadline beside its roles
        found = _agent_form(folded, x, y, table)
        duty = None if found else _duty_of(folded, x, y, table)
        if found is not None and _short_tail(folded, found[1], y):
            spans += found[0]
            verbs += 1
        elif duty:
            spans += duty  # (没有工作单位的考生由乡镇政府、街道办事处负责)
            verbs += 1
        elif lists.is_list(folded, x, y, table) and not words.VERB.search(folded, x, y):
            spans.append(Span(x, y, words.RESPONSIBLE))
        else:
            return None
    return spans if verbs else None  # a bare list assigns only where it closes a paragraph


def _duty_of(folded: str, x: int, y: int, table: AliasTable) -> list[Span] | None:
    """A bracket's 由X负责 with 负责 closing it, after whom it concerns (…的考生由X负责)."""
    by = folded.find("由", x, y)
    if by < 0 or not folded[x:y].rstrip().endswith("负责"):
        return None
    end = _list_end(folded, by + 1, y, table)
    return [Span(by + 1, end, words.RESPONSIBLE)] if end > by + 1 and _DUTY_END.match(folded, end, y) else None


def _short_tail(folded: str, at: int, y: int) -> bool:
    """What follows a bracket's verb is a few words at most (负责落实), never a clause (…制订的文本)."""
    return y - at <= 10 and "的" not in folded[at:y]


def _skip(folded: str, x: int, y: int, chars: str) -> int:
    while x < y and folded[x] in chars:
        x += 1
    return x


def _agent_form(folded: str, x: int, y: int, table: AliasTable):
    """A list at x followed by a role verb, a joining verb (会同 …) or 作为…牵头单位.

    Returns (role spans, where the form ends, kind) with kind one of lead, join, label and the
    verb's role; None if folded[x:y] does not open so.
    """
    e = _list_end(folded, x, y, table)
    if e == x:
        return None
    for join in words.JOIN_VERBS:
        if folded.startswith(join, e):
            e2 = _list_end(folded, e + len(join), y, table)
            qualified = _QUALIFIED_NAME.match(folded, e + len(join), y)
            if qualified and qualified.end() > e2 and (qualified.end() == y or words.VERB.match(folded, qualified.end(), y)):
                # 会同国务院管理机关事务工作的机构负责: a name qualified by its duty, as written
                return [Span(x, e, words.LEAD), Span(qualified.start(), qualified.end(), words.COOPERATE, whole=True)], \
                    qualified.end(), "join"
            if e2 > e + len(join):
                return [Span(x, e, words.LEAD), Span(e + len(join), e2, words.COOPERATE)], e2, "join"
    qualifier = _QUALIFIER.match(folded, e, y)
    verb = words.VERB.match(folded, qualifier.end() if qualifier else e, y)
    if verb:
        role = words.verb_role(verb.group())
        return [Span(x, e, role)], verb.end(), role
    label = _AS.match(folded, e, y)
    if label:
        return [Span(x, e, words.label_role(label.group(1)))], label.end(), "label"
    return None


def _list_end(folded: str, x: int, y: int, table: AliasTable) -> int:
    elliptic = _ELLIPTIC.match(folded, x, y)
    if elliptic is None:
        end = lists.list_end(folded, x, y, table)
        shared = _SHARED_END.match(folded, x, y)  # only where the names alone end sooner
        return shared.end() if shared and shared.end() > end else end
    end = elliptic.end()
    if end < y and folded[end] in "和及与、":
        more = lists.list_end(folded, end + 1, y, table)
        end = more if more > end + 1 else end
    return end


def _prose(folded: str, a: int, b: int, table: AliasTable, covered):
    forms = []
    for s, t in lists.split(folded, a, b, "。;"):
        if not _TRIGGER.search(folded, s, t) or any(x < t and s < y for x, y in covered):
            continue
        spans = _sentence(folded, s, t, table)
        if spans:
            forms.append((min(sp.start for sp in spans), max(sp.end for sp in spans), spans))
    return forms


def _sentence(folded: str, s: int, t: int, table: AliasTable) -> list[Span]:
    """Role spans of one sentence. After a lead, a list may wait for the verb of later segments
    (…等单位根据职能分工, 各负其责, 协调配合): cooperation if any of them cooperates."""
    spans: list[Span] = []
    lead_seen, waiting, verbs = False, [], []
    for x, y in lists.split(folded, s, t, ","):
        found = _prose_segment(folded, x, y, table, lead_seen)
        if found:
            spans += found
            lead_seen = lead_seen or any(sp.role == words.LEAD for sp in found)
            continue
        if not lead_seen:
            continue
        e = _list_end(folded, x, y, table)
        verb = words.VERB.search(folded, x, y)
        if e > x and _BY_DUTIES.match(folded, e, y):
            waiting.append(Span(x, e, words.RESPONSIBLE))
        elif waiting and verb and verb.end() == y and y - x <= 6:
            verbs.append(words.verb_role(verb.group()))
    if waiting and verbs:
        role = words.COOPERATE if words.COOPERATE in verbs else verbs[0]
        spans += [Span(w.start, w.end, role) for w in waiting]
    return spans


def _prose_segment(folded: str, x: int, y: int, table: AliasTable, lead_seen: bool):
    """Role spans of one comma-segment of prose, or None."""
    number = _NUMBER.match(folded, x, y)
    x = number.end() if number else x
    y = len(folded[x:y].rstrip()) + x
    found = _named_as(folded, x, y, table) or _you_form(folded, x, y, table)
    if found:
        return found
    form = _agent_form(folded, x, y, table)
    if form and form[2] == words.LEAD and words.COMPLEMENT.match(folded, form[1], y):
        return form[0]  # 规划主管部门牵头组织
    if form and form[1] == y and form[2] != "join" and folded[y - 2:y] not in ("负责", "落实") \
            and (lead_seen or not _only_generic(folded, form[0], table)):
        return form[0]  # 各区政府、街道办事处等主管部门配合; 相关部门各负其责 alone names nobody
    if not lead_seen:
        return None
    for join in words.JOIN_VERBS:  # after a lead: 会同市建委等部门办理
        if folded.startswith(join, x):
            e = _list_end(folded, x + len(join), y, table)
            return [Span(x + len(join), e, words.COOPERATE)] if e > x + len(join) else None
    if form and form[2] == words.COOPERATE:
        return form[0]  # after a lead: 市民政、卫生等部门参与的…
    return None


_GENERIC = re.compile(r"(?:各|有关|相关|其他|其它|各有关|各相关)*(?:有关|相关|各)(?:职能)?(?:部门|单位|机构|机关)")


def _only_generic(folded: str, spans: list[Span], table: AliasTable) -> bool:
    """Whether the names are only 有关部门, 相关单位 and the like: a closing exhortation, no assignment."""
    names = [folded[p:q] for sp in spans for p, q in lists.items(folded, sp.start, sp.end, table)]
    return bool(names) and all(_GENERIC.fullmatch(name) for name in names)


def _named_as(folded: str, x: int, y: int, table: AliasTable) -> list[Span] | None:
    """建设单位为补充耕地的责任单位, the name after a 的 or 明确 if one stands before it; a list
    of names (区政府、街道办事处) is split, anything else (所在市、县人民政府) is one name."""
    starts = [x] + [x + m.end() for m in re.finditer("的|明确|确定|指定", folded[x:y])]
    for start in reversed(starts):  # the tightest name first
        named = _NAMED_AS.match(folded, start, y)
        if named and "由" not in named.group(1):
            a, b = named.span(1)
            whole = not lists.is_list(folded, a, b, table)
            return [Span(a, b, words.label_role(named.group(2)), whole=whole)]
    return None


def _you_form(folded: str, x: int, y: int, table: AliasTable) -> list[Span] | None:
    """由X牵头…, 由X会同Y…, 由X作为牵头单位; 由X负责 and 由X组织和负责 only where 负责 ends the segment."""
    by = folded.find("由", x, y)
    while by >= 0:
        qualified = _QUALIFIED.match(folded, by + 1, y)
        if qualified and _list_end(folded, by + 1, y, table) == by + 1:
            # 由有定价权的价格主管部门会同…: the name after the 的-phrase leads where a join follows
            found = _agent_form(folded, qualified.end(), y, table)
            if found and found[2] == "join":
                return found[0]
        found = _agent_form(folded, by + 1, y, table)
        if found and (found[2] in (words.LEAD, "join", "label") or found[1] == y):
            return found[0]
        end = _list_end(folded, by + 1, y, table)
        if end > by + 1 and _DUTY_END.match(folded, end, y):
            return [Span(by + 1, end, words.RESPONSIBLE)]
        by = folded.find("由", by + 1, y)
    return None
