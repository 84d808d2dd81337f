"""The document info panel's lineage lists: who cites the document, what it likely copied, and
what it cites that is not in the corpus.

The entries are the lineage graph's own edges for this one document (core/diffusion/corpus.py
document_lineage: the cited edges out of it, the inferred edges into it, the cited edges into
it from outside the corpus), found on a worker thread. A source found by reuse is always said
to be inferred, with its evidence (the share of the source's text the document holds, both
dates); it is never listed as cited. An entry of a corpus document opens it; one outside the
corpus shows where the document cites it.

Finding them first reads the corpus for the diffusion views (seconds on a large corpus, once),
so nothing is looked up while the panel is hidden: the lists fill when it is shown.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QTreeWidgetItem, QVBoxLayout

from ..common import styles
from ..common.runner import BackgroundWidget
from .list_tables import list_table

if TYPE_CHECKING:
    from ...core.diffusion.corpus import DocumentLineage

KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # the corpus document an entry opens
SPAN_ROLE = Qt.ItemDataRole.UserRole  # where the current document cites one outside the corpus

# source() on the UI thread: a function a worker calls with a document key, or None while the
# corpus is still loading.
LineageSource = Callable[[], "Callable[[str, Callable], DocumentLineage] | None"]


class LineageLists(BackgroundWidget):
    documentActivated = Signal(str)
    spanActivated = Signal(int, int)  # in the current document
    computed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._source: LineageSource | None = None
        self._key: str | None = None
        self._pending = False  # a document waits for the panel to be shown
        self.result: DocumentLineage | None = None
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.cited_by = list_table(self, [self.tr("文件"), self.tr("引用"), self.tr("日期")])
        self.sources = list_table(self, [self.tr("文件"), self.tr("依据"), self.tr("日期")])
        self.outside = list_table(self, [self.tr("被引文件")])
        self.cited_by_label, self.sources_label = QLabel(self), QLabel(self)
        self.outside_label = QLabel(self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.status)
        for label, table in ((self.cited_by_label, self.cited_by), (self.sources_label, self.sources),
                             (self.outside_label, self.outside)):
            label.setStyleSheet("QLabel{font-weight:bold; margin-top:6px;}")
            column.addWidget(label)
            column.addWidget(table, 1)
            table.itemClicked.connect(self._activated)
        self._label_counts(0, 0, 0)
        self._background.finished.connect(self._finished)
        self._background.failed.connect(self._failed)
        self._background.progress.connect(self._progress)

    # --- public -----------------------------------------------------------------------------
    def set_source(self, source: LineageSource) -> None:
        self._source = source
        self.refresh()

    def show_for(self, key: str | None) -> None:
        """The reader shows this document (None: no document)."""
        self._key = key
        self.refresh()

    def refresh(self) -> None:
        """Find the lists again (the corpus was loaded or changed); only once the panel is shown."""
        self.result = None
        for table in (self.cited_by, self.sources, self.outside):
            table.clear()
        self._label_counts(0, 0, 0)
        self._background.cancel()  # a run for another document is not heard of
        self.status.clear()
        self._pending = self._key is not None and self._source is not None
        if self._pending and self.isVisible():
            self._start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending:
            self._start()

    # --- running ----------------------------------------------------------------------------
    def _start(self) -> None:
        find = self._source()
        if find is None:
            self.status.setText(self.tr("语料库载入后显示引用与来源。"))
            return  # the window calls refresh() once it is loaded
        self._pending = False
        key = self._key
        self.status.setText(self.tr("正在查找引用与来源…"))
        self._background.start(lambda job: find(key, job.report))

    def _progress(self, done: int, total: int, _text: str) -> None:
        if total:
            self.status.setText(self.tr("正在读取语料库 {done}/{total}…").format(done=done, total=total))

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("无法查找引用与来源：{message}").format(message=message))

    def _finished(self, found: DocumentLineage) -> None:
        if found.key != self._key:
            return
        self.result = found
        self.status.clear()
        name = lambda node_id: found.nodes.get(node_id, {}).get("label") or node_id  # noqa: E731
        for edge in found.cited_by:
            item = QTreeWidgetItem([name(edge.target), edge.evidence["citation"], found.nodes[edge.target]["date"]])
            self._link(item, edge.target, self.tr("引用本文件：{citation}。点击打开：{key}").format(
                citation=edge.evidence["citation"], key=edge.target))
            self.cited_by.addTopLevelItem(item)
        for edge in found.sources:
            ev = edge.evidence
            item = QTreeWidgetItem([name(edge.source), self.tr("推断：本文含其 {share:.0%} 的文本").format(
                share=ev["containment"]), f"{ev['source_date']} → {ev['target_date']}"])
            self._link(item, edge.source, self.tr(
                "推断（文本复用，不是引用）：本文件含此文件 {share:.1%} 的五字组（{n} 个），此文件日期在前、层级不低。"
                "点击打开：{key}").format(share=ev["containment"], n=ev["shared_grams"], key=edge.source))
            self.sources.addTopLevelItem(item)
        for edge in found.cites_outside:
            item = QTreeWidgetItem([edge.evidence["citation"]])  # as this text writes it
            item.setData(0, SPAN_ROLE, (edge.evidence["start"], edge.evidence["end"]))
            item.setToolTip(0, self.tr("不在语料库中（按引用命名）；点击定位到正文引用处"))
            self.outside.addTopLevelItem(item)
        self._label_counts(len(found.cited_by), len(found.sources), len(found.cites_outside))
        self.computed.emit()

    # --- showing ----------------------------------------------------------------------------
    def _label_counts(self, cited_by: int, sources: int, outside: int) -> None:
        self.cited_by_label.setText(self.tr("被引用（{n}）").format(n=cited_by))
        self.sources_label.setText(self.tr("可能的来源，推断（{n}）").format(n=sources))
        self.outside_label.setText(self.tr("引用的库外文件（{n}）").format(n=outside))

    def _link(self, item: QTreeWidgetItem, key: str, tip: str) -> None:
        item.setData(0, KEY_ROLE, key)
        font = QFont(self.font())
        font.setUnderline(True)
        item.setFont(0, font)
        item.setForeground(0, QColor(styles.colours().link))
        for column in range(item.columnCount()):
            item.setToolTip(column, tip)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.documentActivated.emit(key)
        elif item.data(0, SPAN_ROLE):
            self.spanActivated.emit(*item.data(0, SPAN_ROLE))
