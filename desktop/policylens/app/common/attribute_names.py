"""The names the window gives the extracted document attributes (core/attributes.py EXTRACTED);
a researcher's own attribute is shown by the name they gave it."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

NAMES = {"title": QT_TRANSLATE_NOOP("AttributeNames", "标题"), "place": QT_TRANSLATE_NOOP("AttributeNames", "地区"),
         "province": QT_TRANSLATE_NOOP("AttributeNames", "省份"), "level": QT_TRANSLATE_NOOP("AttributeNames", "层级"),
         "year": QT_TRANSLATE_NOOP("AttributeNames", "年份"), "date": QT_TRANSLATE_NOOP("AttributeNames", "日期"),
         "issuer": QT_TRANSLATE_NOOP("AttributeNames", "发文机关"),
         "doc_number": QT_TRANSLATE_NOOP("AttributeNames", "文号"),
         "doc_type": QT_TRANSLATE_NOOP("AttributeNames", "文种"),
         "wrapper_type": QT_TRANSLATE_NOOP("AttributeNames", "外层文种")}


def attribute_name(name: str) -> str:
    return QCoreApplication.translate("AttributeNames", NAMES[name]) if name in NAMES else name
