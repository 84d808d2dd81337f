"""The document's own title, read from the head of its clean text.

The head runs from the start to the first line of body (an addressee line, 第一章 / 第一条 / 一、, or
prose). In it, page chrome (navigation, breadcrumbs, portal tables, dates, counters), a 文号 alone
and short fragments are skipped; a title may wrap over a few lines. Of the titles in the head,
the one the official layout marks (followed by its 文号, addressee or a dated note) is preferred,
else the first. A document whose head holds none takes the first standalone line shaped like a
title further on (a notice without its heading, followed by the text it issues).
"""
from __future__ import annotations

import re

from .dates import DATE
from .portal import is_field_line
from .script import fold as fold_value

DOC_TYPES = ("通知", "通告", "公告", "意见", "办法", "规定", "条例", "决定", "细则", "方案", "计划", "规划",
             "纲要", "规则", "制度", "标准", "指南", "须知", "批复", "复函", "函", "报告", "答复", "解读", "问答",
             "通报", "命令", "决议", "公报", "章程", "目录", "清单", "要点", "措施", "说明", "请示", "法", "问",
             "梳理", "守则", "公示", "简章", "导则", "指引", "告知书", "声明", "汇编")
_QUALIFIER = (r"(?:\((?:试行|暂行|修订|草案|征求意见稿|送审稿|\d{4}年[^()]{0,8}|\d{4}\s*[-—–~至]\s*\d{4}年?)\)"
              r"|试行|暂行)*")
# A line that is an organ's name alone (北京市人民政府 under its decree heading) is no title.
_ORGAN_LINE = re.compile(r"[\u4e00-\u9fff]{2,24}(?:人民政府|常务委员会|委员会|办公厅|办公室|政府|局|厅|部|委|院)")
_QUALIFIER_LINE = re.compile(r"\((?:试行|暂行|修订|草案|征求意见稿|送审稿)\)")  # a title's qualifier on its own line
_ENDS_AS_TITLE = re.compile(rf"(?:{'|'.join(DOC_TYPES)}){_QUALIFIER}$")
_DOC_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,12}\s*(?:(?:[〔\[(【（［]\s*\d{4}\s*[〕\])】）］]\s*第?|令\s*第)\s*\d{1,5}\s*号"
                         r"|第\s*\d{1,5}\s*号令)")  # 北京市人民政府第68号令: the number before 令
_BULLET = re.compile(r"^(?:[■●◆◇▲△▶►·•*#＃━─═_—]+|\*\*|(?:原标题|标题|题目)\s*[:：])\s*")
_TRAILING = re.compile(r"(?:\*\*|\s*\(\s*\d{4}\s*年[^()]{0,12}\)|\s*\(\d{4}-\d{1,2}-\d{1,2}\)"
                       r"|\s*\([\u4e00-\u9fff]{1,12}\s*[(\[〔【]\s*\d{4}\s*[)\]〕】]\s*第?\s*\d{1,5}\s*号\))+$")  # …的通知（武劳社（2006）093号）
_BREADCRUMB = re.compile(r"(当前位置|您的位置|所在位置|现在的位置|当前的位置|首页)\s*[>》›»/]|\s[>›»]\s")
_COUNTERS = re.compile(r"点击数|点击率|浏览次数|阅读次数|访问量|字[号体]\s*[:：]|责任编辑|打印本页|关闭窗口|"
                       r"收藏本页|分享到|来源\s*[:：]|\[内容纠错\]")
_STAMP = re.compile(r"[\u4e00-\u9fff]{2,6}\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*")
_DECREE_HEADING = re.compile(r"[\u4e00-\u9fff]{2,20}(?:第\s*\d{1,5}\s*号)?令")
# The red header above an official text (东莞市人民政府文件) names the issuer, not the document.
_RED_HEADER = re.compile(r"[\u4e00-\u9fff、\s]{2,40}(?:人民政府|委员会|办公厅|办公室|政府|局|厅|部|委|市委|省委)\s*文件")
_CALENDAR = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周)[一二三四五六日天]")
_DATE_ONLY = re.compile(r"^[\d\s:：\-/.年月日]+$")
_DATED = re.compile(rf"\(?\s*(?:{DATE.pattern})\s*\)?\s*(?:印发|印|发布|公布)?")  # 二〇〇一年二月二十日 alone
_ARTICLE = re.compile(r"^(?:第[一二三四五六七八九十百零〇\d]+[编章节条]|[一二三四五六七八九十]+\s*[、.]|"
                      r"\(\s*[一二三四五六七八九十]+\s*\)|\d+\s*[、.．](?!\d)|[QA问答]\s*[:：])")
# An addressee line names whom it is sent to (各区人民政府，市政府各部门：); 关注我们： does not.
_ADDRESSEE = re.compile(r"各|、|,|有关|单位|部门|政府|局|委|厅|办|院|会|同志|机构|组织|个人|学校|企业|如下")
_MAX_TITLE = 100
_MAX_PART = 60


def strip_line(folded: str) -> tuple[int, int]:
    """The span of a line without bullets, markdown emphasis and a trailing date note."""
    start = len(folded) - len(folded.lstrip())
    bullet = _BULLET.match(folded[start:])
    if bullet:
        start += bullet.end()
    stamp = _STAMP.match(folded, start)
    if stamp and len(folded) - stamp.end() > 4:
        start = stamp.end()  # 录入时间：2011-12-01中山市…办法
    number = _DOC_NUMBER.match(folded, start)
    if number and len(folded) - number.end() > 6:
        start = number.end()  # 国办发〔2015〕38号国务院办公厅关于…: a 文号 glued before the title
    end = len(folded.rstrip())
    if folded.startswith("《", start) and folded.endswith("》", start, end) and folded.count("《", start, end) == 1:
        start, end = start + 1, end - 1  # 《深圳经济特区居住证条例》 standing as the title
    trailing = _TRAILING.search(folded, start, end)
    if trailing and trailing.start() > start:
        end = trailing.start()
    number = re.search(rf"\s+{_DOC_NUMBER.pattern}$", folded[start:end])
    if number:
        end = start + number.start()  # 国务院关于…的决定   国发〔2008〕17号
    return start, end


def is_chrome(folded: str) -> bool:
    """Navigation, breadcrumbs, portal fields, counters, table rows and bare dates."""
    line = folded.strip()
    tokens = line.split()
    return (is_field_line(line) or "|" in line or "｜" in line or "\t" in line or line.endswith("首页")
            or bool(re.match(r"【[^】]{1,8}】", line)) or bool(_BREADCRUMB.search(line))
            or bool(_DECREE_HEADING.fullmatch(line)) or bool(_STAMP.fullmatch(line))
            or bool(_RED_HEADER.fullmatch(line)) or bool(_CALENDAR.match(line))
            or len(tokens) >= 4 and all(len(t) <= 6 for t in tokens)
            or bool(_COUNTERS.search(line)) or bool(_DATE_ONLY.match(line)) or line.isascii()
            or bool(_DATED.fullmatch(line))
            or bool(re.fullmatch(r"[\[【][^\]】]{1,12}[\]】]", line)))


def red_header(folded: str) -> str:
    """The issuer a red header names (东莞市人民政府文件 -> 东莞市人民政府), else ""."""
    line = folded.strip()
    return re.sub(r"\s*文件$", "", line) if _RED_HEADER.fullmatch(line) and " " not in line else ""


def is_doc_number(folded: str) -> bool:
    line = folded.strip()
    match = _DOC_NUMBER.match(line) or re.match(r"第\s*\d{1,5}\s*号", line)
    return bool(match) and len(line) - match.end() <= 3  # 中府〔2014〕106号文件


def is_body(folded: str) -> bool:
    line = folded.strip()
    return (bool(_ARTICLE.match(line)) or line.endswith((":", "：")) and len(line) <= 150
            and bool(_ADDRESSEE.search(line)) or "。" in line and len(line) > 30 or len(line) > 150)


def looks_like_title(folded: str) -> bool:
    return bool(_ENDS_AS_TITLE.search(folded)) or ("关于" in folded and len(folded) <= 80)


def find_title(lines: list[tuple[int, str, str]], fields: dict | None = None,
               evidence: list[str] | None = None) -> tuple[str, int, int]:
    """(title, start, end): the title as written and the clean-text span it was read from.

    fields: the portal's table; its 名称 / 标题 is the title where the text gives none.
    evidence: folded titles the page names elsewhere (<title> segments, the portal's 名称): a
    candidate that is one of them is the title."""
    head, rest, closed = _head(lines)
    candidates = _candidates(head, closed)
    named = set(evidence or ()) | {fold_value(e["value"]) for k, e in (fields or {}).items()
                                    if k in ("名称", "标题", "法规标题", "文件名称")}
    promulgated = _promulgated(head, rest, candidates)
    if promulgated:
        return promulgated
    if candidates:
        confirmed = [c for c in candidates if fold_value(c[0]) in named]
        marked = [c for c in candidates if c[3]]
        chosen = (confirmed or marked or candidates)[0]
        fuller = [c for c in marked if len(c[0]) > len(chosen[0]) and fold_value(c[0]).endswith(fold_value(chosen[0]))]
        chosen = fuller[0] if fuller else chosen  # the page heading drops the issuers: 某局关于…
        same = next(c for c in candidates if c[0] == chosen[0])  # the first of repeated headings
        return same[:3]
    for n, (start, line, folded) in enumerate(rest[:40]):
        a, b = strip_line(folded)
        part = folded[a:b]
        if 4 <= len(part) <= _MAX_PART and _ENDS_AS_TITLE.search(part) and not is_body(part) \
                and "。" not in part and not is_chrome(folded):
            below = rest[n + 1] if n + 1 < len(rest) else None
            if below and _QUALIFIER_LINE.fullmatch(below[2].strip()):
                return line[a:b] + below[1].strip(), start + a, below[0] + len(below[1].rstrip())
            return line[a:b], start + a, start + b
    for label in ("法规标题", "文件名称", "名称", "标题"):
        entry = (fields or {}).get(label)
        if entry and looks_like_title(entry["value"]):
            return entry["value"], entry["start"], entry["end"]
    for title in evidence or ():  # the page's <title>: no span in the text
        if looks_like_title(title) and len(title) <= _MAX_TITLE:
            return title, 0, 0
    for start, line, folded in lines[:12]:  # a decree's number, then 《X》已经…通过，现予公布 and the text
        named = _PROMULGATES.search(folded)
        if named:
            return line[named.start(1):named.end(1)], start + named.start(1), start + named.end(1)
    if lines:  # 《南京市…办法》全文如下：
        start, line, folded = lines[0]
        quoted = re.match(r"\s*《([^《》]{4,80})》", folded)
        if quoted and _ENDS_AS_TITLE.search(quoted.group(1)):
            return line[quoted.start(1):quoted.end(1)], start + quoted.start(1), start + quoted.end(1)
    return "", 0, 0


# A promulgation heading (…常务委员会公告 / 第1号) and the text it promulgates: 《X》…通过…现予公布.
_PROMULGATION_HEADING = re.compile(r"[\u4e00-\u9fff]{2,30}(?:常务委员会公告|令)")
_PROMULGATES = re.compile(r"《([^《》]{4,60})》[^。]{0,120}?(?:通过|批准)[^。]{0,60}?现予(?:以)?(?:公布|发布)")


def _promulgated(head, rest, candidates):
    """The regulation a promulgation heading's text names (《杭州市流动人口服务管理条例》…现予公布),
    where the heading is all the head offers as a title: its own line further on, else the name."""
    if not candidates or not _PROMULGATION_HEADING.fullmatch(fold_value(candidates[0][0])):
        return None
    for start, line, folded in (head + rest)[:12]:
        named = _PROMULGATES.search(folded)
        if named:
            title = named.group(1)
            own = next(((s, l) for s, l, f in rest[:40] if f.strip() == title), None)
            if own:
                a = own[1].index(own[1].strip())
                return own[1].strip(), own[0] + a, own[0] + a + len(own[1].strip())
            return line[named.start(1):named.end(1)], start + named.start(1), start + named.end(1)
    return None


_HEAD_LINES = 120  # portals put long menus before the document


def _head(lines):
    """(head, rest, addressed): addressed when the head ends at the addressee line (各区人民政府：),
    which makes the title the line right above it."""
    for n, (_, _, folded) in enumerate(lines[:_HEAD_LINES]):
        if is_body(folded) and not is_chrome(folded):
            line = folded.strip()
            addressed = line.endswith((":", "：")) and len(line) <= 100 and not _ARTICLE.match(line)
            return lines[:n], lines[n:], addressed
    return lines[:_HEAD_LINES], lines[_HEAD_LINES:], False


def _candidates(head, closed: bool) -> list[tuple[str, int, int, bool]]:
    """(title, start, end, marked) for each title in the head; wrapped lines are joined."""
    out, n = [], 0
    while n < len(head):
        taken = _title_at(head, n) or _stamped_at(head, n)
        if taken is None:
            n += 1
            continue
        title, start, end, used = taken
        after = next((f for _, _, f in head[n + used:] if not is_chrome(f)), None)
        marked = after is None and closed or after is not None and (
            is_doc_number(after) or after.strip().startswith("(")) or _stamped_at(head, n) is not None
        out.append((title, start, end, marked))
        n += used
    return out


def _stamped_at(head, n):
    """A news page's title: a line of its own directly above its date stamp (2015-11-18 09:29)."""
    start, line, folded = head[n]
    a, b = strip_line(folded)
    piece = folded[a:b]
    if n + 1 >= len(head) or not 6 <= len(piece) <= _MAX_PART or is_chrome(folded) or "。" in piece:
        return None
    after = head[n + 1][2]
    if is_chrome(after) and re.search(r"(?<!\d)\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}", after):
        return line[a:b], start + a, start + b, 1
    return None


def _title_at(head, n):
    """(title, start, end, lines used) for a title starting at head[n], joined over wrapped lines.

    Only the first line's head and the last line's tail are trimmed, so the span reads the title."""
    parts, texts, first, last, trimmed_tail = [], [], 0, 0, False
    for k in range(n, min(n + 4, len(head))):
        start, line, folded = head[k]
        if is_chrome(folded) or is_doc_number(folded) or folded.strip().startswith("("):
            break
        a, b = strip_line(folded)
        piece = folded[a:b]
        if k == n and len(piece) <= 5 and not _ENDS_AS_TITLE.search(piece):
            return None  # 繁体, 移动版, 职权名称: fragments, never the start of a title
        if not piece or len(piece) > _MAX_TITLE or "。" in piece or piece.endswith((":", "：", ";", "；")):
            break
        if k > n and (len(piece) > _MAX_PART or trimmed_tail or ":" in piece or "：" in piece
                      or a != len(folded) - len(folded.lstrip())):
            break
        if texts and "关于" in "".join(texts) and "关于" in piece:
            break  # a second title begins: 劳动和社会保障部《关于…》 then 劳动和社会保障部关于…
        if not parts:
            first = start + a
        parts.append(line[a:b])
        texts.append(piece)
        last, trimmed_tail = start + b, b != len(folded.rstrip())
        joined = "".join(texts)
        if looks_like_title(joined) and _ENDS_AS_TITLE.search(joined) or len(joined) > _MAX_TITLE:
            break
    if not parts:
        return None
    below = n + len(parts)
    if below < len(head) and _QUALIFIER_LINE.fullmatch(head[below][2].strip()):
        start, line, folded = head[below]  # 医疗卫生服务单位信息公开管理办法 / （试行）
        a, b = len(folded) - len(folded.lstrip()), len(folded.rstrip())
        parts.append(line[a:b])
        texts.append(folded[a:b])
        last = start + b
    joined = "".join(texts)
    if _ENDS_AS_TITLE.search(joined) or looks_like_title(joined):
        return "".join(parts), first, last, len(parts)
    if all(is_chrome(f) or len(f.strip()) <= 5 for _, _, f in head[:n]) and not _ORGAN_LINE.fullmatch(texts[0]) \
            and len(re.findall(r"[\u4e00-\u9fff]", texts[0])) >= 3 and not re.search(r"[【】]", texts[0]):
        return parts[0], first, first + len(parts[0]), 1  # the first text of the page: 社保政策梳理
    return None


def head_end(lines) -> int:
    """The index of the first body line (or the head's limit)."""
    return len(_head(lines)[0])
