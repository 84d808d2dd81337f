"""Every menu action in one table: menu, name, text, shortcuts and the method it runs (the
window's, or a feature's through the window's attribute for it: "annotating.annotate_selection").

Widgets never build actions inline; the main window walks this table once.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

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
         "research": QT_TRANSLATE_NOOP("actions", "研究(&R)"),
         "diffusion": QT_TRANSLATE_NOOP("actions", "传播(&U)"),
         "help": QT_TRANSLATE_NOOP("actions", "帮助(&H)")}

TABLE = [
    Spec("file", "import", QT_TRANSLATE_NOOP("actions", "导入文件…"), "import_files", (_KEY.Open,)),
    Spec("file", "import_report", QT_TRANSLATE_NOOP("actions", "上次导入的报告…"), "show_import_report"),
    Spec("file", "remove_document", QT_TRANSLATE_NOOP("actions", "移除文件…"), "document_removal.remove_current"),
    Spec("file", "import_annotations", QT_TRANSLATE_NOOP("actions", "导入批注…"), "annotating.files.import_annotations"),
    Spec("file", "export_annotations", QT_TRANSLATE_NOOP("actions", "导出批注…"), "annotating.files.export_annotations",
         ("Ctrl+Shift+E",)),
    Spec("file", "quit", QT_TRANSLATE_NOOP("actions", "退出"), "close", (_KEY.Quit, "Ctrl+Q")),
    Spec("file", "merge_project", QT_TRANSLATE_NOOP("actions", "合并同事的项目…"), "colleagues.merge_project"),
    Spec("edit", "find", QT_TRANSLATE_NOOP("actions", "在文档中查找…"), "reading.find_in_document", (_KEY.Find,)),
    Spec("edit", "search", QT_TRANSLATE_NOOP("actions", "在语料库中搜索…"), "search_corpus", ("Ctrl+Shift+F",)),
    Spec("edit", "preferences", QT_TRANSLATE_NOOP("actions", "首选项…"), "edit_preferences",
         (_KEY.Preferences, "Ctrl+,")),
    Spec("view", "script_original", QT_TRANSLATE_NOOP("actions", "原文字形"), "reading.set_script", ("Ctrl+1",), "script", True, ("original",)),
    Spec("view", "script_simplified", QT_TRANSLATE_NOOP("actions", "简体"), "reading.set_script", ("Ctrl+2",), "script", True, ("simplified",)),
    Spec("view", "script_traditional", QT_TRANSLATE_NOOP("actions", "繁体"), "reading.set_script", ("Ctrl+3",), "script", True, ("traditional",)),
    Spec("view", "raw", QT_TRANSLATE_NOOP("actions", "原始文本"), "reading.toggle_raw", ("Ctrl+R",), checkable=True),
    Spec("view", "zoom_in", QT_TRANSLATE_NOOP("actions", "放大"), "reading.zoom_in", (_KEY.ZoomIn, "Ctrl+=")),
    Spec("view", "zoom_out", QT_TRANSLATE_NOOP("actions", "缩小"), "reading.zoom_out", (_KEY.ZoomOut,)),
    Spec("view", "zoom_reset", QT_TRANSLATE_NOOP("actions", "实际大小"), "reading.zoom_reset", ("Ctrl+0",)),
    Spec("view", "depth_1", QT_TRANSLATE_NOOP("actions", "大纲：一级"), "reading.set_outline_depth", ("Alt+1",), args=(1,)),
    Spec("view", "depth_2", QT_TRANSLATE_NOOP("actions", "大纲：二级"), "reading.set_outline_depth", ("Alt+2",), args=(2,)),
    Spec("view", "depth_3", QT_TRANSLATE_NOOP("actions", "大纲：三级"), "reading.set_outline_depth", ("Alt+3",), args=(3,)),
    Spec("view", "depth_4", QT_TRANSLATE_NOOP("actions", "大纲：四级（全部）"), "reading.set_outline_depth", ("Alt+4",), args=(4,)),
    Spec("view", "reset_layout", QT_TRANSLATE_NOOP("actions", "重置布局"), "reset_layout"),
    Spec("view", "expand_all", QT_TRANSLATE_NOOP("actions", "全部展开"), "reading.expand_outline", ("Ctrl+Shift+Down",)),
    Spec("view", "collapse_all", QT_TRANSLATE_NOOP("actions", "全部折叠"), "reading.collapse_outline", ("Ctrl+Shift+Up",)),
    Spec("go", "back", QT_TRANSLATE_NOOP("actions", "后退"), "reading.go_back", (_KEY.Back, "Alt+Left")),
    Spec("go", "forward", QT_TRANSLATE_NOOP("actions", "前进"), "reading.go_forward", (_KEY.Forward, "Alt+Right")),
    Spec("annotate", "highlight", QT_TRANSLATE_NOOP("actions", "高亮所选文字"), "annotating.highlight_selection", ("Ctrl+Shift+H",)),
    Spec("annotate", "annotate", QT_TRANSLATE_NOOP("actions", "批注所选文字…"), "annotating.annotate_selection", ("Ctrl+Shift+M",)),
    Spec("annotate", "annotate_clause", QT_TRANSLATE_NOOP("actions", "批注当前条款…"), "annotating.annotate_clause", ("Ctrl+Shift+L",)),
    Spec("annotate", "code_manager", QT_TRANSLATE_NOOP("actions", "编码管理"), "annotating.show_code_manager", ("Ctrl+Shift+K",)),
    Spec("annotate", "agreement", QT_TRANSLATE_NOOP("actions", "编码者一致性…"), "colleagues.show_agreement"),
    Spec("annotate", "highlight_clause", QT_TRANSLATE_NOOP("actions", "高亮当前条款"), "annotating.highlight_clause"),
    Spec("annotate", "memo", QT_TRANSLATE_NOOP("actions", "写备忘…"), "annotating.show_memos", ("Ctrl+Shift+J",)),
    Spec("compare", "coverage_matrix", QT_TRANSLATE_NOOP("actions", "覆盖矩阵…"), "matrices.show_coverage", ("Ctrl+Shift+G",)),
    Spec("compare", "parameter_table", QT_TRANSLATE_NOOP("actions", "参数表…"), "matrices.show_parameters", ("Ctrl+Shift+P",)),
    Spec("compare", "compare_two_documents", QT_TRANSLATE_NOOP("actions", "比较两份文件…"),
         "two_documents.compare_two_documents", ("Ctrl+Shift+B",)),
    Spec("compare", "compare_clause", QT_TRANSLATE_NOOP("actions", "各地对照此条款…"), "comparing.compare_clause", ("Ctrl+D",)),
    Spec("compare", "reuse_matrix", QT_TRANSLATE_NOOP("actions", "文本复用矩阵…"), "comparing.show_reuse", ("Ctrl+Shift+D",)),
    Spec("compare", "family_list", QT_TRANSLATE_NOOP("actions", "条款族列表"), "comparing.show_families", ("Ctrl+Alt+D",)),
    Spec("diffusion", "adoption_timeline", QT_TRANSLATE_NOOP("actions", "采纳时间线…"), "diffusion.show_timeline"),
    Spec("diffusion", "lineage_graph", QT_TRANSLATE_NOOP("actions", "谱系图…"), "diffusion.show_lineage"),
    Spec("diffusion", "novelty", QT_TRANSLATE_NOOP("actions", "新增文本…"), "diffusion.show_novelty"),
    Spec("diffusion", "task_table", QT_TRANSLATE_NOOP("actions", "任务分工表…"), "diffusion.show_tasks"),
    Spec("diffusion", "coassignment", QT_TRANSLATE_NOOP("actions", "单位协同…"), "diffusion.show_coassignment"),
    # F1 is the platform's help key; Ctrl+/ where F1 is taken (laptops, some desktops).
    Spec("research", "attributes", QT_TRANSLATE_NOOP("actions", "文档属性…"), "research.show_attributes",
         ("Ctrl+Shift+T",)),
    Spec("research", "segments", QT_TRANSLATE_NOOP("actions", "编码片段…"), "research.show_segments", ("Ctrl+Alt+S",)),
    Spec("research", "cooccurrence", QT_TRANSLATE_NOOP("actions", "编码共现…"), "research.show_cooccurrence"),
    Spec("research", "kwic", QT_TRANSLATE_NOOP("actions", "关键词上下文（KWIC）…"), "research.show_kwic", ("Ctrl+Alt+K",)),
    Spec("research", "frequencies", QT_TRANSLATE_NOOP("actions", "词频…"), "research.show_frequencies"),
    Spec("research", "print_annotations", QT_TRANSLATE_NOOP("actions", "打印批注报告…"),
         "research.print_annotation_report", (_KEY.Print,)),
    Spec("research", "code_attribute_matrix", QT_TRANSLATE_NOOP("actions", "编码×属性矩阵…"),
         "matrices.show_code_attributes"),
    Spec("help", "shortcuts", QT_TRANSLATE_NOOP("actions", "键盘快捷键"), "help.show_shortcuts",
         (_KEY.HelpContents, "Ctrl+/")),
    Spec("help", "legend", QT_TRANSLATE_NOOP("actions", "单位角色图例"), "help.show_legend"),
    Spec("help", "tour", QT_TRANSLATE_NOOP("actions", "入门提示"), "help.show_tour"),
    Spec("help", "about", QT_TRANSLATE_NOOP("actions", "关于 PolicyLens"), "help.show_about"),
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


def slot_of(window, spec: Spec):
    """The callable a spec names: a window method ("close") or a feature's ("annotating.show_memos")."""
    return reduce(getattr, spec.slot.split("."), window)


def build(window) -> dict[str, QAction]:
    """Create the menus and actions of TABLE on window; returns the actions by name."""
    menus = {key: window.menuBar().addMenu(tr(text)) for key, text in MENUS.items()}
    groups: dict[str, QActionGroup] = {}
    actions: dict[str, QAction] = {}
    for spec in TABLE:
        action = QAction(tr(spec.text), window)
        action.setObjectName(spec.name)
        action.setShortcuts(resolve(spec.keys))
        action.setCheckable(spec.checkable)
        if spec.group:
            groups.setdefault(spec.group, QActionGroup(window)).addAction(action)
        slot = slot_of(window, spec)
        # Only checkable actions pass Qt's 'checked' flag on; QWidget.close() takes none.
        action.triggered.connect(lambda checked=False, slot=slot, spec=spec:
                                 slot(*spec.args) if spec.args else slot(checked) if spec.checkable else slot())
        menus[spec.menu].addAction(action)
        actions[spec.name] = action
    window.view_menu, window.edit_menu = menus["view"], menus["edit"]
    return actions
