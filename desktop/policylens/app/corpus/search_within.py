"""Search within the results: the search panel's earlier queries narrow what the next one searches.

"在结果中" keeps the clauses the current query is true of (all of them, not only the hits
listed) and clears the field; the next query then searches those clauses alone, and can be
narrowed again. The bar above the results names the queries it stands in and has a button to
search the whole corpus again.

Narrowing by clauses is what the query language's AND already means (同一条款含两者), so a
narrowed search is saved as one query, the earlier ones and the current one joined by AND; it
differs from typing that query only in what is marked: the current words, not the earlier ones.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget


class Narrowing:
    """The earlier queries and the clauses (document key, clause id) they leave."""

    def __init__(self):
        self.queries: list[str] = []
        self.clauses: set[tuple[str, str]] | None = None  # None: the whole corpus

    def __bool__(self) -> bool:
        return self.clauses is not None

    def narrow(self, query: str, hits) -> None:
        """Keep only the clauses of these hits (core.query.ClauseHit) among those kept so far."""
        found = {(h.doc_key, h.clause_id) for h in hits}
        self.clauses = found if self.clauses is None else self.clauses & found
        self.queries.append(query.strip())

    def clear(self) -> None:
        self.queries, self.clauses = [], None

    def documents(self) -> set[str]:
        return {key for key, _clause in self.clauses or ()}

    def keep(self, hits) -> list:
        """The hits in the kept clauses (all of them when nothing narrows)."""
        if self.clauses is None:
            return list(hits)
        return [h for h in hits if (h.doc_key, h.clause_id) in self.clauses]

    def joined(self, query: str) -> str:
        """One query true of the same clauses: the earlier ones AND this one."""
        parts = [*self.queries, query.strip()] if query.strip() else list(self.queries)
        return " AND ".join(f"({part})" for part in parts) if len(parts) > 1 else (parts[0] if parts else "")


class WithinBar(QWidget):
    """What the search is narrowed to, and the way back to the whole corpus; hidden when nothing narrows."""
    cleared = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("全部文件"))
        self.clear_button.setToolTip(self.tr("不再限于先前的结果，在全部文件中搜索"))
        self.clear_button.clicked.connect(self.cleared)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.clear_button)
        self.hide()

    def show_narrowing(self, narrowing: Narrowing) -> None:
        if not narrowing:
            self.hide()
            return
        n = len(narrowing.clauses)
        self.label.setText(self.tr("在结果中搜索：{queries}（{n} 个条款）", "", n).format(
            queries=" › ".join(narrowing.queries), n=n))
        self.show()
