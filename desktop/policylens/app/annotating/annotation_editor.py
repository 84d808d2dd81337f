"""The dialog that edits an annotation's note, highlight colour and codes.

Codes are typed as paths (落户条件/租赁住所) with completion from the project's codes; a path
that does not exist yet becomes a new code when the edit is applied. The note is plain text
or Markdown, with a preview of what the Markdown renders as.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QShortcut, QTextCursor
from PySide6.QtWidgets import (QColorDialog, QComboBox, QCompleter, QDialog, QDialogButtonBox, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QListWidget, QPlainTextEdit, QPushButton,
                               QSplitter, QTextBrowser, QVBoxLayout, QWidget)

from ...core.annotations import PATH_SEP, check_color
from .annotation_session import AnnotationValues

# Highlighter colours: light enough that text stays legible on them.
# No preset is a near twin of a role's mark (an orange #ffc078 read as the lead role's orange).
PRESETS = ("#ffe066", "#8ce99a", "#74c0fc", "#ffa8a8", "#b197fc", "#f783ac")


def swatch(color: str, size: int = 14) -> QIcon:
    """A square of the colour with a grey edge, visible on light and dark backgrounds."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(QColor("#808080"))
    painter.setBrush(QColor(color))
    painter.drawRect(0, 0, size - 1, size - 1)
    painter.end()
    return QIcon(pixmap)


def normal_path(text: str) -> str:
    """落户条件 / 租赁住所 → 落户条件/租赁住所; empty if nothing is named."""
    return PATH_SEP.join(part.strip() for part in text.split(PATH_SEP) if part.strip())


class AnnotationEditor(QDialog):
    def __init__(self, values: AnnotationValues, code_paths: list[str] = (), quote: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("编辑批注"))
        self._build(quote, sorted(code_paths))
        self.set_values(values)

    @classmethod
    def ask(cls, parent: QWidget | None, values: AnnotationValues, code_paths: list[str] = (),
            quote: str = "") -> AnnotationValues | None:
        """The edited values, or None if the user cancelled."""
        dialog = cls(values, code_paths, quote, parent)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None

    # -- building ----------------------------------------------------------------------------

    def _build(self, quote: str, code_paths: list[str]) -> None:
        self.quote_label = QLabel(quote, self)
        self.quote_label.setWordWrap(True)
        self.note_edit = QPlainTextEdit(self)
        self.format_combo = QComboBox(self)
        self.format_combo.addItem(self.tr("纯文本"), "plain")
        self.format_combo.addItem(self.tr("Markdown"), "markdown")
        self.preview = QTextBrowser(self)
        self.preview.setOpenLinks(False)  # a link in a note must not navigate the preview away
        self.color_combo = QComboBox(self)
        for color in PRESETS:
            self.color_combo.addItem(swatch(color), color, color)
        self.color_combo.addItem(self.tr("其他颜色…"), None)
        self._build_codes(code_paths)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self._lay_out()
        self.note_edit.textChanged.connect(self._show_preview)
        self.format_combo.currentIndexChanged.connect(self._show_preview)
        self.color_combo.activated.connect(self._color_chosen)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _build_codes(self, code_paths: list[str]) -> None:
        self.code_edit = QLineEdit(self)
        self.code_edit.setPlaceholderText(self.tr("编码路径，如 落户条件/租赁住所"))
        completer = QCompleter(code_paths, self.code_edit)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.code_edit.setCompleter(completer)
        self.add_code_button = QPushButton(self.tr("添加编码"), self)
        self.code_list = QListWidget(self)
        self.remove_code_button = QPushButton(self.tr("移除编码"), self)
        self.code_edit.returnPressed.connect(self.add_code_from_edit)
        self.code_edit.installEventFilter(self)  # Enter adds a code; it must not also press OK
        self.add_code_button.clicked.connect(self.add_code_from_edit)
        self.remove_code_button.clicked.connect(self.remove_selected_codes)
        QShortcut(QKeySequence.StandardKey.Delete, self.code_list, self.remove_selected_codes,
                  context=Qt.ShortcutContext.WidgetShortcut)

    def _lay_out(self) -> None:
        notes = QSplitter(Qt.Orientation.Horizontal, self)
        notes.addWidget(self.note_edit)
        notes.addWidget(self.preview)
        adding = QHBoxLayout()
        adding.addWidget(self.code_edit, 1)
        adding.addWidget(self.add_code_button)
        adding.addWidget(self.remove_code_button)
        codes = QVBoxLayout()
        codes.addLayout(adding)
        codes.addWidget(self.code_list)
        form = QFormLayout()
        form.addRow(self.tr("原文："), self.quote_label)
        form.addRow(self.tr("格式："), self.format_combo)
        form.addRow(self.tr("颜色："), self.color_combo)
        form.addRow(self.tr("编码："), codes)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(QLabel(self.tr("笔记（右侧为预览）："), self))
        outer.addWidget(notes, 1)
        outer.addWidget(self.buttons)

    # -- values ------------------------------------------------------------------------------

    def set_values(self, values: AnnotationValues) -> None:
        self.note_edit.setPlainText(values.note)
        self.note_edit.moveCursor(QTextCursor.MoveOperation.End)  # typing goes on from the note's end
        self.format_combo.setCurrentIndex(max(0, self.format_combo.findData(values.note_format)))
        self.set_color(values.color)
        self.code_list.clear()
        for path in values.code_paths:
            self.add_code(path)
        self._show_preview()

    def values(self) -> AnnotationValues:
        paths = tuple(self.code_list.item(row).text() for row in range(self.code_list.count()))
        return AnnotationValues(self.note_edit.toPlainText(), self.format_combo.currentData(),
                                self.color(), paths)

    def color(self) -> str:
        return self._color

    def set_color(self, color: str) -> None:
        color = check_color(color)
        index = self.color_combo.findData(color)
        if index < 0:  # a colour picked earlier that is not a preset: list it before 其他颜色…
            index = self.color_combo.count() - 1
            self.color_combo.insertItem(index, swatch(color), color, color)
        self.color_combo.setCurrentIndex(index)
        self._color = color

    def add_code(self, path: str) -> bool:
        path = normal_path(path)
        if not path or self.code_list.findItems(path, Qt.MatchFlag.MatchExactly):
            return False
        self.code_list.addItem(path)
        return True

    def add_code_from_edit(self) -> None:
        if self.add_code(self.code_edit.text()):
            self.code_edit.clear()

    def remove_selected_codes(self) -> None:
        for item in self.code_list.selectedItems():
            self.code_list.takeItem(self.code_list.row(item))

    # -- behaviour ---------------------------------------------------------------------------

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.code_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            popup = self.code_edit.completer().popup()
            if not popup.isVisible():  # with the completer open, Enter picks its entry first
                self.add_code_from_edit()
                return True
        return super().eventFilter(watched, event)

    def _show_preview(self, *_args) -> None:
        text = self.note_edit.toPlainText()
        if self.format_combo.currentData() == "markdown":
            self.preview.setMarkdown(text)
        else:
            self.preview.setPlainText(text)

    def _color_chosen(self, index: int) -> None:
        preset = self.color_combo.itemData(index)
        if preset is not None:
            self._color = preset
            return
        chosen = QColorDialog.getColor(QColor(self._color), self, self.tr("选择颜色"))
        self.set_color(chosen.name() if chosen.isValid() else self._color)  # cancelled: as before
