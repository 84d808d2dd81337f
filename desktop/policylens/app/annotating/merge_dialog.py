"""What a merge of a colleague's project brought in, and its conflicts, ours beside theirs."""
from __future__ import annotations

from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableWidget,
                               QTableWidgetItem, QVBoxLayout)


class MergeDialog(QDialog):
    def __init__(self, report, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("合并 {name}").format(name=report.path.name))
        self.setObjectName("mergeDialog")
        self.summary = QLabel(self._summary(report), self)
        self.summary.setWordWrap(True)
        self.conflicts = table(self, (self.tr("冲突"), self.tr("对象"), self.tr("我的"), self.tr("同事的")),
                               [(self._kind(c.kind), c.subject, c.ours, c.theirs) for c in report.conflicts])
        self.problems = QLabel("\n".join(report.problems), self)
        self.problems.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addWidget(self.summary)
        if report.conflicts:
            column.addWidget(QLabel(self.tr("以下冲突保留了您的版本，同事的版本列在旁边，没有覆盖任何内容："), self))
            column.addWidget(self.conflicts, 1)
        if report.problems:
            column.addWidget(QLabel(self.tr("未能合并："), self))
            column.addWidget(self.problems)
        column.addWidget(buttons)
        self.resize(860, 480 if report.conflicts else 220)

    def _summary(self, report) -> str:
        lines = [self.tr("新增批注 {n} 条（其中 {review} 条需要复核），新增备忘 {memos} 条，"
                         "已有的相同内容 {same} 条，冲突 {conflicts} 处。").format(
                     n=report.annotations_added, review=report.needs_review, memos=report.memos_added,
                     same=report.identical, conflicts=len(report.conflicts)),
                 self.tr("编码：按 GUID 对应 {guid} 个，按路径对应 {path} 个，新增 {added} 个。").format(
                     guid=report.codes_by_guid, path=report.codes_by_path, added=len(report.codes_added))]
        if report.codes_added:
            lines.append(self.tr("新增编码：{codes}").format(codes="；".join(report.codes_added)))
        if report.coders:
            lines.append(self.tr("编码者：{names}").format(names="；".join(report.coders)))
        return "\n".join(lines)

    def _kind(self, kind: str) -> str:
        return {"code": self.tr("编码名称或位置不同"), "code colour": self.tr("编码颜色不同"),
                "note": self.tr("同一段落和编码，笔记不同"), "codes": self.tr("同一段落，编码不同"),
                "annotation": self.tr("同一批注，两边都改过"), "memo": self.tr("同一备忘，内容不同")}.get(kind, kind)


def table(parent, headers, rows) -> QTableWidget:
    """A read-only table of text rows, its last columns sharing the width."""
    widget = QTableWidget(len(rows), len(headers), parent)
    widget.setHorizontalHeaderLabels(list(headers))
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.verticalHeader().hide()
    fill(widget, rows)
    header = widget.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in range(max(0, len(headers) - 2), len(headers)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    widget.setWordWrap(True)
    return widget


def fill(widget: QTableWidget, rows) -> None:
    widget.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            item.setToolTip(item.text())
            widget.setItem(r, c, item)
