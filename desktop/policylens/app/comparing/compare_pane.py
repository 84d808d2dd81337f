"""One document's column in the side-by-side view: header, corrections, values and text."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QMenu, QPushButton, QScrollArea, QSizePolicy, QTextBrowser,
                               QVBoxLayout)

from ...core.compared import Segment
from .compare_columns import Column, column_note, column_title, diff_colours, reference_colour, segments, value_lines

DIFF_PROPERTY = QTextCharFormat.UserProperty + 20  # the op a highlighted span shows
COLUMN_WIDTH = 280  # the narrowest a column gets; more columns than fit scroll sideways
VALUE_LINES = 6  # localized values shown before their list scrolls


class ColumnPane(QFrame):
    """A header click makes the column the reference; the 更正 menu corrects the alignment."""
    chosen = Signal(str)  # the document's key
    unlink_requested = Signal(str)  # "not the same clause": take it out of the family
    pick_requested = Signal(str)  # "choose another clause…" of this document
    withdraw_requested = Signal(str)  # remove the correction that concerns this document

    def __init__(self, key: str, parent=None):
        super().__init__(parent)
        self.key = key
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(COLUMN_WIDTH)
        self.header = QPushButton(key, self)
        self.header.setFlat(True)
        self.header.setToolTip(self.tr("点击设为参照"))
        self.header.clicked.connect(lambda: self.chosen.emit(self.key))
        # A push button with a menu: its size leaves room for the menu arrow beside the label
        # (a tool button's instant popup draws the arrow over the end of the label).
        self.correct_button = QPushButton(self.tr("更正"), self)
        self.correct_button.setToolTip(self.tr("更正条款对齐"))
        self.correct_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.menu = QMenu(self)
        self.unlink_action = self.menu.addAction(self.tr("不是同一条款"))
        self.pick_action = self.menu.addAction(self.tr("选择其他条款…"))
        self.withdraw_action = self.menu.addAction(self.tr("撤销更正"))
        self.unlink_action.triggered.connect(lambda: self.unlink_requested.emit(self.key))
        self.pick_action.triggered.connect(lambda: self.pick_requested.emit(self.key))
        self.withdraw_action.triggered.connect(lambda: self.withdraw_requested.emit(self.key))
        self.correct_button.setMenu(self.menu)
        self.title, self.note, self.values, self.absent = QLabel(self), QLabel(self), QLabel(self), QLabel(self)
        for label in (self.title, self.note, self.values, self.absent):
            label.setWordWrap(True)
        self.absent.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.values.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.values_area = QScrollArea(self)  # a long list must not squeeze the text away
        self.values_area.setWidgetResizable(True)
        self.values_area.setFrameShape(QFrame.Shape.NoFrame)
        self.values_area.setWidget(self.values)
        self.values_area.setMaximumHeight(self.fontMetrics().lineSpacing() * VALUE_LINES + 8)
        self.text = QTextBrowser(self)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.correct_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        for widget in (self.title, self.note, self.values_area, self.text, self.absent):
            layout.addWidget(widget)
        self.absent.hide()

    def show_column(self, column: Column, reference: Column, corrected: bool) -> None:
        absent = column.clause is None
        place, _, title = column_title(column.doc, column.clause).partition("\n")
        self.header.setText(place)
        self.title.setText(title)
        self.title.setVisible(bool(title))
        self.header.setEnabled(not absent and not column.is_reference)
        self.header.setStyleSheet(f"color:{reference_colour()};font-weight:bold" if column.is_reference else "")
        self.title.setStyleSheet("font-weight:bold")
        self.correct_button.setEnabled(not column.is_reference)
        self.unlink_action.setEnabled(not absent)
        self.pick_action.setText(self.tr("选择条款…") if absent else self.tr("选择其他条款…"))
        self.withdraw_action.setEnabled(corrected)
        self.note.setText(column_note(column) + (self.tr("（已更正）") if corrected else ""))
        self.note.setVisible(not absent)
        lines = value_lines(column)
        self.values.setText("\n".join(lines))
        self.values_area.setVisible(bool(lines))
        self.text.setVisible(not absent)
        self.absent.setVisible(absent)
        self.absent.setText(column_note(column) + (self.tr("（已更正）") if corrected else "") if absent else "")
        self.text.clear()
        cursor = QTextCursor(self.text.document())
        for segment in segments(column, reference):
            cursor.insertText(segment.text, self._format(segment))
        self.text.moveCursor(QTextCursor.MoveOperation.Start)

    def _format(self, segment: Segment) -> QTextCharFormat:
        fmt = QTextCharFormat()
        if segment.op == "equal":
            return fmt
        background, foreground = getattr(diff_colours(), segment.op)
        fmt.setBackground(QColor(background))
        fmt.setForeground(QColor(foreground))
        fmt.setFontStrikeOut(segment.op == "delete")
        fmt.setProperty(DIFF_PROPERTY, segment.op)
        tips = {"insert": self.tr("参照条款没有这段文字"), "delete": self.tr("参照条款有而本文件删去的文字"),
                "replace": self.tr("参照条款此处为：{text}").format(text=segment.reference_text)}
        fmt.setToolTip(tips[segment.op])
        return fmt
