"""The search results as a tree (document → clause → hit), and the delegate that paints a hit.

A hit is painted as its snippet with the match in bold, centred: the snippet is cut from its
own clause (core.search) and to the width the column has.
"""
from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ...core.search import Hit, grouped
from ..common.clause_names import clause_name

_DISPLAY = Qt.ItemDataRole.DisplayRole


class _DocGroup(NamedTuple):
    doc_key: str
    title: str
    count: int


class _ClauseGroup(NamedTuple):
    first: Hit
    count: int


class _Node:
    __slots__ = ("parent", "row", "payload", "children")

    def __init__(self, parent: int, row: int, payload):
        self.parent, self.row, self.payload, self.children = parent, row, payload, []


class SearchResultsModel(QAbstractItemModel):
    """Hits as a three-level tree; each node's internalId is its position in a flat list."""
    HitRole = Qt.ItemDataRole.UserRole + 1  # the core Hit of a hit row, else None
    SnippetRole = Qt.ItemDataRole.UserRole + 2  # (before, match, after) of a hit row
    DocKeyRole = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent=None):
        super().__init__(parent)
        self._nodes: list[_Node] = []
        self._top: list[int] = []

    def set_hits(self, hits: list[Hit], titles: dict[str, str]) -> None:
        self.beginResetModel()
        self._nodes, self._top = [], []
        for doc_key, clauses in grouped(hits).items():
            count = sum(len(v) for v in clauses.values())
            doc = self._add(-1, _DocGroup(doc_key, titles.get(doc_key, doc_key), count))
            for members in clauses.values():
                clause = self._add(doc, _ClauseGroup(members[0], len(members)))
                for hit in members:
                    self._add(clause, hit)
        self.endResetModel()

    def _add(self, parent: int, payload) -> int:
        siblings = self._top if parent < 0 else self._nodes[parent].children
        self._nodes.append(_Node(parent, len(siblings), payload))
        siblings.append(len(self._nodes) - 1)
        return len(self._nodes) - 1

    # --- QAbstractItemModel -------------------------------------------------------------
    def index(self, row, column, parent=QModelIndex()):
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        siblings = self._nodes[parent.internalId()].children if parent.isValid() else self._top
        return self.createIndex(row, column, siblings[row])

    def parent(self, index=QModelIndex()):
        if not index.isValid():
            return QModelIndex()
        up = self._nodes[index.internalId()].parent
        return QModelIndex() if up < 0 else self.createIndex(self._nodes[up].row, 0, up)

    def rowCount(self, parent=QModelIndex()):
        if not parent.isValid():
            return len(self._top)
        return 0 if parent.column() > 0 else len(self._nodes[parent.internalId()].children)

    def columnCount(self, parent=QModelIndex()):
        return 1

    def data(self, index, role=_DISPLAY):
        if not index.isValid():
            return None
        payload = self._nodes[index.internalId()].payload
        if isinstance(payload, Hit):
            return self._hit_data(payload, role)
        if isinstance(payload, _DocGroup):
            if role == self.DocKeyRole:
                return payload.doc_key
            return f"{payload.title}  ({payload.count})" if role == _DISPLAY else None
        first = payload.first
        if role == self.DocKeyRole:
            return first.doc_key
        if role == _DISPLAY:
            return f"{clause_name(first.clause_id)}  {first.clause_title}  ({payload.count})"
        return first.clause_title if role == Qt.ItemDataRole.ToolTipRole else None

    def _hit_data(self, hit: Hit, role):
        if role == _DISPLAY:
            return hit.snippet_before + hit.match + hit.snippet_after
        if role == self.HitRole:
            return hit
        if role == self.SnippetRole:
            return (hit.snippet_before, hit.match, hit.snippet_after)
        if role == self.DocKeyRole:
            return hit.doc_key
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if orientation == Qt.Orientation.Horizontal and role == _DISPLAY and section == 0:
            return self.tr("结果")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class SnippetDelegate(QStyledItemDelegate):
    """Paints a hit row as its snippet with the matched text in bold."""

    def paint(self, painter, option, index):
        parts = index.data(SearchResultsModel.SnippetRole)
        if parts is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background and selection come from the style, the text from us
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        bold = QFont(opt.font)
        bold.setBold(True)
        plain, strong = QFontMetrics(opt.font), QFontMetrics(bold)
        before, match, after = fit_snippet(parts, rect.width(), plain, strong)
        x = rect.left()
        for text, font, metrics in ((before, opt.font, plain), (match, bold, strong), (after, opt.font, plain)):
            painter.setFont(font)
            painter.drawText(QRect(x, rect.top(), max(rect.right() - x, 0), rect.height()),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text)
            x += metrics.horizontalAdvance(text)
        painter.restore()




def fit_snippet(parts, width: int, plain: QFontMetrics, strong: QFontMetrics) -> tuple[str, str, str]:
    """The snippet's three parts cut to the width, the match in the middle: what one side leaves
    unused goes to the other, and a cut side ends in an ellipsis."""
    before, match, after = parts
    room = max(width - strong.horizontalAdvance(match), 0)
    need_before, need_after = plain.horizontalAdvance(before), plain.horizontalAdvance(after)
    give_before = max(room // 2, room - need_after)
    give_after = room - min(need_before, give_before)
    return (plain.elidedText(before, Qt.TextElideMode.ElideLeft, give_before), match,
            plain.elidedText(after, Qt.TextElideMode.ElideRight, give_after))
