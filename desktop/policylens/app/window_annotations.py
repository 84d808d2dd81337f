"""The main window's annotation side: opening the user's annotations, annotating the reader's
selection or a clause, painting annotations in the reader, the annotation and code docks.

Mixed into MainWindow; the annotation widgets and the undoable session live in their own
modules, the store in store/annotations.py.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from .. import exchange
from ..core.anchoring import AnchorError, anchor_clause, make_anchor
from ..core.annotations import AnnotationError
from ..store import StoreError
from ..store.annotations import AnnotationStore, AnnotationStoreDamaged
from .annotation_editor import AnnotationEditor
from .annotation_panel import AnnotationPanel
from .annotation_session import AnnotationSession, AnnotationValues
from .code_manager import CodeManager
from .reader import Mark

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
        AnnotationStore.restore_backup(data_dir, exc.backup)
        return open_annotations(parent, data_dir)
    except StoreError as exc:  # e.g. another PolicyLens holds them
        message = QCoreApplication.translate("MainWindow", "{error}\n\n本窗口可以阅读，但不能添加或修改批注。")
        QMessageBox.warning(parent, QCoreApplication.translate("MainWindow", "无法打开批注"), message.format(error=exc))
        return None


class WindowAnnotations:
    """Mixed into MainWindow (after it has built the reader and the docks area). Strings are
    translated in the MainWindow context by name: lupdate cannot see a mixin's class."""

    def _build_annotations(self, session: AnnotationSession | None) -> None:
        self.annotations = session
        if session is None:
            return
        self.annotation_panel = AnnotationPanel(session, self)
        self.code_manager = CodeManager(session, self)
        bottom = Qt.DockWidgetArea.BottomDockWidgetArea
        self.annotation_dock = self._dock(
            "annotationDock", QCoreApplication.translate("MainWindow", "批注"), self.annotation_panel, bottom)
        self.code_dock = self._dock(
            "codeDock", QCoreApplication.translate("MainWindow", "编码"), self.code_manager, bottom)
        self.tabifyDockWidget(self.search_dock, self.annotation_dock)
        self.tabifyDockWidget(self.annotation_dock, self.code_dock)
        session.changed.connect(self._annotations_changed)
        session.failed.connect(lambda message: QMessageBox.warning(
            self, QCoreApplication.translate("MainWindow", "无法完成"), message))
        self.annotation_panel.annotationActivated.connect(self.open_span)
        self.code_manager.cellActivated.connect(self._show_code_segments)

    def _annotation_menu_actions(self) -> None:
        """Undo and redo of annotation changes head the Edit menu (their texts name the step)."""
        if self.annotations is None:
            for name in ("highlight", "annotate", "annotate_clause", "code_manager",
                         "export_annotations", "import_annotations"):
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
        for dock in (self.annotation_dock, self.code_dock):
            self.view_menu.addAction(dock.toggleViewAction())

    def _annotation_labels(self) -> dict[str, str]:
        return {r["key"]: f"{r['place']}{r['level']} {r['title'] or r['key']}" for r in self.records}

    # --- painting -----------------------------------------------------------------------------
    def marks_for(self, doc) -> list[Mark]:
        """The annotations of this version of doc, re-anchoring those made on another version."""
        if self.annotations is None:
            return []
        project = self.annotations.project
        if any(a.anchor.content_hash != doc.content_hash for a in project.for_document(doc.key)):
            self.annotations.store.reanchor(doc, self.corpus_source.store)
        return [Mark(a.id, a.anchor.start, a.anchor.end, a.color, self._tip(a))
                for a in project.for_document(doc.key)
                if not a.needs_review and a.anchor.content_hash == doc.content_hash]

    def _tip(self, annotation) -> str:
        codes = "; ".join(self.annotations.project.code_path(c) for c in annotation.codes)
        note = annotation.note if len(annotation.note) <= TIP_CHARS else annotation.note[:TIP_CHARS] + "…"
        tip = "\n".join(part for part in (note, codes and f"〔{codes}〕") if part)
        return tip or QCoreApplication.translate("MainWindow", "高亮")

    def _annotations_changed(self, change) -> None:
        doc = self.reader.current
        if doc is not None and (not change.documents or doc.key in change.documents or change.codes):
            self.reader.set_marks(self.marks_for(doc))

    def _show_code_segments(self, code_id: str, doc_key: str) -> None:
        self.annotation_panel.show_segments(code_id, doc_key)
        self.annotation_dock.show()
        self.annotation_dock.raise_()

    # --- actions ------------------------------------------------------------------------------
    def highlight_selection(self):
        return self._annotate_selection(ask=False)

    def annotate_selection(self):
        return self._annotate_selection(ask=True)

    def _annotate_selection(self, ask: bool):
        span, doc = self.reader.selected_span(), self.reader.current
        if span is None or doc is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "先在正文中选中要批注的文字"), 5000)
            return None
        try:
            anchor = make_anchor(doc, *span)
        except AnchorError as exc:
            self.statusBar().showMessage(str(exc), 5000)
            return None
        return self._add_annotation(anchor, ask)

    def annotate_clause(self):
        clause, doc = self.outline.clause(self.outline_view.currentIndex()), self.reader.current
        if clause is None or doc is None:
            self.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "先在大纲中选择一个条款"), 5000)
            return None
        return self._add_annotation(anchor_clause(doc, clause.id), ask=True)

    def _add_annotation(self, anchor, ask: bool):
        values = AnnotationValues()
        if ask:
            paths = sorted(self.annotations.project.code_path(c) for c in self.annotations.project.codes)
            values = AnnotationEditor.ask(self, values, paths, anchor.exact)
            if values is None:
                return None
        return self.annotations.attempt(self, self.annotations.add, anchor, values)

    def export_annotations(self):
        """Write every annotation, code and memo to a file in an open format."""
        filters = {QCoreApplication.translate("MainWindow", "Markdown 报告 (*.md)"): "md",
                   QCoreApplication.translate("MainWindow", "CSV 表格 (*.csv)"): "csv",
                   QCoreApplication.translate("MainWindow", "Excel 工作簿 (*.xlsx)"): "xlsx",
                   QCoreApplication.translate("MainWindow", "W3C Web Annotation (*.jsonld)"): "w3c",
                   QCoreApplication.translate("MainWindow", "REFI-QDA 项目 (*.qdpx)"): "qdpx",
                   QCoreApplication.translate("MainWindow", "PolicyLens 批注 (*.json)"): "json"}
        path, chosen = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "导出批注"), "", ";;".join(filters))
        if not path:
            return None
        return self.export_annotations_to(Path(path), filters[chosen])

    def export_annotations_to(self, path: Path, fmt: str):
        try:
            report = exchange.export_annotations(self.annotations.project, self.corpus_source.store, fmt, path)
        except (exchange.ExchangeError, OSError, StoreError) as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "导出失败"), str(exc))
            return None
        self.statusBar().showMessage(report.line(), 10000)
        return report

    def import_annotations(self):
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "导入批注"), "",
            QCoreApplication.translate("MainWindow", "批注文件 (*.json *.jsonld *.qdpx);;所有文件 (*)"))
        return self.import_annotations_from(Path(path)) if path else None

    def import_annotations_from(self, path: Path):
        """Add the annotations of a file (ours, W3C or REFI-QDA) as one undoable step."""
        try:
            report = exchange.import_file(path, self.annotations.store, self.corpus_source.store)
        except (exchange.ExchangeError, OSError, StoreError, AnnotationError) as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "导入失败"), str(exc))
            return None
        if report.command is not None:
            self.annotations.adopt(report.command, QCoreApplication.translate(
                "MainWindow", "导入批注 {name}").format(name=path.name))
        self.statusBar().showMessage(report.line(), 10000)
        return report

    def show_code_manager(self):
        self.code_dock.show()
        self.code_dock.raise_()

    def _close_annotations(self) -> None:
        if self.annotations is not None and self._owns_annotations:
            try:
                self.annotations.close()
            except (StoreError, AnnotationError) as exc:
                QMessageBox.warning(
                    self, QCoreApplication.translate("MainWindow", "保存批注时出错"), str(exc))
            self.annotations = None
