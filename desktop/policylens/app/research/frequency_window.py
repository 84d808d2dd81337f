"""Research ▸ Word frequencies: the commonest words of the corpus, per document or group.

Words are jieba's, counted on the simplified fold with the bundled stop words and the data
folder's user/stopwords.txt (core/frequencies.py, as `policylens frequencies`), in the documents
of the corpus scope. They are counted as a whole, by document, or by any grouping the corpus
list offers (common/document_grouping.py: place, province, level, year, issuer, document type,
validity, an attribute of one's own, the document sets; a document in two sets counts in
both); the chosen group's top N words are drawn as a bar chart (bar_chart.py) beside the same
numbers as a table. Counting runs off the UI thread (jieba takes about a second to load and a
moment per document). The export holds every group's top N words, as CSV or XLSX.
"""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QSplitter,
                               QTableView, QVBoxLayout)

from ...core.frequencies import frequencies, stopwords
from ...exchange.reports.table_export import write_rows
from ...store.layout import Layout
from ..common.document_grouping import NOTHING, GroupingBox, document_groups
from ..common.export_buttons import ExportButtons
from ..common.runner import BackgroundWidget
from ..common.segment_rows import document_label
from ..common.table_model import RowTableModel
from ..common.table_views import read_only_rows
from .bar_chart import BarChart

DOCUMENT = ":document"  # each document a group of its own
SETTING = "frequencies/group_by"


class WordTable:
    """Every group's top words as one plain table, for table_export.write_rows."""

    def __init__(self, columns: tuple[str, ...], rows: list[list]):
        self.columns, self.rows = columns, rows


class WordModel(RowTableModel):
    def headers(self):
        return self.tr("序号"), self.tr("词"), self.tr("次数")

    def set_words(self, words: list[tuple[str, int]]) -> None:
        self.beginResetModel()
        self.rows = [(rank, word, count) for rank, (word, count) in enumerate(words, 1)]
        self.endResetModel()

    def display(self, row, column: int) -> str:
        return str(row[column])

    def row_data(self, row, column: int, role):
        if role == Qt.ItemDataRole.TextAlignmentRole and column != 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class FrequencyWindow(BackgroundWidget):
    computed = Signal()  # the counts of the latest run are shown

    def __init__(self, data_dir: Path, documents, records: list[dict], parent=None, corpus=None,
                 settings: QSettings | None = None):
        """corpus: corpus_source.Corpus, whose attributes and sets group the documents; settings:
        where the grouping chosen is kept."""
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("frequencyWindow")
        self.setWindowTitle(self.tr("词频"))
        self.data_dir = Path(data_dir)
        self.documents = list(documents)
        self.records = {r["key"]: r for r in records}
        self.corpus, self.settings = corpus, settings or QSettings()
        self.scope: set[str] | None = None  # the documents of the corpus scope (None: all)
        self.counts: dict[str, Counter] = {}
        self.model = WordModel(self)
        self._build()
        self._background.finished.connect(self._counted)
        self._background.failed.connect(self.status.setText)
        self.resize(1000, 640)

    def _build(self) -> None:
        self.by_combo = GroupingBox(self.settings, self, SETTING, NOTHING, ((DOCUMENT, self.tr("按文件")),),
                                    self.tr("词频按此分组统计"))
        self.by_combo.offer_from(self.corpus)
        self.top_spin = QSpinBox(self)
        self.top_spin.setRange(5, 200)
        self.top_spin.setValue(20)
        self.top_spin.setPrefix(self.tr("前 "))
        self.top_spin.setSuffix(self.tr(" 个词"))
        self.count_button = QPushButton(self.tr("统计"), self)
        self.count_button.clicked.connect(self.compute)
        self.stopwords_button = QPushButton(self.tr("停用词…"), self)
        self.stopwords_button.clicked.connect(self.edit_stopwords)
        self.group_combo = QComboBox(self)
        self.group_combo.setMinimumContentsLength(16)
        self.group_combo.currentIndexChanged.connect(lambda *_: self.show_group())
        self.top_spin.valueChanged.connect(lambda *_: self.show_group())
        self.chart = BarChart(self)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.chart)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        read_only_rows(self.table, stretch=1, fit=(0, 2))  # after the model: it sizes the model's columns
        splitter = QSplitter(self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.table)
        splitter.setSizes([640, 320])
        self.status = QLabel(self)
        self.export = ExportButtons(self.word_table, lambda: self.tr("词频 {date}").format(date=date.today().isoformat()),
                                    self, formats=("csv", "xlsx"),
                                    write=lambda table, fmt, path: write_rows("Words", table.columns, table.rows, fmt,
                                                                              path, {table.columns[2]: 16}))
        controls = QHBoxLayout()
        for widget in (self.by_combo, self.top_spin, self.count_button, self.stopwords_button):
            controls.addWidget(widget)
        controls.addWidget(self.group_combo, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.export)

    def set_documents(self, documents) -> None:
        self.documents = list(documents)

    def set_records(self, records: list[dict]) -> None:
        self.records = {r["key"]: r for r in records}
        self.by_combo.offer_from(self.corpus)

    def set_scope(self, keys: set[str] | None) -> None:
        """Count the documents of the corpus scope alone (at the next count)."""
        self.scope = None if keys is None else set(keys)

    # --- counting ---------------------------------------------------------------------------
    def compute(self) -> None:
        """Count the words of every document, grouped as chosen, on a worker thread."""
        self.by_combo.offer_from(self.corpus)  # an attribute defined meanwhile is offered
        by = self.by_combo.choice()
        docs = [d for d in self.documents if self.scope is None or d.key in self.scope]
        order, names = self.groups_of(by, [d.key for d in docs])
        left_out = stopwords(Layout(self.data_dir).stopwords)
        self.count_button.setEnabled(False)
        self.status.setText(self.tr("正在统计 {count} 份文件…").format(count=len(docs)))
        self._background.start(lambda job: (order, frequencies(docs, lambda d: names.get(d.key, ()), left_out)))

    def groups_of(self, by: str, keys: list[str]) -> tuple[list[str], dict[str, list[str]]]:
        """The groups' names in their order (the grouping's: pinyin, numbers as numbers, none
        last; by document, the documents'), and document key -> the groups it is counted in."""
        if by == NOTHING:
            return [self.tr("全部文件")], {key: [self.tr("全部文件")] for key in keys}
        if by == DOCUMENT:
            names = {key: [document_label(self.records.get(key) or {"key": key})] for key in keys}
            return list(dict.fromkeys(name for listed in names.values() for name in listed)), names
        groups = document_groups(by, self.corpus, keys) or []
        out: dict[str, list[str]] = {key: [] for key in keys}
        for name, members in groups:
            for key in members:
                out[key].append(name)
        return [name for name, _members in groups], out

    def edit_stopwords(self) -> bool:
        """Edit the data folder's own stop words (one a line, # comments), saved atomically."""
        from .stopwords_dialog import StopwordsDialog

        return StopwordsDialog.ask(Layout(self.data_dir).stopwords, self)

    def _counted(self, result) -> None:
        order, counts = result
        self.counts = {name: counts[name] for name in order if name in counts}
        self.count_button.setEnabled(True)
        self.group_combo.blockSignals(True)
        self.group_combo.clear()
        for name in self.counts:  # in the groups' order
            total = sum(self.counts[name].values())
            self.group_combo.addItem(self.tr("{group}（{count} 词）", "", total).format(group=name, count=total), name)
        self.group_combo.blockSignals(False)
        self.status.setText(self.tr("{count} 组", "", len(self.counts)).format(count=len(self.counts)))
        self.show_group()
        self.export.set_ready(bool(self.counts))
        self.computed.emit()

    def show_group(self) -> None:
        words = self.top_words(self.group_combo.currentData())
        self.chart.set_bars(words)
        self.model.set_words(words)

    def top_words(self, group: str | None) -> list[tuple[str, int]]:
        return self.counts[group].most_common(self.top_spin.value()) if group in self.counts else []

    def word_table(self) -> WordTable | None:
        if not self.counts:
            return None
        columns = (self.tr("组"), self.tr("序号"), self.tr("词"), self.tr("次数"))
        rows = [[name, rank, word, count] for name in self.counts
                for rank, (word, count) in enumerate(self.top_words(name), 1)]
        return WordTable(columns, rows)
