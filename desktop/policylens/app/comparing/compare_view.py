"""The side-by-side view: one clause family, a column per document, diffed against a reference.

The columns are the clause's family as aligned at import (AlignmentStore, corrections
applied): the reference first, then the other members by similarity to it. A large family
opens with its first PAGE columns; more are added as the user scrolls sideways (or asks), so
the view opens as fast for three thousand documents as for five. Until the alignment is ready
the view shows the reference alone and says so, then fills in by itself.

Each column's 更正 menu corrects the alignment (not the same clause, choose another clause,
withdraw the correction); "添加文件…" links a clause of a document that has none in the family.
Corrections are the user's data (DATA_DIR/user/alignment.json) and the view is recomputed.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QScrollArea, QSplitter, QVBoxLayout, QWidget)

from ...core import worddiff
from ...core.annotations import Project
from ...core.document import Document
from ...core.outline import Clause
from ...core.places import place_label
from ...exchange.reports.comparison import XlsxLabels, write_html, write_xlsx
from ...exchange.context import ExchangeError
from ...exchange.reports.comparison_print import clause_notes, family_html
from ..common.runner import BackgroundWidget
from ..common.file_dialogs import ask_save_path
from ..common.printing import pdf_printer, print_page
from .compare_columns import LIGHT, Column, column_title, diff_colours, exported, place_name, reference_column
from .compare_pane import COLUMN_WIDTH, DIFF_PROPERTY, ColumnPane  # noqa: F401 -- DIFF_PROPERTY for tests
from .compare_picker import ClausePicker
from .print_labels import print_labels
from .compare_source import ALONE, PENDING, ClauseRef, ComparisonSource, Plan
from ..common.window_geometry import show_tool_window
from ..common.error_text import error_text

translate = QCoreApplication.translate  # by this name, lupdate finds the strings
PAGE = 8  # columns computed at a time


class CompareView(BackgroundWidget):
    computed = Signal()  # the columns show the diffs against the current reference
    reference_changed = Signal(str)  # the key of the document chosen as reference

    def __init__(self, source: ComparisonSource, doc: Document, clause: Clause,
                 reference_key: str | None = None, parent=None, project: Callable[[], Project | None] | None = None):
        """project gives the annotations whose notes the printed report shows (None: no notes)."""
        super().__init__(parent)
        self.source, self._project = source, project
        self.reference = ClauseRef(doc.key, clause.id)
        self.plan: Plan | None = None
        self._reference: Column = reference_column(doc, clause, True)
        self._columns: dict[str, Column] = {}
        self.panes: dict[str, ColumnPane] = {}
        self.picker: ClausePicker | None = None
        self._syncing = False
        self._background.finished.connect(self._show)
        self._background.failed.connect(self._failed)
        self._build()
        source.loader.updated.connect(self._alignment_updated)
        self._replan(self.reference, prefer=reference_key)

    def _build(self) -> None:
        self.reference_combo = QComboBox(self)
        self.reference_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reference_combo.activated.connect(lambda i: self.set_reference(self.reference_combo.itemData(i)))
        self.children_box = QCheckBox(self.tr("含下级条款"), self)
        self.children_box.setChecked(True)  # a heading's text is often all in its numbered items
        self.children_box.toggled.connect(lambda _on: self._replan(self.reference))
        self.status_label = QLabel(self)
        self.more_button = QPushButton(self)
        self.more_button.clicked.connect(self.show_more)
        self.add_button = QPushButton(self.tr("添加文件…"), self)
        self.add_button.setToolTip(self.tr("把另一份文件的某个条款加入此条款族"))
        self.add_button.clicked.connect(self.ask_add_document)
        self.export_button = QPushButton(self.tr("导出 HTML…"), self)
        self.export_button.clicked.connect(lambda: self._ask_export("html"))
        self.xlsx_button = QPushButton(self.tr("导出 XLSX…"), self)
        self.xlsx_button.clicked.connect(lambda: self._ask_export("xlsx"))
        self.pdf_button = QPushButton(self.tr("导出 PDF…"), self)
        self.pdf_button.clicked.connect(lambda: self._ask_export("pdf"))
        self.print_button = QPushButton(self.tr("打印…"), self)
        self.print_button.clicked.connect(lambda: self.print_report())
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("参照文件："), self), self.reference_combo, self.children_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        for widget in (self.status_label, self.more_button, self.add_button, *self._output_buttons()):
            bar.addWidget(widget)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.splitter)
        self.scroll.horizontalScrollBar().valueChanged.connect(self._scrolled_sideways)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        self._set_busy(True)

    # -- reading -------------------------------------------------------------------------------

    def columns(self) -> list[Column]:
        """The columns shown, in order."""
        return [self._columns[key] for key in self.panes]

    def column(self, key: str) -> Column | None:
        return self._columns.get(key) if key in self.panes else None

    @property
    def reference_key(self) -> str:
        return self.reference.key

    def remaining(self) -> int:
        return len(self.plan.order) - len(self.panes) if self.plan else 0

    # -- requests ------------------------------------------------------------------------------

    def set_reference(self, key: str) -> None:
        """Make this document's clause the reference and compare every column to it again."""
        column = self.column(key)
        if column is None or column.clause is None or column.is_reference:
            return
        self._replan(ClauseRef(key, column.clause.id))
        self.reference_changed.emit(key)

    def _replan(self, reference: ClauseRef, before=None, keep: list[str] | None = None,
                prefer: str | None = None) -> None:
        """Plan the columns again (after `before`, a correction, has run) and compute the first page."""
        source, children = self.source, self.children_box.isChecked()
        keep = list(self.panes) if keep is None else keep
        wanted = max(PAGE, len(keep))

        def work(_job):
            if before is not None:
                before()
            plan = source.plan(reference, keep)
            if plan.state == PENDING:
                worddiff.warm_up()  # jieba, so the diffs follow at once when the families are ready
            if prefer and plan.clauses.get(prefer) and prefer != reference.key:
                plan = source.plan(ClauseRef(prefer, plan.clauses[prefer]), plan.order)
            return ("plan", plan, *source.columns(plan, plan.order[:wanted], children))

        self.reference = reference
        self._set_busy(True)
        self._background.start(work)

    def show_more(self) -> None:
        """Compute and add the next PAGE columns of a large family."""
        if self.plan is None or not self.remaining() or self._background.busy():
            return
        source, plan, children = self.source, self.plan, self.children_box.isChecked()
        keys = plan.order[len(self.panes):len(self.panes) + PAGE]
        self._set_busy(True)
        self._background.start(lambda _job: ("more", plan, *source.columns(plan, keys, children)))

    def _scrolled_sideways(self, value: int) -> None:
        bar = self.scroll.horizontalScrollBar()
        if value >= bar.maximum() - COLUMN_WIDTH // 2:
            self.show_more()

    def _alignment_updated(self, _update) -> None:
        self._replan(self.reference)  # new documents, or families another process updated

    # -- showing -------------------------------------------------------------------------------

    def _show(self, result) -> None:
        kind, plan, reference, columns = result
        self.plan, self._reference = plan, reference
        self.reference = plan.reference
        if kind == "plan":
            self._columns = {}
            self._arrange([c.doc.key for c in columns])
        else:
            self._arrange([*self.panes, *(c.doc.key for c in columns)])
        self._columns.update((c.doc.key, c) for c in columns)
        for column in columns:
            self.panes[column.doc.key].show_column(column, reference, column.doc.key in plan.corrections)
        self.splitter.setMinimumWidth(COLUMN_WIDTH * len(self.panes))
        self.reference_combo.clear()
        for column in self.columns():
            if column.clause is not None:
                self.reference_combo.addItem(place_name(column.doc), column.doc.key)
        self.reference_combo.setCurrentIndex(self.reference_combo.findData(plan.reference.key))
        self._set_busy(False)
        self.computed.emit()

    def _arrange(self, keys: list[str]) -> None:
        """Panes for these keys in this order: kept ones reused, others made or removed."""
        for key in [k for k in self.panes if k not in keys]:
            pane = self.panes.pop(key)
            pane.setParent(None)
            pane.deleteLater()
        arranged = {}
        for position, key in enumerate(keys):
            pane = self.panes.get(key) or self._new_pane(key)
            self.splitter.insertWidget(position, pane)
            arranged[key] = pane
        self.panes = arranged

    def _new_pane(self, key: str) -> ColumnPane:
        pane = ColumnPane(key)
        pane.chosen.connect(self.set_reference)
        pane.unlink_requested.connect(self.unlink)
        pane.pick_requested.connect(self.ask_pick)
        pane.withdraw_requested.connect(self.withdraw)
        pane.text.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._sync(p))
        return pane

    def _set_busy(self, busy: bool) -> None:
        plan = self.plan
        ready = not busy and plan is not None
        for button in self._output_buttons():
            button.setEnabled(ready)
        self.add_button.setEnabled(ready and plan.state != PENDING)
        self.more_button.setVisible(ready and self.remaining() > 0)
        self.more_button.setText(self.tr("再显示 {n} 份").format(n=min(PAGE, self.remaining())))
        if busy:
            self.status_label.setText(self.tr("正在比较…"))
        elif plan is not None and plan.state == PENDING:
            self.status_label.setText(self.tr("条款族仍在计算中，完成后自动显示各地对应条款"))
        elif plan is not None and plan.state == ALONE and len(self.panes) == 1:
            self.status_label.setText(self.tr("其他文件中没有与之对应的条款"))
        elif plan is not None:
            self.status_label.setText(self.tr("{shown}/{total} 份文件", "", len(plan.order)).format(
                shown=len(self.panes), total=len(plan.order)))

    def _failed(self, message: str) -> None:
        self._set_busy(False)
        self.status_label.setText(self.tr("比较失败：{message}").format(message=message))

    def _sync(self, source: ColumnPane) -> None:
        """Scroll every column to the same share of its length as the one the user scrolled."""
        if self._syncing:
            return
        bar = source.text.verticalScrollBar()
        share = bar.value() / bar.maximum() if bar.maximum() else 0.0
        self._syncing = True
        try:
            for pane in self.panes.values():
                other = pane.text.verticalScrollBar()
                if pane is not source:
                    other.setValue(round(share * other.maximum()))
        finally:
            self._syncing = False

    # -- corrections ---------------------------------------------------------------------------

    def unlink(self, key: str) -> None:
        """"Not the same clause": this document's clause leaves the reference's family."""
        clause_id = self.plan.clauses.get(key) if self.plan else None
        if clause_id is not None and key != self.reference.key:
            source, reference = self.source, self.reference
            self._replan(reference, lambda: source.correct("unlink", reference, ClauseRef(key, clause_id)))

    def link(self, key: str, clause_id: str) -> None:
        """This clause of this document joins the reference's family (replacing the one it had)."""
        source, reference = self.source, self.reference
        keep = list(self.panes) + ([key] if key not in self.panes else [])
        self._replan(reference, lambda: source.correct("link", reference, ClauseRef(key, clause_id)), keep)

    def withdraw(self, key: str) -> None:
        """Remove the latest correction that concerns this document's column."""
        correction = self.plan.corrections.get(key) if self.plan else None
        if correction is not None:
            source = self.source
            self._replan(self.reference, lambda: source.withdraw(correction))

    def ask_pick(self, key: str) -> None:
        label = place_name(self.source.document(key))
        self._ask([(key, label)], self.tr("选择 {place} 中与参照条款对应的条款：").format(place=label))

    def ask_add_document(self) -> None:
        records = [r for r in self.source.records() if r["key"] not in self.panes]
        choices = [(r["key"], f"{place_label(r.get('place') or '', r.get('level') or '')} · {r.get('title') or r['key']}")
                   for r in records]
        self._ask(choices, self.tr("选择一份文件及其中与参照条款对应的条款："))

    def _ask(self, documents: list[tuple[str, str]], prompt: str) -> None:
        """The clause picker, open without blocking; OK links the chosen clause."""
        self.picker = ClausePicker(documents, self.source.document, prompt, self)
        self.picker.setWindowTitle(self.tr("选择对应条款"))
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        picker = self.picker
        picker.accepted.connect(lambda: picker.chosen() and self.link(*picker.chosen()))
        picker.open()

    # -- export --------------------------------------------------------------------------------

    def _output_buttons(self) -> tuple[QPushButton, ...]:
        return self.export_button, self.xlsx_button, self.pdf_button, self.print_button

    def _export_columns(self):
        if not self.panes or self._background.busy():
            raise RuntimeError(self.tr("比较尚未完成"))
        heading = column_title(self._reference.doc, self._reference.clause).replace("\n", " ")
        return [exported(c, self._reference) for c in self.columns()], heading

    def export_html(self, path: str) -> None:
        """The columns shown as one self-contained HTML file (written atomically)."""
        columns, heading = self._export_columns()
        write_html(path, columns, heading, diff_colours())

    def export_xlsx(self, path: str) -> None:
        """The columns shown as an XLSX sheet, a row per document, the text coloured as here."""
        columns, heading = self._export_columns()
        labels = XlsxLabels(self.tr("文件"), self.tr("条款"), self.tr("标题"), self.tr("说明"), self.tr("相似度"),
                            self.tr("不同的数值"), self.tr("文本"))
        write_xlsx(path, columns, heading, LIGHT, labels)

    def report_html(self) -> str:
        """The columns shown as a page to print: each document, its clause marked, the notes on it."""
        columns, heading = self._export_columns()
        project = self._project() if self._project else None
        docs = [c.doc for c in self.columns()]
        notes = clause_notes(project.annotations.values(), [d.key for d in docs]) if project else {}
        return family_html(heading, docs, columns, print_labels(), notes)

    def print_report(self, printer: QPrinter | None = None) -> bool:
        """Print the columns shown; printer None asks for one in Qt's print dialog."""
        return print_page(self, self.report_html(), printer)

    def export_pdf(self, path: str) -> None:
        self.print_report(pdf_printer(Path(path)))

    def _ask_export(self, kind: str) -> None:
        kinds = {"html": self.tr("HTML 文件 (*.html)"), "xlsx": self.tr("Excel 工作簿 (*.xlsx)"),
                 "pdf": self.tr("PDF 文件 (*.pdf)")}
        name = self.tr("条款对照 {title}").format(
            title=column_title(self._reference.doc, self._reference.clause).replace("\n", " "))
        asked = ask_save_path(self, self.tr("导出对照"), name, [kinds[kind]])
        if asked is None:
            return
        path = str(asked[0])
        try:
            {"html": self.export_html, "xlsx": self.export_xlsx, "pdf": self.export_pdf}[kind](path)
        except (OSError, RuntimeError, ExchangeError) as exc:
            QMessageBox.warning(self, self.tr("导出失败"), error_text(exc))


def open_compare(parent: QWidget | None, source: ComparisonSource, doc: Document, clause: Clause,
                 reference_key: str | None = None, project: Callable[[], Project | None] | None = None) -> CompareView:
    """How the main window opens the view: a window of its own, closed with its parent."""
    view = CompareView(source, doc, clause, reference_key, parent, project)
    title = translate("CompareView", "条款对照：{title}").format(title=column_title(doc, clause).replace("\n", " "))
    return show_tool_window(view, title, 1200, 700)
