"""A document's share of new text as the corpus list and the coverage matrix show it.

The share (core/diffusion/novelty_shares.py) reads as a whole percentage; its tooltip says
what it counts and which of the document's dates placed it in time, as a share means little
without the documents it was compared with.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # by this name, lupdate finds the strings


def share_text(share) -> str:
    return f"{share.share:.0%}"


def date_names() -> dict[str, str]:
    return {"written": translate("NoveltyShare", "成文日期"), "issued": translate("NoveltyShare", "印发日期"),
            "published": translate("NoveltyShare", "发布日期"), "number": translate("NoveltyShare", "文号年份"),
            "corrected": translate("NoveltyShare", "更正的日期")}


def share_tooltip(share) -> str:
    """What the share means; for a document (share given), its figures and the date used."""
    meaning = translate("NoveltyShare", "新内容占比：未见于任何日期更早的文件、也未见于任何更高层级文件的文字"
                                        "（连续 5 字以上）占全文字数的比例。")
    if share is None:
        return meaning
    figures = translate("NoveltyShare", "{new} / {chars} 字新内容；与 {n} 份更早或更高层级的文件比较。").format(
        new=share.new_chars, chars=share.chars, n=share.compared)
    if share.date is None:
        date = translate("NoveltyShare", "没有日期：只与更高层级的文件比较。")
    else:
        date = translate("NoveltyShare", "所用日期：{date}（{which}）").format(
            date=share.date.value, which=date_names().get(share.date.source, share.date.source))
    return "\n".join((meaning, figures, date))
