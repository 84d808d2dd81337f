"""The Research menu: document attributes (and what research windows come next).

Windows are modules of their own, loaded when first opened: start-up pays nothing for them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..common.context import Feature, FeatureContext


class ResearchFeature(QObject, Feature):
    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context = context
        self.attributes_dialog = None
        self._records: list[dict] = []

    def records_changed(self, records: list[dict]) -> None:
        self._records = list(records)
        if self.attributes_dialog is not None:
            self.attributes_dialog.model.refresh(records)

    def show_attributes(self):
        """Research ▸ Document attributes: the corpus as an editable table (research/attributes_dialog.py)."""
        from .attributes_dialog import AttributesDialog

        if self.attributes_dialog is None:
            self.attributes_dialog = AttributesDialog(self.context.data_dir, self._records, self.context.window)
            self.attributes_dialog.resize(1100, 600)
        self.attributes_dialog.show()
        self.attributes_dialog.raise_()
        return self.attributes_dialog
