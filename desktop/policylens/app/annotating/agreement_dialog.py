"""Inter-coder agreement of two coders (core.agreement): percent and Cohen's kappa on
characters and on clauses, per code and per document, the passages where they differ side
by side, and an export of both tables to CSV or XLSX."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QMessageBox, QPushButton, QTabWidget, QVBoxLayout)

from ...core.agreement import AgreementReport, agreement, coders
from ...core.annotations import Project
from ...store import StoreError
from .merge_dialog import fill, table
from ..common.error_text import error_text


class AgreementDialog(QDialog):
    def __init__(self, project: Project, open_document: Callable[[str], object], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("编码者一致性"))
        self.setObjectName("agreementDialog")
        self.project, self.open_document = project, open_document
        self._documents: dict[str, object] = {}
        self.report: AgreementReport | None = None
        names = coders(project)
        self.coder_a, self.coder_b = QComboBox(self), QComboBox(self)
        for combo, first in ((self.coder_a, 0), (self.coder_b, 1)):
            combo.addItems(names)
            combo.setCurrentIndex(min(first, len(names) - 1))
            combo.currentIndexChanged.connect(self.compute)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.rows = table(self, (self.tr("范围"), self.tr("编码"), self.tr("文件"), self.tr("字符一致率"),
                                 self.tr("字符 kappa"), self.tr("条款一致率"), self.tr("条款 kappa")), [])
        self.differences = table(self, (self.tr("编码"), self.tr("文件"), self.tr("位置"), "A", "B"), [])
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.rows, self.tr("一致性"))
        self.tabs.addTab(self.differences, self.tr("不一致的段落"))
        self._build()
        self.resize(920, 560)
        self.compute()

    def _build(self) -> None:
        pick = QHBoxLayout()
        for label, combo in ((self.tr("编码者 A："), self.coder_a), (self.tr("编码者 B："), self.coder_b)):
            pick.addWidget(QLabel(label, self))
            pick.addWidget(combo, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.export_buttons = {}
        for fmt, text in (("xlsx", self.tr("导出 Excel…")), ("csv", self.tr("导出 CSV…"))):
            button = QPushButton(text, self)
            button.setObjectName(f"export_{fmt}")
            button.clicked.connect(lambda _=False, fmt=fmt: self.ask_and_export(fmt))
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            self.export_buttons[fmt] = button
        column = QVBoxLayout(self)
        column.addLayout(pick)
        column.addWidget(self.summary)
        column.addWidget(self.tabs, 1)
        column.addWidget(buttons)

    # -- computing ----------------------------------------------------------------------------

    def compute(self) -> None:
        a, b = self.coder_a.currentText(), self.coder_b.currentText()
        ready = bool(a and b and a != b)
        for button in self.export_buttons.values():
            button.setEnabled(ready)
        if not ready:
            self.report = None
            self.summary.setText(self.tr("请选择两位不同的编码者（在首选项中设置编码者姓名，"
                                         "或合并同事的项目后，批注会带有编码者）。"))
            fill(self.rows, [])
            fill(self.differences, [])
            return
        self.report = agreement(self.project, a, b, self._documents_of(a, b))
        overall = self.report.overall
        self.summary.setText(self.tr("总体：字符一致率 {percent}，kappa {kappa}；条款一致率 {cp}，kappa {ck}。"
                                     "{left} 条批注没有可靠的位置，未计入。").format(
            percent=_percent(overall.characters.percent), kappa=_kappa(overall.characters.kappa),
            cp=_percent(overall.clauses.percent), ck=_kappa(overall.clauses.kappa), left=self.report.left_out))
        scoped = [(self.tr("编码"), r) for r in self.report.by_code] + \
                 [(self.tr("文件"), r) for r in self.report.by_document] + \
                 [(self.tr("编码 × 文件"), r) for r in self.report.cells]
        fill(self.rows, [(scope, r.code, r.document, _percent(r.characters.percent), _kappa(r.characters.kappa),
                          _percent(r.clauses.percent), _kappa(r.clauses.kappa)) for scope, r in scoped])
        self.differences.setHorizontalHeaderLabels([self.tr("编码"), self.tr("文件"), self.tr("位置"), a, b])
        fill(self.differences, [(d.code, d.document, f"{d.start}-{d.end}", d.text_a, d.text_b)
                                for d in self.report.disagreements])

    def _documents_of(self, *names: str) -> dict:
        keys = {x.document for x in self.project.annotations.values() if x.coder in names}
        for key in keys - set(self._documents):
            try:
                self._documents[key] = self.open_document(key)
            except StoreError:  # a document no longer stored: its annotations are left out
                self._documents[key] = None
        return {k: d for k, d in self._documents.items() if k in keys and d is not None}

    # -- export -------------------------------------------------------------------------------

    def ask_path(self, fmt: str) -> str:
        """The file to write, or "" (tests may replace this)."""
        filters = {"xlsx": self.tr("Excel 工作簿 (*.xlsx)"), "csv": self.tr("CSV 表格 (*.csv)")}
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出编码者一致性"), f"agreement.{fmt}", filters[fmt])
        return path

    def ask_and_export(self, fmt: str) -> list[Path]:
        path = self.ask_path(fmt)
        return self.export(fmt, Path(path)) if path and self.report is not None else []

    def export(self, fmt: str, path: Path) -> list[Path]:
        from ...exchange.reports.agreement_export import write_agreement
        from ...exchange.context import ExchangeError

        try:
            written = write_agreement(self.report, fmt, path)
        except (ExchangeError, OSError) as exc:
            QMessageBox.warning(self, self.tr("导出失败"), error_text(exc))
            return []
        self.summary.setText(self.summary.text() + "\n" + self.tr("已导出：{files}").format(
            files="；".join(str(p) for p in written)))
        return written


def _percent(value) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _kappa(value) -> str:
    return "—" if value is None else f"{value:.3f}"
