"""Memos: free writing on the open document and on the whole project, plain or Markdown.

Typing is saved on its own after a short pause, when the editor loses focus, when another
document opens and when the window closes (flush), each save one undoable command through the
session, so nothing typed is lost and 撤销 takes a memo back like any annotation change. A memo
emptied by the user is deleted (undo brings it back). Changes made elsewhere (undo, an import)
show in the editor unless the user has typing not saved yet, which always wins.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QSizePolicy, QSplitter, QTabWidget,
                               QTextBrowser, QVBoxLayout, QWidget)

from ...core.annotation_commands import AddMemo, DeleteMemo, EditMemo
from ...core.annotations import Change, Memo, new_id
from .annotation_session import AnnotationSession

IDLE_MS = 800  # a pause in typing this long saves the memo


class _MemoEdit(QPlainTextEdit):
    """A text edit without an undo history of its own: Undo and Redo typed in it ask for the
    session's, so a memo's typing is one history, not the editor's fighting the autosave's."""
    focusLost = Signal()
    undoRequested = Signal()
    redoRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setUndoRedoEnabled(False)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and self._history_key(event):
            event.accept()  # ours, not the window's Undo action: the typing is saved first
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        signal = self._history_key(event)
        if signal is None:
            super().keyPressEvent(event)
        else:
            signal.emit()

    def _history_key(self, event):
        if event.matches(QKeySequence.StandardKey.Undo):
            return self.undoRequested
        if event.matches(QKeySequence.StandardKey.Redo):
            return self.redoRequested
        return None

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class MemoEditor(QWidget):
    """One memo: on a document (its key) or on the project (None). An editor made inactive
    waits for set_document and neither shows nor saves anything until then."""

    def __init__(self, session: AnnotationSession, document: str | None, title: str = "",
                 active: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.session, self.document, self.title, self.active = session, document, title, active
        self._idle = QTimer(self, singleShot=True, interval=IDLE_MS)
        self._build()
        self._idle.timeout.connect(self.flush)
        self.edit.textChanged.connect(self._typed)
        self.edit.focusLost.connect(self.flush)
        self.edit.undoRequested.connect(lambda: self._step(self.session.undo_stack.undo))
        self.edit.redoRequested.connect(lambda: self._step(self.session.undo_stack.redo))
        self.format_combo.currentIndexChanged.connect(self._format_chosen)
        self.setEnabled(active)
        if active:
            self.load()

    def _build(self) -> None:
        self.heading = QLabel(self)
        # A long title may be clipped; the format and the saved state beside it never are.
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("纯文本"), "plain")
        self.format_combo.addItem(self.tr("Markdown"), "markdown")
        self.state = QLabel(self)
        self.edit = _MemoEdit(self)
        self.edit.setPlaceholderText(self.tr("在此写下备忘，停笔片刻即自动保存。"))
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # a link in a memo must not navigate the preview away
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.edit)
        splitter.addWidget(self.preview)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.state)
        row.addWidget(self.format_combo)
        column = QVBoxLayout(self)
        column.setContentsMargins(4, 4, 4, 4)
        column.addLayout(row)
        column.addWidget(splitter, 1)

    # -- what is shown ---------------------------------------------------------------------------

    def memo(self) -> Memo | None:
        """The memo this editor writes (the first one, if an import brought several)."""
        memos = self.session.project.memos_on(self.document)
        return memos[0] if memos else None

    def set_document(self, document: str | None, title: str) -> None:
        """Save what was typed on the last document, then show this one's memo."""
        self.flush()
        self.document, self.title, self.active = document, title, True
        self.heading.setText(title)
        self.setEnabled(True)
        self.load()

    def load(self) -> None:
        memo = self.memo()
        self.edit.blockSignals(True)
        self.edit.setPlainText(memo.text if memo else "")
        self.edit.blockSignals(False)
        self.format_combo.blockSignals(True)
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(memo.text_format if memo else "plain")))
        self.format_combo.blockSignals(False)
        self._idle.stop()
        self._show_preview()
        self._say(saved=True)

    def dirty(self) -> bool:
        """Whether there is typing not saved yet."""
        return self._idle.isActive()

    def refresh(self, change: Change) -> None:
        """Show a change made elsewhere (undo, redo, an import) unless the user is typing."""
        if not self.active or self.dirty() or not change.memos:
            return
        memo = self.memo()
        if (memo.text if memo else "", memo.text_format if memo else "plain") != self._shown():
            self.load()

    # -- saving ----------------------------------------------------------------------------------

    def flush(self) -> None:
        """Save the typing now, as one undoable step; nothing if it is saved already."""
        self._idle.stop()
        if not self.active:
            return
        text, text_format = self._shown()
        memo = self.memo()
        if memo is None and not text.strip():
            command = None
        elif memo is None:
            command = AddMemo(Memo(new_id(), text, self.title, self.document, text_format=text_format,
                                      coder=self.session.coder))
        elif not text.strip():
            command = DeleteMemo(memo.id)
        elif (memo.text, memo.text_format) != (text, text_format):
            command = EditMemo(memo.id, text=text, text_format=text_format)
        else:
            command = None
        if command is not None and self.session.attempt(self, self.session.run, command) is None:
            self._say(saved=False)  # refused or not written: the typing stays in the editor
            return
        self._say(saved=True)

    def _step(self, move) -> None:
        """Undo or redo in the session's history, the typing saved first as a step of its own."""
        self.flush()
        move()
        self.load()

    def _shown(self) -> tuple[str, str]:
        return self.edit.toPlainText(), self.format_combo.currentData()

    def _typed(self) -> None:
        self._idle.start()
        self._say(saved=False)
        self._show_preview()

    def _format_chosen(self) -> None:
        self._show_preview()
        self.flush()

    def _show_preview(self) -> None:
        markdown = self.format_combo.currentData() == "markdown"
        self.preview.setVisible(markdown)
        if markdown:
            self.preview.setMarkdown(self.edit.toPlainText())

    def _say(self, saved: bool) -> None:
        self.state.setText(self.tr("已保存") if saved else self.tr("未保存…"))


class MemoPanel(QTabWidget):
    """The open document's memo and the project's memo, on two tabs."""

    def __init__(self, session: AnnotationSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.document_editor = MemoEditor(session, None, active=False, parent=self)  # until a document opens
        self.project_editor = MemoEditor(session, None, self.tr("项目备忘"), parent=self)
        self.project_editor.heading.setText(self.tr("整个项目的备忘"))
        self.addTab(self.document_editor, self.tr("本文件"))
        self.addTab(self.project_editor, self.tr("项目"))
        session.changed.connect(self._changed)

    def set_document(self, key: str, label: str) -> None:
        self.document_editor.set_document(key, label)

    def flush(self) -> None:
        """Save any typing not saved yet (the window closes)."""
        for editor in (self.document_editor, self.project_editor):
            editor.flush()

    def _changed(self, change: Change) -> None:
        for editor in (self.document_editor, self.project_editor):
            editor.refresh(change)
