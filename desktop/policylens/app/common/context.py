"""What a feature of the main window may use, named in one place.

The window builds one FeatureContext, then its features (reading, annotating, colleagues,
comparing, two documents, matrices, help) from it. A feature reaches the rest of the window
only through these fields and the window's public methods (open_document, records, ...).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # names for the reader only: the context imports no widget
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QStatusBar

    from ..annotating.annotation_session import AnnotationSession
    from ..comparing.alignment_loader import AlignmentLoader
    from ..corpus.corpus_source import Corpus
    from ..reading.reader import ReaderPane
    from ..shell.main_window import MainWindow


@dataclass(frozen=True)
class FeatureContext:
    window: MainWindow  # the parent of a feature's widgets, and its public API
    settings: QSettings
    data_dir: Path
    corpus_source: Corpus
    session: AnnotationSession | None  # None: annotations could not be opened (read only)
    reader: ReaderPane
    status_bar: QStatusBar
    alignment: AlignmentLoader  # the clause families, brought up to date off the UI thread
    keep_tool_window: Callable  # keep_tool_window(view) -> view: shut down with the window
    add_dock: Callable  # add_dock(object name, title, widget, area) -> QDockWidget
    compare_clause_at: Callable  # compare_clause_at(doc key, clause id, reference key=None)

    def show_message(self, text: str, timeout: int = 0) -> None:
        self.status_bar.showMessage(text, timeout)


class Feature:
    """The hooks through which the window drives a feature; each does nothing by default."""

    def contribute(self, actions: dict) -> None:
        """The window's actions are built: add toolbars, menu entries, enable or disable."""

    def records_changed(self, records: list[dict]) -> None:
        """The corpus list shows these documents (at start and after each import)."""

    def corpus_loaded(self) -> None:
        """Every document's summary is loaded."""

    def corpus_changed(self, keys: list) -> None:
        """An import or a re-analysis added or changed these documents."""

    def scope_changed(self, keys) -> None:
        """The scope bar keeps only these document keys (None: every document)."""

    def document_opened(self, doc) -> None:
        """The reader shows another document."""

    def shutdown(self) -> None:
        """The window closes: stop background work, keep what is unsaved."""
