"""How the reader marks things up: one place for role colours, heading sizes and their names.

The reader and its legend both read from here, so a colour can never disagree with its key.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QTextCharFormat

# Custom format properties, so tests and tools can ask a text position what it shows.
ROLE_PROPERTY = QTextCharFormat.UserProperty + 1
CANONICAL_PROPERTY = QTextCharFormat.UserProperty + 2
DAMAGED_PROPERTY = QTextCharFormat.UserProperty + 3
REMOVED_PROPERTY = QTextCharFormat.UserProperty + 4  # the reason a raw piece was set aside

ROLE_COLOURS = {  # background, text: chosen to stay distinct for common colour blindness
    "lead": ("#ffd08a", "#5a3200"),
    "cooperate": ("#bfe5c4", "#124d1c"),
    "responsible": ("#c9dcff", "#10306b"),
    "mention": ("#ececec", "#333333"),
}
DAMAGED_COLOUR = "#d11a1a"
DAMAGED_BACKGROUND = "#ffe1e1"  # the wavy line alone is too thin to notice at reading size
HEADING_SCALE = {0: 1.45, 1: 1.3, 2: 1.15, 3: 1.05, 4: 1.0}
REMOVED_COLOUR = "#8a8a8a"
REMOVED_BACKGROUND = "#e6e6e6"
FIND_ALL_BACKGROUND = "#fff27a"  # every match: a soft marker-pen yellow
FIND_CURRENT_BACKGROUND = "#ff9632"  # the current match must stand out from the others


def tr(text: str) -> str:
    return QCoreApplication.translate("styles", text)


def role_name(role: str) -> str:
    names = {"lead": tr("牵头"), "cooperate": tr("配合"), "responsible": tr("负责"), "mention": tr("提及")}
    return names.get(role, role)


def agency_format(role: str, canonical: str, written: str) -> QTextCharFormat:
    background, foreground = ROLE_COLOURS[role]
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(background))
    fmt.setForeground(QColor(foreground))
    if role == "lead":
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setProperty(ROLE_PROPERTY, role)
    fmt.setProperty(CANONICAL_PROPERTY, canonical)
    fmt.setToolTip(agency_tooltip(role, canonical, written))
    return fmt


def agency_tooltip(role: str, canonical: str, written: str) -> str:
    tip = tr("{name}（{role}）").format(name=canonical, role=role_name(role))
    if written != canonical:
        tip += "\n" + tr("原文写作：{written}").format(written=written)
    return tip


def damaged_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(DAMAGED_COLOUR))
    fmt.setBackground(QColor(DAMAGED_BACKGROUND))
    fmt.setProperty(DAMAGED_PROPERTY, True)
    fmt.setToolTip(tr("此处有字符在转换中丢失（原文编码损坏），显示的是残留字符。"))
    return fmt


def heading_format(level: int, base_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontPointSize(base_size * HEADING_SCALE.get(level, 1.0))
    return fmt


def reason_name(reason: str) -> str:
    names = {
        "breadcrumb": tr("网页导航路径"), "qr-code": tr("二维码说明"), "page-number": tr("页码"),
        "image": tr("图片占位"), "encoded-data": tr("编码数据"), "metadata": tr("发布信息（已提取为元数据）"),
        "web-chrome": tr("网页按钮与计数"), "pinyin": tr("拼音注音"),
    }
    return names.get(reason, reason)


def removed_format(reason: str) -> QTextCharFormat:
    """A raw piece the clean text left out: greyed and struck through, its reason on hover."""
    fmt = QTextCharFormat()
    fmt.setFontStrikeOut(True)
    fmt.setForeground(QColor(REMOVED_COLOUR))
    fmt.setBackground(QColor(REMOVED_BACKGROUND))
    fmt.setProperty(REMOVED_PROPERTY, reason)
    fmt.setToolTip(tr("清理时移除：{name}（{reason}）").format(name=reason_name(reason), reason=reason))
    return fmt


def find_format(current: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(FIND_CURRENT_BACKGROUND if current else FIND_ALL_BACKGROUND))
    return fmt
