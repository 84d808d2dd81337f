"""Help dialogs: every keyboard shortcut of the window, and the key to the reader's marks."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QGridLayout, QHeaderView, QLabel,
                               QLineEdit, QMenu, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..common import styles

_NATIVE = QKeySequence.SequenceFormat.NativeText


def plain(text: str) -> str:
    """A menu or action text without its mnemonic: 文件(&F) -> 文件, &File -> File."""
    for mnemonic in ("(&", "（&"):
        if mnemonic in text:
            text = text[:text.index(mnemonic)]
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def shortcut_text(action: QAction) -> str:
    """The action's shortcuts as the platform writes them (⌘D on macOS, Ctrl+D elsewhere)."""
    return ", ".join(dict.fromkeys(k.toString(_NATIVE) for k in action.shortcuts() if not k.isEmpty()))


def menu_of(action: QAction) -> str:
    menus = [m for m in action.associatedObjects() if isinstance(m, QMenu)]
    return plain(menus[0].title()) if menus else ""


def _finish(dialog: QDialog, column: QVBoxLayout) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    column.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Every action of the window, read from the actions themselves, so it never goes stale."""

    MENU, COMMAND, KEYS = range(3)

    def __init__(self, actions: dict[str, QAction], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("键盘快捷键"))
        self.setObjectName("shortcutsDialog")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("筛选：命令、菜单或按键…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("菜单"), self.tr("命令"), self.tr("快捷键")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self._fill(actions)
        self.filter_edit.textChanged.connect(self.set_filter)
        column = QVBoxLayout(self)
        column.addWidget(self.filter_edit)
        column.addWidget(self.table, 1)
        _finish(self, column)
        self.resize(560, 600)

    def _fill(self, actions: dict[str, QAction]) -> None:
        rows = [(menu_of(a), plain(a.text()), shortcut_text(a), name) for name, a in actions.items()]
        self.table.setRowCount(len(rows))
        for row, (menu, text, keys, name) in enumerate(rows):
            for column, value in enumerate((menu, text, keys)):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, name)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.MENU, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COMMAND, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.KEYS, QHeaderView.ResizeMode.ResizeToContents)

    def set_filter(self, text: str) -> None:
        """Show the rows whose menu, command or keys contain every word typed (any case)."""
        words = text.casefold().split()
        for row in range(self.table.rowCount()):
            cells = " ".join(self.table.item(row, c).text() for c in range(3)).casefold()
            self.table.setRowHidden(row, not all(w in cells for w in words))

    def visible_rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.table.item(row, c).text() for c in range(3))
                for row in range(self.table.rowCount()) if not self.table.isRowHidden(row)]


def swatch_css(role: str | None = None, mark: str | None = None) -> str:
    """The style of a legend key, from the colours the reader paints with (light or dark)."""
    colours = styles.colours()
    if role:
        background, foreground = colours.roles[role]
        css = f"background:{background};color:{foreground};" + ("font-weight:bold;" if role == "lead" else "")
    elif mark == "damaged":
        css = f"color:{colours.damaged};background:{colours.damaged_background};text-decoration:underline;"
    else:
        css = f"color:{colours.removed};background:{colours.removed_background};text-decoration:line-through;"
    return f"QLabel{{{css} padding:2px 8px; border-radius:3px;}}"


class LegendDialog(QDialog):
    """What each colour and mark in the reader means; repaints when the palette changes."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("单位角色图例"))
        self.setObjectName("legendDialog")
        explained = {
            "lead": self.tr("牵头单位：对该条款负总责、组织落实，如“（市公安局牵头）”。"),
            "cooperate": self.tr("配合单位：协助牵头单位完成，如“配合单位：”“…等单位参与”。"),
            "responsible": self.tr("责任单位：按职责分工负责落实，如“责任单位：”“各县区政府负责”。"),
            "mention": self.tr("提及：条款中出现但未分派任务的单位。"),
        }
        self.keys: dict[str, QLabel] = {}
        self.explanations: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for row, (key, text) in enumerate(explained.items()):
            self._row(grid, row, key, styles.role_name(key), text)
        self._row(grid, 4, "damaged", self.tr("字符缺损"),
                  self.tr("波浪下划线：原文编码损坏，此处有字符在转换中丢失。"))
        self._row(grid, 5, "removed", self.tr("清理时移除"),
                  self.tr("删除线（仅在“原始文本”视图）：网页导航、页码等清理时移除的内容，悬停可见原因。"))
        column = QVBoxLayout(self)
        intro = QLabel(self.tr("阅读区按单位在条款中的角色着色："), self)
        column.addWidget(intro)
        column.addLayout(grid)
        column.addStretch(1)
        _finish(self, column)
        self.restyle()

    def _row(self, grid: QGridLayout, row: int, key: str, name: str, text: str) -> None:
        label, explanation = QLabel(name, self), QLabel(text, self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        explanation.setWordWrap(True)
        explanation.setMinimumWidth(360)
        grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(explanation, row, 1)
        self.keys[key], self.explanations[key] = label, explanation

    def restyle(self) -> None:
        for key, label in self.keys.items():
            label.setStyleSheet(swatch_css(role=key) if key in styles.LIGHT.roles else swatch_css(mark=key))

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self.restyle()


def show_dialog(parent: QWidget, name: str, make) -> QDialog:
    """One non-modal dialog of a kind per window: the open one raised, else a new one (a closed
    one is made again, so it shows what is true now)."""
    dialog = parent.findChild(QDialog, name)
    if dialog is None or not dialog.isVisible():
        if dialog is not None:
            dialog.setObjectName("")
            dialog.deleteLater()
        dialog = make()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
