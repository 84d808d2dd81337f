"""What the corpus list groups its documents by: nothing, place, an attribute, the stated
validity or the document sets; chosen in a box over the list and remembered in the settings.

The values are the scope bar's (corpus_source.Corpus: extracted attributes with the
researcher's corrections, their own attributes, their sets); core/grouping.py makes the groups
and their order. When the attributes or the sets change elsewhere, the scope bar reads them
again and the list is grouped again with it.
"""
from __future__ import annotations

import datetime
from dataclasses import replace
from functools import cmp_to_key
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCollator, QCoreApplication, QLocale, QObject, QSettings, Signal
from PySide6.QtWidgets import QComboBox

from ...core.attributes import EXTRACTED
from ...core.grouping import (EXPIRED, IN_FORCE, IN_TERM, NOT_YET, group_by_attribute, group_by_place, group_by_set,
                              validity_status)
from ...core.script import fold
from ..common.attribute_names import attribute_name

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
    """The grouping choice; `choice()` is NOTHING, PLACE, VALIDITY, SETS or an attribute name."""
    chosen = Signal(str)

    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.setToolTip(self.tr("文件列表按此分组"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(4)
        saved = settings.value(SETTING, PLACE)
        self._wanted = saved if isinstance(saved, str) and saved else PLACE
        self.currentIndexChanged.connect(self._chosen)

    def offer(self, own_attributes: list[str]) -> None:
        """The groupings there are: the extracted ones, the researcher's attributes, the sets.
        A remembered choice that is gone (an attribute deleted) falls back to place."""
        self.blockSignals(True)
        self.clear()
        for name in (*OFFERED, *own_attributes, SETS):
            self.addItem(self._label(name), name)
        index = self.findData(self._wanted)
        self.setCurrentIndex(index if index >= 0 else self.findData(PLACE))
        self.blockSignals(False)

    def choice(self) -> str:
        return self.currentData() or PLACE

    def _label(self, name: str) -> str:
        labels = {NOTHING: self.tr("不分组"), VALIDITY: self.tr("按有效性分组"), SETS: self.tr("按文件集分组")}
        return self.tr("按{what}分组").format(what=attribute_name(name)) if name not in labels else labels[name]

    def _chosen(self, _index=None) -> None:
        self._wanted = self.choice()
        self.settings.setValue(SETTING, self._wanted)
        self.chosen.emit(self._wanted)


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


class CorpusGrouping(QObject):
    """Keeps the corpus model grouped as the box says: on a new choice, and when the scope bar
    has read changed attributes or sets (the values a grouping is made of)."""

    def __init__(self, box: GroupingBox, model, corpus, scope_bar, regrouped: Callable[[], None]):
        super().__init__(box)
        self.box, self.model, self.corpus, self._regrouped = box, model, corpus, regrouped
        self._values = None  # what the current grouping was made of, to see it change
        self._choice = PLACE
        box.offer(self._own_attributes())
        box.chosen.connect(self.apply)
        scope_bar.refreshed.connect(self._values_may_have_changed)
        self.apply(box.choice(), quiet=True)

    def apply(self, choice: str, quiet: bool = False) -> None:
        self._choice, self._values = choice, self._values_of(choice)
        self.model.set_grouping(grouping_for(choice, self.corpus), by_place=choice == PLACE)
        if not quiet:
            self._regrouped()

    def _own_attributes(self) -> list[str]:
        """The researcher's attributes but one named as another grouping (":sets")."""
        return [name for name in self.corpus.attribute_names() if name not in EXTRACTED and name not in OFFERED
                and name != SETS]

    def _values_of(self, choice: str):
        if choice == SETS:
            return self.corpus.sets()
        if choice in (NOTHING, PLACE, VALIDITY):
            return None  # from the records alone: grouped again with them
        return self.corpus.attribute_table()  # the same object until the corpus reads it again

    def _values_may_have_changed(self) -> None:
        own = self._own_attributes()
        if own != [self.box.itemData(i) for i in range(len(OFFERED), self.box.count() - 1)]:
            self.box.offer(own)
            if self.box.choice() != self._choice:  # the attribute grouped by was deleted
                self.apply(self.box.choice())
                return
        values = self._values_of(self._choice)
        if values is not self._values and values != self._values:
            self.apply(self._choice)
