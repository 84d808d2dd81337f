"""Annotating: opening the user's annotations, annotating the reader's selection or a clause
(from the menu, the toolbar, the reader's and the outline's context menus), painting
annotations in the reader and counting them in the outline, the annotation, code and memo docks.

The annotation widgets and the undoable session live in their own modules, export and import
in annotation_files.py, the store in store/annotations.py.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QWidget

from ...core.anchoring import AnchorError, anchor_clause, make_anchor
from ...core.places import place_label
from ...store import StoreError
from ...store.annotations import AnnotationStore, AnnotationStoreDamaged
from ..common.context import Feature, FeatureContext
from .annotation_editor import AnnotationEditor
from .annotation_files import AnnotationFiles
from .annotation_panel import AnnotationPanel
from .annotation_session import AnnotationSession, AnnotationValues
from .annotation_toolbar import AnnotationToolbar
from .code_manager import CodeManager
from .highlight_actions import HighlightActions
from .memo_panel import MemoPanel
from ..common.outline_model import OutlineModel
from ..common.document_names import column_headers
from ..common.marks import REPAINT_LIMIT, Mark
from ..common.error_text import error_text

TIP_CHARS = 200  # of a note, in the reader's tooltip


def open_annotations(parent: QWidget | None, data_dir: Path) -> AnnotationSession | None:
    """The user's annotations, or None (with a message saying why) if they cannot be opened.

    A damaged file is never written over: the user may restore the newest good backup.
    """
    damaged = QCoreApplication.translate("AnnotatingFeature", "批注文件已损坏")
    try:
        return AnnotationSession(AnnotationStore(data_dir))
    except AnnotationStoreDamaged as exc:
        if exc.backup is None:
            QMessageBox.critical(parent, damaged, error_text(exc))
            return None
        question = QCoreApplication.translate(
            "AnnotatingFeature", "{error}\n\n损坏的文件已另存为 {kept}。\n要从最新的备份 {backup} 恢复吗？")
        answer = QMessageBox.question(parent, damaged, question.format(error=error_text(exc), kept=exc.kept, backup=exc.backup))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        report = AnnotationStore.restore_backup(data_dir, exc.backup)
        if report.skipped:  # what restore could not bring back is said, never passed over
            QMessageBox.warning(parent, damaged, QCoreApplication.translate(
                "AnnotatingFeature", "已恢复，并重放了 {n} 条日志记录。以下内容未能恢复：\n\n{lines}").format(
                    n=report.replayed, lines="\n".join(report.skipped)))
        return open_annotations(parent, data_dir)
    except StoreError as exc:  # e.g. another PolicyLens holds them
        message = QCoreApplication.translate("AnnotatingFeature", "{error}\n\n本窗口可以阅读，但不能添加或修改批注。")
        QMessageBox.warning(parent, QCoreApplication.translate("AnnotatingFeature", "无法打开批注"), message.format(error=error_text(exc)))
        return None


def _label(record: dict) -> str:
    """How a document is named in the annotation views: place, level and title."""
    return f"{place_label(record['place'], record['level'])} {record['title'] or record['key']}"


class AnnotatingFeature(QObject, Feature):
    """The annotation docks and actions over the context's session (None: read only)."""

    ANNOTATION_ACTIONS = ("highlight", "annotate", "annotate_clause", "highlight_clause", "code_manager",
                          "memo", "export_annotations", "import_annotations")

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context, self.window, self.reader = context, context.window, context.reader
        self.session = session = context.session
        self.files = AnnotationFiles(context)
        self._marks_made: dict = {}  # annotation id -> (the annotation, its reader mark)
        self._folded: tuple = (None, "")  # (document, its folded text): anchoring a selection
        self.outline_context_menu = None  # the outline's menu while it is open (tests pick from it)
        self._outline_menu_setup()
        if session is None:
            return
        window = self.window
        self.annotation_panel = AnnotationPanel(session, window)
        self.annotation_panel.use_grouping(context.settings, context.corpus_source)
        window.scope_bar.refreshed.connect(self.annotation_panel.refresh)  # grouped by attributes as they are now
        self.code_manager = CodeManager(session, window)
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.annotation_dock = context.add_dock("annotationDock", self.tr("批注"), self.annotation_panel, bottom)
        self.code_dock = context.add_dock("codeDock", self.tr("编码"), self.code_manager, bottom)
        self.memo_panel = MemoPanel(session, window)
        self.memo_dock = context.add_dock("memoDock", self.tr("备忘"), self.memo_panel, bottom)
        window.tabifyDockWidget(window.search_dock, self.annotation_dock)
        window.tabifyDockWidget(self.annotation_dock, self.code_dock)
        window.tabifyDockWidget(self.code_dock, self.memo_dock)  # below: the reading panes keep their width
        self.memo_dock.hide()  # opened from the Annotate or View menu
        self.highlight_actions = HighlightActions(self.reader.view, session, window)
        outline = window.outline
        self.reader.view.marksChanged.connect(lambda: outline.set_marks(self.reader.view.marks))
        self.reader.view.marksEdited.connect(outline.change_marks)
        session.changed.connect(self._annotations_changed)
        session.failed.connect(lambda message: QMessageBox.warning(window, self.tr("无法完成"), message))
        self.annotation_panel.annotationActivated.connect(window.open_span)
        self.code_manager.cellActivated.connect(self._show_code_segments)

    # --- hooks --------------------------------------------------------------------------------
    def contribute(self, actions: dict) -> None:
        """Undo and redo of annotation changes head the Edit menu (their texts name the step)."""
        if self.session is None:
            for name in self.ANNOTATION_ACTIONS:
                actions[name].setEnabled(False)
            return
        window = self.window
        stack = self.session.undo_stack
        undo = stack.createUndoAction(window, self.tr("撤销"))
        redo = stack.createRedoAction(window, self.tr("重做"))
        undo.setShortcuts(["Ctrl+Z"])
        redo.setShortcuts(["Ctrl+Shift+Z", "Ctrl+Y"])
        first = window.edit_menu.actions()[0] if window.edit_menu.actions() else None
        window.edit_menu.insertActions(first, [undo, redo])
        window.edit_menu.insertSeparator(first)
        actions.update(undo=undo, redo=redo)
        self.annotation_toolbar = AnnotationToolbar(
            [actions["annotate"], None, actions["annotate_clause"], actions["highlight_clause"], None,
             actions["code_manager"], actions["memo"]], window)
        self.annotation_toolbar.colorChosen.connect(self.highlight_selection_in)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.annotation_toolbar)
        for dock in (self.annotation_dock, self.code_dock, self.memo_dock):
            window.view_menu.addAction(dock.toggleViewAction())
        window.view_menu.addAction(self.annotation_toolbar.toggleViewAction())

    def records_changed(self, records: list[dict]) -> None:
        if self.session is not None:
            labels = {r["key"]: _label(r) for r in records}
            self.annotation_panel.set_documents(labels)
            self.code_manager.set_documents(labels, column_headers(records))

    def scope_changed(self, keys) -> None:
        if self.session is not None:
            self.annotation_panel.set_scope(keys)

    def document_opened(self, doc) -> None:
        """The memo dock follows the open document."""
        if self.session is not None and doc is not None:
            record = next((r for r in self.window.records if r["key"] == doc.key), None)
            self.memo_panel.set_document(doc.key, _label(record) if record else doc.key)

    def shutdown(self) -> None:
        if self.session is not None:
            self.memo_panel.flush()  # typing not saved yet is saved, never dropped

    def add_reader_menu_entries(self, menu, pos) -> None:
        """The highlight colours and the annotations under pos, in the reader's context menu."""
        if self.session is not None:
            self.highlight_actions.add_entries(menu, pos)

    # --- the outline's context menu -------------------------------------------------------------
    def _outline_menu_setup(self) -> None:
        """A context menu on the outline: annotate or compare the clause right-clicked."""
        view = self.window.outline_view
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._outline_menu)
        # A fixed width: fitting the column to its contents would read every row on each change.
        header = view.header()
        header.setSectionResizeMode(OutlineModel.ANNOTATIONS, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(OutlineModel.ANNOTATIONS, max(header.sectionSizeHint(OutlineModel.ANNOTATIONS),
                                                           view.fontMetrics().horizontalAdvance("9999") + 16))

    def _outline_menu(self, pos) -> QMenu | None:
        view, named = self.window.outline_view, self.window.actions_by_name
        index = view.indexAt(pos)
        if not index.isValid():
            return None
        view.setCurrentIndex(index)
        menu = QMenu(view)
        for name in ("annotate_clause", "highlight_clause", None, "compare_clause"):
            if name is None:
                menu.addSeparator()
            elif name in named:
                menu.addAction(named[name])
        self.outline_context_menu = menu
        menu.exec(view.viewport().mapToGlobal(pos))
        menu.deleteLater()
        self.outline_context_menu = None
        return menu

    # --- painting -----------------------------------------------------------------------------
    def marks_for(self, doc) -> list[Mark]:
        """The annotations of this version of doc, re-anchoring those made on another version."""
        if self.session is None:
            return []
        project = self.session.project
        if any(a.anchor.content_hash != doc.content_hash for a in project.for_document(doc.key)):
            planned = self.session.store.plan_reanchor(doc, self.context.corpus_source.store)
            if planned.command is not None:  # through the session: one Change refreshes every view
                self.session.run(planned.command)
        return [self._mark(a) for a in project.for_document(doc.key)
                if not a.needs_review and a.anchor.content_hash == doc.content_hash]

    def _mark(self, annotation) -> Mark:
        """The reader's mark of an annotation, made once per version of it (annotations are
        replaced, never changed, so the same object means the same mark) and of the codes."""
        made = self._marks_made.get(annotation.id)
        if made is None or made[0] is not annotation:
            codes = tuple(self.session.project.code_path(c) for c in annotation.codes)
            made = self._marks_made[annotation.id] = (annotation, Mark(
                annotation.id, annotation.anchor.start, annotation.anchor.end, annotation.color,
                self._tip(annotation), annotation.note, annotation.note_format, codes, annotation.created,
                annotation.coder))
        return made[1]

    def _tip(self, annotation) -> str:
        codes = "; ".join(self.session.project.code_path(c) for c in annotation.codes)
        note = annotation.note if len(annotation.note) <= TIP_CHARS else annotation.note[:TIP_CHARS] + "…"
        tip = "\n".join(part for part in (note, codes and f"〔{codes}〕") if part)
        return tip or self.tr("高亮")

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
        project, changed = self.session.project, {}
        for annotation_id in change.annotations:
            annotation = project.annotations.get(annotation_id)
            if annotation is not None and annotation.document == doc.key:
                if annotation.anchor.content_hash != doc.content_hash:
                    return None  # made on another version: marks_for re-anchors it
                changed[annotation_id] = None if annotation.needs_review else self._mark(annotation)
            else:
                changed[annotation_id] = None
        return changed

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
            self.context.show_message(self.tr("先在正文中选中要批注的文字"), 5000)
            return None
        if self._folded[0] is not doc:  # folding a long document takes longer than the rest of an add
            self._folded = (doc, doc.folded())
        try:
            anchor = make_anchor(doc, *span, self._folded[1])
        except AnchorError as exc:
            self.context.show_message(error_text(exc), 5000)
            return None
        return self._add_annotation(anchor, ask, values)

    def annotate_clause(self):
        return self._annotate_clause(ask=True)

    def highlight_clause(self):
        return self._annotate_clause(ask=False)

    def _annotate_clause(self, ask: bool):
        clause, doc = self.window.current_clause(), self.reader.current
        if clause is None or doc is None:
            self.context.show_message(self.tr("先在大纲中选择一个条款"), 5000)
            return None
        return self._add_annotation(anchor_clause(doc, clause.id), ask)

    def _add_annotation(self, anchor, ask: bool, values: AnnotationValues = AnnotationValues()):
        project = self.session.project
        if ask:
            paths = sorted(project.code_path(c) for c in project.codes)
            values = AnnotationEditor.ask(self.window, values, paths, anchor.exact)
            if values is None:
                return None
        return self.session.attempt(self.window, self.session.add, anchor, values)

    def show_code_manager(self):
        self.code_dock.show()
        self.code_dock.raise_()

    def show_memos(self):
        """Open the memo dock on the open document's memo, ready for typing."""
        self.memo_dock.show()
        self.memo_dock.raise_()
        self.memo_panel.setCurrentWidget(self.memo_panel.document_editor)
        self.memo_panel.document_editor.edit.setFocus()
