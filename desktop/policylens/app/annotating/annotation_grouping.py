"""What the annotation list groups its annotations by: nothing, their document, code or coder,
or an attribute of their document (place, province, level, year, a researcher's own, the sets);
chosen in a box over the list and remembered in the settings.

Document attributes group the annotated documents as the corpus list does
(common/document_grouping.py); an annotation is in its document's group. An annotation of
two codes is in the group of each; the annotations without a value are last.
"""
from __future__ import annotations

from typing import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QSettings

from ...core.annotations import Annotation
from ...core.grouping import NONE, group_documents, value_order
from ..common.document_grouping import NO_VALUE, NOTHING, GroupingBox, pinyin_order, row_groups

DOCUMENT, CODE, CODER = ":document", ":code", ":coder"
SETTING = "annotations/group_by"

Groups = list[tuple[str, list[int]]]  # (name, rows of the list)


def grouping_box(settings: QSettings, parent=None) -> GroupingBox:
    translate = QCoreApplication.translate
    return GroupingBox(settings, parent, SETTING, NOTHING,
                       ((DOCUMENT, translate("AnnotationGrouping", "按文件分组")),
                        (CODE, translate("AnnotationGrouping", "按编码分组")),
                        (CODER, translate("AnnotationGrouping", "按编码者分组"))),
                       translate("AnnotationGrouping", "批注列表按此分组"))


class AnnotationGrouping:
    """The box and the groups of the annotations listed for its choice."""

    def __init__(self, settings: QSettings, corpus, parent=None):
        self.corpus = corpus
        self.box = grouping_box(settings, parent)
        self.box.offer_from(corpus)

    def groups(self, rows: Sequence[Annotation], labels: dict[str, str],
               code_paths: Callable[[], dict[str, str]]) -> Groups | None:
        """The groups of the rows (row numbers in each), None when the list is not grouped;
        code_paths() names the codes (code id -> path), asked only when grouping by code."""
        choice = self.box.choice()
        if choice == NOTHING:
            return None
        if choice == DOCUMENT:
            return _grouped(rows, lambda a: [a.document], lambda key: labels.get(key, key))
        if choice == CODE:
            paths = code_paths()
            return _grouped(rows, lambda a: list(a.codes), lambda code: paths.get(code, code))
        if choice == CODER:
            return _grouped(rows, lambda a: [a.coder], lambda coder: coder)
        return row_groups(choice, self.corpus, [a.document for a in rows])


def _grouped(rows: Sequence[Annotation], values_of: Callable[[Annotation], list[str]],
             name: Callable[[str], str]) -> Groups:
    """Groups by a value of the annotation itself, in the pinyin order of the values' names."""
    text = value_order(text_key=pinyin_order())
    groups = group_documents([str(n) for n in range(len(rows))], lambda n: values_of(rows[int(n)]),
                             lambda value: (text(name(value)), value))
    return [(name(g.value) if g.value != NONE else _no_value(), [int(n) for n in g.keys]) for g in groups]


def _no_value() -> str:
    return QCoreApplication.translate("DocumentGrouping", NO_VALUE)
