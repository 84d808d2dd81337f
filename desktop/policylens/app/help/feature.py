"""The Help menu: keyboard shortcuts, the key to the reader's marks, the tour, About.

The dialogs are modules of their own, loaded when first opened: start-up pays nothing for them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer

from ..common.first_paint import FirstPaint
from ..common.context import Feature, FeatureContext

TOUR_DONE = "tour/done"  # in the window's settings: the first-run tour was shown once


class HelpFeature(QObject, Feature):
    """The Help menu's slots; the tour points at the window's public parts."""

    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context, self.window = context, context.window
        self.tour = None  # the running or last tour (help/tour.py), made when first asked for
        self._tour_after_paint = None

    def shutdown(self) -> None:
        # A Python event filter left on the application is called while Qt tears the
        # widgets down at interpreter exit, when it can no longer run: end the tour first.
        if self.tour is not None:
            self.tour.stop()

    def show_shortcuts(self):
        from .help_dialogs import ShortcutsDialog, show_dialog

        window = self.window
        return show_dialog(window, "shortcutsDialog", lambda: ShortcutsDialog(window.actions_by_name, window))

    def show_legend(self):
        from .help_dialogs import LegendDialog, show_dialog

        return show_dialog(self.window, "legendDialog", lambda: LegendDialog(self.window))

    def show_about(self):
        from .about_dialog import AboutDialog
        from .help_dialogs import show_dialog

        context = self.context
        return show_dialog(context.window, "aboutDialog",
                           lambda: AboutDialog(context.data_dir, context.settings.fileName(), context.window))

    # --- the first-run tour -------------------------------------------------------------------
    def offer_tour(self) -> bool:
        """On the first start (the settings know no tour yet), show the tour once the window has
        painted; True if it will be shown. The application calls this; tests call it to ask."""
        if self.context.settings.contains(TOUR_DONE):
            return False
        if self.window.isVisible():  # already up: at the event loop's next turn
            QTimer.singleShot(0, self.show_tour)
        else:
            self._tour_after_paint = FirstPaint(self.context.reader.view.viewport(), self.show_tour)
        return True

    def show_tour(self):
        from .tour import Tour

        self.context.settings.setValue(TOUR_DONE, True)  # once shown, never offered again
        if self.tour is None:
            self.tour = Tour(self.window, self._tour_steps())
        self.tour.start()
        return self.tour

    def _tour_steps(self) -> list:
        from .tour import Step, shortcut

        keys = {name: shortcut(self.window.actions_by_name[name])
                for name in ("depth_1", "depth_4", "search", "highlight", "annotate", "shortcuts", "import",
                             "compare_clause", "compare_two_documents", "coverage_matrix")}
        window = self.window
        return [
            Step(lambda: window.corpus_view, self.tr("语料库：文件按地区和层级（市、县）分组，显示标题、日期、文号和简繁字形。"
                "在上方输入可筛选，简体繁体都能找到。")),
            Step(lambda: window.outline_view, self.tr("大纲：条款树和各条款的牵头单位。点击条款，正文跳到该处；"
                "{first}…{last} 调整显示的层级。").format(first=keys["depth_1"], last=keys["depth_4"])),
            Step(lambda: window.reader.legend, self.tr("正文中的单位按角色着色：牵头、配合、负责、提及；悬停可看规范名称。"
                "“帮助 > 单位角色图例”有完整说明。")),
            Step(lambda: window.agency_dock, self.tr("单位面板：选一个单位和角色，列出它在所有文件中参与的条款；双击跳到条款。"),
                lambda: self._raise_dock(window.agency_dock)),
            Step(lambda: window.search_dock, self.tr("语料库搜索（{keys}）：搜“户籍”也能找到“戶籍”；可按地区、层级和单位筛选。").format(keys=keys["search"]),
                lambda: self._raise_dock(window.search_dock)),
            Step(lambda: window.menuBar(), self.tr("比较：{clause} 把所选条款与各地的同一条款并排对照，"
                "{two} 逐条对照两份文件，{coverage} 看一份文件的条款在各地是否采纳。").format(
                clause=keys["compare_clause"], two=keys["compare_two_documents"], coverage=keys["coverage_matrix"])),
            Step(lambda: window.menuBar(), self.tr("导入（{key}）：网页、Word、WPS、PDF、文本文件，也可直接把文件拖到窗口上。").format(key=keys["import"])),
            Step(lambda: window.reader.view, self.tr("批注：选中正文文字，{highlight} 高亮，{annotate} 写批注并加编码。"
                "快捷键一览见 {shortcuts}；本提示可从“帮助 > 入门提示”再次打开。").format(**keys),
                lambda: self._raise_dock(window.agency_dock)),
        ]

    @staticmethod
    def _raise_dock(dock) -> None:
        dock.show()
        dock.raise_()
