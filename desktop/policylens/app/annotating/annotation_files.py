"""File > Export and Import Annotations in the main window: every annotation, code and memo out
to an open format, and in again from ours, W3C or REFI-QDA as one undoable step.

Owned by the annotating feature (its `files`). The formats (openpyxl among them) are imported when first used, not before the first paint.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ...core.annotations import AnnotationError
from ...store import StoreError
from ..common.file_dialogs import ask_open_path, ask_save_path
from ..common.context import FeatureContext
from ..common.error_text import error_text
from ..common.ui_language import ui_language


class AnnotationFiles(QObject):
    """File > Export and Import Annotations over the context's session."""

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context, self.window = context, context.window

    def export_annotations(self):
        """Write every annotation, code and memo to a file in an open format."""
        filters = {self.tr("Markdown 报告 (*.md)"): "md",
                   self.tr("CSV 表格 (*.csv)"): "csv",
                   self.tr("Excel 工作簿 (*.xlsx)"): "xlsx",
                   self.tr("W3C Web Annotation (*.jsonld)"): "w3c",
                   self.tr("REFI-QDA 项目 (*.qdpx)"): "qdpx",
                   self.tr("PolicyLens 批注 (*.json)"): "json"}
        name = self.tr("批注 {date}").format(date=date.today().isoformat())
        asked = ask_save_path(self.window, self.tr("导出批注"), name, list(filters))
        if asked is None:
            return None
        path, chosen = asked
        return self.export_annotations_to(path, filters[chosen])

    def export_annotations_to(self, path: Path, fmt: str):
        from ... import exchange  # loaded when first used

        try:
            report = exchange.export_annotations(self.context.session.project, self.context.corpus_source.store, fmt,
                                                 path, language=ui_language())
        except (exchange.ExchangeError, OSError, StoreError) as exc:
            QMessageBox.warning(self.window, self.tr("导出失败"), error_text(exc))
            return None
        self.context.show_message(report.line(), 10000)
        return report

    def import_annotations(self):
        path = ask_open_path(self.window, self.tr("导入批注"),
                             self.tr("批注文件 (*.json *.jsonld *.qdpx);;所有文件 (*)"))
        return self.import_annotations_from(path) if path else None

    def import_annotations_from(self, path: Path):
        """Add the annotations of a file (ours, W3C or REFI-QDA) as one undoable step."""
        from ... import exchange  # loaded when first used

        try:
            session = self.context.session  # the import runs as one command of the session
            report = exchange.import_file(path, session.store, self.context.corpus_source.store, do=session.run)
        except (exchange.ExchangeError, OSError, StoreError, AnnotationError) as exc:
            QMessageBox.warning(self.window, self.tr("导入失败"), error_text(exc))
            return None
        self.context.show_message(report.line(), 10000)
        return report
