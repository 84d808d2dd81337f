"""How the reader marks things up: one place for role colours, heading sizes and their names.

The reader and its legend both read from here, so a colour can never disagree with its key.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette, QTextCharFormat

# Custom format properties, so tests and tools can ask a text position what it shows.
ROLE_PROPERTY = QTextCharFormat.UserProperty + 1
CANONICAL_PROPERTY = QTextCharFormat.UserProperty + 2
DAMAGED_PROPERTY = QTextCharFormat.UserProperty + 3
REMOVED_PROPERTY = QTextCharFormat.UserProperty + 4  # the reason a raw piece was set aside
ANNOTATION_PROPERTY = QTextCharFormat.UserProperty + 5  # the id of a user's annotation

@dataclass(frozen=True)
class Colours:
    roles: dict  # role -> (background, text): distinct for common colour blindness
    damaged: str
    damaged_background: str  # the wavy line alone is too thin to notice at reading size
    removed: str
    removed_background: str
    find_all: str  # every match: a soft marker pen
    find_current: str  # the current match must stand out from the others
    link: str


LIGHT = Colours(
    roles={"lead": ("#ffd08a", "#5a3200"), "cooperate": ("#bfe5c4", "#124d1c"),
           "responsible": ("#c9dcff", "#10306b"), "mention": ("#ececec", "#333333")},
    damaged="#d11a1a", damaged_background="#ffe1e1", removed="#8a8a8a", removed_background="#e6e6e6",
    find_all="#fff27a", find_current="#ff9632", link="#1a5fb4")
# Dark: the same hues, deep backgrounds under light text, so marks do not glare at night.
DARK = Colours(
    roles={"lead": ("#7a4b00", "#ffe3b8"), "cooperate": ("#1e5a2a", "#d3f4d9"),
           "responsible": ("#24427c", "#dce7ff"), "mention": ("#404040", "#e2e2e2")},
    damaged="#ff7070", damaged_background="#5c1f1f", removed="#9a9a9a", removed_background="#353535",
    find_all="#6e6400", find_current="#b65a10", link="#7fb2ff")
HEADING_SCALE = {0: 1.45, 1: 1.3, 2: 1.15, 3: 1.05, 4: 1.0}


def is_dark() -> bool:
    """Whether the application's palette (system, or the user's choice) is a dark one."""
    return QGuiApplication.palette().color(QPalette.ColorRole.Base).lightness() < 128


def colours() -> Colours:
    return DARK if is_dark() else LIGHT


def role_name(role: str) -> str:
    names = {"lead": QCoreApplication.translate("styles", "牵头"), "cooperate": QCoreApplication.translate("styles", "配合"), "responsible": QCoreApplication.translate("styles", "负责"), "mention": QCoreApplication.translate("styles", "提及")}
    return names.get(role, role)


def agency_format(role: str, canonical: str, written: str) -> QTextCharFormat:
    background, foreground = colours().roles[role]
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
    tip = QCoreApplication.translate("styles", "{name}（{role}）").format(name=canonical, role=role_name(role))
    if written != canonical:
        tip += "\n" + QCoreApplication.translate("styles", "原文写作：{written}").format(written=written)
    return tip


def damaged_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(colours().damaged))
    fmt.setBackground(QColor(colours().damaged_background))
    fmt.setProperty(DAMAGED_PROPERTY, True)
    fmt.setToolTip(QCoreApplication.translate("styles", "此处有字符在转换中丢失（原文编码损坏），显示的是残留字符。"))
    return fmt


def heading_format(level: int, base_size: float) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setFontPointSize(base_size * HEADING_SCALE.get(level, 1.0))
    return fmt


def reason_name(reason: str) -> str:
    names = {
        "breadcrumb": QCoreApplication.translate("styles", "网页导航路径"), "qr-code": QCoreApplication.translate("styles", "二维码说明"), "page-number": QCoreApplication.translate("styles", "页码"),
        "image": QCoreApplication.translate("styles", "图片占位"), "encoded-data": QCoreApplication.translate("styles", "编码数据"), "metadata": QCoreApplication.translate("styles", "发布信息（已提取为元数据）"),
        "web-chrome": QCoreApplication.translate("styles", "网页按钮与计数"), "pinyin": QCoreApplication.translate("styles", "拼音注音"),
    }
    return names.get(reason, reason)


def removed_format(reason: str) -> QTextCharFormat:
    """A raw piece the clean text left out: greyed and struck through, its reason on hover."""
    fmt = QTextCharFormat()
    fmt.setFontStrikeOut(True)
    fmt.setForeground(QColor(colours().removed))
    fmt.setBackground(QColor(colours().removed_background))
    fmt.setProperty(REMOVED_PROPERTY, reason)
    fmt.setToolTip(QCoreApplication.translate("styles", "清理时移除：{name}（{reason}）").format(name=reason_name(reason), reason=reason))
    return fmt


def find_format(current: bool) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(colours().find_current if current else colours().find_all))
    return fmt


def annotation_format(annotation_id: str, color: str, tip: str) -> QTextCharFormat:
    """A user's highlight: their colour, softened in the dark palette so the text stays legible."""
    fmt = QTextCharFormat()
    background = QColor(color)
    if is_dark():
        background = background.darker(260)
    fmt.setBackground(background)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(color).darker(160))
    fmt.setProperty(ANNOTATION_PROPERTY, annotation_id)
    fmt.setToolTip(tip)
    return fmt


# The matrices' band fills are light colours made for print (exchange.matrix_table). On a
# dark palette a cell keeps its hue as a deep tint of the base under light text.
BAND_TINT_DARK = 0.38  # how much of the band colour is mixed into the dark base


def band_fill(colour: str) -> QColor:
    if not is_dark():
        return QColor(colour)
    band, base = QColor(colour), QGuiApplication.palette().color(QPalette.ColorRole.Base)
    mix = lambda a, b: round(a * BAND_TINT_DARK + b * (1 - BAND_TINT_DARK))  # noqa: E731
    return QColor(mix(band.red(), base.red()), mix(band.green(), base.green()), mix(band.blue(), base.blue()))


def band_ink() -> QColor:
    return QColor("#ececec" if is_dark() else "#1a1a1a")


# Fusion paints a checked tool button a shade off its face, which a dark palette makes the
# same grey: the choice of a segmented control is marked with the selection colour instead.
def checked_button_style() -> str:
    """Tool buttons of a segmented control, in the current palette's colours (a style sheet's
    palette() is read once, so the caller sets this again when the palette changes)."""
    palette = QGuiApplication.palette()
    colour = lambda role: palette.color(role).name()  # noqa: E731
    r = QPalette.ColorRole
    return (f"QToolButton {{ background: {colour(r.Button)}; color: {colour(r.ButtonText)};"
            f" border: 1px solid {colour(r.Mid)}; border-radius: 3px; padding: 2px 5px; }}"
            f" QToolButton:checked {{ background: {colour(r.Highlight)}; color: {colour(r.HighlightedText)};"
            f" border-color: {colour(r.Highlight)}; }}")
