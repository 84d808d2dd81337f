"""The reading pane: the clean text with headings, agency roles and damaged spans marked.

All offsets arrive from the core in code points and are converted once, through Utf16Map,
before they touch a QTextCursor. Script conversion maps one character to one character, so
the same offsets mark the same words whichever script is shown. Hovering a user's annotation
shows a preview of it (annotation_preview.py) with the tooltip of the text under it.
"""
from __future__ import annotations

from bisect import insort
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import (QApplication, QButtonGroup, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget,
                               QToolButton, QToolTip, QVBoxLayout, QWidget)

from ..common import styles
from ..common.flow_layout import FlowLayout
from ..common.marks import REPAINT_LIMIT, Mark, mark_order
from ..common.offsets import OffsetView
from ..common.scripts import SCRIPTS
from .annotation_preview import preview_at
from .find_bar import CONTEXT_PX, FindBar
from .raw_view import RawView

if TYPE_CHECKING:  # a type only: parsing documents is not needed to draw the empty reader
    from ...core.document import Document

ZOOM_STEPS = range(-4, 13)  # point-size steps around the default: 4 smaller, 12 larger
POSITION_DELAY_MS = 200  # wait for scrolling to settle before telling the outline


class ReaderView(OffsetView):
    documentChanged = Signal()
    marksChanged = Signal()  # other marks are shown (a new document, a whole new set)
    marksEdited = Signal(list, list)  # marks taken away, marks added (change_marks)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("readerView")
        self._doc: Document | None = None
        self.convert = None  # the script conversion of the shown text; None: as written
        self.marks: list[Mark] = []

    def set_marks(self, marks: list[Mark]) -> None:
        """Show these annotations (of the current document), keeping the cursor and selection.
        A few changed marks repaint their own spans alone: rendering a document with hundreds
        of marks again after each added annotation took most of the time of adding it."""
        old, self.marks = self.marks, list(marks)
        changed = set(old) ^ set(self.marks)
        if self._doc is None or len(changed) > REPAINT_LIMIT:
            self.refresh()
        else:
            with self.batch():
                for mark in changed:
                    self._repaint(mark.start, mark.end)
        self.marksChanged.emit()

    def change_marks(self, changed: dict[str, Mark | None]) -> None:
        """Add, replace (annotation id -> its new mark) or take away (id -> None) a few marks,
        keeping the others in text order and repainting only the spans that changed. Emits
        marksEdited, not marksChanged: listeners update what the marks named, not everything."""
        removed = [m for m in self.marks if m.id in changed]
        added = [m for m in changed.values() if m is not None and m not in removed]
        removed = [m for m in removed if m not in added]
        if not (removed or added):
            return
        gone = {m.id for m in removed}
        if gone:
            self.marks = [m for m in self.marks if m.id not in gone]
        for mark in added:
            insort(self.marks, mark, key=mark_order)
        if self._doc is not None:
            with self.batch():
                for mark in (*removed, *added):
                    self._repaint(mark.start, mark.end)
        self.marksEdited.emit(removed, added)

    def marks_at(self, offset: int) -> list[Mark]:
        """The annotations covering the character at offset, the shortest (innermost) first."""
        return sorted((m for m in self.marks if m.start <= offset < m.end), key=lambda m: m.end - m.start)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            preview = preview_at(self, event.pos())
            if preview is not None:
                html, area = preview
                # Same text: Qt leaves the tip as it is, so resting in one place never flickers.
                QToolTip.showText(event.globalPos(), html, self.viewport(), area)
                return True
        return super().viewportEvent(event)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection as clean-text code points (start < end), or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self._doc is None:
            return None
        return self.offset_of(cursor.selectionStart()), self.offset_of(cursor.selectionEnd())

    @property
    def current(self) -> Document | None:
        return self._doc

    def show_document(self, doc: Document, marks: list[Mark] = ()) -> None:
        self._doc, self.marks = doc, list(marks)
        self._render()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        self.documentChanged.emit()
        self.marksChanged.emit()

    def refresh(self) -> None:
        """Render again (new script or font size), keeping the cursor and selection."""
        if self._doc is None:
            return
        cursor = self.textCursor()
        anchor, position = self.offset_of(cursor.anchor()), self.offset_of(cursor.position())
        self._render()
        self.setTextCursor(self.span_cursor(anchor, position))

    def _render(self) -> None:
        doc = self._doc
        self.set_text(self.convert(doc.text) if self.convert else doc.text)
        with self.batch():
            self.space_lines()
            self._paint(0, len(self.shown))

    def _repaint(self, lo: int, hi: int) -> None:
        """Paint [lo, hi) again from plain text, as _render paints it."""
        self.span_cursor(lo, hi).setCharFormat(QTextCharFormat())
        self._paint(lo, hi)

    def _paint(self, lo: int, hi: int) -> None:
        """Apply every format to the part of the text in [lo, hi), in the order _render uses;
        formats are made only for what overlaps (a repaint touches a handful of the document's
        marks)."""
        doc, base = self._doc, self.font().pointSizeF()

        def over(start: int, end: int) -> bool:
            return start < hi and end > lo

        def clipped(start: int, end: int, fmt) -> None:
            self.apply(max(start, lo), min(end, hi), fmt)

        for clause in doc.clauses:
            heading = clause.kind != "closing" and clause.title_end > clause.start  # a closing block has none
            if heading and over(clause.start, clause.title_end):
                level = 0 if clause.kind == "preamble" else clause.level
                clipped(clause.start, clause.title_end, styles.heading_format(level, base))
            for ref in clause.agencies:
                if over(ref.start, ref.end):
                    clipped(ref.start, ref.end, styles.agency_format(ref.role, ref.canonical, ref.name))
        for start, end in doc.clean.damaged:
            if over(start, end):
                clipped(start, end, styles.damaged_format())
        for mark in self.marks:  # last: a user's highlight shows over the agency colours
            if over(mark.start, mark.end):
                fmt = styles.annotation_format(mark.id, mark.color, mark.tip)
                # The hover preview says what a mark is; the text's own tooltip (an agency) stays.
                fmt.clearProperty(QTextFormat.Property.TextToolTip)
                clipped(mark.start, mark.end, fmt)


class Legend(QWidget):
    """A key to the reader's marks, built from the same colours the reader uses."""

    def __init__(self, parent=None):
        super().__init__(parent)
        row = FlowLayout(self)  # a pane narrower than the keys wraps them rather than clip them
        row.setContentsMargins(8, 4, 8, 4)
        row.addWidget(QLabel(self.tr("图例：")))
        self.role_keys = {role: self._swatch(styles.role_name(role)) for role in styles.LIGHT.roles}
        self.damaged_key = self._swatch(self.tr("字符缺损"))
        self.clean_keys = [*self.role_keys.values(), self.damaged_key]
        self.raw_key = self._swatch(self.tr("清理时移除"))
        self.raw_key.setToolTip(self.tr("在原文中悬停于灰色删除线文字上，可看到移除原因"))
        for label in self.clean_keys + [self.raw_key]:
            row.addWidget(label)
        self.restyle()
        self.show_raw_keys(False)

    def restyle(self) -> None:
        """Colour the keys from the current palette (light or dark)."""
        colours = styles.colours()
        for role, label in self.role_keys.items():
            background, foreground = colours.roles[role]
            self._paint(label, f"background:{background};color:{foreground};")
        self._paint(self.damaged_key, f"color:{colours.damaged};background:{colours.damaged_background};"
                                      "text-decoration:underline;")
        self._paint(self.raw_key, f"color:{colours.removed};background:{colours.removed_background};"
                                  "text-decoration:line-through;")

    def show_raw_keys(self, raw: bool) -> None:
        for label in self.clean_keys:
            label.setVisible(not raw)
        self.raw_key.setVisible(raw)

    def _swatch(self, text: str) -> QLabel:
        return QLabel(text, self)

    @staticmethod
    def _paint(label: QLabel, css: str) -> None:
        label.setStyleSheet(f"QLabel{{{css} padding:1px 6px; border-radius:3px;}}")


class ReaderPane(QWidget):
    """Header (script, raw toggle, legend) over the clean or raw text, with a find bar below."""

    positionChanged = Signal(int)  # clean offset at the top after the user scrolled, or of a find match

    def __init__(self, parent=None):
        super().__init__(parent)
        self.view = ReaderView(self)
        self.raw_view = RawView(self)
        self.legend = Legend(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self._script, self._raw, self._zoom = "original", False, 0
        self._base_size = self.view.font().pointSizeF()
        self._position_timer = QTimer(self, singleShot=True, interval=POSITION_DELAY_MS)
        self._build()
        self._connect()
        self.find_bar.set_view(self.view)

    def _build(self) -> None:
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.raw_view)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(self._header())
        # A pane too narrow for the buttons and the legend in one row shows the legend in a
        # row of its own (see _place_legend) rather than clipping its keys.
        self._legend_row = QHBoxLayout()
        self._legend_row.setContentsMargins(0, 0, 0, 2)
        column.addLayout(self._legend_row)
        column.addWidget(self.stack, 1)
        column.addWidget(self.find_bar)

    def _header(self) -> QHBoxLayout:
        header = QHBoxLayout()
        header.setContentsMargins(8, 2, 0, 2)
        header.setSpacing(0)
        self.script_group = QButtonGroup(self)  # exclusive: a segmented control
        buttons = {"original": (self.tr("原文"), self.tr("按原文字形显示")),
                   "simplified": (self.tr("简"), self.tr("以简体显示")),
                   "traditional": (self.tr("繁"), self.tr("以繁体显示"))}
        self.script_buttons = {mode: self._tool_button(*buttons[mode]) for mode in SCRIPTS}
        for i, button in enumerate(self.script_buttons.values()):
            self.script_group.addButton(button, i)
            header.addWidget(button)
        self.script_buttons["original"].setChecked(True)
        header.addSpacing(8)
        self.raw_button = self._tool_button(self.tr("原始文本"), self.tr("显示源文件原文，标出清理时移除的内容"))
        header.addWidget(self.raw_button)
        # Ignored: the legend never widens the pane; _place_legend moves it when it does not fit.
        self.legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        header.addWidget(self.legend, 1)
        header.addStretch(0)  # keeps the buttons together when the legend moves below
        self._header_row = header
        return header

    def _place_legend(self) -> None:
        """The legend beside the buttons when both fit in the pane's width, else below them."""
        buttons = sum(b.sizeHint().width() for b in (*self.script_buttons.values(), self.raw_button)) + 16
        fits = buttons + self.legend.sizeHint().width() <= self.width()
        target = self._header_row if fits else self._legend_row
        if target.indexOf(self.legend) < 0:
            (self._legend_row if fits else self._header_row).removeWidget(self.legend)
            if fits:  # back before the header's trailing stretch
                target.insertWidget(target.count() - 1, self.legend, 1)
            else:
                target.addWidget(self.legend, 1)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_legend()

    def _tool_button(self, text: str, tip: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setCheckable(True)
        button.setStyleSheet(styles.checked_button_style())
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keep keyboard focus in the text
        return button

    def _connect(self) -> None:
        modes = list(SCRIPTS)
        self.script_group.idClicked.connect(lambda i: self.set_script(modes[i]))
        self.raw_button.toggled.connect(self.set_raw)
        self.view.documentChanged.connect(self._document_changed)
        for view in (self.view, self.raw_view):
            view.verticalScrollBar().valueChanged.connect(self._position_timer.start)
            view.zoomRequested.connect(self._zoom_by)
        self._position_timer.timeout.connect(lambda: self.positionChanged.emit(self.current_offset()))
        self.find_bar.matchShown.connect(self._match_shown)

    # --- the API the window uses ------------------------------------------------------------
    @property
    def current(self) -> Document | None:
        return self.view.current

    @property
    def script(self) -> str:
        return self._script

    @property
    def raw(self) -> bool:
        return self._raw

    @property
    def zoom(self) -> int:
        return self._zoom

    def show_document(self, doc: Document, marks: list[Mark] = ()) -> None:
        self.view.show_document(doc, marks)  # _document_changed follows, also for callers of view

    def set_marks(self, marks: list[Mark]) -> None:
        """Show the user's annotations of the current document, staying where the reader is."""
        offset = self.current_offset()
        self.view.set_marks(marks)
        self._scroll_quietly(offset)

    def change_marks(self, changed: dict[str, Mark | None]) -> None:
        """A few marks added, replaced or taken away (ReaderView.change_marks), staying put."""
        offset = self.current_offset()
        self.view.change_marks(changed)
        self._scroll_quietly(offset)

    def selected_span(self) -> tuple[int, int] | None:
        """The clean-text span selected in the reader (in the clean view), or None."""
        return None if self._raw else self.view.selected_span()

    def current_offset(self) -> int:
        """Clean code-point offset at the top of the viewport (for saving the reading place)."""
        if self._raw:
            return self.raw_view.to_clean(self.raw_view.top_offset())
        return self.view.top_offset()

    def scroll_to_offset(self, offset: int) -> None:
        """Put a clean offset's line at the top and the text cursor there."""
        if self._raw:
            raw = self.raw_view.to_raw(offset)
            self.raw_view.select_span(raw, raw)
        else:
            self.view.select_span(offset, offset)
        self._scroll_quietly(offset)

    def _match_shown(self, offset: int) -> None:
        # The position is the match's, not the top line's: the lead-in above it can be the
        # previous clause, and the outline should follow to the clause the match is in.
        self._position_timer.stop()
        self.positionChanged.emit(self.raw_view.to_clean(offset) if self._raw else offset)

    def highlight_span(self, start: int, end: int) -> None:
        """Select a clean span (a search hit) and scroll it into view with some lead-in."""
        view = self.raw_view if self._raw else self.view
        if self._raw:
            start, end = self.raw_view.span_to_raw(start, end)
        view.select_span(start, end)
        view.scroll_to(start, CONTEXT_PX)
        self._position_timer.stop()

    def set_script(self, mode: str) -> None:
        if mode not in SCRIPTS:
            raise ValueError(f"unknown script mode {mode!r}; expected one of {', '.join(SCRIPTS)}")
        self.script_buttons[mode].setChecked(True)
        if mode == self._script:
            return
        offset, self._script = self.current_offset(), mode
        self.view.convert = SCRIPTS[mode]
        self.view.refresh()
        self._refresh_raw()
        self._after_render(offset)

    def set_raw(self, raw: bool) -> None:
        raw = bool(raw)
        self.raw_button.setChecked(raw)
        if raw == self._raw:
            return
        offset = self.current_offset()  # taken in the mode being left
        self._raw = raw
        self._refresh_raw()
        self.stack.setCurrentWidget(self.raw_view if raw else self.view)
        self.legend.show_raw_keys(raw)
        self._place_legend()
        self.find_bar.set_view(self.raw_view if raw else self.view)
        self._scroll_quietly(offset)

    def show_find(self) -> None:
        self.find_bar.open()

    def zoom_in(self) -> None:
        self._zoom_by(1)

    def zoom_out(self) -> None:
        self._zoom_by(-1)

    def zoom_reset(self) -> None:
        self.set_zoom(0)

    def set_base_size(self, points: float | None) -> None:
        """The reader's font size at zoom 0; None: the application font's size."""
        points = float(points or QApplication.font().pointSizeF())
        if points == self._base_size:
            return
        self._base_size, zoom = points, self._zoom
        self._zoom = None  # forces set_zoom to apply the new size
        self.set_zoom(zoom)

    def set_zoom(self, steps: int) -> None:
        """Font size in point steps from the default; headings are re-sized to match."""
        steps = max(ZOOM_STEPS.start, min(ZOOM_STEPS.stop - 1, int(steps)))
        if steps == self._zoom:
            return
        offset, self._zoom = self.current_offset(), steps
        for view in (self.view, self.raw_view):
            font = view.font()
            font.setPointSizeF(self._base_size + steps)
            view.setFont(font)
        self.view.refresh()
        self._after_render(offset)

    def restyle(self) -> None:
        """Mark the text again in the current palette's colours (the system went dark, say)."""
        offset = self.current_offset()
        self.legend.restyle()
        self.view.refresh()
        self._refresh_raw()
        self._after_render(offset)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            for button in (*self.script_buttons.values(), self.raw_button):
                button.setStyleSheet(styles.checked_button_style())
        if event.type() == QEvent.Type.PaletteChange and self.view.current is not None:
            self.restyle()

    # --- internals --------------------------------------------------------------------------
    def _zoom_by(self, delta: int) -> None:
        self.set_zoom(self._zoom + delta)

    def _refresh_raw(self) -> None:
        # The raw text is rendered only while shown: most readers never open it.
        if self._raw and self.view.current is not None:
            self.raw_view.show_document(self.view.current, self.view.convert)

    def _document_changed(self) -> None:
        self._refresh_raw()
        self.raw_view.verticalScrollBar().setValue(0)
        self.find_bar.refresh(keep_current=False)
        self._position_timer.stop()

    def _after_render(self, offset: int) -> None:
        self.find_bar.refresh()
        self._scroll_quietly(offset)

    def _scroll_quietly(self, offset: int) -> None:
        """Scroll to a clean offset, leaving the cursor (a find match, a selection) alone."""
        if self._raw:
            self.raw_view.scroll_to(self.raw_view.to_raw(offset))
        else:
            self.view.scroll_to(offset)
        self._position_timer.stop()  # our own scrolling is not the user's
