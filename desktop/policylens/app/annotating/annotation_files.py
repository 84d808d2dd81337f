"""File > Export and Import Annotations in the main window: every annotation, code and memo out
to an open format, and in again from ours, W3C or REFI-QDA as one undoable step.

Mixed into MainWindow through WindowAnnotations; strings use the MainWindow context. The
formats (openpyxl among them) are imported when first used, not before the first paint.
"""
from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from ...core.annotations import AnnotationError
from ...store import StoreError
from ..common.file_dialogs import ask_open_path, ask_save_path


class AnnotationFiles:
    """Needs self.annotations (an AnnotationSession) and self.corpus_source."""

    def export_annotations(self):
        """Write every annotation, code and memo to a file in an open format."""
        filters = {QCoreApplication.translate("MainWindow", "Markdown 报告 (*.md)"): "md",
                   QCoreApplication.translate("MainWindow", "CSV 表格 (*.csv)"): "csv",
                   QCoreApplication.translate("MainWindow", "Excel 工作簿 (*.xlsx)"): "xlsx",
                   QCoreApplication.translate("MainWindow", "W3C Web Annotation (*.jsonld)"): "w3c",
                   QCoreApplication.translate("MainWindow", "REFI-QDA 项目 (*.qdpx)"): "qdpx",
                   QCoreApplication.translate("MainWindow", "PolicyLens 批注 (*.json)"): "json"}
        name = QCoreApplication.translate("MainWindow", "批注 {date}").format(date=date.today().isoformat())
        asked = ask_save_path(self, QCoreApplication.translate("MainWindow", "导出批注"), name, list(filters))
        if asked is None:
            return None
        path, chosen = asked
        return self.export_annotations_to(path, filters[chosen])

    def export_annotations_to(self, path: Path, fmt: str):
        from ... import exchange  # loaded when first used

        try:
            report = exchange.export_annotations(self.annotations.project, self.corpus_source.store, fmt, path)
        except (exchange.ExchangeError, OSError, StoreError) as exc:
            QMessageBox.warning(self, QCoreApplication.translate("MainWindow", "导出失败"), str(exc))
            return None
        self.statusBar().showMessage(report.line(), 10000)
        return report

    def import_annotations(self):
        path = ask_open_path(self, QCoreApplication.translate("MainWindow", "导入批注"),
                             QCoreApplication.translate("MainWindow", "批注文件 (*.json *.jsonld *.qdpx);;所有文件 (*)"))
        return self.import_annotations_from(path) if path else None

    def import_annotations_from(self, path: Path):
        """Add the annotations of a file (ours, W3C or REFI-QDA) as one undoable step."""
        from ... import exchange  # loaded when first used

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
