"""The rows of a two-document comparison as a table model: column 0 the left document, 1 the right.

The rows are computed elsewhere (core.document_pairing and worddiff.diff_documents, on a worker
thread); the model only hands each cell's pieces, value call-outs and notes to the view. Swapping
the sides flips every row (insertions become deletions, values change sides) without computing
anything again; "only differences" shows the changed rows and the gaps.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...core.document import Document
from ...core.scores import score_text
from ...core.values import ValuePair
from ...core.worddiff import ClauseDiff, Op
from ...exchange.reports.document_diff import MARKS, document_label, pieces, status, value_changes, value_texts
from ..common import styles
from ..common.clause_names import clause_name

PIECES_ROLE = Qt.ItemDataRole.UserRole + 1  # list[Piece] of the side; [] for a gap
VALUES_ROLE = Qt.ItemDataRole.UserRole + 2  # list[str]: "期限：满2年", one per differing value
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3  # equal, changed, only_a, only_b
CLAUSE_ROLE = Qt.ItemDataRole.UserRole + 4  # the side's clause id, None for a gap
GAP_ROLE = Qt.ItemDataRole.UserRole + 5  # what a gap says: no counterpart, or where it moved
_FLIP = {"insert": "delete", "delete": "insert"}
translate = QCoreApplication.translate  # by this name, lupdate finds the strings


def kind_label(kind: str, role: str = "") -> str:
    """A value kind in the interface language; agencies by their role."""
    if kind == "agency":
        return translate("TwoDocView", "单位（{role}）").format(role=styles.role_name(role))
    return {"percent": translate("TwoDocView", "比例"), "date": translate("TwoDocView", "日期"),
            "year": translate("TwoDocView", "年份"), "duration": translate("TwoDocView", "期限"),
            "number": translate("TwoDocView", "数量"), "place": translate("TwoDocView", "地名")}.get(kind, kind)


# What a cell's estimated height needs: its value lines and, per paragraph, its wide and narrow
# characters; None for a gap.
Extent = tuple[int, tuple[tuple[int, int], ...]] | None


@dataclass
class Comparison:
    """What the worker computes: both documents, the rows, and where moved clauses went."""
    doc_a: Document
    doc_b: Document
    rows: list[ClauseDiff]
    moved: dict[tuple[str, str], str] = field(default_factory=dict)  # ("a", id) of a gap -> id on the other side
    extents: list[tuple[Extent, Extent]] = field(default_factory=list)  # per row, (a, b); computed when not given

    def __post_init__(self) -> None:
        if len(self.extents) != len(self.rows):  # counted here, on the worker, not when the table fills
            self.extents = [(_extent(self.doc_a, row, "a"), _extent(self.doc_b, row, "b")) for row in self.rows]

    def swapped(self) -> "Comparison":
        return Comparison(self.doc_b, self.doc_a, [swapped_row(r) for r in self.rows],
                          {("b" if side == "a" else "a", clause): to for (side, clause), to in self.moved.items()},
                          [(b, a) for a, b in self.extents])


def _extent(doc: Document, row: ClauseDiff, side: str) -> Extent:
    if (row.a_clause if side == "a" else row.b_clause) is None:
        return None
    start, end = row.a_span if side == "a" else row.b_span
    paragraphs = []
    for paragraph in doc.text[start:end].split("\n"):
        # A CJK character is three bytes in UTF-8 and ASCII one: the byte count tells them apart
        # without a loop over the characters.
        wide = (len(paragraph.encode("utf-8")) - len(paragraph)) // 2
        paragraphs.append((wide, len(paragraph) - wide))
    return len(row.values), tuple(paragraphs)


def swapped_row(row: ClauseDiff) -> ClauseDiff:
    """The row seen from the other side: spans exchanged, insertions and deletions exchanged."""
    ops = [Op(_FLIP.get(op.op, op.op), op.b_start, op.b_end, op.a_start, op.a_end) for op in row.ops]
    values = [ValuePair(p.kind, p.b, p.a) for p in row.values]
    return replace(row, a_key=row.b_key, a_clause=row.b_clause, b_key=row.a_key, b_clause=row.a_clause,
                   a_span=row.b_span, b_span=row.a_span, ops=ops, values=values)


def compare_documents(doc_a: Document, doc_b: Document, data_dir: Path | None) -> Comparison:
    """Pair the documents (with the user's corrections) and diff every pair: the worker's job."""
    from ...core import worddiff
    from ...core.document_pairing import pair_documents
    from ...store.alignment import read_corrections

    pairing = pair_documents(doc_a, doc_b, read_corrections(data_dir) if data_dir else ())
    rows = worddiff.diff_documents(doc_a, doc_b, pairing.rows)
    docs = {"a": doc_a, "b": doc_b}
    moved = {(side, docs[side].clauses[i].id): docs["b" if side == "a" else "a"].clauses[to].id
             for (side, i), to in pairing.moved.items()}
    return Comparison(doc_a, doc_b, rows, moved)


class TwoDocModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self._shown: list[int] = []  # rows of the comparison on show, in order
        self._only_differences = False

    # -- contents ------------------------------------------------------------------------------

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self.comparison = comparison
        self._refilter()
        self.endResetModel()

    def set_only_differences(self, only: bool) -> None:
        self.beginResetModel()
        self._only_differences = only
        self._refilter()
        self.endResetModel()

    def swap(self) -> None:
        if self.comparison is not None:
            self.set_comparison(self.comparison.swapped())

    def _refilter(self) -> None:
        rows = self.comparison.rows if self.comparison else []
        self._shown = [i for i, r in enumerate(rows) if not self._only_differences or status(r) != "equal"]

    # -- reading -------------------------------------------------------------------------------

    def row_diff(self, row: int) -> ClauseDiff:
        return self.comparison.rows[self._shown[row]]

    def source_row(self, row: int) -> int:
        """The row's place among all rows (the filter hides some)."""
        return self._shown[row]

    def row_of_source(self, source: int) -> int | None:
        return self._shown.index(source) if source in self._shown else None

    def statuses(self) -> list[str]:
        return [status(self.row_diff(r)) for r in range(self.rowCount())]

    def next_difference(self, row: int, step: int) -> int | None:
        """The nearest row after (step 1) or before (step -1) row that is not equal."""
        at = row + step
        while 0 <= at < self.rowCount():
            if status(self.row_diff(at)) != "equal":
                return at
            at += step
        return None

    def extents(self, row: int) -> tuple[Extent, Extent]:
        """What the row's estimated height needs, of each side."""
        return self.comparison.extents[self._shown[row]]

    def clause_at(self, index: QModelIndex) -> tuple[str, str] | None:
        """(document key, clause id) of a cell; None for a gap."""
        if not index.isValid():
            return None
        row, doc = self.row_diff(index.row()), self._doc(index.column())
        clause = row.a_clause if index.column() == 0 else row.b_clause
        return (doc.key, clause) if clause is not None else None

    def _doc(self, column: int) -> Document:
        return self.comparison.doc_a if column == 0 else self.comparison.doc_b

    # -- the model interface -------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._shown):
            return None
        row, side = self.row_diff(index.row()), "ab"[index.column()]
        if role == PIECES_ROLE:
            return pieces(self._doc(index.column()), row, side)
        if role == Qt.ItemDataRole.DisplayRole:
            return "".join(p.text for p in pieces(self._doc(index.column()), row, side))
        if role == VALUES_ROLE:
            return value_texts(row, side, kind_label)
        if role == STATUS_ROLE:
            return status(row)
        if role == CLAUSE_ROLE:
            return row.a_clause if side == "a" else row.b_clause
        if role == GAP_ROLE:
            return self._gap_note(row, side)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        return None

    def _gap_note(self, row: ClauseDiff, side: str) -> str:
        if (row.a_clause if side == "a" else row.b_clause) is not None:
            return ""
        other = "b" if side == "a" else "a"
        target = self.comparison.moved.get((other, row.b_clause if side == "a" else row.a_clause))
        if target:
            return self.tr("此处无对应条款；相应条款在 {clause}").format(clause=target)
        return self.tr("此处无对应条款")

    def _tooltip(self, row: ClauseDiff) -> str:
        kind = status(row)
        if kind in ("only_a", "only_b"):
            return self.tr("只在一份文件中")
        lines = [self.tr("文字相似度 {score}").format(score=score_text(row.similarity))]
        return "\n".join(lines + value_changes(row, kind_label))

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or self.comparison is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return document_label(self._doc(section)) if section in (0, 1) else None
        return MARKS[status(self.row_diff(section))] if 0 <= section < len(self._shown) else None
