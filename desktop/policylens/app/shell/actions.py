"""Every menu action in one table: menu, name, text, shortcuts and the window method it runs.

Widgets never build actions inline; the main window walks this table once.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence

_KEY = QKeySequence.StandardKey


@dataclass(frozen=True)
class Spec:
    menu: str
    name: str
    text: str
    slot: str
    keys: tuple = ()
    group: str = ""  # actions in one group are exclusive choices (checkable)
    checkable: bool = False
    args: tuple = ()  # passed to the slot instead of Qt's 'checked' flag


def tr(text: str) -> str:
    return QCoreApplication.translate("actions", text)


# Texts are marked with QT_TRANSLATE_NOOP (the context spelled out: lupdate reads only literals)
# and translated when the actions are built.
MENUS = {"file": QT_TRANSLATE_NOOP("actions", "文件(&F)"), "edit": QT_TRANSLATE_NOOP("actions", "编辑(&E)"),
         "view": QT_TRANSLATE_NOOP("actions", "视图(&V)"), "go": QT_TRANSLATE_NOOP("actions", "转到(&G)"),
         "annotate": QT_TRANSLATE_NOOP("actions", "批注(&A)"), "compare": QT_TRANSLATE_NOOP("actions", "比较(&C)"),
         "help": QT_TRANSLATE_NOOP("actions", "帮助(&H)")}

TABLE = [
    Spec("file", "import", QT_TRANSLATE_NOOP("actions", "导入文件…"), "import_files", (_KEY.Open,)),
    Spec("file", "import_annotations", QT_TRANSLATE_NOOP("actions", "导入批注…"), "import_annotations"),
    Spec("file", "export_annotations", QT_TRANSLATE_NOOP("actions", "导出批注…"), "export_annotations",
         ("Ctrl+Shift+E",)),
    Spec("file", "quit", QT_TRANSLATE_NOOP("actions", "退出"), "close", (_KEY.Quit, "Ctrl+Q")),
    Spec("edit", "find", QT_TRANSLATE_NOOP("actions", "在文档中查找…"), "find_in_document", (_KEY.Find,)),
    Spec("edit", "search", QT_TRANSLATE_NOOP("actions", "在语料库中搜索…"), "search_corpus", ("Ctrl+Shift+F",)),
    Spec("edit", "preferences", QT_TRANSLATE_NOOP("actions", "首选项…"), "edit_preferences",
         (_KEY.Preferences, "Ctrl+,")),
    Spec("view", "script_original", QT_TRANSLATE_NOOP("actions", "原文字形"), "set_script", ("Ctrl+1",), "script", True, ("original",)),
    Spec("view", "script_simplified", QT_TRANSLATE_NOOP("actions", "简体"), "set_script", ("Ctrl+2",), "script", True, ("simplified",)),
    Spec("view", "script_traditional", QT_TRANSLATE_NOOP("actions", "繁体"), "set_script", ("Ctrl+3",), "script", True, ("traditional",)),
    Spec("view", "raw", QT_TRANSLATE_NOOP("actions", "原始文本"), "toggle_raw", ("Ctrl+R",), checkable=True),
    Spec("view", "zoom_in", QT_TRANSLATE_NOOP("actions", "放大"), "zoom_in", (_KEY.ZoomIn, "Ctrl+=")),
    Spec("view", "zoom_out", QT_TRANSLATE_NOOP("actions", "缩小"), "zoom_out", (_KEY.ZoomOut,)),
    Spec("view", "zoom_reset", QT_TRANSLATE_NOOP("actions", "实际大小"), "zoom_reset", ("Ctrl+0",)),
    Spec("view", "depth_1", QT_TRANSLATE_NOOP("actions", "大纲：一级"), "set_outline_depth", ("Alt+1",), args=(1,)),
    Spec("view", "depth_2", QT_TRANSLATE_NOOP("actions", "大纲：二级"), "set_outline_depth", ("Alt+2",), args=(2,)),
    Spec("view", "depth_3", QT_TRANSLATE_NOOP("actions", "大纲：三级"), "set_outline_depth", ("Alt+3",), args=(3,)),
    Spec("view", "depth_4", QT_TRANSLATE_NOOP("actions", "大纲：四级（全部）"), "set_outline_depth", ("Alt+4",), args=(4,)),
    Spec("view", "reset_layout", QT_TRANSLATE_NOOP("actions", "重置布局"), "reset_layout"),
    Spec("view", "expand_all", QT_TRANSLATE_NOOP("actions", "全部展开"), "expand_outline", ("Ctrl+Shift+Down",)),
    Spec("view", "collapse_all", QT_TRANSLATE_NOOP("actions", "全部折叠"), "collapse_outline", ("Ctrl+Shift+Up",)),
    Spec("go", "back", QT_TRANSLATE_NOOP("actions", "后退"), "go_back", (_KEY.Back, "Alt+Left")),
    Spec("go", "forward", QT_TRANSLATE_NOOP("actions", "前进"), "go_forward", (_KEY.Forward, "Alt+Right")),
    Spec("annotate", "highlight", QT_TRANSLATE_NOOP("actions", "高亮所选文字"), "highlight_selection", ("Ctrl+Shift+H",)),
    Spec("annotate", "annotate", QT_TRANSLATE_NOOP("actions", "批注所选文字…"), "annotate_selection", ("Ctrl+Shift+M",)),
    Spec("annotate", "annotate_clause", QT_TRANSLATE_NOOP("actions", "批注当前条款…"), "annotate_clause", ("Ctrl+Shift+L",)),
    Spec("annotate", "code_manager", QT_TRANSLATE_NOOP("actions", "编码管理"), "show_code_manager", ("Ctrl+Shift+K",)),
]


def resolve(keys, bindings=QKeySequence.keyBindings) -> list[QKeySequence]:
    """The key sequences of keys (standard keys and literals), each once, in order.

    A standard key stands for this platform's first binding, as QKeySequence(key) does: on X11
    Quit is Ctrl+Q, and an action that held both the standard key and the literal "Ctrl+Q" made
    Qt call the shortcut ambiguous and ignore it."""
    resolved: dict[str, QKeySequence] = {}
    for key in keys:
        sequences = bindings(key)[:1] if isinstance(key, _KEY) else [QKeySequence(key)]
        for sequence in sequences:
            if not sequence.isEmpty():
                resolved.setdefault(sequence.toString(), sequence)
    return list(resolved.values())


def window_specs(window) -> list[Spec]:
    """TABLE, then the MENU_ACTIONS of the window's mixins (each feature owns its menu entries)."""
    specs = list(TABLE)
    for cls in reversed(type(window).__mro__):
        specs.extend(cls.__dict__.get("MENU_ACTIONS", ()))
    return specs


def build(window) -> dict[str, QAction]:
    """Create the menus and actions of window_specs(window) on window; returns the actions by name."""
    menus = {key: window.menuBar().addMenu(tr(text)) for key, text in MENUS.items()}
    groups: dict[str, QActionGroup] = {}
    actions: dict[str, QAction] = {}
    for spec in window_specs(window):
        action = QAction(tr(spec.text), window)
        action.setObjectName(spec.name)
        action.setShortcuts(resolve(spec.keys))
        action.setCheckable(spec.checkable)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        slot = getattr(window, spec.slot)
        # Only checkable actions pass Qt's 'checked' flag on; QWidget.close() takes none.
        action.triggered.connect(lambda checked=False, slot=slot, spec=spec:
                                 slot(*spec.args) if spec.args else slot(checked) if spec.checkable else slot())
        menus[spec.menu].addAction(action)
        actions[spec.name] = action
    window.view_menu, window.edit_menu = menus["view"], menus["edit"]
    return actions
