"""Documents inside a document: annexes (附件) and the further documents a notice carries.

A notice that wraps one document (关于印发…的通知 followed by the plan) stays one tree: the
notice is the preamble and the plan's numbering the body. Once the body has begun, each annex
and each further document starts a part of its own, with its own title and numbering: an
annex by its 附件 line, a document by a title line (…办法, …规定, …方案) whose numbering
starts again at one. A 附件 line followed by the signature and date only lists the annexes.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_ANNEX = re.compile(r"^[#\s]*(附件|附表)\s*([\d一二三四五六七八九十]{0,3})\s*[:：]?\s*(.*)$")
_DOC_WORDS = ("办法", "规定", "条例", "细则", "方案", "意见", "通知", "计划", "规划", "决定", "规则",
              "措施", "目录", "清单", "分工表", "任务表", "一览表", "指标", "标准", "程序", "指南", "须知")
_TITLE_TAIL = re.compile(r"(\([^()]{1,8}\)|（[^（）]{1,8}）)$")
_SIGNATURE = re.compile(r"^[\u4e00-\u9fff]{2,24}(人民政府|办公室|办公厅|委员会|局|厅)$|^\d{4}\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日$")
MAX_TITLE_LINE = 60
MIN_TITLE = 6  # 实施办法 alone names no document


@dataclass(frozen=True)
class PartStart:
    line: int  # index of the part's first line
    label: str  # 附件1, 附件, 文件2
    number: int | None
    title_line: int | None  # index of the line that holds the part's title


def is_title_line(line: str) -> bool:
    """A line that names a document: short, no sentence punctuation, ends with a document word."""
    core = line.strip().strip("#*").strip()
    if not core or len(core) > MAX_TITLE_LINE or "\t" in core or re.search(r"[。;；,，:：]", core):
        return False
    core = _TITLE_TAIL.sub("", core).rstrip("》")
    return core.endswith(_DOC_WORDS)


def find_parts(folded: str, spans: list[tuple[int, int]], kinds: list[str], numbers: list[int | None],
               body_start: int) -> list[PartStart]:
    """Where parts begin, given each line's span, its kind (heading, item or "") and number."""
    parts: list[PartStart] = []
    documents = 1
    text_of = lambda i: folded[spans[i][0]:spans[i][1]]
    for i in range(body_start + 1, len(spans)):
        if kinds[i]:
            continue
        line = text_of(i)
        annex = _ANNEX.match(line)
        if annex and (not annex.group(3) or is_title_line(annex.group(3))):
            if _lists_annexes(text_of, i, len(spans)) or _heads_annexes(text_of, i, len(spans), annex):
                continue
            number = _number(annex.group(2))
            title = i if annex.group(3) else _next_text(text_of, i, len(spans))
            label = annex.group(1) + (str(number) if number else "")
            parts.append(PartStart(i, label, number, title))
        elif is_title_line(line) and _starts_again(kinds, numbers, i) and not _introduced(text_of, i):
            if parts and parts[-1].title_line == i:
                continue  # the title of the annex just opened
            documents += 1
            parts.append(PartStart(i, f"文件{documents}", None, i))
    return parts


def _number(token: str) -> int | None:
    from .markers import number_of
    return number_of(token) if token else None


def _next_text(text_of, i: int, n: int) -> int | None:
    for j in range(i + 1, min(i + 4, n)):
        if text_of(j).strip():
            return j if is_title_line(text_of(j)) or len(text_of(j).strip()) <= MAX_TITLE_LINE else None
    return None


def _lists_annexes(text_of, i: int, n: int) -> bool:
    """附件：1.… or 附件：… followed by short lines up to a signature, a date or the first annex:
    a list of the annexes, not an annex."""
    rest = _ANNEX.match(text_of(i)).group(3)
    if re.match(r"\d{1,2}\s?[.、]", rest):
        return True
    for j in range(i + 1, min(i + 12, n)):
        line = text_of(j).strip()
        if _SIGNATURE.search(line) or _ANNEX.match(line):
            return True
        if len(line) > MAX_TITLE_LINE or re.search(r"[。:；;]", line):
            return False  # text of an annex, not a name in a list
    return False


def annex_list(folded: str, spans: list[tuple[int, int]], body_start: int) -> int | None:
    """The line of the list of annexes (附件：1.…) after the body has begun, if there is one."""
    text_of = lambda i: folded[spans[i][0]:spans[i][1]]
    for i in range(body_start + 1, len(spans)):
        annex = _ANNEX.match(text_of(i))
        if annex and _lists_annexes(text_of, i, len(spans)):
            return i
    return None


def _heads_annexes(text_of, i: int, n: int, annex) -> bool:
    """A bare 附件 line over the numbered annexes (附件1, 附件2) is not an annex itself."""
    if annex.group(2) or annex.group(3):
        return False
    following = next((text_of(j) for j in range(i + 1, min(i + 3, n)) if text_of(j).strip()), "")
    return bool(_ANNEX.match(following))


def _introduced(text_of, i: int) -> bool:
    """A line that the one above introduces (…如下： / 具体办法) belongs to it."""
    above = next((text_of(j).strip() for j in range(i - 1, max(i - 3, -1), -1) if text_of(j).strip()), "")
    return above.endswith((":", "：")) or len(text_of(i).strip().strip("#*").strip()) < MIN_TITLE


def _starts_again(kinds: list[str], numbers: list[int | None], i: int) -> bool:
    """The first numbered line within the next few lines is numbered 1."""
    for j in range(i + 1, min(i + 6, len(kinds))):
        if kinds[j] == "heading":
            return numbers[j] == 1
    return False


def first_document(folded: str, spans: list[tuple[int, int]], parts: list[PartStart],
                   body_start: int) -> PartStart | None:
    """When a notice carries further documents, the first one's title line (the last title
    before the body, below the notice's own) opens a part too."""
    if not any(p.label.startswith("文件") for p in parts):
        return None
    titles = [i for i in range(body_start) if is_title_line(folded[spans[i][0]:spans[i][1]])]
    first_text = next((i for i in range(body_start) if folded[spans[i][0]:spans[i][1]].strip()), 0)
    if not titles or titles[-1] <= first_text:
        return None  # the only title is the notice's own
    return PartStart(titles[-1], "文件1", None, titles[-1])
