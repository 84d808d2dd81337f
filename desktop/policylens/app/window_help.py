"""The Help menu."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox

from .. import __version__
from .actions import Spec


class WindowHelp:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = (
        Spec("help", "about", QT_TRANSLATE_NOOP("actions", "关于 PolicyLens"), "show_about"),
    )

    def _init_help(self) -> None:
        """Called once by MainWindow after its actions are built."""

    def show_about(self):
        title = QCoreApplication.translate("MainWindow", "关于 PolicyLens")
        text = QCoreApplication.translate(
            "MainWindow", "PolicyLens {version}\n离线阅读、标注和比较政策文件。\n数据文件夹：{data}")
        QMessageBox.about(self, title, text.format(version=__version__, data=self.data_dir or "—"))
