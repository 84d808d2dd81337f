"""The Research menu: document attributes, coded segments, code co-occurrence, keyword in context,
word frequencies, printable reports; and auto-coding of the search panel's hits.

Windows are modules of their own, loaded when first opened: start-up pays nothing for them.
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ..common.context import Feature, FeatureContext
from ..common.error_text import error_text


class ResearchFeature(QObject, Feature):
    def __init__(self, context: FeatureContext):
        super().__init__(context.window)
        self.context = context
        self.attributes_dialog = None
        self.segments_window = None
        self.kwic_window = None
        self.frequency_window = None
        self.cooccurrence_window = None
        self._scope: set[str] | None = None  # the documents of the corpus scope (None: all)
        self._records: list[dict] = []
        context.window.search.autocodeRequested.connect(self.autocode)
        if context.session is None:  # annotations read only: nothing can be coded
            context.window.search.code_button.hide()

    def contribute(self, actions: dict) -> None:
        for name in ("segments", "cooccurrence", "print_annotations"):  # they read the annotations
            actions[name].setEnabled(self.context.session is not None)

    def records_changed(self, records: list[dict]) -> None:
        self._records = list(records)
        if self.attributes_dialog is not None:
            self.attributes_dialog.model.refresh(records)
        for window in (self.segments_window, self.kwic_window, self.frequency_window, self.cooccurrence_window):
            if window is not None:
                window.set_records(self._records)

    def scope_changed(self, keys) -> None:
        self._scope = keys
        if self.cooccurrence_window is not None:
            self.cooccurrence_window.set_scope(keys)
        if self.frequency_window is not None:
            self.frequency_window.set_scope(keys)

    def corpus_loaded(self) -> None:
        for window in (self.kwic_window, self.frequency_window):
            if window is not None:
                window.set_documents(self.context.window.documents)

    def show_attributes(self):
        """Research ▸ Document attributes: the corpus as an editable table (research/attributes_dialog.py)."""
        from .attributes_dialog import AttributesDialog

        if self.attributes_dialog is None:
            session = self.context.session  # its edits are steps of the one Edit ▸ Undo history
            self.attributes_dialog = AttributesDialog(self.context.data_dir, self._records, self.context.window,
                                                      undo_stack=session.undo_stack if session else None)
            self.attributes_dialog.resize(1100, 600)
        return _shown(self.attributes_dialog)

    def show_segments(self):
        """Research ▸ Coded segments: every passage of the chosen codes (research/segments_window.py)."""
        from .segments_window import SegmentsWindow

        if self.context.session is None:
            return None
        if self.segments_window is None:
            self.segments_window = SegmentsWindow(self.context.session, self._records, self.context.window,
                                                  self.context.corpus_source)
            self.segments_window.passageActivated.connect(self.context.window.open_span)
            self.context.keep_tool_window(self.segments_window)
        return _shown(self.segments_window)

    def show_cooccurrence(self):
        """Research ▸ Code co-occurrence: codes × codes, with the passages of a cell (research/cooccurrence_window.py)."""
        from .cooccurrence_window import CooccurrenceWindow

        if self.context.session is None:
            return None
        if self.cooccurrence_window is None:
            self.cooccurrence_window = CooccurrenceWindow(self.context.session, self._records, self._scope,
                                                          self.context.window)
            self.cooccurrence_window.passageActivated.connect(self.context.window.open_span)
            self.context.keep_tool_window(self.cooccurrence_window)
        return _shown(self.cooccurrence_window)

    def show_kwic(self):
        """Research ▸ Keyword in context (research/kwic_window.py)."""
        from .kwic_window import KwicWindow

        if self.kwic_window is None:
            self.kwic_window = KwicWindow(self.context.window.documents, self._records, self.context.window,
                                          self.context.corpus_source)
            self.kwic_window.hitActivated.connect(self.context.window.open_span)
            self.context.keep_tool_window(self.kwic_window)
        return _shown(self.kwic_window)

    def show_frequencies(self):
        """Research ▸ Word frequencies: a bar chart and a table (research/frequency_window.py)."""
        from .frequency_window import FrequencyWindow

        if self.frequency_window is None:
            self.frequency_window = FrequencyWindow(self.context.data_dir, self.context.window.documents,
                                                    self._records, self.context.window, self.context.corpus_source,
                                                    self.context.settings)
            self.frequency_window.set_scope(self._scope)
            self.context.keep_tool_window(self.frequency_window)
        return _shown(self.frequency_window)

    def print_annotation_report(self, printer=None) -> bool:
        """Research ▸ Print annotation report: every document's highlights and notes; printer
        None asks for one in Qt's print dialog (a printer, or a PDF file)."""
        from .printing import print_annotation_report

        if self.context.session is None:
            return False
        return print_annotation_report(self.context.session.project, self.context.corpus_source.store,
                                       self.context.window, printer)

    def autocode(self, hits: list, code_path: str, unit: str) -> int:
        """Code every hit's passage with code_path, as one step of the annotation history."""
        from ...core.annotations import AnnotationError
        from ...core.autocode import autocode
        from ...store.atomic import StoreError

        session = self.context.session
        if session is None:
            return 0
        try:
            documents = {key: self.context.corpus_source.document(key) for key in {h.doc_key for h in hits}}
            batch, added = autocode(session.project, hits, documents, code_path, unit, coder=session.coder)
            if added:
                session.run(batch)
        except (AnnotationError, StoreError, ValueError) as exc:
            QMessageBox.warning(self.context.window, self.tr("无法完成"), error_text(exc))
            return 0
        self.context.show_message(self.tr("已用“{code}”编码 {count} 处", "", added).format(code=code_path, count=added), 10000)
        return added


def _shown(window):
    window.show()
    window.raise_()
    return window
