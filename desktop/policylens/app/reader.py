"""The reading pane: the clean text with headings, agency roles and damaged spans marked.

All offsets arrive from the core in code points and are converted once, through Utf16Map,
before they touch a QTextCursor.
"""
from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextOption
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from ..core.document import Document
from ..core.outline import Clause
from . import styles
from .offsets import Utf16Map


class ReaderView(QTextBrowser):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)  # CJK has no spaces
        self.document().setUndoRedoEnabled(False)
        self.document().setDocumentMargin(16)
        self._doc: Document | None = None
        self._map = Utf16Map("")

    @property
    def current(self) -> Document | None:
        return self._doc

    def position_of(self, offset: int) -> int:
        """The Qt document position of a code-point offset in the shown clean text."""
        return self._map.to_utf16(offset)

    def show_document(self, doc: Document) -> None:
        self._doc, self._map = doc, Utf16Map(doc.text)
        # setPlainText types with the current format, which may be the last document's heading.
        self.setCurrentCharFormat(QTextCharFormat())
        self.setPlainText(doc.text)
        self._space_lines()
        base = self.font().pointSizeF()
        for clause in doc.clauses:
            self._style_heading(clause, base)
            for ref in clause.agencies:
                self._apply(ref.start, ref.end, styles.agency_format(ref.role, ref.canonical, ref.name))
        for start, end in doc.clean.damaged:
            self._apply(start, end, styles.damaged_format())
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def scroll_to_clause(self, clause: Clause) -> None:
        """Put the clause's first line at the top of the view and the cursor at its start."""
        cursor = self.textCursor()
        cursor.setPosition(self.position_of(clause.start))
        self.setTextCursor(cursor)
        layout = self.document().documentLayout()
        top = layout.blockBoundingRect(cursor.block()).top()
        self.verticalScrollBar().setValue(int(top))

    def _space_lines(self) -> None:
        # Dense CJK text reads better with air between lines and paragraphs.
        block = QTextBlockFormat()
        block.setLineHeight(125, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(3)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.mergeBlockFormat(block)

    def _style_heading(self, clause: Clause, base: float) -> None:
        if clause.kind == "closing" or clause.title_end <= clause.start:
            return  # a closing block has no heading line of its own
        level = 0 if clause.kind == "preamble" else clause.level
        self._apply(clause.start, clause.title_end, styles.heading_format(level, base))

    def _apply(self, start: int, end: int, fmt: QTextCharFormat) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position_of(start))
        cursor.setPosition(self.position_of(end), QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)


class Legend(QWidget):
    """A key to the reader's marks, built from the same colours the reader uses."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(QLabel(self.tr("图例：")))
        for role, (background, foreground) in styles.ROLE_COLOURS.items():
            row.addWidget(self._swatch(styles.role_name(role), f"background:{background};color:{foreground};"))
        damaged = f"color:{styles.DAMAGED_COLOUR};background:{styles.DAMAGED_BACKGROUND};text-decoration:underline;"
        row.addWidget(self._swatch(self.tr("字符缺损"), damaged))
        row.addStretch(1)

    def _swatch(self, text: str, css: str) -> QLabel:
        label = QLabel(text, self)
        label.setStyleSheet(f"QLabel{{{css} padding:1px 6px; border-radius:3px;}}")
        return label


class ReaderPane(QWidget):
    """The legend above the reader; exposes the view for the window and tests."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = ReaderView(self)
        self.legend = Legend(self)
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.legend)
        column.addWidget(self.view, 1)
