"""What every city localizes, masked before clauses are compared.

Two cities that adopt the same clause still write their own place (三门峡市 / 始兴县), their own
agencies (市公安局牵头 / 县公安局牵头, or 牵头单位:市公安局 on a line of its own), their own
figures and dates (满2年 / 1年以上, 到2020年). Left in, these make a copied clause look
different and two unrelated clauses of one city look alike. Each is replaced by one placeholder
character, so the text around it still lines up; the assignment brackets and lines, which only
say who does the work, are dropped once their agencies are masked.

Masking runs on the folded text (simplified, half-width). It is a heuristic applied the same way
to every document: a phrase that is masked by mistake is masked in every copy of it alike.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import TYPE_CHECKING, Iterable

from .agencies import AgencyRef
from .outline import Clause

if TYPE_CHECKING:  # document imports the whole pipeline; only its type is needed here
    from .document import Document

AGENCY, PLACE, NUMBER = "Ⓐ", "Ⓟ", "Ⓝ"

PROVINCES = ("北京", "天津", "河北", "山西", "内蒙古", "辽宁", "吉林", "黑龙江", "上海", "江苏",
             "浙江", "安徽", "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "广西", "海南",
             "重庆", "四川", "贵州", "云南", "西藏", "陕西", "甘肃", "青海", "宁夏", "新疆")
_PROVINCE = re.compile(rf"(?:{'|'.join(PROVINCES)})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?")
# Two characters and an administrative suffix: 韶关市, 湟源县, 海淀区. The exclusions keep
# common words out (我市, 城市, 地区, 社区, 市民化, 县城); what slips through is masked alike
# in every document.
_GENERIC_PLACE = re.compile(
    r"[\u4e00-\u9fff](?<![和与及在对向等各全我本该到从])"
    r"[\u4e00-\u9fff](?<![我全本各该城都州县市区省乡镇级地社园山辖片景牧灾验发新街矿老])"
    r"(?:自治州|自治县|市|县|区|州|盟|旗)(?![民场政级直区县域委属内外辖容城])")
# Agencies the alias table does not know: a level prefix, a short name, an agency suffix.
_GENERIC_AGENCY = re.compile(r"[省市县区][\u4e00-\u9fff]{1,8}?(?:局|委员会|委|办公室|办(?![理法事])|厅|中心)")
_LEVEL_WORD = re.compile(r"(?<=[我全本各该])[县区]|[县区](?=级|政府|人民政府|委|直)")
_NUMBER = re.compile(r"\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]+(?=个?(?:年|月|日|项|万|倍|周岁|岁|天|百分点|%))")
_ROLE_WORDS = ("牵头单位|责任单位|配合单位|主办单位|协办单位|参与单位|牵头部门|责任部门|配合部门|"
               "主责单位|牵头负责|负责统筹协调|按职责分工负责|分工负责|负责|牵头|配合|参与|协助|会同|"
               "等有关单位|等相关单位|等有关部门|等单位|等部门|等|由")
_RESIDUE = rf"(?:[{AGENCY}、,;:\s]|{_ROLE_WORDS})+"
_ASSIGNMENT_BRACKET = re.compile(rf"\({_RESIDUE}\)")
_ASSIGNMENT_LINE = re.compile(rf"^{_RESIDUE}$", re.MULTILINE)
_REPEATS = re.compile(f"([{AGENCY}{PLACE}{NUMBER}])\\1+")
_LIST_LEAD = re.compile(r"[:：]\s*$")
_WORD = re.compile(f"[\\u4e00-\\u9fffA-Za-z0-9{AGENCY}{PLACE}{NUMBER}]+")


def alignable(clause: Clause) -> bool:
    """Numbered clauses and items; the preamble and the closing frame a document, they are not clauses."""
    return clause.kind in ("heading", "item")


def clause_features(doc: Document) -> list[tuple[int, Counter, Counter]]:
    """(clause index, bigrams of its masked own text, bigrams of its masked title) per clause.

    Own text: the clause's title and body without its children's spans (clauses partition the
    text, so that is simply the clause's span), from the title on, so the numbering is left out.
    """
    folded = doc.folded()
    return [(i, _bigrams_of(doc, folded, clause, clause.end), _bigrams_of(doc, folded, clause, clause.title_end))
            for i, clause in enumerate(doc.clauses) if alignable(clause)]


def family_features(doc: Document) -> list[tuple[int, Counter, Counter, Counter]]:
    """(clause index, own text, title, whole list) bigrams of the clauses that can join a family.

    A clause that introduces a list (list_ends) also has the bigrams of the list as a whole,
    its items included; the items are not clauses of their own: the list is one provision.
    Other clauses have no whole-list bigrams (an empty Counter).
    """
    folded = doc.folded()
    ends = list_ends(doc, folded)
    out: list[tuple[int, Counter, Counter, Counter]] = []
    inside = -1  # end of the list whose items are passed over
    for i, clause in enumerate(doc.clauses):
        if not alignable(clause) or clause.start < inside:
            continue
        whole: Counter = Counter()
        if i in ends:
            inside = ends[i]
            whole = _bigrams_of(doc, folded, clause, ends[i])
        out.append((i, _bigrams_of(doc, folded, clause, clause.end),
                    _bigrams_of(doc, folded, clause, clause.title_end), whole))
    return out


def _bigrams_of(doc: Document, folded: str, clause: Clause, end: int) -> Counter:
    """Bigrams of the masked text from the clause's title to end (agencies of every clause before end)."""
    agencies = clause.agencies
    if end > clause.end:
        agencies = [a for c in doc.clauses if clause.start <= c.start < end for a in c.agencies]
    return bigrams(mask(folded, clause.title_start, end, agencies, doc.meta.place))


def list_ends(doc: Document, folded: str) -> dict[int, int]:
    """Clause index -> end of its last item, for the clauses that introduce a list.

    A clause whose own text ends in a colon (符合下列条件的，可以申领居住证：) is completed by its
    items: one city writes the conditions into the sentence, another lists them, and the
    provision is the same. Compared whole, the lead is matched by its subject; its items alone
    would be matched with the sentence of the city that did not list them.
    """
    ends: dict[int, int] = {}
    clauses = doc.clauses
    for i, clause in enumerate(clauses):
        if not alignable(clause) or not _LIST_LEAD.search(folded, clause.title_start, clause.end):
            continue
        last = i
        while last + 1 < len(clauses) and _descends(clauses, last + 1, i):
            last += 1
        if last > i:
            ends[i] = clauses[last].end
    return ends


def _descends(clauses: list[Clause], k: int, ancestor: int) -> bool:
    at = clauses[k].parent
    while at is not None and at > ancestor:
        at = clauses[at].parent
    return at == ancestor


def bigrams(text: str) -> Counter:
    """Character bigrams within runs of words (punctuation and spaces break a run)."""
    return Counter([run[i:i + 2] for run in _WORD.findall(text) for i in range(len(run) - 1)])


def mask(folded: str, start: int, end: int, agencies: Iterable[AgencyRef] = (),
         place: str = "") -> str:
    """folded[start:end] with places, agencies, numbers and assignments masked.

    agencies are the clause's AgencyRefs (offsets into the same text); place is the document's
    own place in simplified script (doc.meta.place), masked with or without its level suffix.
    """
    text = _mask_spans(folded, start, end, agencies)
    if place:
        text = re.sub(rf"{re.escape(place)}(?:市|县|区|州)?", PLACE, text)
    text = _PROVINCE.sub(PLACE, text)
    text = _GENERIC_PLACE.sub(PLACE, text)
    text = _GENERIC_AGENCY.sub(AGENCY, text)
    text = _LEVEL_WORD.sub("市", text)
    text = _NUMBER.sub(NUMBER, text)
    text = _ASSIGNMENT_BRACKET.sub("", text)
    text = _ASSIGNMENT_LINE.sub("", text)
    return _REPEATS.sub(r"\1", text)


def _mask_spans(folded: str, start: int, end: int, agencies: Iterable[AgencyRef]) -> str:
    pieces, pos = [], start
    for ref in sorted(agencies, key=lambda r: r.start):
        a, b = max(ref.start, pos), min(ref.end, end)
        if b <= a:
            continue
        pieces += [folded[pos:a], AGENCY]
        pos = b
    pieces.append(folded[pos:end])
    return "".join(pieces)
