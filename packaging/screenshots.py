"""Screenshots of the real application for the README (run under Xvfb):

    xvfb-run -a -s "-screen 0 1400x900x24" python packaging/screenshots.py resources/screenshots
"""
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication

from policylens.app.corpus_source import load_corpus
from policylens.app.fonts import apply_cjk_font
from policylens.app.main import settings_for
from policylens.app.main_window import MainWindow


def settle(app, rounds=20):
    for _ in range(rounds):
        app.processEvents()


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    apply_cjk_font(app)
    data = Path(tempfile.mkdtemp())
    window = MainWindow(load_corpus(data), settings_for(data), data)
    window.resize(1400, 900)
    window.show()
    settle(app)
    window.grab().save(str(out / "main-window.png"))
    window.agency_dock.raise_()
    window.agencies.select_agency("市公安局")
    settle(app)
    window.grab().save(str(out / "agency-filter.png"))
    window.search_corpus()
    window.search.query_edit.setText("戶籍")
    window.search.run_search()
    hit = next(h for h in window.search.hits() if h.place == "西宁")
    window.open_span(hit.doc_key, hit.start, hit.end)
    settle(app)
    window.grab().save(str(out / "corpus-search.png"))


if __name__ == "__main__":
    main(Path(sys.argv[1]))
