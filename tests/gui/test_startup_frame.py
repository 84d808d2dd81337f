"""The window's frame, painted first at start-up, and the window built in it over the corpus."""
from PySide6.QtWidgets import QLabel

from policylens.app.common import styles
from policylens.app.shell.main import settings_for
from policylens.app.shell.main_window import MainWindow
from policylens.app.shell.preferences import Preferences


def test_the_frame_shows_opening_and_is_built_in_place(qtbot, tmp_path):
    settings = settings_for(tmp_path)
    Preferences(theme="dark").save(settings)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    try:
        frame_then_window(qtbot, window, tmp_path)
    finally:
        window.apply_preferences(Preferences())  # the application's palette is shared by every test
    assert not styles.is_dark()


def frame_then_window(qtbot, window, tmp_path):
    from policylens.app.corpus.corpus_source import Corpus

    window.show()
    qtbot.waitExposed(window)
    assert not window.ready and not window.corpus_ready
    assert isinstance(window.centralWidget(), QLabel)
    assert window.centralWidget().text() == "正在打开语料库…"
    assert window.statusBar().currentMessage() == "正在打开…"
    assert styles.is_dark()  # the user's theme from the first paint on

    window.open_corpus(Corpus(tmp_path))
    assert window.ready and window.centralWidget() is window.splitter
    assert [r["key"] for r in window.records] == [r["key"] for r in Corpus(tmp_path).records()]
    assert len(window.records) == 5  # the seeds, imported on first run
    assert window.reader.current is not None  # the first document is open
    qtbot.waitUntil(lambda: window.corpus_ready and len(window.documents) == 5, timeout=20000)
    assert window.menuBar().actions()[0].text() == "文件(&F)"
    assert styles.is_dark()  # still the saved preference once built


def test_a_frame_closed_before_the_corpus_opens_keeps_no_state(qtbot, tmp_path):
    settings = settings_for(tmp_path)
    window = MainWindow(None, settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.close()
    assert settings.value("window/geometry") is None  # nothing was built to save
