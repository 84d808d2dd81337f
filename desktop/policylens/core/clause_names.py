"""How a clause id is shown to a reader: the unnumbered parts of a document by what they are.

The outline names the text before the first numbered clause `preamble` and the text after the
last one `closing` (possibly within a part: `附件1/closing`). Those are ids, never labels: views
and exports show 前言 and 结尾 instead (the window passes its translations).
"""
from __future__ import annotations

from typing import Mapping

NAMES = {"preamble": "前言", "closing": "结尾"}


def clause_name(clause_id: str, names: Mapping[str, str] = NAMES) -> str:
    head, sep, last = clause_id.rpartition("/")
    kind = next((k for k in names if last == k or last.startswith(k + "~")), None)  # ~2: a repeat
    return clause_id if kind is None else f"{head}{sep}{names[kind]}{last[len(kind):]}"
