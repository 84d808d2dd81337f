"""Research ▸ Keyword in context: one row per hit of a query, its left context, the keyword and
its right context, the way a concordance is read.

The query is the search panel's language (core/query.py); a malformed one is said under the
field. A click on a header sorts: the left context from its last character backwards (so
the words just before the keyword line up), the right context and the keyword from their
first; ties keep document order. The last column is a document attribute chosen above the
table (attribute_column.py: province, year, document type, one of the researcher's own …, as
the scope bar reads them, corrections winning), numbers sorted as numbers, documents without a
value last; the XLSX export carries every other attribute too. A double click or Enter opens the hit in the reader; the
rows are exported (HTML, DOCX, XLSX) and printed in the order shown. The first LIMIT hits
are listed (and the count says so): sorting and reading stay immediate.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.clause_names import clause_name
from ...core.query import KwicRow, QueryError, kwic, parse, run, sort_rows
from ...exchange.reports.research_report import ResearchReport
from ..common.context_rows import LEFT, PASSAGE, ContextRowsModel
from ..common.error_text import error_text
from ..common.segment_rows import document_label
from ..common.passage_tables import passage_table
from .attribute_column import AttributeChooser
from .report_tools import ReportTools

FILE, CLAUSE, KEYWORD, RIGHT, ATTRIBUTE = 0, 1, PASSAGE, 4, 5


class KwicModel(ContextRowsModel):
    def headers(self):
        return (self.tr("文件"), self.tr("条款"), self.tr("上文"), self.tr("关键词"), self.tr("下文"),
                *self.attribute_header())

    def cells(self, row: KwicRow) -> list[str]:
        return [self.labels.get(row.doc_key, row.doc_key), clause_name(row.clause_id), row.left, row.keyword,
                row.right, *self.attribute_cell(row)]

    def sorted_rows(self, rows: list[KwicRow], column: int, descending: bool) -> list[KwicRow]:
        """The left context from its end backwards, the right one and the keyword as
        core.query.sort_rows orders a concordance; the others as ContextRowsModel sorts them."""
        by = {LEFT: "left", RIGHT: "right", KEYWORD: "keyword"}.get(column)
        if by is None:
            return super().sorted_rows(rows, column, descending)
        ordered = sort_rows(rows, by)
        return ordered[::-1] if descending else ordered

    def other_data(self, row: KwicRow, column: int, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column == KEYWORD:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class KwicWindow(QWidget):
    hitActivated = Signal(str, int, int)  # doc key, start, end
    LIMIT = 10_000  # rows listed: a concordance is read, not scrolled through by the hundred thousand

    def __init__(self, documents, records: list[dict], parent=None, corpus=None):
        """corpus: corpus_source.Corpus, whose attributes the attribute column shows (None: the
        records' place, level and date alone)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("kwicWindow")
        self.setWindowTitle(self.tr("关键词上下文"))
        self.documents = list(documents)
        self.corpus = corpus
        self.records = list(records)
        self.labels = {r["key"]: document_label(r) for r in records}
        self.model = KwicModel(self)
        self._build()
        self.resize(1200, 650)

    def _build(self) -> None:
        self.query_edit = QLineEdit(self)
        self.query_edit.setPlaceholderText(self.tr("检索式，如 户籍 NEAR/5 居住证"))
        self.query_edit.setClearButtonEnabled(True)
        self.query_edit.returnPressed.connect(self.run_query)
        self.run_button = QPushButton(self.tr("检索"), self)
        self.run_button.clicked.connect(self.run_query)
        self.attribute_combo = AttributeChooser(self.model, self.corpus, lambda: self.records, self)
        self.error_label = QLabel(self)
        self.error_label.setStyleSheet("color: #b00020")
        self.error_label.hide()
        widths = {FILE: 200, CLAUSE: 80, LEFT: 330, KEYWORD: 90, ATTRIBUTE: 90}  # the right context: the rest
        self.table = passage_table(self, self.model, RIGHT, [widths.get(c, 0) for c in range(ATTRIBUTE + 1)],
                                   lambda r: self.hitActivated.emit(r.doc_key, r.start, r.start + len(r.keyword)))
        self.count_label = QLabel(self)
        self.tools = ReportTools(self.report, lambda: self.tr("关键词上下文 {date}").format(date=date.today().isoformat()),
                                 self)
        row = QHBoxLayout()
        row.addWidget(self.query_edit, 1)
        row.addWidget(self.run_button)
        row.addWidget(QLabel(self.tr("属性列："), self))
        row.addWidget(self.attribute_combo)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(self.tools)

    def shutdown(self) -> None:
        """The main window closes: nothing runs in the background here."""

    def set_documents(self, documents) -> None:
        self.documents = list(documents)

    def set_records(self, records: list[dict]) -> None:
        """The corpus or its attributes changed (an import, a correction, an attribute of one's own)."""
        self.records = list(records)
        self.labels = {r["key"]: document_label(r) for r in records}
        self.attribute_combo.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.attribute_combo.refresh()  # an attribute may have been defined or corrected meanwhile

    def run_query(self) -> list[KwicRow]:
        self.attribute_combo.refresh()  # the values as they are now: cached by the corpus until its files change
        self.error_label.hide()
        text = self.query_edit.text()
        rows: list[KwicRow] = []
        if text.strip():
            try:
                rows = kwic(run(parse(text), self.documents, spans=self.LIMIT), self.documents)[:self.LIMIT]
            except QueryError as exc:
                self.error_label.setText(error_text(exc))
                self.error_label.show()
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # a new list starts in document order
        self.model.set_rows(rows, self.labels)
        docs = len({r.doc_key for r in rows})
        text = self.tr("{hits} 处，{docs} 份文件", "", len(rows)).format(hits=len(rows), docs=docs)
        if len(rows) >= self.LIMIT:
            text += self.tr("（仅列出前 {limit} 处）").format(limit=self.LIMIT)
        self.count_label.setText(text)
        self.tools.set_ready(bool(rows))
        return rows

    def shown_rows(self) -> list[KwicRow]:
        return list(self.model.rows)

    def report(self) -> ResearchReport | None:
        shown = self.shown_rows()
        if not shown:
            return None
        about = [self.tr("检索式：{query}").format(query=self.query_edit.text()),
                 self.tr("{count} 处，{when}", "", len(shown)).format(count=len(shown), when=date.today().isoformat())]
        headers = self.model.headers()
        return ResearchReport(self.tr("关键词上下文"), about, headers, [self.model.cells(r) for r in shown],
                              marked=KEYWORD, widths={headers[FILE]: 30, headers[LEFT]: 40, headers[RIGHT]: 40,
                                                      headers[ATTRIBUTE]: 14},
                              sheet="KWIC", more=self.attribute_combo.sheet_columns(shown))
