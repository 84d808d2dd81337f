"""GUI tests drive real widgets on the offscreen platform, with settings in a temp INI file."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def corpus(tmp_path_factory):
    from policylens.app.corpus_source import load_corpus

    return load_corpus(tmp_path_factory.mktemp("data"))


@pytest.fixture
def make_window(qtbot, tmp_path):
    """make_window() -> a shown MainWindow over the seeds, its settings in tmp_path."""
    from policylens.app.corpus_source import load_corpus
    from policylens.app.main import settings_for
    from policylens.app.main_window import MainWindow

    def make():
        window = MainWindow(load_corpus(tmp_path), settings_for(tmp_path), tmp_path,
                            reload=lambda: load_corpus(tmp_path))
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


@pytest.fixture
def pane(qtbot):
    """A shown ReaderPane of a fixed size."""
    from policylens.app.reader import ReaderPane

    widget = ReaderPane()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
