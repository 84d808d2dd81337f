"""The Help menu: the shortcuts list, the legend of the reader's marks, About."""
import sys
from collections import Counter
from dataclasses import replace
from importlib import metadata

from PySide6.QtCore import QObject, QPoint, Qt, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QToolButton

from policylens.app.common import styles
from policylens.app.help.about_dialog import AboutDialog
from policylens.app.help.help_dialogs import LegendDialog, ShortcutsDialog


def test_f1_lists_every_action_with_its_shortcut_and_filters_as_you_type(make_window, qtbot):
    window = make_window()
    window.activateWindow()
    qtbot.keyClick(window.corpus_view, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    rows = dialog.visible_rows()
    assert len(rows) == len(window.actions_by_name)
    for row in [("文件", "导入文件…", "Ctrl+O"), ("编辑", "在语料库中搜索…", "Ctrl+Shift+F"),
                ("比较", "各地对照此条款…", "Ctrl+D"), ("比较", "文本复用矩阵…", "Ctrl+Shift+D"),
                ("编辑", "撤销", "Ctrl+Z"), ("编辑", "重做", "Ctrl+Shift+Z, Ctrl+Y"),
                ("帮助", "键盘快捷键", "F1, Ctrl+/"), ("帮助", "关于 PolicyLens", "")]:
        assert row in rows
    qtbot.keyClicks(dialog.filter_edit, "ctrl+d")
    assert dialog.visible_rows() == [("比较", "各地对照此条款…", "Ctrl+D")]
    dialog.filter_edit.clear()
    dialog.filter_edit.insert("大纲")  # as an input method commits it (QTest types ASCII only)
    qtbot.keyClicks(dialog.filter_edit, " alt")
    assert [keys for _menu, _text, keys in dialog.visible_rows()] == ["Alt+1", "Alt+2", "Alt+3", "Alt+4"]
    dialog.filter_edit.clear()
    assert len(dialog.visible_rows()) == len(window.actions_by_name)


def test_no_two_actions_share_a_shortcut(make_window):
    window = make_window()
    shortcuts = {name: [k.toString() for k in a.shortcuts()] for name, a in window.actions_by_name.items()}
    # Not even within one action: Qt calls a sequence bound twice ambiguous and ignores it.
    assert {name: keys for name, keys in shortcuts.items() if len(keys) != len(set(keys))} == {}
    keys = Counter(key for keys in shortcuts.values() for key in keys)
    assert [k for k, n in keys.items() if n > 1] == []
    assert window.actions_by_name["shortcuts"].shortcuts() == [QKeySequence("F1"), QKeySequence("Ctrl+/")]


def test_standard_keys_resolve_to_each_sequence_once_on_any_platform(qapp):
    from policylens.app.shell.actions import TABLE, resolve

    x11 = {QKeySequence.StandardKey.Quit: [QKeySequence("Ctrl+Q")],
           QKeySequence.StandardKey.Back: [QKeySequence("Alt+Left"), QKeySequence("Backspace")]}
    bindings = lambda key: x11.get(key, [])  # noqa: E731 - the bindings Qt gives under X11/KDE
    quit_keys = next(spec.keys for spec in TABLE if spec.name == "quit")
    back_keys = next(spec.keys for spec in TABLE if spec.name == "back")
    assert [k.toString() for k in resolve(quit_keys, bindings)] == ["Ctrl+Q"]
    assert [k.toString() for k in resolve(back_keys, bindings)] == ["Alt+Left"]
    assert [k.toString() for k in resolve(quit_keys, lambda key: [])] == ["Ctrl+Q"]  # offscreen, Windows


def test_legend_shows_the_four_roles_in_the_readers_colours(make_window, qtbot):
    window = make_window()
    window.actions_by_name["legend"].trigger()
    dialog = window.findChild(LegendDialog)
    qtbot.waitExposed(dialog)
    assert [dialog.keys[k].text() for k in ("lead", "cooperate", "responsible", "mention", "damaged", "removed")] == \
        ["牵头", "配合", "负责", "提及", "字符缺损", "清理时移除"]
    assert dialog.explanations["lead"].text().startswith("牵头单位：")
    for role, (background, foreground) in styles.LIGHT.roles.items():
        assert f"background:{background};color:{foreground};" in dialog.keys[role].styleSheet()
    window.apply_preferences(replace(window.prefs, theme="dark"))
    try:
        qtbot.waitUntil(lambda: styles.DARK.roles["lead"][0] in dialog.keys["lead"].styleSheet())
        assert styles.DARK.damaged in dialog.keys["damaged"].styleSheet()
    finally:
        window.apply_preferences(replace(window.prefs, theme="light"))
    qtbot.waitUntil(lambda: styles.LIGHT.roles["lead"][0] in dialog.keys["lead"].styleSheet())


class OpenedUrls(QObject):
    """A handler for file: URLs, as a file manager registers itself with Qt."""

    def __init__(self):
        super().__init__()
        self.urls = []

    @Slot("QUrl")
    def open(self, url):
        self.urls.append(url.toLocalFile())


def test_about_shows_versions_and_the_data_folders_to_open_and_copy(make_window, qtbot, tmp_path):
    before = set(sys.modules)
    window = make_window()
    window.actions_by_name["about"].trigger()
    dialog = window.findChild(AboutDialog)
    qtbot.waitExposed(dialog)
    assert not {m for m in set(sys.modules) - before if m.split(".")[0] in ("jieba", "opencc")}
    assert dialog.versions["PolicyLens"] == "0.1.0"
    for name, dist in (("jieba", "jieba"), ("OpenCC", "opencc-python-reimplemented"), ("TinyDB", "tinydb"),
                       ("openpyxl", "openpyxl"), ("NumPy", "numpy"), ("PySide6", "PySide6-Essentials")):
        assert dialog.versions[name] == metadata.version(dist)
    assert dialog.versions["Qt"] == "6.11.3" and dialog.versions["Python"] == ".".join(map(str, sys.version_info[:3]))
    assert dialog.paths["data"] == tmp_path and dialog.paths["user"] == tmp_path / "user"
    assert dialog.paths["corpus"] == tmp_path / "corpus"
    assert dialog.paths["settings"] == tmp_path / "policylens.ini"
    assert str(tmp_path) in dialog.path_labels["data"].text()
    assert "尚未创建" in dialog.path_labels["backups"].text()  # no annotation saved yet

    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        label = dialog.path_labels["corpus"]
        qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(6, label.height() // 2))
        dialog.open_location(dialog.paths["backups"])  # not there yet: its nearest folder opens
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert opened.urls == [str(tmp_path / "corpus"), str(tmp_path / "user")]
    copy = dialog.path_labels["settings"].parentWidget().findChild(QToolButton)
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == str(tmp_path / "policylens.ini")
