"""The main window's annotation side: opening the user's annotations, annotating the reader's
selection or a clause (from the menu, the toolbar, the reader's and the outline's context
menus), painting annotations in the reader and counting them in the outline, the annotation,
code and memo docks.

Mixed into MainWindow; the annotation widgets and the undoable session live in their own
modules, export and import in annotation_files.py, the store in store/annotations.py.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QWidget

from ...core.anchoring import AnchorError, anchor_clause, make_anchor
from ...core.annotations import AnnotationError
from ...store import StoreError
from ...store.annotations import AnnotationStore, AnnotationStoreDamaged
from ..shell.actions import Spec
from .annotation_editor import AnnotationEditor
from .annotation_files import AnnotationFiles
from .annotation_panel import AnnotationPanel
from .annotation_session import AnnotationSession, AnnotationValues
from .annotation_toolbar import AnnotationToolbar
from .code_manager import CodeManager
from .highlight_actions import HighlightActions
from .memo_panel import MemoPanel
from ..reading.outline_model import OutlineModel
from ..reading.reader import REPAINT_LIMIT, Mark

TIP_CHARS = 200  # of a note, in the reader's tooltip


def open_annotations(parent: QWidget | None, data_dir: Path) -> AnnotationSession | None:
    """The user's annotations, or None (with a message saying why) if they cannot be opened.

    A damaged file is never written over: the user may restore the newest good backup.
    """
    damaged = QCoreApplication.translate("MainWindow", "批注文件已损坏")
    try:
        return AnnotationSession(AnnotationStore(data_dir))
    except AnnotationStoreDamaged as exc:
        if exc.backup is None:
            QMessageBox.critical(parent, damaged, str(exc))
            return None
        question = QCoreApplication.translate(
            "MainWindow", "{error}\n\n损坏的文件已另存为 {kept}。\n要从最新的备份 {backup} 恢复吗？")
        answer = QMessageBox.question(parent, damaged, question.format(error=exc, kept=exc.kept, backup=exc.backup))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        report = AnnotationStore.restore_backup(data_dir, exc.backup)
        if report.skipped:  # what restore could not bring back is said, never passed over
            QMessageBox.warning(parent, damaged, QCoreApplication.translate(
                "MainWindow", "已恢复，并重放了 {n} 条日志记录。以下内容未能恢复：\n\n{lines}").format(
                    n=report.replayed, lines="\n".join(report.skipped)))
        return open_annotations(parent, data_dir)
    except StoreError as exc:  # e.g. another PolicyLens holds them
        message = QCoreApplication.translate("MainWindow", "{error}\n\n本窗口可以阅读，但不能添加或修改批注。")
        QMessageBox.warning(parent, QCoreApplication.translate("MainWindow", "无法打开批注"), message.format(error=exc))
        return None


def _label(record: dict) -> str:
    """How a document is named in the annotation views: place, level and title."""
    return f"{record['place']}{record['level']} {record['title'] or record['key']}"


class WindowAnnotations(AnnotationFiles):
    """Mixed into MainWindow (after it has built the reader and the docks area). Strings are
    translated in the MainWindow context by name: lupdate cannot see a mixin's class."""

    MENU_ACTIONS = (
        Spec("annotate", "highlight_clause", QT_TRANSLATE_NOOP("actions", "高亮当前条款"), "highlight_clause"),
        Spec("annotate", "memo", QT_TRANSLATE_NOOP("actions", "写备忘…"), "show_memos", ("Ctrl+Shift+J",)),
    )
    ANNOTATION_ACTIONS = ("highlight", "annotate", "annotate_clause", "highlight_clause", "code_manager",
                          "memo", "export_annotations", "import_annotations")

    def _build_annotations(self, session: AnnotationSession | None) -> None:
        self.annotations = session
        self._marks_made: dict = {}  # annotation id -> (the annotation, its reader mark)
        self._folded: tuple = (None, "")  # (document, its folded text): anchoring a selection
        if session is None:
            return
        self.annotation_panel = AnnotationPanel(session, self)
        self.code_manager = CodeManager(session, self)
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.annotation_dock = self._dock(
            "annotationDock", QCoreApplication.translate("MainWindow", "批注"), self.annotation_panel, bottom)
        self.code_dock = self._dock(
            "codeDock", QCoreApplication.translate("MainWindow", "编码"), self.code_manager, bottom)
        self.memo_panel = MemoPanel(session, self)
        self.memo_dock = self._dock("memoDock", QCoreApplication.translate("MainWindow", "备忘"),
                                    self.memo_panel, bottom)
        self.tabifyDockWidget(self.search_dock, self.annotation_dock)
        self.tabifyDockWidget(self.annotation_dock, self.code_dock)
        self.tabifyDockWidget(self.code_dock, self.memo_dock)  # below: the reading panes keep their width
        self.memo_dock.hide()  # opened from the Annotate or View menu
        self.highlight_actions = HighlightActions(self.reader.view, session, self)
        self.reader.view.marksChanged.connect(lambda: self.outline.set_marks(self.reader.view.marks))
        self.reader.view.marksEdited.connect(self.outline.change_marks)
        self.reader.view.documentChanged.connect(self._memo_follows_document)
        session.changed.connect(self._annotations_changed)
        session.failed.connect(lambda message: QMessageBox.warning(
            self, QCoreApplication.translate("MainWindow", "无法完成"), message))
        self.annotation_panel.annotationActivated.connect(self.open_span)
        self.code_manager.cellActivated.connect(self._show_code_segments)

    def _annotation_menu_actions(self) -> None:
        """Undo and redo of annotation changes head the Edit menu (their texts name the step)."""
        self._outline_menu_setup()
        if self.annotations is None:
            for name in self.ANNOTATION_ACTIONS:
                self.actions_by_name[name].setEnabled(False)
            return
        stack = self.annotations.undo_stack
        undo = stack.createUndoAction(self, QCoreApplication.translate("MainWindow", "撤销"))
        redo = stack.createRedoAction(self, QCoreApplication.translate("MainWindow", "重做"))
        undo.setShortcuts(["Ctrl+Z"])
        redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])
        first = self.edit_menu.actions()[0] if self.edit_menu.actions() else None
        self.edit_menu.insertActions(first, [undo, redo])
        self.edit_menu.insertSeparator(first)
        self.actions_by_name.update(undo=undo, redo=redo)
        self._annotation_toolbar()
        for dock in (self.annotation_dock, self.code_dock, self.memo_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.view_menu.addAction(self.annotation_toolbar.toggleViewAction())

    def _annotation_toolbar(self) -> None:
        named = self.actions_by_name
        self.annotation_toolbar = AnnotationToolbar(
            [named["annotate"], None, named["annotate_clause"], named["highlight_clause"], None,
             named["code_manager"], named["memo"]], self)
        self.annotation_toolbar.colorChosen.connect(self.highlight_selection_in)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.annotation_toolbar)

    def _outline_menu_setup(self) -> None:
        """A context menu on the outline: annotate or compare the clause right-clicked."""
        view = self.outline_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._outline_menu)
        # A fixed width: fitting the column to its contents would read every row on each change.
        header = view.header()
        header.setSectionResizeMode(OutlineModel.ANNOTATIONS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(OutlineModel.ANNOTATIONS, max(header.sectionSizeHint(OutlineModel.ANNOTATIONS),
                                                           view.fontMetrics().horizontalAdvance("9999") + 16))

    def _outline_menu(self, pos) -> QMenu | None:
        index = self.outline_view.indexAt(pos)
        if not index.isValid():
            return None
        self.outline_view.setCurrentIndex(index)
        menu = QMenu(self.outline_view)
        for name in ("annotate_clause", "highlight_clause", None, "compare_clause"):
            if name is None:
                menu.addSeparator()
            elif name in self.actions_by_name:
                menu.addAction(self.actions_by_name[name])
        self._outline_context_menu = menu  # reachable while it is open (tests pick from it)
        menu.exec(self.outline_view.viewport().mapToGlobal(pos))
        menu.deleteLater()
        self._outline_context_menu = None
        return menu

    def _annotation_labels(self) -> dict[str, str]:
        return {r["key"]: _label(r) for r in self.records}

    # --- painting -----------------------------------------------------------------------------
    def marks_for(self, doc) -> list[Mark]:
        """The annotations of this version of doc, re-anchoring those made on another version."""
        if self.annotations is None:
            return []
        project = self.annotations.project
        if any(a.anchor.content_hash != doc.content_hash for a in project.for_document(doc.key)):
            self.annotations.store.reanchor(doc, self.corpus_source.store)
        return [self._mark(a) for a in project.for_document(doc.key)
                if not a.needs_review and a.anchor.content_hash == doc.content_hash]

    def _mark(self, annotation) -> Mark:
        """The reader's mark of an annotation, made once per version of it (annotations are
        replaced, never changed, so the same object means the same mark) and of the codes."""
        made = self._marks_made.get(annotation.id)
        if made is None or made[0] is not annotation:
            codes = tuple(self.annotations.project.code_path(c) for c in annotation.codes)
            made = self._marks_made[annotation.id] = (annotation, Mark(
                annotation.id, annotation.anchor.start, annotation.anchor.end, annotation.color,
                self._tip(annotation), annotation.note, annotation.note_format, codes, annotation.created,
                annotation.coder))
        return made[1]

    def _tip(self, annotation) -> str:
        codes = "; ".join(self.annotations.project.code_path(c) for c in annotation.codes)
        note = annotation.note if len(annotation.note) <= TIP_CHARS else annotation.note[:TIP_CHARS] + "…"
        tip = "\n".join(part for part in (note, codes and f"〔{codes}〕") if part)
        return tip or QCoreApplication.translate("MainWindow", "高亮")

    def _annotations_changed(self, change) -> None:
        doc = self.reader.current
        if not (change.annotations or change.codes):
            return  # a memo: the reader does not show it
        if change.codes:
            self._marks_made.clear()  # code paths in the marks may have changed
        if doc is None or not (not change.documents or doc.key in change.documents or change.codes):
            return
        changed = None if change.codes or len(change.annotations) > REPAINT_LIMIT else self._changed_marks(change, doc)
        if changed is None:
            self.reader.set_marks(self.marks_for(doc))
        else:
            self.reader.change_marks(changed)

    def _changed_marks(self, change, doc) -> dict | None:
        """Annotation id -> its mark in doc now (None: not shown there) for each annotation the
        change names: an add repaints one span and counts one mark, instead of making the
        document's hundreds of marks again. None if one must be re-anchored first."""
        project, changed = self.annotations.project, {}
        for annotation_id in change.annotations:
            annotation = project.annotations.get(annotation_id)
            if annotation is not None and annotation.document == doc.key:
                if annotation.anchor.content_hash != doc.content_hash:
                    return None  # made on another version: marks_for re-anchors it
                changed[annotation_id] = None if annotation.needs_review else self._mark(annotation)
            else:
                changed[annotation_id] = None
        return changed

    def _memo_follows_document(self) -> None:
        doc = self.reader.current
        if doc is not None:
            record = next((r for r in self.records if r["key"] == doc.key), None)
            self.memo_panel.set_document(doc.key, _label(record) if record else doc.key)

    def _show_code_segments(self, code_id: str, doc_key: str) -> None:
        self.annotation_panel.show_segments(code_id, doc_key)
        self.annotation_dock.show()
        self.annotation_dock.raise_()

    # --- actions ------------------------------------------------------------------------------
    def highlight_selection(self):
        return self._annotate_selection(ask=False)

    def annotate_selection(self):
        return self._annotate_selection(ask=True)

    def highlight_selection_in(self, color: str):
        return self._annotate_selection(ask=False, values=AnnotationValues(color=color))

    def _annotate_selection(self, ask: bool, values: AnnotationValues = AnnotationValues()):
        span, doc = self.reader.selected_span(), self.reader.current
        if span is None or doc is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "先在正文中选中要批注的文字"), 5000)
            return None
        if self._folded[0] is not doc:  # folding a long document takes longer than the rest of an add
            self._folded = (doc, doc.folded())
        try:
            anchor = make_anchor(doc, *span, self._folded[1])
        except AnchorError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return None
        return self._add_annotation(anchor, ask, values)

    def annotate_clause(self):
        return self._annotate_clause(ask=True)

    def highlight_clause(self):
        return self._annotate_clause(ask=False)

    def _annotate_clause(self, ask: bool):
        clause, doc = self.outline.clause(self.outline_view.currentIndex()), self.reader.current
        if clause is None or doc is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "先在大纲中选择一个条款"), 5000)
            return None
        return self._add_annotation(anchor_clause(doc, clause.id), ask)

    def _add_annotation(self, anchor, ask: bool, values: AnnotationValues = AnnotationValues()):
        if ask:
            paths = sorted(self.annotations.project.code_path(c) for c in self.annotations.project.codes)
            values = AnnotationEditor.ask(self, values, paths, anchor.exact)
            if values is None:
                return None
        return self.annotations.attempt(self, self.annotations.add, anchor, values)

    def show_code_manager(self):
        self.code_dock.show()
        self.code_dock.raise_()

    def show_memos(self):
        """Open the memo dock on the open document's memo, ready for typing."""
        self.memo_dock.show()
        self.memo_dock.raise_()
        self.memo_panel.setCurrentWidget(self.memo_panel.document_editor)
        self.memo_panel.document_editor.edit.setFocus()

    def _close_annotations(self) -> None:
        if self.annotations is not None:
            self.memo_panel.flush()  # typing not saved yet is saved, never dropped
        if self.annotations is not None and self._owns_annotations:
            try:
                self.annotations.close()
            except (StoreError, AnnotationError) as exc:
                QMessageBox.warning(
                    self, QCoreApplication.translate("MainWindow", "保存批注时出错"), str(exc))
            self.annotations = None
