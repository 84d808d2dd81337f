"""What the corpus list groups its documents by: nothing, place, an attribute, the stated
validity or the document sets; chosen in a box over the list and remembered in the settings.

The box and the groupings are common/document_grouping.py's (the annotation list and the
search group by them too). When the attributes or the sets change elsewhere, the scope bar
reads them again and the list is grouped again with it.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject

from ..common.document_grouping import NOTHING, PLACE, SETS, VALIDITY, GroupingBox, grouping_for, own_attributes

__all__ = ["NOTHING", "PLACE", "SETS", "VALIDITY", "GroupingBox", "CorpusGrouping"]


class CorpusGrouping(QObject):
    """Keeps the corpus model grouped as the box says: on a new choice, and when the scope bar
    has read changed attributes or sets (the values a grouping is made of)."""

    def __init__(self, box: GroupingBox, model, corpus, scope_bar, regrouped: Callable[[], None]):
        super().__init__(box)
        self.box, self.model, self.corpus, self._regrouped = box, model, corpus, regrouped
        self._values = None  # what the current grouping was made of, to see it change
        self._choice = PLACE
        box.offer(own_attributes(self.corpus))
        box.chosen.connect(self.apply)
        scope_bar.refreshed.connect(self._values_may_have_changed)
        self.apply(box.choice(), quiet=True)

    def apply(self, choice: str, quiet: bool = False) -> None:
        self._choice, self._values = choice, self._values_of(choice)
        self.model.set_grouping(grouping_for(choice, self.corpus), by_place=choice == PLACE)
        if not quiet:
            self._regrouped()

    def _values_of(self, choice: str):
        if choice == SETS:
            return self.corpus.sets()
        if choice in (NOTHING, PLACE, VALIDITY):
            return None  # from the records alone: grouped again with them
        return self.corpus.attribute_table()  # the same object until the corpus reads it again

    def _values_may_have_changed(self) -> None:
        own = own_attributes(self.corpus)
        if own != self.box.offered_own():
            self.box.offer(own)
            if self.box.choice() != self._choice:  # the attribute grouped by was deleted
                self.apply(self.box.choice())
                return
        values = self._values_of(self._choice)
        if values is not self._values and values != self._values:
            self.apply(self._choice)
