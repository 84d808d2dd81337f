"""GUI tests drive real widgets on the offscreen platform, with settings in a temp INI file."""
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before anything imports Qt

import pytest  # noqa: E402


@pytest.fixture(scope="session")
def seeds_data_dir(tmp_path_factory):
    """A data folder whose store holds the seeds (imported on first use, as on first run)."""
    from policylens.app.corpus.corpus_source import Corpus

    folder = tmp_path_factory.mktemp("data")
    Corpus(folder)
    return folder


@pytest.fixture(scope="session")
def corpus(seeds_data_dir):
    """The seed documents, opened in full from the store, in key order."""
    from policylens.app.corpus.corpus_source import load_corpus

    return load_corpus(seeds_data_dir)


@pytest.fixture(scope="session")
def records(seeds_data_dir):
    """The store's index records of the seeds, in key order (what the corpus list shows)."""
    from policylens.app.corpus.corpus_source import Corpus

    return Corpus(seeds_data_dir).records()


def shown_window(qtbot, data_dir, settings_dir, fixed_size: bool = True):
    """A shown MainWindow over the store in data_dir, its settings in settings_dir, with the
    corpus-wide views (search, agencies) loaded; 1340×840 unless fixed_size=False (then as the
    screen allows, as a first run)."""
    from policylens.app.corpus.corpus_source import Corpus
    from policylens.app.shell.main import settings_for
    from policylens.app.shell.main_window import MainWindow

    window = MainWindow(Corpus(data_dir), settings_for(settings_dir))
    qtbot.addWidget(window)
    if fixed_size:  # the offscreen screen is 800×600: the tests' layouts assume a desktop
        window.resize(1340, 840)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.corpus_ready and len(window.documents) == len(window.records), timeout=30000)
    return window


@pytest.fixture
def make_window(qtbot, tmp_path):
    """make_window() -> shown_window over the seeds (imported on first run) in tmp_path."""
    return lambda fixed_size=True: shown_window(qtbot, tmp_path, tmp_path, fixed_size)


@pytest.fixture
def window_over(qtbot, tmp_path):
    """window_over(data_dir) -> shown_window over that data folder's store."""
    return lambda data_dir: shown_window(qtbot, data_dir, tmp_path)


@pytest.fixture
def pane(qtbot):
    """A shown ReaderPane of a fixed size."""
    from policylens.app.reading.reader import ReaderPane

    widget = ReaderPane()
    qtbot.addWidget(widget)
    widget.resize(700, 500)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
