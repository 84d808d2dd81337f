"""What the analysis found about the current document: who, which number, when, what it cites,
and which numeric targets it sets. Citations of documents in the corpus open them; targets and
other citations jump to where the text says so. Below them, the document's lineage
(lineage_lists.py): who cites it, what it likely copied (inferred), what it cites outside the corpus.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from ...core.document import Document
from ...core.diffusion.citations import Citation, Resolver
from ...core.diffusion.facts import facts_of, facts_of_record
from ..common import styles
from .lineage_lists import LineageLists, LineageSource
from .list_tables import list_table

SPAN_ROLE = Qt.ItemDataRole.UserRole  # (start, end) of the item's words in the clean text
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # key of the cited document when it is in the corpus


class InfoPanel(QWidget):
    documentLinkActivated = Signal(str)  # key of a cited document that is in the corpus
    spanActivated = Signal(int, int)  # clean-text span to show in the reader

    def __init__(self, parent=None):
        super().__init__(parent)
        self._resolver = Resolver(())  # the diffusion views' own rule: 文号, then title, then date
        self._doc: Document | None = None
        self.fields: dict[str, QLabel] = {}
        self._build()

    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        rows = [("issuer", self.tr("发文机关")), ("number", self.tr("文号")), ("written", self.tr("成文日期")),
                ("issued", self.tr("印发日期")), ("published", self.tr("发布日期")), ("script", self.tr("字体")),
                ("file", self.tr("来源文件"))]
        for name, label in rows:
            field = QLabel(self)
            field.setWordWrap(True)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields[name] = field
            form.addRow(label + self.tr("："), field)
        self.citations = self._table([self.tr("引用文件"), self.tr("文号")])
        self.targets = self._table([self.tr("指标"), self.tr("目标值"), self.tr("限定"), self.tr("年份")])
        # Seven wrapped fields over two lists asked for 390 px, which the docks stacked beside it
        # turned into a 771 px window minimum: the panel scrolls instead, so it asks for little.
        content = QWidget(self)
        self.scroll = scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        scroll.setMinimumHeight(4 * self.fontMetrics().height())
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        column = QVBoxLayout(content)
        column.setContentsMargins(8, 8, 8, 8)
        column.addLayout(form)
        self.citations_label = QLabel(self.tr("引用"), self)
        self.targets_label = QLabel(self.tr("量化目标"), self)
        for label, table in ((self.citations_label, self.citations), (self.targets_label, self.targets)):
            label.setStyleSheet("QLabel{font-weight:bold; margin-top:6px;}")
            column.addWidget(label)
            column.addWidget(table, 1)
        self.lineage = LineageLists(self)
        self.lineage.documentActivated.connect(self.documentLinkActivated)
        self.lineage.spanActivated.connect(self.spanActivated)
        column.addWidget(self.lineage, 3)

    def _table(self, headers: list[str]) -> QTreeWidget:
        table = list_table(self, headers)
        table.itemClicked.connect(self._activated)  # not itemActivated too: a double click would fire twice
        return table

    # --- public -----------------------------------------------------------------------------
    def set_corpus(self, records: list[dict]) -> None:
        self._resolver = Resolver(facts_of_record(r) for r in records)
        if self._doc is not None:
            self._fill_citations(self._doc)

    def set_lineage_source(self, source: LineageSource) -> None:
        """Where the lineage lists come from (the diffusion corpus; the window connects it)."""
        self.lineage.set_source(source)

    def refresh_lineage(self) -> None:
        """The corpus was loaded or changed: the current document's lineage again."""
        self.lineage.refresh()

    def shutdown(self) -> None:
        self.lineage.shutdown()

    def set_document(self, doc: Document | None) -> None:
        self._doc = doc
        self.lineage.show_for(doc.key if doc is not None else None)
        if doc is None:
            for field in self.fields.values():
                field.clear()
            self.citations.clear()
            self.targets.clear()
            return
        self._fill_fields(doc)
        self._fill_citations(doc)
        self._fill_targets(doc)

    # --- filling ----------------------------------------------------------------------------
    def _fill_fields(self, doc: Document) -> None:
        missing = self.tr("（未识别）")
        meta = doc.meta
        values = {"issuer": meta.issuer, "number": meta.doc_number, "written": meta.dates.get("written"),
                  "issued": meta.dates.get("issued"), "published": meta.dates.get("published"),
                  "script": self.tr("繁体") if doc.script == "traditional" else self.tr("简体"),
                  "file": self.tr("{name}（{format}，{encoding}）").format(
                      name=doc.source.name, format=doc.source.format, encoding=doc.source.encoding)}
        for name, value in values.items():
            self.fields[name].setText(value or missing)

    def _fill_citations(self, doc: Document) -> None:
        self.citations.clear()
        citing = facts_of(doc)
        for citation in doc.meta.citations:
            item = QTreeWidgetItem([citation["title"], citation["number"]])
            item.setData(0, SPAN_ROLE, (citation["start"], citation["end"]))
            found = self._resolver.resolve(Citation(citation["title"], citation["number"], citation["start"],
                                                    citation["end"]), citing)
            key = found.key if found else ""
            if key:
                self._make_link(item, key)
            else:
                item.setToolTip(0, self.tr("点击定位到正文引用处"))
            self.citations.addTopLevelItem(item)
        self.citations_label.setText(self.tr("引用（{n}）").format(n=len(doc.meta.citations)))

    def _make_link(self, item: QTreeWidgetItem, key: str) -> None:
        item.setData(0, KEY_ROLE, key)
        font = QFont(self.citations.font())
        font.setUnderline(True)
        item.setFont(0, font)
        item.setForeground(0, QColor(styles.colours().link))
        item.setToolTip(0, self.tr("本库中有此文件，点击打开：{key}").format(key=key))

    def _fill_targets(self, doc: Document) -> None:
        self.targets.clear()
        for target in doc.meta.targets:
            year = str(target.year) if target.year else ""
            item = QTreeWidgetItem([target.indicator, f"{target.value:g}{target.unit}", target.qualifier, year])
            item.setData(0, SPAN_ROLE, (target.start, target.end))
            item.setToolTip(0, target.text)
            self.targets.addTopLevelItem(item)
        self.targets_label.setText(self.tr("量化目标（{n}）").format(n=len(doc.meta.targets)))

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        key = item.data(0, KEY_ROLE)
        if key:
            self.documentLinkActivated.emit(key)
        else:
            self.spanActivated.emit(*item.data(0, SPAN_ROLE))
