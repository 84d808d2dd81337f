"""Screenshots of the real application for the README (run under Xvfb):

    xvfb-run -a -s "-screen 0 1366x768x24" python packaging/screenshots.py resources/screenshots
    xvfb-run -a -s "-screen 0 1024x700x24" python packaging/screenshots.py --small resources/screenshots

The second takes the small-screen views only (small-screen*.png), Chinese light and English dark.

Windows take the screen's available size (a 1366x768 laptop is the one to check), as a user's would.
"""
import sys
import tempfile
import time
from pathlib import Path


from PySide6.QtWidgets import QApplication

from policylens.app.shell import appearance, i18n
from policylens.app.corpus.corpus_source import Corpus
from policylens.app.common.fonts import apply_cjk_font
from policylens.app.shell.main import settings_for
from policylens.app.shell.main_window import MainWindow
from policylens.app.shell.preferences import Preferences


def settle(app, rounds=20):
    for _ in range(rounds):
        app.processEvents()
        time.sleep(0.01)


def wait_for(app, condition, seconds=120):
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError("the window did not get ready for its screenshot")
        settle(app, 1)
    settle(app)


def fit(widget, width: int, height: int) -> None:
    """Resize within the screen's available area, as the application sizes its windows."""
    area = QApplication.primaryScreen().availableGeometry()
    widget.resize(min(width, area.width()), min(height, area.height() - 40))


def police_everywhere(window: MainWindow) -> None:
    """The agency filter on 公安局 at every level (市, 县, 省), its clauses per place."""
    panel = window.agencies
    window.agency_dock.raise_()
    panel.levels_box.setChecked(True)
    police = next(r for r in panel.index.departments() if r.canonical == "公安局")
    panel.agency_view.selectRow(next(row for row in range(panel.agency_filter.rowCount())
                                     if panel.agency_filter.index(row, 0).data(panel.agency_model.NameRole) == "公安局"))
    assert set(panel.current_agencies()) == set(police.members)


def clause_of(window: MainWindow, place: str, clause_id: str):
    key = next(r["key"] for r in window.records if r["place"] == place)
    return key, next(c for c in window.corpus_source.document(key).clauses if c.id == clause_id)


def comparisons(app, window: MainWindow, out: Path) -> None:
    """The side-by-side view of the 三权 clause, the coverage matrix and two documents."""
    wait_for(app, lambda: window.comparing.alignment.ready)
    key, clause = clause_of(window, "三门峡", "三/(五)")
    view = window.comparing.compare_clause_at(key, clause.id)
    fit(view, 1400, 800)
    shown = []
    view.computed.connect(lambda: shown.append(len(view.columns())))
    wait_for(app, lambda: 5 in shown)
    view.grab().save(str(out / "compare-clause.png"))
    view.close()
    window.open_document(key, clause.start)
    coverage = window.matrices.show_coverage()
    wait_for(app, lambda: coverage.model.rowCount() > 0)
    coverage.grab().save(str(out / "coverage-matrix.png"))
    coverage.close()
    dandong = next(r["key"] for r in window.records if r["place"] == "丹东")
    two = window.two_documents.compare_two_documents(dandong)
    fit(two, 1400, 800)
    wait_for(app, lambda: two.model.rowCount() > 0)
    two.grab().save(str(out / "two-documents.png"))
    two.close()


def open_window(app, corpus, data: Path) -> MainWindow:
    window = MainWindow(corpus, settings_for(data))
    fit(window, 1400, 900)
    window.show()
    while not window.corpus_ready:
        settle(app, 1)
    settle(app)
    return window


TESTS_DATA = Path(__file__).resolve().parents[1] / "tests" / "data"
TO_LOOK_AT = [TESTS_DATA / "corpus" / "27_武汉武东医院住院须知.txt", TESTS_DATA / "formats" / "2017深圳小升初入学攻略.html",
              TESTS_DATA / "corpus" / "59_武汉市行政规范性文件管理规定.doc",
              TESTS_DATA / "formats" / "深圳市居住登记和居住证办理规定2016-html.html"]


def import_report(app, window: MainWindow, out: Path) -> None:
    """The import dialog's report on real files: one fails, two need a look (into a store of its own)."""
    from policylens.app.corpus.import_dialog import ImportDialog

    dialog = ImportDialog(window)
    done = []
    dialog.completed.connect(lambda: done.append(True))
    dialog.run(Path(tempfile.mkdtemp()), TO_LOOK_AT)
    wait_for(app, lambda: done)
    dialog.look_list.table.selectRow(0)
    settle(app)
    dialog.grab().save(str(out / "import-report.png"))
    dialog.close()


def english_dark(app, corpus, data: Path) -> MainWindow:
    i18n.install(app, "en")
    Preferences(language="en", theme="dark").save(settings_for(data))
    window = open_window(app, corpus, data)
    appearance.for_app(app).set_theme("dark")
    window.agency_dock.raise_()
    window.agencies.select_agency("市公安局")
    settle(app)
    return window


def application() -> QApplication:
    app = QApplication(sys.argv[:1])
    apply_cjk_font(app)
    i18n.install(app, "zh_CN")  # Qt's own words too (standard buttons), as the application does
    return app


def small_screen(out: Path) -> None:
    """The main window on a small screen, Chinese light and English dark, an agency chosen."""
    app = application()
    data = Path(tempfile.mkdtemp())
    corpus = Corpus(data)
    window = open_window(app, corpus, data)
    window.agencies.select_agency("市公安局")
    settle(app)
    window.grab().save(str(out / "small-screen.png"))
    window.close()
    window = english_dark(app, corpus, data)
    window.grab().save(str(out / "small-screen-english-dark.png"))
    window.close()


def main(out: Path) -> None:
    app = application()
    data = Path(tempfile.mkdtemp())
    corpus = Corpus(data)
    window = open_window(app, corpus, data)
    window.grab().save(str(out / "main-window.png"))
    police_everywhere(window)
    settle(app)
    window.grab().save(str(out / "agency-filter.png"))
    window.search_corpus()
    window.search.query_edit.setText("戶籍")
    window.search.run_search()
    hit = next(h for h in window.search.hits() if h.place == "西宁")
    window.open_span(hit.doc_key, hit.start, hit.end)
    settle(app)
    window.grab().save(str(out / "corpus-search.png"))
    comparisons(app, window, out)
    import_report(app, window, out)
    window.close()

    window = english_dark(app, corpus, data)  # the same application in English, dark
    window.grab().save(str(out / "english-dark.png"))
    window.close()


if __name__ == "__main__":
    small = "--small" in sys.argv[1:]
    folder = Path(next(arg for arg in sys.argv[1:] if arg != "--small"))
    folder.mkdir(parents=True, exist_ok=True)
    (small_screen if small else main)(folder)
