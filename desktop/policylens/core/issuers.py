"""Who issued a document (joint issuers too) and its 文号, in every bracket form.

The issuer is read from the signature above the document's date, else from the title's head
(X关于…, X印发…), else from a dated note under the title (…常务委员会…通过), else from the
portal's table. The 文号 is the one standing under the title (or glued to it, or in the note
under it), else the portal's 文号 field if that is shaped like one.
"""
from __future__ import annotations

import re

ORGAN = (r"(?:人民代表大会常务委员会|常务委员会|人民政府办公厅|人民政府办公室|人民政府|办公厅|办公室|委员会|"
         r"管理委员会|领导小组|总局|总署|银行|股份有限公司|有限公司|公司|法院|检察院|考试院|研究院|"
         r"政府|党委|市委|省委|县委|区委|局|厅|部|委|办|院|署|中心|协会|学会|联合会|所|站|处)")
# 市政府批转…: 市政府; never across 关于 (…银监会关于贯彻国务院关于…).
_ORGAN_NAME = re.compile(rf"(?:(?!关于)[\u4e00-\u9fff()]){{1,30}}?{ORGAN}")
_ORGAN_LIST = re.compile(rf"^(?:{_ORGAN_NAME.pattern})(?:[\s、,，]+(?:{_ORGAN_NAME.pattern}))*$")
_TITLE_HEAD = re.compile(rf"^(?P<who>(?:{_ORGAN_NAME.pattern})(?:[\s、,，]+(?:{_ORGAN_NAME.pattern}))*)\s*"
                         r"(?:关于|印发|转发|批转|修订|颁布)")
# The organ a dated note under a title names: (1997年12月23日建设部令第61号发布), (…国土资源部第4次
# 部务会议通过…), (…深圳市第四届人民代表大会常务委员会第七次会议通过).
_TERM = r"(?:第[一二三四五六七八九十]+届)?"
_NOTE_ORGAN = re.compile(rf"(?:^\(?|\d\s*日)\s*(?P<org>{_TERM}(?:(?!第|经|会议)[\u4e00-\u9fff]){{1,24}}?{_TERM}"
                         r"(?:人民代表大会常务委员会|人民代表大会|人民政府|常务委员会|国务院|委员会|总局|总署|部))"
                         r"[^，,。()]{0,30}?(?:通过|发布|公布|批准|修订)")
_BARE_OFFICE = re.compile(r"办公厅|办公室|常务委员会|委员会")
_SPLIT = re.compile(r"[\s、,，]+")  # not 和: 规划和国土资源委员会 is one organ
_NUMBER = re.compile(r"(?P<prefix>[\u4e00-\u9fff]{1,14})\s*[〔\[(【（［]\s*(?P<year>\d{4})\s*[〕\])】）］]\s*第?\s*"
                     r"(?P<n>\d{1,5})\s*号")
# 建设部令第142号, 沪府令8号, 北京市人民政府第68号令
_DECREE = re.compile(r"(?P<prefix>[\u4e00-\u9fff]{1,20}令)\s*第?\s*(?P<n>\d{1,5})\s*号"
                     r"|(?P<organ>[\u4e00-\u9fff]{2,20}?)第\s*\d{1,5}\s*号令")
_NUMBER_CUT = re.compile(r"^.*?(?:文件|印发|发布|公布|字)(?=[\u4e00-\u9fff]{1,8}$)")
_PORTAL_ISSUER = ("发布机构", "发文机关", "发文单位", "发布部门", "发布单位", "制发机关")


def organ_names(folded: str) -> list[tuple[int, int]]:
    """Spans of the organ names of a line that holds only organ names (a signature), else []."""
    line = folded.strip()
    if not line or len(line) > 60 or not _ORGAN_LIST.match(line):
        return []
    offset = len(folded) - len(folded.lstrip())
    spans, pos = [], 0
    for part in _SPLIT.split(line):
        pos = line.index(part, pos)
        if spans and _BARE_OFFICE.fullmatch(part):  # 深圳市人民政府 办公厅: one organ, spaced out
            spans[-1] = (spans[-1][0], offset + pos + len(part))
        else:
            spans.append((offset + pos, offset + pos + len(part)))
        pos += len(part)
    return spans


def is_organ(name: str) -> bool:
    return bool(_ORGAN_NAME.fullmatch(name))


def signature_above(lines, index: int) -> list[str]:
    """The organ lines directly above lines[index] (the date line), top first."""
    found: list[str] = []
    k = index - 1
    while k >= 0 and index - k <= 12:  # joint notices sign with a dozen organs
        start, line, folded = lines[k]
        spans = organ_names(folded)
        if not spans:
            gap = _SIGNED_AFTER.search(folded) if k == index - 1 else None
            if gap:  # …望遵照执行。          天津市人民政府: the signature set off at the line's end
                spans = [(gap.start(1) + a, gap.start(1) + b) for a, b in organ_names(gap.group(1))]
                found[:0] = [line[a:b] for a, b in spans]
            break
        found[:0] = [line[a:b] for a, b in spans]
        k -= 1
    return found


# A signature at the end of the body's last line, set off from its sentence by a wide gap.
_SIGNED_AFTER = re.compile(r"[。!！]\s{4,}(\S.{1,58})$")


def issuers_from_title(title: str, folded_title: str) -> list[str]:
    match = _TITLE_HEAD.match(folded_title)
    if not match:
        return []
    who = match.group("who")
    out, pos = [], 0
    for part in _SPLIT.split(who):
        if not part:
            continue
        pos = folded_title.index(part, pos)
        out.append(title[pos:pos + len(part)])
        pos += len(part)
    return out


def issuer_from_note(text: str, folded_note: str) -> list[str]:
    """The organ of a note under the title; text is the note's line as written."""
    match = _NOTE_ORGAN.search(folded_note)
    if not match:
        return []
    start, end = match.span("org")
    name = text[start:end]
    for term in reversed(list(re.finditer(r"第[一二三四五六七八九十]+届", match.group("org")))):
        name = name[:term.start()] + name[term.end():]  # 深圳市第四届人民代表大会常务委员会
    return [name]


# A decree's promulgation formula names the organ whose meeting passed it: 《…》已经2013年1月14日
# 广东省人民政府第十一届110次常务会议通过，现予公布.
_PROMULGATED = re.compile(r"已(?:经|于)?\s*(?:\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)?\s*(?:经\s*)?"
                          r"(?P<org>[\u4e00-\u9fff]{2,24}?(?:人民政府|人民代表大会常务委员会))"
                          r"第[^，,。]{1,16}?会议[^，,。]{0,6}通过[，,]\s*现予(?:以)?(?:公布|发布)")


def issuer_from_promulgation(text: str, folded: str) -> list[str]:
    """The organ a promulgation formula names in full (广东省人民政府); 市人民政府 alone names no place."""
    match = _PROMULGATED.search(folded)
    if not match or match.group("org").startswith(("市", "省", "县", "区", "州", "本")):
        return []
    return [text[match.start("org"):match.end("org")]]


def issuers_from_portal(fields: dict) -> list[str]:
    for label in _PORTAL_ISSUER:
        value = fields.get(label, {}).get("value", "")
        if value and _ORGAN_NAME.fullmatch(value.strip()) and not value.strip().endswith(("网站", "网", "门户")):
            return [value.strip()]
    return []


def doc_number_in(text: str, folded: str, start: int = 0, end: int | None = None) -> tuple[str, int, int]:
    """The first 文号 of text[start:end] as written, with its span; 《…》(文号) cites another text."""
    end = len(folded) if end is None else end
    for pattern in (_NUMBER, _DECREE):
        for match in pattern.finditer(folded, start, end):
            if folded[max(start, match.start() - 2):match.start()].endswith(("》(", "》")):
                continue
            a = match.start("prefix") if match.groupdict().get("organ") is None else match.start("organ")
            if a > 0 and folded[a - 1].isdigit() and folded[a] in "年月日":
                a += 1  # 2005年12月20日建设部令第145号
            cut = _NUMBER_CUT.match(folded[a:match.end("prefix")]) if match.group("prefix") else None
            if cut:
                a += cut.end()
            return text[a:match.end()].strip(), a, match.end()
    return "", 0, 0


def portal_number(fields: dict) -> tuple[str, int, int]:
    for label in ("发文字号", "发布文号", "文号"):
        entry = fields.get(label)
        if entry:
            value = entry["value"]
            if _NUMBER.fullmatch(value.strip()) or _DECREE.fullmatch(value.strip()):
                return value.strip(), entry["start"], entry["end"]
    return "", 0, 0
