"""The words that give an agency a role, and the two calls task tables need.

A role label is built of a role word and a unit word, whatever the pairing: 牵头单位, 主责部门,
责任处室, 配合机关, 协办单位, 参与部门, 协同单位, 牵头责任单位, 责任主体 … A role verb is one of the verbs
real plans use for the same roles (牵头, 负责, 配合, 参与, 参加, 协助, 会同, 协同, 共同负责 …).

For task tables (rows turned into clauses elsewhere):
- ``header_role(text)`` classifies a column header into "lead", "cooperate", "responsible" or
  None (not a role column): 牵头单位, 牵头部门, 主要责任单位 → lead; 责任单位, 责任部门, 负责单位 →
  responsible; 配合单位, 协办部门, 参与单位 → cooperate.
- ``split_cell(text, role)`` splits a role cell into (start, end, role) spans, one per agency,
  offsets into the cell: 市教育局（牵头）、市财政局 gives lead and the column's role; a cell that
  itself says 市财政局牵头，市发改委配合 is read as that assignment.

All matching is on folded text (simplified script, half-width punctuation).
"""
from __future__ import annotations

import re

LEAD, COOPERATE, RESPONSIBLE = "lead", "cooperate", "responsible"

# Role words of labels, longest first so 主要责任 wins over 责任.
_LABEL_ROLE_WORDS = {
    "牵头责任": LEAD, "主要责任": LEAD, "主要负责": LEAD, "牵头": LEAD, "主办": LEAD, "主责": LEAD,
    "主抓": LEAD, "责任": RESPONSIBLE, "负责": RESPONSIBLE, "落实": RESPONSIBLE,
    "实施": RESPONSIBLE, "承担": RESPONSIBLE, "配合": COOPERATE, "协办": COOPERATE,
    "参与": COOPERATE, "参加": COOPERATE, "协同": COOPERATE, "协助": COOPERATE,
    "协作": COOPERATE, "会同": COOPERATE, "支持": COOPERATE,
}
UNIT_WORDS = ("单位", "部门", "处室", "机关", "机构", "科室", "主体", "处", "科")
_ROLE_WORD = "|".join(sorted(_LABEL_ROLE_WORDS, key=len, reverse=True))
_UNIT_WORD = "|".join(UNIT_WORDS)
# One label: role words (牵头责任, 主要责任) then one unit word; 处 and 科 alone only after
# 责任/配合… (责任处), never as part of another word.
LABEL = re.compile(rf"(?:{_ROLE_WORD})+(?:{_UNIT_WORD})")
# A label that opens a value: 牵头单位: / 责任单位： (colon folded to ':').
LABEL_COLON = re.compile(rf"((?:{_ROLE_WORD})+(?:{_UNIT_WORD}))\s*:\s*")

# Role verbs, longest first: what a segment of a verb form ends with.
VERBS = {
    "牵头负责": LEAD, "负责牵头": LEAD, "牵头落实": LEAD, "牵头": LEAD, "主抓": LEAD,
    "按职责分工负责": RESPONSIBLE, "按照职责分工负责": RESPONSIBLE, "按职责负责": RESPONSIBLE,
    "分工负责": RESPONSIBLE, "分别负责": RESPONSIBLE, "共同负责": RESPONSIBLE,
    "各负其责": RESPONSIBLE, "负主体责任": RESPONSIBLE, "负总责": RESPONSIBLE, "负责落实": RESPONSIBLE, "具体负责": RESPONSIBLE,
    "负责": RESPONSIBLE, "落实": RESPONSIBLE,
    "配合": COOPERATE, "参与": COOPERATE, "参加": COOPERATE, "协助": COOPERATE,
    "协办": COOPERATE, "协同": COOPERATE, "共同": COOPERATE,
}
VERB = re.compile("|".join(sorted(map(re.escape, VERBS), key=len, reverse=True)))
# What may follow a role verb in a segment that is nothing but an assignment (市住建局牵头组织).
COMPLEMENT = re.compile(r"(?:组织实施|组织|实施|推进|落实|协调|办理)?$")
# Verbs that join a lead to the agencies working with it: 由A会同B负责, A协同B.
JOIN_VERBS = ("会同", "协同", "联合")
# A role marked after one name of a list: 市教育局（牵头）.
MARK = re.compile(rf"\(\s*((?:{_ROLE_WORD})+(?:{_UNIT_WORD})?)\s*\)\s*$")


def label_role(label: str) -> str | None:
    """The role of a label (牵头单位 → lead); None if it is no role label."""
    label = label.strip()
    if not LABEL.fullmatch(label) and label not in _LABEL_ROLE_WORDS:
        return None
    for word in sorted(_LABEL_ROLE_WORDS, key=len, reverse=True):
        if label.startswith(word):
            return _LABEL_ROLE_WORDS[word]
    return None


_HEADER_NOISE = re.compile(r"[\s:*※]|^(?:具体|直接|其他|其它)")


def header_role(text: str) -> str | None:
    """Role of a task table's column header, or None for any other column (序号, 任务, 时限 …).

    The header may be a label (牵头单位), a bare role word (牵头), a label with a note
    (责任单位(牵头单位列前)) or two labels of which the first decides (牵头单位/责任单位).
    """
    from .script import fold
    folded = fold(text).strip().rstrip(":")
    if not folded or len(folded) > 16:
        return None
    head = re.split(r"[/、(]", folded, maxsplit=1)[0]
    head = _HEADER_NOISE.sub("", head)
    role = label_role(head)
    if role is None and head in VERBS:
        role = VERBS[head] if head not in ("落实", "共同") else None
    return role


def verb_role(verb: str) -> str:
    return VERBS.get(verb, RESPONSIBLE)


def split_cell(text: str, role: str) -> list[tuple[int, int, str]]:
    """Agencies of a task table's role cell as (start, end, role), offsets into text.

    role is the column's (from header_role); a name marked （牵头） leads whatever the column,
    and a cell written as an assignment (市财政局牵头，市发改委配合) is read as one.
    """
    from .agencies import cell_spans
    from .script import fold
    return cell_spans(text, fold(text), role)
