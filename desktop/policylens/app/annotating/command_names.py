"""The names of undo steps: each command names itself by a code and params (core.annotation_commands),
and here each code has its Chinese source text, which Qt translates like every other string."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "CommandNames"

NAMES = {
    "add annotation": QT_TRANSLATE_NOOP("CommandNames", "添加批注"),
    "edit annotation": QT_TRANSLATE_NOOP("CommandNames", "编辑批注"),
    "change codes": QT_TRANSLATE_NOOP("CommandNames", "更改编码"),
    "delete annotation": QT_TRANSLATE_NOOP("CommandNames", "删除批注"),
    "re-anchor annotations": QT_TRANSLATE_NOOP("CommandNames", "重新定位批注"),
    "add code": QT_TRANSLATE_NOOP("CommandNames", "新建编码"),
    "rename code": QT_TRANSLATE_NOOP("CommandNames", "重命名编码"),
    "recolour code": QT_TRANSLATE_NOOP("CommandNames", "更改编码颜色"),
    "move code": QT_TRANSLATE_NOOP("CommandNames", "移动编码"),
    "merge codes": QT_TRANSLATE_NOOP("CommandNames", "合并编码"),
    "delete code": QT_TRANSLATE_NOOP("CommandNames", "删除编码"),
    "add memo": QT_TRANSLATE_NOOP("CommandNames", "添加备忘"),
    "edit memo": QT_TRANSLATE_NOOP("CommandNames", "编辑备忘"),
    "delete memo": QT_TRANSLATE_NOOP("CommandNames", "删除备忘"),
    "merge file": QT_TRANSLATE_NOOP("CommandNames", "合并 {file}"),  # a colleague's project file
    "import file": QT_TRANSLATE_NOOP("CommandNames", "导入批注 {file}"),
    "auto-code": QT_TRANSLATE_NOOP("CommandNames", "自动编码 {code}"),  # every hit of a search
}


def command_name(command) -> str:
    """What the Edit menu shows after 撤销/重做, in the UI language."""
    source = NAMES.get(command.text)
    if source is None:  # tests/gui/test_command_names.py keeps every command named
        return command.text
    return QCoreApplication.translate(CONTEXT, source).format(**command.params)
