"""Coded segments as table rows (file, clause, left context, quote, right context, codes, note,
coder, and an attribute of the document when one is chosen), and how a file is named in them: shared by Research ▸ Coded segments and the passages
of a code × attribute matrix cell."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ...core.clause_names import clause_name
from ...core.segments import Segment
from .context_rows import ContextRowsModel


def document_label(record: dict) -> str:
    return f"{record.get('place') or ''}{record.get('level') or ''} {record.get('title') or record['key']}".strip()


class SegmentsModel(ContextRowsModel):
    def headers(self):
        return (self.tr("文件"), self.tr("条款"), self.tr("上文"), self.tr("引文"), self.tr("下文"),
                self.tr("编码"), self.tr("备注"), self.tr("编码者"), *self.attribute_header())

    def cells(self, s: Segment) -> list[str]:
        review = self.tr("（待复核）") if s.needs_review else ""
        return [self.labels.get(s.doc_key, s.doc_key), clause_name(s.clause), s.left, s.quote + review, s.right,
                "; ".join(s.codes), s.note, s.coder, *self.attribute_cell(s)]

    def display(self, row: Segment, column: int) -> str:
        text = self.cells(row)[column]
        return " ".join(text.split()) if column in (2, 4) else text  # context on one line

    def other_data(self, row: Segment, column: int, role):
        if role == Qt.ItemDataRole.ToolTipRole and column in (3, 6):  # the whole quote, the whole note
            return self.cells(row)[column]
        return None
