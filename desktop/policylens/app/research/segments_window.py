"""Research ▸ Coded segments: every passage of one or more codes, with its context.

Tick codes in the tree (with their sub-codes, unless unticked below); narrow by document and
by coder. A passage carrying several of the ticked codes is listed once, naming each
(core/segments.py). Columns sort on a click of their header; a double click or Enter opens the
passage in the reader. The last column is an attribute of the passage's document, chosen above
the list (attribute_column.py). The list is exported (HTML, DOCX, XLSX) and printed as shown;
the XLSX carries every other attribute of the documents too.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QSplitter, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from ...core.segments import Segment, segments
from ...exchange.reports.research_report import ResearchReport
from ..common.context_rows import PASSAGE
from ..common.segment_rows import SegmentsModel, document_label
from ..common.passage_tables import passage_table
from .attribute_column import AttributeChooser
from .report_tools import ReportTools

_ID = Qt.ItemDataRole.UserRole


class SegmentsWindow(QWidget):
    passageActivated = Signal(str, int, int)  # doc key, start, end

    def __init__(self, session, records: list[dict], parent=None, corpus=None):
        """corpus: corpus_source.Corpus, whose attributes the last column shows (None: the
        records' place, level and date alone)."""
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("segmentsWindow")
        self.setWindowTitle(self.tr("编码片段"))
        self.session, self.corpus = session, corpus
        self.records = list(records)
        self.model = SegmentsModel(self)
        self._build()
        self._fill_codes()
        self.set_records(records)
        session.changed.connect(lambda _change: self._codes_changed())
        self.resize(1200, 650)

    def _build(self) -> None:
        self.code_tree = QTreeWidget(self)
        self.code_tree.setHeaderLabel(self.tr("编码"))
        self.code_tree.itemChanged.connect(lambda *_: self.refresh())
        self.subcodes_box = QCheckBox(self.tr("含子编码"), self)
        self.subcodes_box.setChecked(True)
        self.subcodes_box.toggled.connect(lambda *_: self.refresh())
        self.document_combo, self.coder_combo = QComboBox(self), QComboBox(self)
        for combo in (self.document_combo, self.coder_combo):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.attribute_combo = AttributeChooser(self.model, self.corpus, lambda: self.records, self)
        self.table = passage_table(self, self.model, 3, (150, 60, 130, 0, 130, 100, 100, 60, 70),  # quote: the rest
                                   lambda s: self.passageActivated.emit(s.doc_key, s.start, s.end))
        self.count_label = QLabel(self)
        self.tools = ReportTools(self.report, lambda: self.tr("编码片段 {date}").format(date=date.today().isoformat()),
                                 self)
        left = QWidget(self)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.code_tree, 1)
        column.addWidget(self.subcodes_box)
        right = QWidget(self)
        main = QVBoxLayout(right)
        main.setContentsMargins(0, 0, 0, 0)
        filters = QHBoxLayout()
        filters.addWidget(self.document_combo, 2)
        filters.addWidget(self.coder_combo, 1)
        filters.addWidget(QLabel(self.tr("属性列："), self))
        filters.addWidget(self.attribute_combo)
        main.addLayout(filters)
        main.addWidget(self.table, 1)
        main.addWidget(self.count_label)
        main.addWidget(self.tools)
        splitter = QSplitter(self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([200, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def shutdown(self) -> None:
        """The main window closes: nothing runs in the background here."""

    # --- what is asked ------------------------------------------------------------------------
    def _fill_codes(self) -> None:
        """The code tree, each code checkable; ticks kept across a refill (a code added or renamed)."""
        ticked = set(self.checked_codes())
        self.code_tree.blockSignals(True)
        self.code_tree.clear()
        project = self.session.project

        def add(parent, code):
            item = QTreeWidgetItem(parent, [code.name])
            item.setData(0, _ID, code.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if code.id in ticked else Qt.CheckState.Unchecked)
            for child in project.children(code.id):
                add(item, child)

        for code in project.children(None):
            add(self.code_tree, code)
        self.code_tree.expandAll()
        self.code_tree.blockSignals(False)

    def checked_codes(self) -> list[str]:
        found = []

        def walk(item):
            if item.checkState(0) == Qt.CheckState.Checked:
                found.append(item.data(0, _ID))
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.code_tree.topLevelItemCount()):
            walk(self.code_tree.topLevelItem(i))
        return found

    def check_code(self, path: str, checked: bool = True) -> bool:
        """Tick (or untick) the code at path; False if there is none."""
        code = self.session.project.code_by_path(path)
        items = [i for i in self._items() if code is not None and i.data(0, _ID) == code.id]
        for item in items:
            item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        return bool(items)

    def _items(self):
        stack = [self.code_tree.topLevelItem(i) for i in range(self.code_tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            yield item
            stack.extend(item.child(i) for i in range(item.childCount()))

    def set_records(self, records: list[dict]) -> None:
        self.records = list(records)
        self._labels = {r["key"]: document_label(r) for r in self.records}
        self.refresh()

    def _codes_changed(self) -> None:
        self._fill_codes()
        self.refresh()

    # --- the list -------------------------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.attribute_combo.refresh()  # an attribute may have been defined or corrected meanwhile

    def refresh(self) -> None:
        self.attribute_combo.refresh()
        codes = self.checked_codes()
        found = segments(self.session.project, codes, self.subcodes_box.isChecked()) if codes else []
        self._refill(self.document_combo, self.tr("全部文件"), {s.doc_key: self._labels.get(s.doc_key, s.doc_key)
                                                               for s in found})
        self._refill(self.coder_combo, self.tr("全部编码者"), {s.coder: s.coder or self.tr("（未署名）") for s in found})
        doc, coder = self.document_combo.currentData(), self.coder_combo.currentData()
        shown = [s for s in found if (doc is None or s.doc_key == doc) and (coder is None or s.coder == coder)]
        self.model.set_rows(shown, self._labels)
        self.count_label.setText(self.tr("{count} 个片段", "", len(shown)).format(count=len(shown)))
        self.tools.set_ready(bool(shown))

    def _refill(self, combo: QComboBox, everything: str, values: dict) -> None:
        """The filter's choices for the segments found; the current choice stays if still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for value, text in sorted(values.items(), key=lambda item: item[1]):
            combo.addItem(text, value)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def shown_segments(self) -> list[Segment]:
        """The segments in the order the table shows them."""
        return list(self.model.rows)

    def report(self) -> ResearchReport | None:
        shown = self.shown_segments()
        if not shown:
            return None
        project = self.session.project
        about = [self.tr("编码：{codes}").format(codes="; ".join(project.code_path(c) for c in self.checked_codes()))
                 + (self.tr("（含子编码）") if self.subcodes_box.isChecked() else ""),
                 self.tr("文件：{doc}；编码者：{coder}").format(doc=self.document_combo.currentText(),
                                                            coder=self.coder_combo.currentText()),
                 self.tr("{count} 个片段，{when}", "", len(shown)).format(count=len(shown),
                                                                        when=date.today().isoformat())]
        return ResearchReport(self.tr("编码片段"), about, self.model.headers(),
                              [self.model.cells(s) for s in shown], marked=PASSAGE,
                              widths={self.model.headers()[i]: w for i, w in ((0, 30), (2, 30), (3, 50), (4, 30),
                                                                             (5, 25), (6, 30))},
                              sheet="Segments", more=self.attribute_combo.sheet_columns(shown))
