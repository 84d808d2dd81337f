"""The attribute a research list (keyword in context, coded segments) shows in its last column,
chosen in a box above it, and every attribute for the XLSX sheet the list exports.

The values are the scope bar's (corpus_source.Corpus.attribute_table: extracted attributes with
the researcher's corrections, then their own attributes), read again whenever the box offers
its choices (the corpus caches them until its files change); without a corpus, the records'
place, level and date alone.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QComboBox

from ...core.attributes import document_date
from ..common.attribute_names import attribute_name
from ..common.context_rows import ContextRowsModel

NOT_SHOWN = ("title", "wrapper_type")  # the file column names the title already


class AttributeChooser(QComboBox):
    def __init__(self, model: ContextRowsModel, corpus, records: Callable[[], list[dict]], parent=None,
                 default: str = "province"):
        super().__init__(parent)
        self.model, self.corpus, self._records = model, corpus, records
        self._default = default
        self.setToolTip(self.tr("最后一列显示的文件属性，点击列标题按它排序"))
        self.currentIndexChanged.connect(lambda _index: self._show())
        self.refresh()

    def refresh(self) -> None:
        """Offer the attributes there are now (one may have been defined or corrected meanwhile)
        and show the chosen one's values as they are now."""
        wanted = self.currentData() or self._default
        self.blockSignals(True)
        self.clear()
        for name in self._names():
            self.addItem(attribute_name(name), name)
        found = self.findData(wanted)
        self.setCurrentIndex(found if found >= 0 else max(0, self.findData("place")))
        self.blockSignals(False)
        self._show()

    def sheet_columns(self, rows: list) -> tuple[tuple[str, ...], list[list[str]]]:
        """The other attributes of each row's document, for the XLSX sheet: (headers, values)."""
        names = [n for n in self._names() if n != self.currentData()]
        table = self._table()
        return (tuple(attribute_name(n) for n in names),
                [[table.get(row.doc_key, {}).get(n) or "" for n in names] for row in rows])

    def _names(self) -> list[str]:
        names = self.corpus.attribute_names() if self.corpus is not None else ["place", "level", "date"]
        return [n for n in names if n not in NOT_SHOWN]

    def _table(self) -> dict[str, dict[str, str]]:
        if self.corpus is not None:
            return self.corpus.attribute_table()
        return {r["key"]: {"place": r.get("place") or "", "level": r.get("level") or "",
                           "date": document_date(r.get("dates") or {})[0]} for r in self._records()}

    def _show(self) -> None:
        self.model.set_attribute(self.currentData() or "place", self._table())
