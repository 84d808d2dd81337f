"""Table models of the coverage matrix and the parameter table (presentation only).

The matrices are computed by the core (core.coverage, core.parameters); these models show
them: a cell's text, its band colour, its tooltip. Rows are labelled in the vertical header,
which stays in view when the table scrolls sideways (the frozen first column).
"""
from __future__ import annotations

from typing import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, Qt

from ...core.coverage import ADOPTED, BANDS, REFERENCE, CoverageMatrix
from ...core.parameters import ParameterTable
from ...core.scores import score_text
from ...exchange.reports.matrix_table import BAND_COLOURS, LEAD_SEP, clause_label, coverage_text, value_text
from ..common import styles
from ..common.novelty_text import share_text, share_tooltip

_DISPLAY = Qt.ItemDataRole.DisplayRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
translate = QCoreApplication.translate  # by this name, lupdate finds the strings


def band_names() -> dict[str, str]:
    return {REFERENCE: translate("CoverageModel", "参照条款"),
            "adopted": translate("CoverageModel", "采纳（相似度 ≥ {adopted}）").format(adopted=ADOPTED),
            "changed": translate("CoverageModel", "修改（同一条款族，改写较多）"),
            "dropped": translate("CoverageModel", "删去（无对应条款）")}


class CoverageModel(QAbstractTableModel):
    CellRole = Qt.ItemDataRole.UserRole + 1  # the core.coverage.Cell, None where dropped
    BandRole = Qt.ItemDataRole.UserRole + 2
    shares: Mapping = {}  # key -> novelty_shares.Share, once set_shares() has them (never changed in place)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.matrix: CoverageMatrix | None = None
        self._names: Mapping[str, str] = {}
        self._family_names: Mapping[int, str] = {}
        self.shown_bands = set(BANDS) | {REFERENCE}

    def set_matrix(self, matrix: CoverageMatrix | None, names: Mapping[str, str],
                   family_names: Mapping[int, str] | None = None) -> None:
        """names: document key -> place; family_names: family id -> name (family mode's rows)."""
        self.beginResetModel()
        self.matrix, self._names, self._family_names = matrix, names, family_names or {}
        self.endResetModel()

    def set_shares(self, shares: Mapping) -> None:
        """key -> novelty_shares.Share of every document: shown as a last row."""
        self.beginResetModel()
        self.shares = shares
        self.endResetModel()

    def is_share_row(self, row: int) -> bool:
        return self.matrix is not None and row == len(self.matrix.rows)

    def _share_data(self, column: int, role):
        share = self.shares.get(self.matrix.keys[column])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if share is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        return share_text(share) if role == _DISPLAY else f"{self.name(share.key)}\n{share_tooltip(share)}"

    def set_shown_bands(self, bands: set[str]) -> None:
        """Cells of other bands are left blank (the legend's check boxes)."""
        self.shown_bands = set(bands) | {REFERENCE}
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    @property
    def family_names(self) -> Mapping[int, str]:
        return self._family_names

    def name(self, key: str) -> str:
        return self._names.get(key, key)

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.rows) + bool(self.shares)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.matrix is None else len(self.matrix.keys)

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or self.matrix is None:
            return None
        if role not in (_DISPLAY, _TOOLTIP, self.CellRole, self.BandRole, Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.TextAlignmentRole):
            return None
        if self.is_share_row(index.row()):
            return self._share_data(index.column(), role)
        cell = self.matrix.cell(index.row(), index.column())
        band = cell.band if cell else "dropped"
        if role == self.CellRole:
            return cell
        if role == self.BandRole:
            return band
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if band not in self.shown_bands:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return styles.band_fill(BAND_COLOURS[band])
        if role == Qt.ItemDataRole.ForegroundRole:
            return styles.band_ink()
        if role == _DISPLAY:
            return "—" if cell is None else coverage_text(cell)
        return self._tooltip(index.row(), index.column(), cell)

    def _tooltip(self, row: int, column: int, cell) -> str:
        place = self.name(self.matrix.keys[column])
        if cell is None:
            return self.tr("{place}：没有对应条款（删去）").format(place=place)
        lines = [f"{place} {clause_label(cell.clause_id, cell.title)}",
                 self.tr("与参照条款的相似度 {score}：{band}").format(score=score_text(cell.score),
                                                                    band=band_names()[cell.band])]
        if cell.leads:
            lines.append(self.tr("牵头单位：{leads}").format(leads=LEAD_SEP.join(cell.leads)))
        return "\n".join(lines)

    def headerData(self, section, orientation, role=_DISPLAY):
        if self.matrix is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.matrix.keys):
                return None
            key = self.matrix.keys[section]
            return self.name(key) if role == _DISPLAY else key
        if self.shares and self.is_share_row(section):
            return self.tr("新内容占比") if role == _DISPLAY else share_tooltip(None)
        if not 0 <= section < len(self.matrix.rows):
            return None
        row = self.matrix.rows[section]
        label = clause_label(row.reference.clause_id, row.title)
        if self.matrix.template is None:  # a family: by its name, its reference clause on hover
            label = f"{self.name(row.reference.key)} {label}"
            family = self._family_names.get(row.family_id)
            if family:
                if role == _DISPLAY:
                    return family
                label = self.tr("{family}\n参照：{label}").format(family=family, label=label)
        if role == _DISPLAY:
            return label
        counts = self.matrix.counts(section)
        return self.tr("{label}\n采纳 {adopted} · 修改 {changed} · 删去 {dropped}").format(label=label, **counts)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


# The parameters' labels (core.parameters) for lupdate; the model translates them when shown.
PARAMETER_LABELS = (
    QT_TRANSLATE_NOOP("ParameterModel", "居住年限"), QT_TRANSLATE_NOOP("ParameterModel", "社保缴纳年限"),
    QT_TRANSLATE_NOOP("ParameterModel", "就业年限"), QT_TRANSLATE_NOOP("ParameterModel", "租住年限"),
    QT_TRANSLATE_NOOP("ParameterModel", "纳税年限"), QT_TRANSLATE_NOOP("ParameterModel", "住所条件"),
    QT_TRANSLATE_NOOP("ParameterModel", "户籍人口城镇化率目标"),
    QT_TRANSLATE_NOOP("ParameterModel", "户籍人口城镇化率年均提高"),
    QT_TRANSLATE_NOOP("ParameterModel", "常住人口城镇化率目标"), QT_TRANSLATE_NOOP("ParameterModel", "年均转户"),
    QT_TRANSLATE_NOOP("ParameterModel", "落户人数目标"),
)


class ParameterModel(QAbstractTableModel):
    """Documents (rows) × parameters; a cell lists a document's values of one parameter."""
    ValuesRole = Qt.ItemDataRole.UserRole + 1  # list[ParameterValue]

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: ParameterTable | None = None
        self._names: Mapping[str, str] = {}

    def set_table(self, table: ParameterTable | None, names: Mapping[str, str]) -> None:
        self.beginResetModel()
        self.table, self._names = table, names
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.table is None else len(self.table.documents)

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() or self.table is None else len(self.table.parameters)

    def values(self, row: int, column: int) -> list:
        return self.table.documents[row].values.get(self.table.parameters[column].id, [])

    def data(self, index, role=_DISPLAY):
        if not index.isValid() or self.table is None:
            return None
        values = self.values(index.row(), index.column())
        if role == self.ValuesRole:
            return values
        if not values:
            return None
        if role == _DISPLAY:
            return "\n".join(value_text(v) for v in values)
        if role == _TOOLTIP:
            lines = [self.tr("{clause}：{text}").format(clause=v.clause, text=v.text)
                     + (self.tr("（此条件已取消）") if v.abolished else "") for v in values]
            return "\n".join(lines + [self.tr("双击跳到原文")])
        if role == Qt.ItemDataRole.BackgroundRole and all(v.abolished for v in values):
            return styles.band_fill(BAND_COLOURS["abolished"])
        if role == Qt.ItemDataRole.ForegroundRole and all(v.abolished for v in values):
            return styles.band_ink()
        return None

    def headerData(self, section, orientation, role=_DISPLAY):
        if self.table is None or role not in (_DISPLAY, _TOOLTIP):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self.table.parameters):
                return None
            parameter = self.table.parameters[section]
            return QCoreApplication.translate("ParameterModel", parameter.label) if role == _DISPLAY else parameter.id
        if not 0 <= section < len(self.table.documents):
            return None
        key = self.table.documents[section].key
        return self._names.get(key, key) if role == _DISPLAY else key

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
