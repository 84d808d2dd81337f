"""The agency view's clause rows grouped by an attribute of their documents (province, level,
year, a researcher's own, the sets): a tree of groups with their clause counts, shown in place
of the clause table while grouped; chosen in a box over the clauses, kept in the settings.

Not grouped, the table stays: it lays out 20,000 clauses of an agency without measuring them.
The groups are the corpus list's (common/document_grouping.py).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QSettings

from ..common.document_grouping import NOTHING, GroupingBox, row_groups
from ..common.grouped_rows import GroupedRows, grouped_tree, show_groups
from .agency_models import AgencyClauseModel

SETTING = "agencies/group_by"


class AgencyGrouping(QObject):
    """Keeps the agency panel's clause rows grouped as the box says, as they change."""

    def __init__(self, panel, corpus, settings: QSettings):
        super().__init__(panel)
        self.panel, self.corpus = panel, corpus
        self.box = GroupingBox(settings, panel, SETTING, NOTHING,
                               tooltip=QCoreApplication.translate("AgencyGrouping", "条款按文件的此属性分组"))
        self.box.offer_from(corpus)
        self.grouped = GroupedRows(panel.clause_model, self)
        self.tree = grouped_tree(self.grouped, AgencyClauseModel.TITLE, panel)
        panel.clause_stack.addWidget(self.tree)
        panel.summary_row.addWidget(self.box)
        self.box.chosen.connect(self.show)
        panel.clause_model.modelReset.connect(self.show)
        self.tree.activated.connect(self._activated)
        self.show()

    def show(self, *_args) -> None:
        """The tree of groups when grouped, else the clause table."""
        self.box.offer_from(self.corpus)
        rows = self.panel.clause_model.rows()
        groups = row_groups(self.box.choice(), self.corpus, [r.doc_key for r in rows])
        if groups is not None:
            show_groups(self.tree, groups)
        self.panel.clause_stack.setCurrentWidget(self.panel.clause_view if groups is None else self.tree)

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(AgencyClauseModel.DocKeyRole)
        if key is not None:  # not a group row
            self.panel.clauseActivated.emit(key, index.data(AgencyClauseModel.ClauseIdRole))
