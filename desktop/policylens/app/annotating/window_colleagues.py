"""File > Merge a Colleague's Project and Annotate > Inter-coder Agreement in the main window.

Mixed into MainWindow; strings use the MainWindow context. The merge is planned by the core
(exchange.merging) and run through the annotation session, so Edit > Undo takes it back in
one step; its report and conflicts are shown in a dialog.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...core.annotations import AnnotationError
from ...store import StoreError
from ..shell.actions import Spec


class WindowColleagues:
    """Needs self.annotations (an AnnotationSession or None) and self.corpus_source."""

    MENU_ACTIONS = (
        Spec("file", "merge_project", QT_TRANSLATE_NOOP("actions", "合并同事的项目…"), "merge_project"),
        Spec("annotate", "agreement", QT_TRANSLATE_NOOP("actions", "编码者一致性…"), "show_agreement"),
    )

    def ask_merge_path(self) -> str:
        """The colleague's file, or "" (tests may replace this)."""
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "合并同事的项目"), "",
            QCoreApplication.translate("MainWindow", "项目文件 (*.qdpx *.json);;所有文件 (*)"))
        return path

    def merge_project(self):
        path = self.ask_merge_path() if self.annotations is not None else ""
        return self.merge_project_from(Path(path)) if path else None

    def merge_project_from(self, path: Path):
        """Merge a colleague's .qdpx or JSON as one undoable step, then show what came in."""
        from ...exchange.context import ExchangeError
        from ...exchange.merging import plan_merge
        from .merge_dialog import MergeDialog

        session = self.annotations
        try:
            report = plan_merge(path, session.project, self.corpus_source.store)
            if report.command is not None:
                session.run(report.command)
        except (ExchangeError, OSError, StoreError, AnnotationError) as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "合并失败"), str(exc))
            return None
        self.statusBar().showMessage(report.line(), 10000)
        self.merge_dialog = MergeDialog(report, self)
        self.merge_dialog.show()
        return report

    def show_agreement(self):
        from .agreement_dialog import AgreementDialog

        if self.annotations is None:
            return None
        self.agreement_dialog = AgreementDialog(self.annotations.project, self.corpus_source.store.open_document, self)
        self.agreement_dialog.show()
        return self.agreement_dialog
