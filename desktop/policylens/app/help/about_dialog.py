"""About PolicyLens: the versions of it and its libraries, and where its data lives.

Versions are read from the installed packages' metadata, so opening this dialog never imports
a library the window has not needed yet (jieba alone takes a second to load its dictionary).
"""
from __future__ import annotations

import html
import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
                               QToolButton, QVBoxLayout, QWidget)

from ... import __version__
from ...paths import location_file
from ...store.layout import Layout

# Distribution name -> the name shown.
LIBRARIES = {"jieba": "jieba", "opencc-python-reimplemented": "OpenCC", "tinydb": "TinyDB",
             "openpyxl": "openpyxl", "numpy": "NumPy"}


def versions() -> dict[str, str]:
    """Name -> version of PolicyLens, Python, Qt, PySide6 and the libraries it uses."""
    found = {"PolicyLens": __version__, "Python": platform.python_version(), "Qt": qVersion(),
             "PySide6": pyside_version}
    for dist, name in LIBRARIES.items():
        try:
            found[name] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            found[name] = "—"
    return found


def data_locations(data_dir: Path, settings_file: str) -> list[tuple[str, Path]]:
    """(what, path) of every place PolicyLens keeps something, in the order a user looks."""
    layout = Layout(data_dir)
    return [("data", data_dir), ("corpus", layout.corpus), ("user", layout.user),
            ("backups", layout.backups), ("aliases", layout.aliases),
            ("settings", Path(settings_file)), ("location", location_file())]


def folder_to_open(path: Path) -> Path:
    """The folder to show for a path: itself if a folder, else the nearest existing parent."""
    for candidate in (path, *path.parents):
        if candidate.is_dir():
            return candidate
    return path


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, settings_file: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("关于 PolicyLens"))
        self.setObjectName("aboutDialog")
        self.versions = versions()
        self.paths: dict[str, Path] = {}
        heading = QLabel(f"<h2>PolicyLens {__version__}</h2>" + self.tr("离线阅读、标注和比较政策文件。"), self)
        column = QVBoxLayout(self)
        column.addWidget(heading)
        column.addWidget(self._versions_box())
        column.addWidget(self._locations_box(data_dir, settings_file))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def _versions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("版本"), self)
        form = QFormLayout(box)
        for name, version in self.versions.items():
            label = QLabel(version, box)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(name + ":", label)
        return box

    def _locations_box(self, data_dir: Path, settings_file: str) -> QGroupBox:
        names = {"data": self.tr("数据文件夹"), "corpus": self.tr("语料库存储"),
                 "user": self.tr("用户数据（批注、对齐校正）"), "backups": self.tr("批注备份"),
                 "aliases": self.tr("我的单位别名表"), "settings": self.tr("设置文件"),
                 "location": self.tr("数据文件夹指向（首选项中的选择）")}
        box = QGroupBox(self.tr("数据位置"), self)
        form = QFormLayout(box)
        self.path_labels: dict[str, QLabel] = {}
        for key, path in data_locations(data_dir, settings_file):
            self.paths[key] = path
            form.addRow(names[key] + ":", self._path_row(key, path, box))
        return box

    def _path_row(self, key: str, path: Path, parent: QWidget) -> QWidget:
        row = QWidget(parent)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(row)
        missing = "" if path.exists() else " " + self.tr("（尚未创建）")
        # A link opens the folder (a file's own folder) in the system's file manager.
        label.setText(f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{html.escape(str(path))}</a>{missing}')
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(lambda _link, path=path: self.open_location(path))
        label.setToolTip(self.tr("打开所在文件夹"))
        copy = QToolButton(row)
        copy.setText(self.tr("复制"))
        copy.setToolTip(self.tr("复制路径"))
        copy.clicked.connect(lambda _checked=False, path=path: self.copy_location(path))
        layout.addWidget(label, 1)
        layout.addWidget(copy)
        self.path_labels[key] = label
        return row

    @staticmethod
    def open_location(path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder_to_open(path))))

    @staticmethod
    def copy_location(path: Path) -> None:
        QGuiApplication.clipboard().setText(str(path))

