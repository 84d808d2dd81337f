"""One run of the application: its corpus, settings and main window.

Changing the UI language rebuilds the main window in the new language; the window's state
(layout, open document, reading position) is saved first and restored by the new window,
and the corpus, with everything already loaded, is kept.

A session may start without its corpus: its window is then only the frame, painted at once,
and open_corpus() builds the rest (main() does so right after the first paint).
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from typing import TYPE_CHECKING

from . import i18n
from .main_window import MainWindow
from .preferences import Preferences

if TYPE_CHECKING:  # the corpus store is opened after the frame has painted
    from ..corpus.corpus_source import Corpus


class Session:
    def __init__(self, app: QApplication, corpus: Corpus | None, settings: QSettings):
        self.app, self.corpus, self.settings = app, None, settings
        self.annotations = None
        self.language = i18n.install(app, Preferences.load(settings).language)
        self.window = self._new_window()
        if corpus is not None:
            self.open_corpus(corpus)

    def open_corpus(self, corpus: Corpus) -> None:
        """Open the user's annotations (kept across windows) and build the window over corpus."""
        from ..annotating.feature import open_annotations

        self.corpus = corpus
        self.annotations = open_annotations(None, corpus.data_dir)
        self.window.open_corpus(corpus, self.annotations)

    def _new_window(self) -> MainWindow:
        window = MainWindow(self.corpus, self.settings, self.annotations)
        window.languageChanged.connect(self.switch_language)
        return window

    def switch_language(self, choice: str) -> None:
        language = i18n.resolve(choice)
        if language == self.language:
            return
        old = self.window
        old.shutdown()  # saves the state the new window restores
        self.language = i18n.install(self.app, choice)
        if self.annotations is not None:  # its history outlives the window: named anew
            self.annotations.retranslate()
        self.window = self._new_window()
        self.window.show()
        old.hide()
        old.deleteLater()

    def close(self) -> None:
        """End of the run: stop the window's work, keep its state, write the annotations."""
        self.window.shutdown()
        if self.annotations is not None:
            self.annotations.close()
            self.annotations = None
