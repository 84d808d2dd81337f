"""The preferences dialog: language, colours, reader font size and script, where data lives."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel,
                               QPushButton, QSpinBox, QVBoxLayout, QWidget)

from .preferences import FONT_SIZES, Preferences


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, data_dir: Path, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("首选项"))
        self.setObjectName("preferencesDialog")
        self._data_dir = data_dir
        self.language = self._combo({"system": self.tr("跟随系统"), "zh_CN": "中文", "en": "English"})
        self.theme = self._combo({"system": self.tr("跟随系统"), "light": self.tr("浅色"), "dark": self.tr("深色")})
        self.script = self._combo({"original": self.tr("原文字形"), "simplified": self.tr("简体"),
                                   "traditional": self.tr("繁体")})
        self.font_size = QSpinBox(self)
        self.font_size.setRange(FONT_SIZES[1] - 1, FONT_SIZES[-1])
        self.font_size.setSpecialValueText(self.tr("系统默认"))  # the minimum stands for 0
        self.font_size.setSuffix(self.tr(" 磅"))
        self._build()
        self.set_preferences(prefs)

    def _combo(self, items: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        for value, text in items.items():
            combo.addItem(text, value)
        return combo

    def _build(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("界面语言："), self.language)
        form.addRow(self.tr("配色："), self.theme)
        form.addRow(self.tr("阅读字号："), self.font_size)
        form.addRow(self.tr("打开文件时的字形："), self.script)
        form.addRow(self.tr("数据文件夹："), self._data_row())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        column.addLayout(form)
        note = QLabel(self.tr("数据文件夹可在启动时用 --data-dir 指定。"), self)
        note.setWordWrap(True)
        column.addWidget(note)
        column.addWidget(self.buttons)

    def _data_row(self) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        self.data_label = QLabel(str(self._data_dir), row)
        self.data_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_button = QPushButton(self.tr("打开"), row)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir))))
        layout.addWidget(self.data_label, 1)
        layout.addWidget(open_button)
        return row

    def set_preferences(self, prefs: Preferences) -> None:
        self._prefs = prefs
        for combo, value in ((self.language, prefs.language), (self.theme, prefs.theme),
                             (self.script, prefs.script)):
            combo.setCurrentIndex(combo.findData(value))
        self.font_size.setValue(prefs.font_size or self.font_size.minimum())

    def preferences(self) -> Preferences:
        size = self.font_size.value()
        return replace(self._prefs, language=self.language.currentData(), theme=self.theme.currentData(),
                       script=self.script.currentData(),
                       font_size=0 if size == self.font_size.minimum() else size)

    @classmethod
    def ask(cls, prefs: Preferences, data_dir: Path, parent=None) -> Preferences | None:
        """The edited preferences, or None if the user cancelled (tests may replace this)."""
        dialog = cls(prefs, data_dir, parent)
        return dialog.preferences() if dialog.exec() == QDialog.DialogCode.Accepted else None
