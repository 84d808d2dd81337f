"""The side-by-side view: one clause in every document, each column diffed against a reference.

Which clause of each document corresponds to the reference clause comes from one callable,
find_counterparts(reference_doc, reference_clause, other_docs) -> [(doc, clause | None, score)],
so the clause alignment can replace interim_counterparts without touching the view. Word
diffs (jieba) and the counterparts are computed on a worker thread: jieba's dictionary takes
seconds to load, and the view must paint before that.

A column shows its document's own characters (a traditional document stays traditional);
what the reference says and this document does not is shown struck through, in the
reference's characters, where it was left out.
"""
from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable, NamedTuple, Sequence

from PySide6.QtCore import QCoreApplication, QIODevice, QObject, QSaveFile, Qt, QThread, Signal, Slot
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from ..core import worddiff
from ..core.document import Document
from ..core.outline import Clause
from ..core.values import ValuePair
from . import styles

Counterpart = tuple[Document, "Clause | None", float]
FindCounterparts = Callable[[Document, Clause, Sequence[Document]], list[Counterpart]]
translate = QCoreApplication.translate  # by this name, lupdate finds the strings
DIFF_PROPERTY = QTextCharFormat.UserProperty + 20  # the op a highlighted span shows


@dataclass(frozen=True)
class DiffColours:
    insert: tuple[str, str]  # (background, text)
    delete: tuple[str, str]
    replace: tuple[str, str]
    reference: str  # the reference column's header


LIGHT = DiffColours(insert=("#c8f0c8", "#0f4a14"), delete=("#ffd6d6", "#7a1010"),
                    replace=("#fff0a8", "#5a4500"), reference="#1a5fb4")
DARK = DiffColours(insert=("#1f5126", "#d6f5da"), delete=("#5e2222", "#ffd9d9"),
                   replace=("#5a4a10", "#fff1bf"), reference="#7fb2ff")


def diff_colours() -> DiffColours:
    return DARK if styles.is_dark() else LIGHT


@dataclass
class Column:
    doc: Document
    clause: Clause | None  # None: the document has no counterpart
    score: float | None  # the counterpart's score; None for the reference
    diff: worddiff.ClauseDiff | None  # against the reference; None for the reference and absent ones
    with_children: bool = False  # the clause's sub-clauses are shown and compared too

    @property
    def is_reference(self) -> bool:
        return self.score is None


class Segment(NamedTuple):
    op: str  # equal, insert, delete, replace
    text: str
    reference_text: str  # what the reference has in its place (delete and replace)


def interim_counterparts(reference_doc: Document, reference_clause: Clause,
                         other_docs: Sequence[Document]) -> list[Counterpart]:
    """Each document's clause paired with the reference clause by worddiff's interim pairing."""
    index = reference_doc.clauses.index(reference_clause)
    out = []
    for doc in other_docs:
        pair = next((p for p in worddiff.interim_clause_pairs(reference_doc, doc) if p.a == index), None)
        clause = doc.clauses[pair.b] if pair is not None and pair.b is not None else None
        out.append((doc, clause, pair.score if clause is not None else 0.0))
    return out


def compare_columns(docs: Sequence[Document], reference_doc: Document, reference_clause: Clause,
                    find_counterparts: FindCounterparts = interim_counterparts,
                    with_children: bool = False) -> list[Column]:
    """One column per document, in the order given, the reference among them."""
    docs = list(docs) if any(d.key == reference_doc.key for d in docs) else [reference_doc, *docs]
    others = [d for d in docs if d.key != reference_doc.key]
    found = {doc.key: (clause, score) for doc, clause, score in
             find_counterparts(reference_doc, reference_clause, others)}
    columns = []
    for doc in docs:
        if doc.key == reference_doc.key:
            columns.append(Column(doc, reference_clause, None, None, with_children))
            continue
        clause, score = found.get(doc.key, (None, 0.0))
        diff = (worddiff.diff_clauses(reference_doc, reference_clause, doc, clause, score=score,
                                      with_children=with_children) if clause is not None else None)
        columns.append(Column(doc, clause, score, diff, with_children))
    return columns


def segments(column: Column, reference: Column) -> list[Segment]:
    """The column's text cut by the ops of its diff; the reference's and absent ones whole."""
    if column.clause is None:
        return []
    if column.diff is None:
        start, end = worddiff.clause_span(column.doc, column.clause, column.with_children)
        return [Segment("equal", column.doc.text[start:end], "")]
    own, ref = column.doc.text, reference.doc.text
    return [Segment(op.op, ref[op.a_start:op.a_end] if op.op == "delete" else own[op.b_start:op.b_end],
                    ref[op.a_start:op.a_end] if op.op != "equal" else "")
            for op in column.diff.ops if op.a_end > op.a_start or op.b_end > op.b_start]


def kind_name(kind: str, role: str = "") -> str:
    if kind == "agency":
        return styles.role_name(role)
    names = {"percent": translate("CompareView", "比例"), "date": translate("CompareView", "日期"),
             "year": translate("CompareView", "年份"), "duration": translate("CompareView", "期限"),
             "number": translate("CompareView", "数量"), "place": translate("CompareView", "地名")}
    return names.get(kind, kind)


def value_lines(column: Column) -> list[str]:
    """Localized values that differ from the reference: "期限：满2年 → 1年以上"."""
    return [_value_line(pair) for pair in (column.diff.values if column.diff else [])]


def _value_line(pair: ValuePair) -> str:
    role = (pair.a or pair.b).role
    left, right = (pair.a.text if pair.a else "—"), (pair.b.text if pair.b else "—")
    return translate("CompareView", "{kind}：{a} → {b}").format(
        kind=kind_name(pair.kind, role), a=left, b=right)


def column_title(column: Column) -> str:
    meta = column.doc.meta
    place = f"{meta.place}{meta.level}" if meta.place else column.doc.key
    if column.clause is None:
        return place
    return f"{place} · {column.clause.id}\n{column.clause.title}"


def column_note(column: Column) -> str:
    if column.is_reference:
        return translate("CompareView", "参照")
    if column.clause is None:
        return translate("CompareView", "本文件没有与之对应的条款")
    return translate("CompareView", "相似度 {score:.2f}").format(score=column.diff.similarity)


def comparison_html(columns: Sequence[Column]) -> str:
    """The view as one self-contained HTML page; every document text is escaped."""
    reference = next(c for c in columns if c.is_reference)
    colours, cells = diff_colours(), []
    for column in columns:
        title = "<br>".join(html.escape(line) for line in column_title(column).split("\n"))
        values = "".join(f"<li>{html.escape(line)}</li>" for line in value_lines(column))
        body = "".join(_html_segment(s) for s in segments(column, reference))
        cells.append(f"<td><h2>{title}</h2><p class=note>{html.escape(column_note(column))}</p>"
                     f"<ul>{values}</ul><div class=text>{body}</div></td>")
    style = "".join(f".{op}{{background:{bg};color:{fg}}}" for op, (bg, fg) in
                    (("insert", colours.insert), ("delete", colours.delete), ("replace", colours.replace)))
    heading = html.escape(column_title(reference).replace("\n", " "))
    return ("<!DOCTYPE html>\n<html lang=zh><head><meta charset=utf-8>"
            f"<title>{heading}</title><style>table{{border-collapse:collapse}}"
            "td{vertical-align:top;border:1px solid #999;padding:6px;width:20em}"
            f".text{{white-space:pre-wrap}}.delete{{text-decoration:line-through}}{style}</style>"
            f"</head><body><table><tr>{''.join(cells)}</tr></table></body></html>\n")


def _html_segment(segment: Segment) -> str:
    text = html.escape(segment.text)
    if segment.op == "equal":
        return text
    title = f' title="{html.escape(segment.reference_text)}"' if segment.op == "replace" else ""
    return f"<span class={segment.op}{title}>{text}</span>"


def write_text_atomic(path: str, text: str) -> None:
    """QSaveFile writes a temporary file and renames it on commit: a failure leaves the old file."""
    out = QSaveFile(path)
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"{path}: {out.errorString()}")
    out.write(text.encode("utf-8"))
    if not out.commit():
        raise OSError(f"{path}: {out.errorString()}")


class _Job(QObject):
    done = Signal(int, object)
    failed = Signal(int, str)

    def __init__(self, ticket: int, work: Callable[[], object]):
        super().__init__()
        self._ticket, self._work = ticket, work

    @Slot()
    def run(self) -> None:
        try:
            result = self._work()
        except Exception as exc:  # shown to the user; the view stays usable
            self.failed.emit(self._ticket, str(exc))
            return
        self.done.emit(self._ticket, result)


class Background(QObject):
    """Runs functions on worker threads; only the latest request's result is delivered."""
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._ticket = 0
        self._running: dict[int, tuple[QThread, _Job]] = {}

    def run(self, work: Callable[[], object]) -> None:
        self._ticket += 1
        thread, job = QThread(self), _Job(self._ticket, work)
        job.moveToThread(thread)
        thread.started.connect(job.run)
        job.done.connect(self._done)
        job.failed.connect(self._failed)
        self._running[self._ticket] = (thread, job)
        thread.start()

    def _done(self, ticket: int, result) -> None:
        if self._end(ticket):
            self.finished.emit(result)

    def _failed(self, ticket: int, message: str) -> None:
        if self._end(ticket):
            self.failed.emit(message)

    def _end(self, ticket: int) -> bool:
        thread, _job = self._running.pop(ticket, (None, None))
        if thread is None:  # dropped by shutdown
            return False
        thread.quit()
        thread.wait()
        return ticket == self._ticket

    def shutdown(self) -> None:
        """Wait for running work (a diff never blocks for long); its results are dropped."""
        self._ticket += 1
        for thread, _job in self._running.values():
            thread.quit()
            thread.wait()
        self._running.clear()


class ColumnPane(QFrame):
    """One document's column: its header (a click makes it the reference), values and text."""
    chosen = Signal(str)  # the document's key

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QPushButton(key, self)
        self.header.setFlat(True)
        self.header.setToolTip(self.tr("点击设为参照"))
        self.header.clicked.connect(lambda: self.chosen.emit(self.key))
        self.note, self.values, self.absent = QLabel(self), QLabel(self), QLabel(self)
        self.note.setWordWrap(True)
        self.values.setWordWrap(True)
        self.absent.setWordWrap(True)
        self.absent.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text = QTextBrowser(self)
        layout = QVBoxLayout(self)
        for widget in (self.header, self.note, self.values, self.text, self.absent):
            layout.addWidget(widget)
        self.absent.hide()

    def show_column(self, column: Column, reference: Column) -> None:
        self.header.setText(column_title(column))
        self.header.setEnabled(column.clause is not None and not column.is_reference)
        self.header.setStyleSheet(f"color:{diff_colours().reference};font-weight:bold"
                                  if column.is_reference else "")
        self.note.setText(column_note(column))
        self.note.setVisible(column.clause is not None)
        lines = value_lines(column)
        self.values.setText("\n".join(lines))
        self.values.setVisible(bool(lines))
        self.text.setVisible(column.clause is not None)
        self.absent.setVisible(column.clause is None)
        self.absent.setText(column_note(column) if column.clause is None else "")
        self.text.clear()
        cursor = QTextCursor(self.text.document())
        for segment in segments(column, reference):
            cursor.insertText(segment.text, self._format(segment))
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def _format(self, segment: Segment) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if segment.op == "equal":
            return fmt
        background, foreground = getattr(diff_colours(), segment.op)
        fmt.setBackground(QColor(background))
        fmt.setForeground(QColor(foreground))
        fmt.setFontStrikeOut(segment.op == "delete")
        fmt.setProperty(DIFF_PROPERTY, segment.op)
        tips = {"insert": self.tr("参照条款没有这段文字"), "delete": self.tr("参照条款有而本文件删去的文字"),
                "replace": self.tr("参照条款此处为：{text}").format(text=segment.reference_text)}
        fmt.setToolTip(tips[segment.op])
        return fmt


class CompareView(QWidget):
    """N synchronized columns of one clause; a header click or the combo picks the reference."""
    computed = Signal()  # columns show the diffs against the current reference
    reference_changed = Signal(str)  # the key of the document chosen as reference

    def __init__(self, docs: Sequence[Document], reference_doc: Document, reference_clause: Clause,
                 find_counterparts: FindCounterparts = interim_counterparts, parent=None):
        super().__init__(parent)
        present = any(d.key == reference_doc.key for d in docs)
        self._docs = list(docs) if present else [reference_doc, *docs]
        self._find = find_counterparts
        self._columns: list[Column] = []
        self._syncing = False
        self.reference_key = reference_doc.key
        self._background = Background(self)
        self._background.finished.connect(self._show)
        self._background.failed.connect(self._failed)
        self._build()
        self._request(reference_doc, reference_clause)

    def _build(self) -> None:
        self.reference_combo = QComboBox(self)
        self.reference_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.children_box = QCheckBox(self.tr("含下级条款"), self)
        self.children_box.setChecked(True)  # a heading's text is often all in its numbered items
        self.children_box.toggled.connect(self._recompute)
        self.reference_combo.activated.connect(lambda i: self.set_reference(self.reference_combo.itemData(i)))
        self.status_label = QLabel(self)
        self.export_button = QPushButton(self.tr("导出 HTML…"), self)
        self.export_button.clicked.connect(self._ask_export)
        bar = QHBoxLayout()
        for widget in (QLabel(self.tr("参照文件："), self), self.reference_combo, self.children_box):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.status_label)
        bar.addWidget(self.export_button)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.panes = {doc.key: ColumnPane(doc.key, self.splitter) for doc in self._docs}
        for pane in self.panes.values():
            pane.chosen.connect(self.set_reference)
            pane.text.verticalScrollBar().valueChanged.connect(lambda _v, p=pane: self._sync(p))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def columns(self) -> list[Column]:
        return list(self._columns)

    def column(self, key: str) -> Column | None:
        return next((c for c in self._columns if c.doc.key == key), None)

    def set_reference(self, key: str) -> None:
        """Make this document's counterpart the reference and compare every column to it again."""
        column = self.column(key)
        if column is None or column.clause is None or column.is_reference:
            return
        self._request(column.doc, column.clause)
        self.reference_changed.emit(key)

    def _recompute(self) -> None:
        reference = self.column(self.reference_key)
        if reference is not None:
            self._request(reference.doc, reference.clause)

    def _request(self, doc: Document, clause: Clause) -> None:
        self.reference_key = doc.key
        self.export_button.setEnabled(False)
        self.status_label.setText(self.tr("正在比较…"))
        docs, find, children = self._docs, self._find, self.children_box.isChecked()
        self._background.run(lambda: compare_columns(docs, doc, clause, find, children))

    def _show(self, columns: list[Column]) -> None:
        self._columns = columns
        reference = next(c for c in columns if c.is_reference)
        for column in columns:
            self.panes[column.doc.key].show_column(column, reference)
        self.reference_combo.clear()
        for column in columns:
            if column.clause is not None:
                self.reference_combo.addItem(column_title(column).split("\n")[0], column.doc.key)
        self.reference_combo.setCurrentIndex(self.reference_combo.findData(reference.doc.key))
        self.status_label.clear()
        self.export_button.setEnabled(True)
        self.computed.emit()

    def _failed(self, message: str) -> None:
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

    def export_html(self, path: str) -> None:
        """Write the view as a self-contained HTML file (atomically); OSError if it cannot."""
        if not self._columns:
            raise RuntimeError(self.tr("比较尚未完成"))
        write_text_atomic(path, comparison_html(self._columns))

    def _ask_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出 HTML"), "", self.tr("HTML 文件 (*.html)"))
        if not path:
            return
        try:
            self.export_html(path)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("导出失败"), str(exc))

    def shutdown(self) -> None:
        self._background.shutdown()

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


def open_compare(parent: QWidget | None, docs: Sequence[Document], reference_doc: Document,
                 reference_clause: Clause, find_counterparts: FindCounterparts = interim_counterparts
                 ) -> CompareView:
    """How the main window opens the view: a window of its own, closed with its parent."""
    view = CompareView(docs, reference_doc, reference_clause, find_counterparts, parent)
    view.setWindowFlag(Qt.WindowType.Window)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    view.setWindowTitle(translate("CompareView", "条款对照：{title}").format(title=column_title(
        Column(reference_doc, reference_clause, None, None)).replace("\n", " ")))
    view.resize(1200, 700)
    view.show()
    return view
