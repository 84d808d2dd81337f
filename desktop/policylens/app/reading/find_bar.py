"""Find in the shown text, across scripts and character widths.

Both the query and the text are folded (simplified, half-width) before matching. Folding maps
one character to one character, so a match in the folded text is the same span on screen.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QTextEdit, QToolButton, QWidget

from ...core.script import fold
from ..common import styles
from ..common.offsets import OffsetView

CONTEXT_PX = 60  # show a little of what leads up to a match, not the match glued to the top


def find_all(text: str, query: str) -> list[tuple[int, int]]:
    """Non-overlapping folded matches, the same ones str.count would count."""
    folded, needle = fold(text), fold(query)
    if not needle:
        return []
    spans, at = [], folded.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = folded.find(needle, at + len(needle))
    return spans


class FindBar(QWidget):
    """Query, match count, previous/next; highlights every match in the view it is given."""
    matchShown = Signal(int)  # the view's offset of the match just scrolled to

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view: OffsetView | None = None
        self.matches: list[tuple[int, int]] = []
        self.current = -1
        self._build()
        self._bind_keys(parent or self)

    def _build(self) -> None:
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("查找（简繁、全半角通用）"))
        self.edit.setClearButtonEnabled(True)
        self.edit.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("000/000") + 8)
        self.count.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.previous_button = self._button("↑", self.tr("上一个（Shift+Enter，Shift+F3）"), self.find_previous)
        self.next_button = self._button("↓", self.tr("下一个（Enter，F3）"), self.find_next)
        close = self._button("✕", self.tr("关闭查找（Esc）"), self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 3, 8, 3)
        row.setSpacing(4)
        row.addWidget(QLabel(self.tr("查找："), self))
        for widget in (self.edit, self.count, self.previous_button, self.next_button, close):
            row.addWidget(widget)
        self.edit.textChanged.connect(self._query_changed)

    def _button(self, text: str, tip: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def _bind_keys(self, scope: QWidget) -> None:
        # Shortcuts scoped to the reader pane, so F3 also works while the text has focus.
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        QShortcut(QKeySequence("F3"), scope, self._next_from_anywhere, context=context)
        QShortcut(QKeySequence("Shift+F3"), scope, self.find_previous, context=context)
        self._escape = QShortcut(QKeySequence("Esc"), scope, self.hide, context=context)
        self._escape.setEnabled(False)  # only while shown: Esc must not be eaten otherwise

    # --- public -----------------------------------------------------------------------------
    def set_view(self, view: OffsetView) -> None:
        """Search this view from now on (the clean or the raw text)."""
        if self._view is not None and self._view is not view:
            self._view.setExtraSelections([])
        self._view = view
        self.refresh()

    def open(self) -> None:
        """Show, focused, with the view's short selection as the query when there is one."""
        selected = self._view.textCursor().selectedText() if self._view else ""
        if selected and len(selected) <= 40 and "\u2029" not in selected:
            self.edit.setText(selected)
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        self.refresh()

    def refresh(self, keep_current: bool = True) -> None:
        """Search again after the view's text changed (new script or zoom; a new document
        with keep_current=False, which starts from its top without scrolling)."""
        if self.isVisible():
            self._search(self.current if keep_current else -1, scroll=False)
        elif self._view is not None:
            self._view.setExtraSelections([])

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    # --- behaviour --------------------------------------------------------------------------
    def _next_from_anywhere(self) -> None:
        if not self.isVisible():
            self.open()
        else:
            self.find_next()

    def _query_changed(self) -> None:
        self._search(keep=-1, scroll=True)

    def _search(self, keep: int, scroll: bool) -> None:
        """Find all matches; the current one is `keep` if still valid, else the first in view."""
        view = self._view
        self.matches = find_all(view.shown, self.edit.text()) if view is not None else []
        if 0 <= keep < len(self.matches):
            self.current = keep
        else:  # start from what the reader is looking at, as browsers do
            top = view.top_offset() if view is not None and self.matches else 0
            self.current = next((i for i, (s, _) in enumerate(self.matches) if s >= top), 0)
        self._show(scroll)

    def _step(self, delta: int) -> None:
        if not self.matches:
            return
        self.current = (self.current + delta) % len(self.matches)
        self._show(scroll=True)

    def _show(self, scroll: bool) -> None:
        view = self._view
        found = bool(self.matches)
        if view is not None:
            view.setExtraSelections([self._selection(i) for i in range(len(self.matches))])
            if found and scroll:
                start, end = self.matches[self.current]
                view.select_span(start, end)
                view.scroll_to(start, CONTEXT_PX)
                self.matchShown.emit(start)
        self.count.setText(f"{self.current + 1}/{len(self.matches)}" if found else
                           ("0/0" if self.edit.text() else ""))
        missing = bool(self.edit.text()) and not found
        self.edit.setStyleSheet("QLineEdit{background:#ffe1e1;}" if missing else "")

    def _selection(self, index: int) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._view.span_cursor(*self.matches[index])
        selection.format = styles.find_format(current=index == self.current)
        return selection

    # --- events -----------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
                self.find_previous() if shift else self.find_next()
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event) -> None:
        self._escape.setEnabled(True)
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._escape.setEnabled(False)
        if self._view is not None:
            self._view.setExtraSelections([])
            self._view.setFocus()
        super().hideEvent(event)
