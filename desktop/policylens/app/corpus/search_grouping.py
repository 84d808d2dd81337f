"""The search hits grouped by an attribute of their documents: a group row (its hit count)
over the documents' rows, their clauses and hits as before; chosen in a box over the hits and
remembered in the settings.

The groups are the corpus list's (common/document_grouping.py); a document of two sets is
shown under each. Not grouped, the model is the plain document → clause → hit tree.
"""
from __future__ import annotations

from typing import Callable, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt

from ..common.document_grouping import NOTHING, GroupingBox, document_groups
from ..common.grouped_rows import bold
from .search_model import SearchResultsModel

SETTING = "search/group_by"
DocumentGroups = Callable[[list[str]], "list[tuple[str, list[str]]] | None"]  # keys -> (name, keys)


class _HitGroup(NamedTuple):
    name: str
    count: int  # hits


class GroupedSearchModel(SearchResultsModel):
    """The results tree with a level of groups above the documents when a grouping is set."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._grouping: DocumentGroups | None = None
        self._shown: tuple = ([], {})  # the hits and titles last set, to group again

    def set_grouping(self, grouping: DocumentGroups | None) -> None:
        self._grouping = grouping
        self.set_hits(*self._shown)

    def set_hits(self, hits, titles) -> None:
        self._shown = (hits, titles)
        super().set_hits(hits, titles)
        groups = self._grouping([self._nodes[n].payload.doc_key for n in self._top]) if self._grouping else None
        if groups is not None:
            self._group(groups)

    def _group(self, groups: list[tuple[str, list[str]]]) -> None:
        """Rebuild the tree with each group's documents (their whole subtrees) below it."""
        self.beginResetModel()
        nodes, top = self._nodes, self._top
        document_node = {nodes[n].payload.doc_key: n for n in top}
        self._nodes, self._top = [], []
        for name, keys in groups:
            members = [document_node[key] for key in keys if key in document_node]
            group = self._add(-1, _HitGroup(name, sum(nodes[n].payload.count for n in members)))
            for n in members:
                self._copy(nodes, n, group)
        self.endResetModel()

    def _copy(self, nodes, n: int, parent: int) -> None:
        copied = self._add(parent, nodes[n].payload)
        for child in nodes[n].children:
            self._copy(nodes, child, copied)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        payload = self._nodes[index.internalId()].payload if index.isValid() else None
        if not isinstance(payload, _HitGroup):
            return super().data(index, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr("{name}  ({n} 处)", "", payload.count).format(name=payload.name, n=payload.count)
        return bold() if role == Qt.ItemDataRole.FontRole else None


class SearchGrouping(QObject):
    """The box over the hits, keeping the panel's model grouped as it says."""

    def __init__(self, panel, corpus, settings: QSettings):
        super().__init__(panel)
        self.panel, self.corpus = panel, corpus
        self.box = GroupingBox(settings, panel, SETTING, NOTHING,
                               tooltip=QCoreApplication.translate("SearchGrouping", "搜索结果按文件的此属性分组"))
        self.box.offer_from(corpus)
        panel.filter_row.addWidget(self.box)
        self.box.chosen.connect(self.apply)
        panel.resultsChanged.connect(self._offer_again)
        self.apply(self.box.choice())

    def apply(self, choice: str) -> None:
        grouping = None if choice == NOTHING else lambda keys: document_groups(choice, self.corpus, keys)
        self.panel.model.set_grouping(grouping)
        self.panel.view.expandAll()

    def regroup(self) -> None:
        """The attributes or sets changed: the hits shown are grouped by their values now."""
        self.box.offer_from(self.corpus)
        self.apply(self.box.choice())

    def _offer_again(self, _count=None) -> None:
        """A new or deleted attribute is offered, or no longer, at the next search."""
        choice = self.box.choice()
        self.box.offer_from(self.corpus)
        if self.box.choice() != choice:
                self.apply(self.box.choice())
