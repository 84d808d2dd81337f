"""The clause tree of one document as a Qt item model.

The core gives a flat list whose parent links are indices; the model keeps, for each clause,
its children and its own row, so parent() is a lookup rather than a search. A third column
counts the user's annotations in each clause (its sub-clauses included), from the marks the
reader shows, so the outline and the reader never disagree.
"""
from __future__ import annotations

from bisect import bisect_right, insort

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from ...core.outline import Clause, lead_agencies
from .marks import mark_order

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole


class OutlineModel(QAbstractItemModel):
    ClauseIndexRole = Qt.ItemDataRole.UserRole + 1  # position of the clause in the core list
    AnnotationCountRole = Qt.ItemDataRole.UserRole + 2
    TITLE, LEADS, ANNOTATIONS = range(3)
    COLUMNS = 3
    TIP_NOTES = 3  # notes listed in a count's tooltip

    def __init__(self, parent=None):
        super().__init__(parent)
        self._clauses: list[Clause] = []
        self._children: dict[int | None, list[int]] = {None: []}
        self._row: list[int] = []
        self._starts: list[int] = []  # clause starts in list order (the core lists them in text order)
        self._marked: dict[int, list] = {}  # clause index -> marks starting in it or its sub-clauses

    def set_clauses(self, clauses: list[Clause]) -> None:
        self.beginResetModel()
        self._clauses = list(clauses)
        self._children = {None: []}
        self._children.update((i, []) for i in range(len(clauses)))
        self._row = []
        for i, clause in enumerate(self._clauses):
            siblings = self._children[clause.parent]
            self._row.append(len(siblings))
            siblings.append(i)
        self._starts = [c.start for c in self._clauses]
        self._marked = {}
        self.endResetModel()

    def set_marks(self, marks) -> None:
        """Count the reader's marks (reader.Mark, in text order) per clause; only the counts that
        moved repaint."""
        marked: dict[int, list] = {}
        for mark in marks:
            for i in self._containing(mark.start):
                marked.setdefault(i, []).append(mark)
        old, self._marked = self._marked, marked
        for i in set(old) | set(marked):
            if old.get(i) != marked.get(i):
                cell = self.index_of(i, self.ANNOTATIONS)
                self.dataChanged.emit(cell, cell)

    def change_marks(self, removed: list, added: list) -> None:
        """Count a few marks out and in (the reader's marksEdited): only their clauses are
        visited, where set_marks goes through every mark of the document."""
        touched = set()
        for mark in removed:
            for i in self._containing(mark.start):
                marks = self._marked.get(i, [])
                if mark in marks:
                    marks.remove(mark)
                    touched.add(i)
                    if not marks:
                        del self._marked[i]
        for mark in added:
            for i in self._containing(mark.start):
                insort(self._marked.setdefault(i, []), mark, key=mark_order)
                touched.add(i)
        for i in touched:
            cell = self.index_of(i, self.ANNOTATIONS)
            self.dataChanged.emit(cell, cell)

    def annotation_count(self, clause_index: int) -> int:
        return len(self._marked.get(clause_index, ()))

    def _containing(self, offset: int) -> list[int]:
        """The innermost clause holding offset, then its ancestors (a heading's own span may end
        at its title line, but its sub-clauses are in it all the same)."""
        i = bisect_right(self._starts, offset) - 1
        while i is not None and i >= 0 and not self._clauses[i].start <= offset < self._clauses[i].end:
            i = self._clauses[i].parent  # a finished sibling's subtree: climb to a clause still open
        found = []
        while i is not None and i >= 0:
            found.append(i)
            i = self._clauses[i].parent
        return found

    def clause(self, index: QModelIndex) -> Clause | None:
        return self._clauses[index.internalId()] if index.isValid() else None

    def index_of(self, clause_index: int, column: int = 0) -> QModelIndex:
        return self.createIndex(self._row[clause_index], column, clause_index)

    # --- QAbstractItemModel -------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        return self.createIndex(row, column, self._children[self._key(parent)][row])

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        up = self._clauses[index.internalId()].parent
        return QModelIndex() if up is None else self.createIndex(self._row[up], 0, up)

    def rowCount(self, parent=QModelIndex()):
        if parent.isValid() and parent.column() > 0:
            return 0
        return len(self._children[self._key(parent)])

    def columnCount(self, parent=QModelIndex()):
        return self.COLUMNS

    def data(self, index, role=_DISPLAY):
        clause = self.clause(index)
        if clause is None:
            return None
        if role == self.ClauseIndexRole:
            return index.internalId()
        if role == self.AnnotationCountRole:
            return self.annotation_count(index.internalId())
        if index.column() == self.ANNOTATIONS:
            return self._count_data(index.internalId(), role)
        if role == _DISPLAY:
            return self._label(clause) if index.column() == self.TITLE else "、".join(lead_agencies(clause))
        if role == _TOOLTIP:
            return self._tooltip(clause, index.column())
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY:
            return (self.tr("条款"), self.tr("牵头单位"), self.tr("批注"))[section] if section < self.COLUMNS else None
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # --- helpers --------------------------------------------------------------------------
    @staticmethod
    def _key(parent: QModelIndex | QPersistentModelIndex) -> int | None:
        return parent.internalId() if parent.isValid() else None

    def _label(self, clause: Clause) -> str:
        if clause.kind == "preamble":
            return self.tr("前言")
        if clause.kind == "closing":
            return self.tr("结尾")
        marker = "•" if clause.kind == "item" else clause.label
        return f"{marker} {clause.title}".strip()

    def _count_data(self, clause_index: int, role):
        marks = self._marked.get(clause_index, ())
        if not marks:
            return None
        if role == _DISPLAY:
            return str(len(marks))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == _TOOLTIP:
            tips = [m.tip for m in marks[:self.TIP_NOTES]]
            more = len(marks) - len(tips)
            heading = self.tr("本条款（含下级）有 {n} 条批注", "", len(marks)).format(n=len(marks))
            tail = [self.tr("……另有 {n} 条").format(n=more)] if more else []
            return "\n\n".join([heading, *tips, *tail])
        return None

    def _tooltip(self, clause: Clause, column: int) -> str:
        if column == 0:
            return f"{clause.id}\n{clause.title}".strip()
        names = [f"{a.canonical}（{a.role}）" for a in clause.agencies if a.role != "mention"]
        return "\n".join(names) or None

