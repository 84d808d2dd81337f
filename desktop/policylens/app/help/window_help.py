"""The Help menu: keyboard shortcuts, the key to the reader's marks, the tour, About.

The dialogs are modules of their own, loaded when first opened: start-up pays nothing for them.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QKeySequence

from ..shell.actions import Spec
from ..common.first_paint import FirstPaint

TOUR_DONE = "tour/done"  # in the window's settings: the first-run tour was shown once


class WindowHelp:
    """Mixed into MainWindow; strings use the MainWindow context (see WindowActions)."""

    MENU_ACTIONS = (
        # F1 is the platform's help key; Ctrl+/ where F1 is taken (laptops, some desktops).
        Spec("help", "shortcuts", QT_TRANSLATE_NOOP("actions", "键盘快捷键"), "show_shortcuts",
             (QKeySequence.StandardKey.HelpContents, "Ctrl+/")),
        Spec("help", "legend", QT_TRANSLATE_NOOP("actions", "单位角色图例"), "show_legend"),
        Spec("help", "tour", QT_TRANSLATE_NOOP("actions", "入门提示"), "show_tour"),
        Spec("help", "about", QT_TRANSLATE_NOOP("actions", "关于 PolicyLens"), "show_about"),
    )

    tour = None  # the running or last tour (app/tour.py), made when first asked for

    def _init_help(self) -> None:
        """Called once by MainWindow after its actions are built."""
        # A Python event filter left on the application is called while Qt tears the
        # widgets down at interpreter exit, when it can no longer run: end the tour first.
        self.shuttingDown.connect(self._end_tour)

    def _end_tour(self) -> None:
        if self.tour is not None:
            self.tour.stop()

    def show_shortcuts(self):
        from .help_dialogs import ShortcutsDialog, show_dialog

        return show_dialog(self, "shortcutsDialog", lambda: ShortcutsDialog(self.actions_by_name, self))

    def show_legend(self):
        from .help_dialogs import LegendDialog, show_dialog

        return show_dialog(self, "legendDialog", lambda: LegendDialog(self))

    def show_about(self):
        from .about_dialog import AboutDialog
        from .help_dialogs import show_dialog

        return show_dialog(self, "aboutDialog", lambda: AboutDialog(self.data_dir, self.settings.fileName(), self))

    # --- the first-run tour -------------------------------------------------------------------
    def offer_tour(self) -> bool:
        """On the first start (the settings know no tour yet), show the tour once the window has
        painted; True if it will be shown. The application calls this; tests call it to ask."""
        if self.settings.contains(TOUR_DONE):
            return False
        if self.isVisible():  # already up: at the event loop's next turn
            QTimer.singleShot(0, self.show_tour)
        else:
            self._tour_after_paint = FirstPaint(self.reader.view.viewport(), self.show_tour)
        return True

    def show_tour(self):
        from .tour import Tour

        self.settings.setValue(TOUR_DONE, True)  # once shown, never offered again
        if self.tour is None:
            self.tour = Tour(self, self._tour_steps())
        self.tour.start()
        return self.tour

    def _tour_steps(self) -> list:
        from .tour import Step, shortcut

        keys = {name: shortcut(self.actions_by_name[name])
                for name in ("depth_1", "depth_4", "search", "highlight", "annotate", "shortcuts")}
        return [
            Step(lambda: self.corpus_view, QCoreApplication.translate("MainWindow",
                "语料库：文件按地区和层级（市、县）分组，显示标题、日期、文号和简繁字形。"
                "在上方输入可筛选，简体繁体都能找到。")),
            Step(lambda: self.outline_view, QCoreApplication.translate("MainWindow",
                "大纲：条款树和各条款的牵头单位。点击条款，正文跳到该处；"
                "{first}…{last} 调整显示的层级。").format(first=keys["depth_1"], last=keys["depth_4"])),
            Step(lambda: self.reader.legend, QCoreApplication.translate("MainWindow",
                "正文中的单位按角色着色：牵头、配合、负责、提及；悬停可看规范名称。"
                "“帮助 > 单位角色图例”有完整说明。")),
            Step(lambda: self.agency_dock, QCoreApplication.translate("MainWindow",
                "单位面板：选一个单位和角色，列出它在所有文件中参与的条款；双击跳到条款。"),
                lambda: self._raise_dock(self.agency_dock)),
            Step(lambda: self.search_dock, QCoreApplication.translate("MainWindow",
                "语料库搜索（{keys}）：搜“户籍”也能找到“戶籍”；可按地区、层级和单位筛选。").format(keys=keys["search"]),
                lambda: self._raise_dock(self.search_dock)),
            Step(lambda: self.reader.view, QCoreApplication.translate("MainWindow",
                "批注：选中正文文字，{highlight} 高亮，{annotate} 写批注并加编码。"
                "快捷键一览见 {shortcuts}；本提示可从“帮助 > 入门提示”再次打开。").format(**keys),
                lambda: self._raise_dock(self.agency_dock)),
        ]

    @staticmethod
    def _raise_dock(dock) -> None:
        dock.show()
        dock.raise_()
