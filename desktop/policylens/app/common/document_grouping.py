"""Grouping by a document attribute, shared by the views that group: the choice box (remembered
in the settings) and the groups of documents for a choice.

The values are the scope bar's (corpus_source.Corpus: extracted attributes with the
researcher's corrections, their own attributes, their sets); core/grouping.py makes the groups
and their order. The corpus list groups its documents with these, the annotation list its
annotations by their document's group, the search its hits.
"""
from __future__ import annotations

import datetime
from dataclasses import replace
from functools import cmp_to_key
from typing import Iterable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QLocale, QSettings, Signal
from PySide6.QtWidgets import QComboBox

from ...core.attributes import EXTRACTED
from ...core.grouping import (EXPIRED, IN_FORCE, IN_TERM, NONE, NOT_YET, Group, group_by_attribute, group_by_place,
                              group_by_set, validity_status)
from ...core.places import place_label
from ...core.script import fold
from .attribute_names import attribute_name

NOTHING, PLACE, VALIDITY, SETS = ":none", "place", ":validity", ":sets"  # not attribute names: see offer()
OFFERED = (NOTHING, PLACE, "province", "level", "year", "issuer", "doc_type", VALIDITY)  # then their own, then SETS
SETTING = "corpus/group_by"

STATUS_NAMES = {IN_TERM: QT_TRANSLATE_NOOP("CorpusGrouping", "有效期内"),
                IN_FORCE: QT_TRANSLATE_NOOP("CorpusGrouping", "已施行（未写明有效期）"),
                NOT_YET: QT_TRANSLATE_NOOP("CorpusGrouping", "尚未施行"),
                EXPIRED: QT_TRANSLATE_NOOP("CorpusGrouping", "已过有效期")}


def status_name(status: str) -> str:
    return QCoreApplication.translate("CorpusGrouping", STATUS_NAMES[status])


class GroupingBox(QComboBox):
    """The grouping choice; `choice()` is NOTHING, PLACE, VALIDITY, SETS, an attribute name or
    one of the view's own leading choices (name, label), offered after NOTHING."""
    chosen = Signal(str)

    def __init__(self, settings: QSettings, parent=None, setting: str = SETTING, default: str = PLACE,
                 leading: Sequence[tuple[str, str]] = (), tooltip: str = ""):
        super().__init__(parent)
        self.settings, self._setting, self._default = settings, setting, default
        self._leading = dict(leading)
        self.setToolTip(tooltip or self.tr("文件列表按此分组"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(5)  # 按地区分组 whole; a longer choice shows whole in the list
        saved = settings.value(setting, default)
        self._wanted = saved if isinstance(saved, str) and saved else default
        self.currentIndexChanged.connect(self._chosen)

    def offer(self, own_attributes: list[str]) -> None:
        """The groupings there are: the view's own, the extracted ones, the researcher's
        attributes, the sets. A remembered choice that is gone (an attribute deleted) falls
        back to the default."""
        self.blockSignals(True)
        self.clear()
        for name in (NOTHING, *self._leading, *OFFERED[1:], *own_attributes, SETS):
            self.addItem(self._label(name), name)
        index = self.findData(self._wanted)
        self.setCurrentIndex(index if index >= 0 else self.findData(self._default))
        self.blockSignals(False)

    def offer_from(self, corpus) -> None:
        """Offer the corpus's own attributes as they are now, when one is new or deleted."""
        own = own_attributes(corpus)
        if not self.count() or own != self.offered_own():
            self.offer(own)

    def offered_own(self) -> list[str]:
        """The researcher's attributes offered now (between the fixed choices and the sets)."""
        return [self.itemData(i) for i in range(len(self._leading) + len(OFFERED), self.count() - 1)]

    def choice(self) -> str:
        return self.currentData() or self._default

    def _label(self, name: str) -> str:
        labels = {NOTHING: self.tr("不分组"), VALIDITY: self.tr("按有效性分组"), SETS: self.tr("按文件集分组"),
                  **self._leading}
        return self.tr("按{what}分组").format(what=attribute_name(name)) if name not in labels else labels[name]

    def _chosen(self, _index=None) -> None:
        self._wanted = self.choice()
        self.settings.setValue(self._setting, self._wanted)
        self.chosen.emit(self._wanted)


def own_attributes(corpus) -> list[str]:
    """The researcher's attributes a box offers: not one named as another grouping (":sets")."""
    return [name for name in corpus.attribute_names() if name not in EXTRACTED and name not in OFFERED
            and name != SETS]


def pinyin_order():
    """A text's sort key in Chinese collation order (广东 before 河南 before 云南), folded first."""
    collator = QCollator(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    by_collation = cmp_to_key(collator.compare)
    return lambda text: by_collation(fold(text))


def grouping_for(choice: str, corpus, today: str | None = None):
    """records -> groups (core.grouping.Group) for the choice, None for a flat list; corpus is
    corpus_source.Corpus, read when the records are grouped."""
    if choice == NOTHING:
        return lambda records: None
    if choice == PLACE:
        return group_by_place
    if choice == SETS:
        return lambda records: group_by_set([r["key"] for r in records], corpus.sets(), pinyin_order())
    if choice == VALIDITY:
        day = today or datetime.date.today().isoformat()

        def by_validity(records):
            table = {r["key"]: {"validity": validity_status(r.get("dates") or {}, day)} for r in records}
            groups = group_by_attribute([r["key"] for r in records], table, "validity")
            return [replace(g, value=status_name(g.value)) if g.value else g for g in groups]
        return by_validity
    definition = corpus.attribute_definitions().get(choice) if choice not in EXTRACTED else None
    kind, choices = (definition.kind, definition.choices) if definition else ("text", ())
    return lambda records: group_by_attribute([r["key"] for r in records], corpus.attribute_table(), choice,
                                              kind, choices, pinyin_order())


UNPLACED, NO_VALUE = QT_TRANSLATE_NOOP("DocumentGrouping", "（未识别地区）"), QT_TRANSLATE_NOOP("DocumentGrouping", "（无）")


def group_label(group: Group, choice: str) -> str:
    """A group's name in a view: a place with its level (三门峡市); the documents without a value."""
    if group.value == NONE:
        return QCoreApplication.translate("DocumentGrouping", UNPLACED if choice == PLACE else NO_VALUE)
    return place_label(group.value, group.level) if choice == PLACE else group.value


def document_groups(choice: str, corpus, keys: Iterable[str]) -> list[tuple[str, list[str]]] | None:
    """(name, document keys) of each group the documents fall in, None for no grouping; the
    documents keep the order given within a group."""
    records = {r["key"]: r for r in corpus.records()}
    ordered = [records.get(key) or {"key": key} for key in dict.fromkeys(keys)]
    groups = grouping_for(choice, corpus)(ordered)
    return None if groups is None else [(group_label(g, choice), list(g.keys)) for g in groups]


def row_groups(choice: str, corpus, documents: Sequence[str]) -> list[tuple[str, list[int]]] | None:
    """(name, row numbers) of each group of a list whose row n is of the document documents[n]
    (an annotation, a clause): a row is in each group its document is in, in the list's order."""
    groups = document_groups(choice, corpus, documents)
    if groups is None:
        return None
    rows_of: dict[str, list[int]] = {}
    for n, key in enumerate(documents):
        rows_of.setdefault(key, []).append(n)
    return [(name, sorted(n for key in keys for n in rows_of.get(key, ()))) for name, keys in groups]
