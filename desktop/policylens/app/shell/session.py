"""One run of the application: its corpus, settings and main window.

Changing the UI language rebuilds the main window in the new language; the window's state
(layout, open document, reading position) is saved first and restored by the new window,
and the corpus, with everything already loaded, is kept.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from . import i18n
from ..corpus.corpus_source import Corpus
from .main_window import MainWindow
from ..annotating.feature import open_annotations
from .preferences import Preferences


class Session:
    def __init__(self, app: QApplication, corpus: Corpus, settings: QSettings):
        self.app, self.corpus, self.settings = app, corpus, settings
        self.language = i18n.install(app, Preferences.load(settings).language)
        self.annotations = open_annotations(None, corpus.data_dir)  # kept across windows
        self.window = self._new_window()

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
