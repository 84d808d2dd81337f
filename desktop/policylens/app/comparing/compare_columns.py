"""The side-by-side view's columns: one document's clause, diffed against the reference clause.

Plain values computed on a worker thread (word diffs load jieba); the widgets only show them.
A column shows its document's own characters (a traditional document stays traditional); what
the reference says and this document does not is shown struck through, in the reference's
characters, where it was left out.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from ...core import worddiff
from ...core.compared import Colours, ComparedColumn, Segment
from ...core.document import Document
from ...core.outline import Clause
from ...core.places import place_label
from ...core.scores import score_text
from ...core.values import ValuePair
from ..common import styles

translate = QCoreApplication.translate  # by this name, lupdate finds the strings

LIGHT = Colours(insert=("#c8f0c8", "#0f4a14"), delete=("#ffd6d6", "#7a1010"), replace=("#fff0a8", "#5a4500"))
DARK = Colours(insert=("#1f5126", "#d6f5da"), delete=("#5e2222", "#ffd9d9"), replace=("#5a4a10", "#fff1bf"))
REFERENCE_COLOUR = {False: "#1a5fb4", True: "#7fb2ff"}  # the reference column's header, light / dark


def diff_colours() -> Colours:
    return DARK if styles.is_dark() else LIGHT


def reference_colour() -> str:
    return REFERENCE_COLOUR[styles.is_dark()]


@dataclass
class Column:
    doc: Document
    clause: Clause | None  # None: the document has no clause in the family
    score: float | None  # similarity to the reference (alignment); None for the reference
    diff: worddiff.ClauseDiff | None  # against the reference; None for the reference and absent ones
    with_children: bool = False  # the clause's sub-clauses are shown and compared too

    @property
    def is_reference(self) -> bool:
        return self.score is None


def reference_column(doc: Document, clause: Clause, with_children: bool) -> Column:
    return Column(doc, clause, None, None, with_children)


def member_column(reference: Column, doc: Document, clause: Clause | None, score: float,
                  with_children: bool) -> Column:
    """A document's column, its word diff against the reference computed (slow: jieba)."""
    diff = (worddiff.diff_clauses(reference.doc, reference.clause, doc, clause, score=score,
                                  with_children=with_children) if clause is not None else None)
    return Column(doc, clause, score, diff, with_children)


def segments(column: Column, reference: Column) -> list[Segment]:
    """The column's text cut by the ops of its diff; the reference's and absent ones whole."""
    if column.clause is None:
        return []
    if column.diff is None:
        start, end = worddiff.clause_span(column.doc, column.clause, column.with_children)
        return [Segment("equal", column.doc.text[start:end], "")]
    own, ref = column.doc.text, reference.doc.text
    return [Segment(op.op, ref[op.a_start:op.a_end] if op.op == "delete" else own[op.b_start:op.b_end],
                    ref[op.a_start:op.a_end] if op.op != "equal" else "")
            for op in column.diff.ops if op.a_end > op.a_start or op.b_end > op.b_start]


def kind_name(kind: str, role: str = "") -> str:
    if kind == "agency":
        return styles.role_name(role)
    names = {"percent": translate("CompareView", "比例"), "date": translate("CompareView", "日期"),
             "year": translate("CompareView", "年份"), "duration": translate("CompareView", "期限"),
             "number": translate("CompareView", "数量"), "place": translate("CompareView", "地名")}
    return names.get(kind, kind)


def value_lines(column: Column) -> list[str]:
    """Localized values that differ from the reference: "期限：满2年 → 1年以上"."""
    return [_value_line(pair) for pair in (column.diff.values if column.diff else [])]


def _value_line(pair: ValuePair) -> str:
    role = (pair.a or pair.b).role
    left, right = (pair.a.text if pair.a else "—"), (pair.b.text if pair.b else "—")
    return translate("CompareView", "{kind}：{a} → {b}").format(
        kind=kind_name(pair.kind, role), a=left, b=right)


def place_name(doc: Document) -> str:
    meta = doc.meta
    return place_label(meta.place, meta.level) if meta.place else doc.key


def column_title(doc: Document, clause: Clause | None) -> str:
    if clause is None:
        return place_name(doc)
    return f"{place_name(doc)} · {clause.id}\n{clause.title}"


def column_note(column: Column) -> str:
    if column.is_reference:
        return translate("CompareView", "参照")
    if column.clause is None:
        return translate("CompareView", "本文件没有与之对应的条款")
    return translate("CompareView", "相似度 {score}").format(score=score_text(column.score))


def exported(column: Column, reference: Column) -> ComparedColumn:
    """The column as the export formats take it."""
    return ComparedColumn(column_title(column.doc, column.clause), column_note(column),
                          segments(column, reference), value_lines(column), column.doc.key,
                          column.clause.id if column.clause else "",
                          None if column.is_reference or column.clause is None else column.score)
