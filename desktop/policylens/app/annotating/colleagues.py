"""File > Merge a Colleague's Project and Annotate > Inter-coder Agreement in the main window.

The merge is planned by the core
(exchange.annotations.merging) and run through the annotation session, so Edit > Undo takes it back in
one step; its report and conflicts are shown in a dialog.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ...core.annotations import AnnotationError
from ...store import StoreError
from ..common.context import Feature, FeatureContext
from ..common.error_text import error_text


class ColleaguesFeature(QObject, Feature):
    """Merging a colleague's project and comparing coders, over the context's session."""

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context, self.window = context, context.window
        self.merge_dialog = self.agreement_dialog = None  # the last one shown

    def ask_merge_path(self) -> str:
        """The colleague's file, or "" (tests may replace this)."""
        path, _filter = QFileDialog.getOpenFileName(
            self.window, self.tr("合并同事的项目"), "",
            self.tr("项目文件 (*.qdpx *.json);;所有文件 (*)"))
        return path

    def merge_project(self):
        path = self.ask_merge_path() if self.context.session is not None else ""
        return self.merge_project_from(Path(path)) if path else None

    def merge_project_from(self, path: Path):
        """Merge a colleague's .qdpx or JSON as one undoable step, then show what came in."""
        from ...exchange.context import ExchangeError
        from ...exchange.annotations.merging import plan_merge
        from .merge_dialog import MergeDialog

        session = self.context.session
        try:
            report = plan_merge(path, session.project, self.context.corpus_source.store)
            if report.command is not None:
                session.run(report.command)
        except (ExchangeError, OSError, StoreError, AnnotationError) as exc:
            QMessageBox.warning(self.window, self.tr("合并失败"), error_text(exc))
            return None
        self.context.show_message(report.line(), 10000)
        self.merge_dialog = MergeDialog(report, self.window)
        self.merge_dialog.show()
        return report

    def show_agreement(self):
        from .agreement_dialog import AgreementDialog

        if self.context.session is None:
            return None
        documents = self.context.corpus_source.store.open_document
        self.agreement_dialog = AgreementDialog(self.context.session.project, documents, self.window)
        self.agreement_dialog.show()
        return self.agreement_dialog
