"""The clause families dock: the current document's clauses with their families' names, sizes
and strengths (a weak member greyed), or every family of the corpus by name; filtered as you
type; activating a row opens the side-by-side view.

The list is read from the alignment on a worker thread, and only while the dock is visible.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from ...core.document import Document
from ...core.places import place_label
from ..common.runner import Runner
from ..common.table_views import read_only_rows
from .alignment_loader import AlignmentLoader
from .family_model import FamilyFilter, FamilyModel, FamilyRow


class FamilyPanel(QWidget):
    familyActivated = Signal(str, str)  # document key, clause id
    DOCUMENT, ALL = range(2)

    def __init__(self, loader: AlignmentLoader, parent=None):
        super().__init__(parent)
        self.loader = loader
        self.doc: Document | None = None
        self._stale = True
        self.mode_combo = QComboBox(self)
        self.mode_combo.addItems([self.tr("本文件的条款"), self.tr("全部条款族")])
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选：条款、标题、地区…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.status_label = QLabel(self)
        self.model = FamilyModel(self)
        self.proxy = FamilyFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the document's order at first
        read_only_rows(self.table, FamilyModel.TITLE, (FamilyModel.PLACE, FamilyModel.CLAUSE, FamilyModel.DOCUMENTS,
                                                       FamilyModel.STRENGTH))
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 6)
        bar = QHBoxLayout()
        bar.addWidget(self.mode_combo)
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.status_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._background = Runner(self)
        self._background.finished.connect(self._show)
        self._background.failed.connect(lambda message: self.status_label.setText(message))
        self.mode_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.filter_edit.textChanged.connect(self._filter)
        self.table.activated.connect(self._activated)
        loader.updated.connect(lambda _update: self.refresh())

    def set_document(self, doc: Document | None) -> None:
        self.doc = doc
        if self.mode_combo.currentIndex() == self.DOCUMENT:
            self.refresh()

    def refresh(self) -> None:
        """Read the list again now if the panel is visible, else when it is shown."""
        self._stale = True
        if not self.isVisible():
            return
        self._stale = False
        if not self.loader.has_families:
            self.model.set_rows([])
            self.status_label.setText(self.tr("条款族仍在计算中…"))
            return
        loader, doc, mode = self.loader, self.doc, self.mode_combo.currentIndex()
        self.status_label.setText(self.tr("正在读取…"))
        self._background.start(lambda _job: _document_rows(loader, doc) if mode == self.DOCUMENT else _all_rows(loader, doc))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _show(self, rows: list[FamilyRow]) -> None:
        self.model.set_rows(rows)
        self._filter(self.filter_edit.text())

    def _filter(self, text: str) -> None:
        self.proxy.set_query(text)
        if self.model.rows or self.loader.has_families:
            self.status_label.setText(self.tr("{n} 项").format(n=self.proxy.rowCount()))

    def _activated(self, index: QModelIndex) -> None:
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        self.familyActivated.emit(row.key, row.clause_id)

    def shutdown(self) -> None:
        self._background.shutdown()


def _document_rows(loader: AlignmentLoader, doc: Document | None) -> list[FamilyRow]:
    """Each aligned clause of the document, with its family's name, size and strength and
    whether the clause is a weak member of it (one document's families: scored)."""
    if doc is None:
        return []
    with loader.access() as store:
        sizes = store.family_sizes(doc.key)
        families = store.document_families(doc.key)
    place = place_label(doc.meta.place, doc.meta.level) or doc.key
    rows = []
    for clause in doc.clauses:
        if clause.id not in sizes:
            continue
        family = families.get(clause.id)
        if family is None:
            rows.append(FamilyRow(doc.key, clause.id, place, clause.title, sizes[clause.id]))
            continue
        member = next(m for m in family.members if m.ref == (doc.key, clause.id))
        rows.append(FamilyRow(doc.key, clause.id, place, clause.title, sizes[clause.id], family.name,
                              family.strength, member.score, member.weak))
    return rows


def _all_rows(loader: AlignmentLoader, doc: Document | None) -> list[FamilyRow]:
    """Every family of two or more documents by name, shown by its clause in the document if it
    has one (not scored: a large corpus has tens of thousands of families)."""
    with loader.access() as store:
        families = store.families(scored=False)
        places = {r["key"]: place_label(r.get("place") or "", r.get("level") or "") or r["key"]
                  for r in store.corpus.documents()}
    rows = []
    for family in families:
        member = next((m for m in family.members if doc is not None and m.ref.key == doc.key), family.members[0])
        rows.append(FamilyRow(member.ref.key, member.ref.clause_id, places.get(member.ref.key, member.ref.key),
                              member.title, len(family.members), family.name))
    return rows

