"""The preferences dialog: the coder's name, language, colours, reader font size and script;
the data folder; the user's agency alias table."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

from ...paths import choose_data_dir, chosen_data_dir, describe_data_folder, location_file, platform_data_dir
from ..corpus.alias_editor import AliasEditor, Reanalysis
from .preferences import FONT_SIZES, Preferences
from ..common.error_text import error_text

UNCHANGED = object()  # the data folder of the next start was not changed in this dialog


class PreferencesDialog(QDialog):
    def __init__(self, prefs: Preferences, data_dir: Path, parent=None, location: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("首选项"))
        self.setObjectName("preferencesDialog")
        self._data_dir = Path(data_dir)
        self._location = location or location_file()
        self._next_dir = UNCHANGED
        self.reanalysis: Reanalysis | None = None
        self.coder = QLineEdit(self)
        self.coder.setObjectName("coderName")
        self.coder.setPlaceholderText(self.tr("例如：张三"))
        self.coder.setToolTip(self.tr("您新建的每条批注和备忘都记下这个名字，合并同事的项目和计算编码者一致性时用它区分编码者"))
        self.language = self._combo({"system": self.tr("跟随系统"), "zh_CN": "中文", "en": "English"})
        self.theme = self._combo({"system": self.tr("跟随系统"), "light": self.tr("浅色"), "dark": self.tr("深色")})
        self.script = self._combo({"original": self.tr("原文字形"), "simplified": self.tr("简体"),
                                   "traditional": self.tr("繁体")})
        self.font_size = QSpinBox(self)
        self.font_size.setRange(FONT_SIZES[1] - 1, FONT_SIZES[-1])
        self.font_size.setSpecialValueText(self.tr("系统默认"))  # the minimum stands for 0
        self.font_size.setSuffix(self.tr(" 磅"))
        self.aliases = AliasEditor(self._data_dir, self)
        self._build()
        self.set_preferences(prefs)
        self.resize(720, 560)

    def _combo(self, items: dict[str, str]) -> QComboBox:
        combo = QComboBox(self)
        for value, text in items.items():
            combo.addItem(text, value)
        return combo

    def _build(self) -> None:
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self._general_tab(), self.tr("常规"))
        self.tabs.addTab(self._data_tab(), self.tr("数据文件夹"))
        self.tabs.addTab(self.aliases, self.tr("单位别名"))
        column = QVBoxLayout(self)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.buttons)

    def _general_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        form.addRow(self.tr("编码者姓名："), self.coder)
        form.addRow(self.tr("界面语言："), self.language)
        form.addRow(self.tr("配色："), self.theme)
        form.addRow(self.tr("阅读字号："), self.font_size)
        form.addRow(self.tr("打开文件时的字形："), self.script)
        return tab

    def _data_tab(self) -> QWidget:
        tab = QWidget(self)
        form = QFormLayout(tab)
        self.data_label = self._path_label(str(self._data_dir), tab)
        open_button = QPushButton(self.tr("打开"), tab)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir))))
        form.addRow(self.tr("正在使用："), self._row(tab, self.data_label, open_button))
        self.next_label = self._path_label("", tab)
        self.change_button = QPushButton(self.tr("更改…"), tab)
        self.change_button.clicked.connect(self.change_data_dir)
        self.default_button = QPushButton(self.tr("恢复默认"), tab)
        self.default_button.clicked.connect(lambda: self.set_next_data_dir(None))
        form.addRow(self.tr("下次启动时使用："), self._row(tab, self.next_label, self.change_button, self.default_button))
        self.folder_note = QLabel(tab)
        self.folder_note.setWordWrap(True)
        form.addRow(self.folder_note)
        note = QLabel(self.tr("更改在下次启动时生效。原来的文件夹及其中的数据保持原样，不会移动或删除；"
                              "选择一个空文件夹，下次启动时会在其中导入内置文件。"
                              "启动时用 --data-dir 指定的文件夹优先于此处的选择。"), tab)
        note.setWordWrap(True)
        form.addRow(note)
        self._show_next_data_dir()
        return tab

    @staticmethod
    def _path_label(text: str, parent: QWidget) -> QLabel:
        label = QLabel(text, parent)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        return label

    @staticmethod
    def _row(parent: QWidget, label: QLabel, *buttons: QPushButton) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label, 1)
        for button in buttons:
            layout.addWidget(button)
        return row

    # --- the data folder ----------------------------------------------------------------------
    def next_data_dir(self) -> Path:
        """The data folder the next start will use (when no --data-dir is given)."""
        chosen = chosen_data_dir(self._location) if self._next_dir is UNCHANGED else self._next_dir
        return chosen or platform_data_dir()

    def change_data_dir(self) -> None:
        folder = self.pick_folder(self, str(self.next_data_dir()))
        if folder is not None:
            self.set_next_data_dir(folder)

    def set_next_data_dir(self, folder: Path | None) -> None:
        """Keep folder (None: the default) for the next start, once the dialog is accepted."""
        self._next_dir = Path(folder) if folder else None
        self._show_next_data_dir()

    def _show_next_data_dir(self) -> None:
        folder = self.next_data_dir()
        self.next_label.setText(str(folder))
        kind = describe_data_folder(folder)
        notes = {"data": self.tr("此文件夹已有 PolicyLens 数据，下次启动时将打开它。"),
                 "empty": self.tr("空文件夹：下次启动时将在其中导入内置文件。"),
                 "other": self.tr("此文件夹中已有其他文件。PolicyLens 会在其中建立 corpus 和 user 文件夹，"
                                  "不会改动原有文件；建议选择一个空文件夹。"),
                 "unwritable": self.tr("无法写入此文件夹，请另选一个。")}
        self.folder_note.setText("" if folder == self._data_dir else notes[kind])
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(kind != "unwritable")

    @classmethod
    def pick_folder(cls, parent, start: str) -> Path | None:
        """The folder the user picks, or None (tests may replace this)."""
        title = QCoreApplication.translate("PreferencesDialog", "选择数据文件夹")
        folder = QFileDialog.getExistingDirectory(parent, title, start)
        return Path(folder) if folder else None

    # --- the whole dialog ---------------------------------------------------------------------
    def set_preferences(self, prefs: Preferences) -> None:
        self._prefs = prefs
        for combo, value in ((self.language, prefs.language), (self.theme, prefs.theme),
                             (self.script, prefs.script)):
            combo.setCurrentIndex(combo.findData(value))
        self.font_size.setValue(prefs.font_size or self.font_size.minimum())
        self.coder.setText(prefs.coder)

    def preferences(self) -> Preferences:
        size = self.font_size.value()
        return replace(self._prefs, language=self.language.currentData(), theme=self.theme.currentData(),
                       script=self.script.currentData(), coder=" ".join(self.coder.text().split()),
                       font_size=0 if size == self.font_size.minimum() else size)

    def accept(self) -> None:
        """Keep the data folder choice and the alias table, then close; an alias table that
        cannot be saved keeps the dialog open on it, with the reason."""
        self.aliases.finish_editing()
        if self.aliases.modified and not self.aliases.check():
            self.tabs.setCurrentWidget(self.aliases)
            return
        try:
            if self._next_dir is not UNCHANGED:
                choose_data_dir(self._next_dir, self._location)
            saved = self.aliases.save()
        except OSError as exc:
            self.aliases.show_message(self.tr("无法保存：{error}").format(error=error_text(exc)), error=True)
            return
        super().accept()
        window = self.parent()
        if saved and hasattr(window, "corpus_source"):
            self.reanalysis = Reanalysis(window)
            self.reanalysis.start()

    def keyPressEvent(self, event) -> None:
        # Return in a cell of the alias table ends that cell's edit (the delegate commits it);
        # it must not also press OK and close the dialog before the edit is in.
        editing = self.aliases.table.state() == QAbstractItemView.State.EditingState
        if editing and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()
            return
        super().keyPressEvent(event)

    @classmethod
    def ask(cls, prefs: Preferences, data_dir: Path, parent=None) -> Preferences | None:
        """The edited preferences, or None if the user cancelled (tests may replace this)."""
        dialog = cls(prefs, data_dir, parent)
        return dialog.preferences() if dialog.exec() == QDialog.DialogCode.Accepted else None
