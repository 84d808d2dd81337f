"""The reuse matrix (core.reuse) as a Qt table model: a cell's containment, its heat colour and band.

Row i, column j is the share of document i's 5-grams found in document j; the colour runs from
the palette's empty to its full colour with the share.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor

from ...core.reuse import RELAY, REWRITTEN, ReuseMatrix
from ..common import styles

_DISPLAY = Qt.ItemDataRole.DisplayRole
translate = QCoreApplication.translate  # by this name, lupdate finds the strings


@dataclass(frozen=True)
class HeatColours:
    empty: str  # nothing shared
    full: str  # everything shared
    text: str
    strong_text: str  # on cells past the middle of the scale


LIGHT = HeatColours(empty="#ffffff", full="#b2182b", text="#1a1a1a", strong_text="#ffffff")
DARK = HeatColours(empty="#202020", full="#ff6f61", text="#e6e6e6", strong_text="#1a1a1a")


def heat_colours() -> HeatColours:
    return DARK if styles.is_dark() else LIGHT


def heat(share: float, colours: HeatColours) -> QColor:
    """The colour between empty and full, at the share's place."""
    low, high = QColor(colours.empty), QColor(colours.full)
    mix = max(0.0, min(1.0, share))
    return QColor.fromRgbF(*(a + (b - a) * mix for a, b in
                             zip(low.getRgbF()[:3], high.getRgbF()[:3])))


def band_name(band: str) -> str:
    names = {"relay": translate("ReuseView", "照搬（> {relay}）"),
             "localized": translate("ReuseView", "本地化改写（{rewritten}–{relay}）"),
             "rewritten": translate("ReuseView", "重写（< {rewritten}）")}
    return names[band].format(relay=RELAY, rewritten=REWRITTEN)


class ReuseTableModel(QAbstractTableModel):
    """Presents a ReuseMatrix; rows and columns are the documents in one order."""
    KeyRole = Qt.ItemDataRole.UserRole + 1  # the row's document key (headers: that section's)
    ShareRole = Qt.ItemDataRole.UserRole + 2  # the containment as a float
    BandRole = Qt.ItemDataRole.UserRole + 3  # relay, localized or rewritten

    def __init__(self, parent=None):
        super().__init__(parent)
        self._matrix: ReuseMatrix | None = None
        self._names: list[str] = []

    def set_matrix(self, matrix: ReuseMatrix, names: Sequence[str]) -> None:
        self.beginResetModel()
        self._matrix, self._names = matrix, list(names)
        self.endResetModel()

    def matrix(self) -> ReuseMatrix | None:
        return self._matrix

    def names(self) -> list[str]:
        return list(self._names)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self._matrix is None else len(self._matrix.keys)

    def columnCount(self, parent=QModelIndex()):
        return self.rowCount(parent)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or self._matrix is None:
            return None
        i, j = index.row(), index.column()
        share = self._matrix.containment(i, j)
        if role == self.KeyRole:
            return self._matrix.keys[i]
        if i == j:
            return "—" if role == _DISPLAY else None
        if role == _DISPLAY:
            return f"{share:.4f}"
        if role == self.ShareRole:
            return share
        if role == self.BandRole:
            return self._matrix.band(i, j)
        return self._look(role, share, i, j)

    def _look(self, role, share: float, i: int, j: int):
        colours = heat_colours()
        if role == Qt.ItemDataRole.BackgroundRole:
            return heat(share, colours)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(colours.strong_text if share > 0.5 else colours.text)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{a} 的 5 字串有 {share:.1%} 见于 {b}：{band}").format(
                a=self._names[i], b=self._names[j], share=share, band=band_name(self._matrix.band(i, j)))
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if self._matrix is None or not 0 <= section < len(self._names):
            return None
        if role == _DISPLAY:
            return self._names[section]
        if role in (Qt.ItemDataRole.ToolTipRole, self.KeyRole):
            return self._matrix.keys[section]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
