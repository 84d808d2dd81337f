"""Annotation window benchmark: a highlight added, and a document with 500 annotations opened, in the main window.

    python tests/benchmarks/bench_annotation_window.py [--work DIR] [--repeat 5] [--quick]
    (or through tests/benchmarks/run_all.py, which calls run())

Set-up: the large store (benchkit.prepare: the 3,000 synthetic documents) in a MainWindow
(QT_QPA_PLATFORM=offscreen), with an annotations file of 10,000 annotations on real spans,
500 of them on one document and the rest spread over 199 others (bench_annotations.build);
the window's summaries are loaded before anything is measured.

(a) Adding a highlight end to end, as the user does it: a span of the visible text selected
    in the reader, the Highlight action triggered, until the event loop has run once more
    (the mark painted in the reader, the row inserted in the annotation panel, the outline's
    count updated) -- the journal line is written and fsynced before the action returns.
    Each add is checked: the new mark shown, one more row in the panel, one more journal line.
    The docks are as a first start shows them: the annotation panel and the code manager on
    screen (the manager recounts every code and document after each add, in the event loop).
    60 adds (20 with --quick), median; then 30 more under cProfile for the breakdown (the
    profiler's overhead inflates those numbers; they tell where the time goes, not how much).
(b) Opening the document with its 500 annotations (from the store, not the window's cache:
    read, parsed, marked, outlined, painted), after opening another one, --repeat * 2 times.
"""
from __future__ import annotations

import cProfile
import os
import pstats
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from bench_annotations import build  # noqa: E402
from benchkit import Config, Row, standalone  # noqa: E402

EXISTING, ON_ONE = 10_000, 500
PROFILED_ADDS = 30
# Where an add's time goes: (label, file name, function name) as cProfile names them.
SECTIONS = (
    ("anchor of the selection (make_anchor)", "anchoring.py", "make_anchor"),
    ("store: command done and journal line fsynced", "store/annotations.py", "do"),
    ("  of which the fsync", "journal.py", "_sync"),
    ("annotation panel updated", "annotation_panel.py", "refresh"),
    ("window: marks of the document", "feature.py", "_annotations_changed"),
    ("  reader marks repainted (the outline counts included)", "reader.py", "change_marks"),
    ("  outline counts", "outline_model.py", "change_marks"),
    ("event loop run once (paint)", "~", "processEvents"),
    ("  of which the code manager's recount", "code_manager.py", "refresh"),
)


def visible_span(view, rng: random.Random) -> tuple[int, int]:
    """A span of 2-30 characters of the text on screen, not starting on a blank."""
    from PySide6.QtCore import QPoint

    top = view.top_offset()
    corner = QPoint(view.viewport().width() - 20, view.viewport().height() - 20)
    bottom = max(top + 40, view.offset_of(view.cursorForPosition(corner).position()))
    text = view.shown
    while True:
        start = rng.randrange(top, min(bottom, len(text)) - 32)
        end = start + rng.randint(2, 30)
        if text[start].strip() and "\n" not in text[start:end]:
            return start, end


def add_once(app, window, rng: random.Random) -> float:
    """One highlight through the window's action, checked; seconds."""
    view, panel = window.reader.view, window.annotation_panel
    journal = window.annotations.store.journal_path
    start, end = visible_span(view, rng)
    view.select_span(start, end)
    rows, size, marks = panel.model.rowCount(), journal.stat().st_size, len(view.marks)
    started = time.perf_counter()
    window.actions_by_name["highlight"].trigger()
    app.processEvents()
    elapsed = time.perf_counter() - started
    if not (len(view.marks) == marks + 1 and panel.model.rowCount() == rows + 1
            and journal.stat().st_size > size and any(m.start == start and m.end == end for m in view.marks)):
        raise AssertionError(f"the highlight of {start}-{end} was not shown, listed and saved")
    return elapsed


def breakdown(profile: cProfile.Profile, adds: int) -> list[Row]:
    stats = pstats.Stats(profile).stats  # (file, line, name) -> (calls, prim, tottime, cumtime, callers)
    rows = []
    for label, file, name in SECTIONS:
        # The outermost of same-named functions (ReaderPane.set_marks calls ReaderView.set_marks).
        total = max((v[3] for (f, _, n), v in stats.items()
                     if (n == name or file == "~" and name in n) and f.endswith(file)), default=0.0)
        rows.append(Row(f"add, breakdown under cProfile (per add): {label}", [total / adds * 1000], "ms"))
    return rows


def open_times(app, window, key: str, other: str, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        window.open_document(other, 0)
        app.processEvents()
        window.corpus_source.workspace.drop_documents()  # from the store, as a first open
        started = time.perf_counter()
        window.open_document(key, 0)
        window.reader.view.viewport().repaint()
        times.append(time.perf_counter() - started)
        if len(window.reader.view.marks) < ON_ONE:
            raise AssertionError(f"{key} opened with {len(window.reader.view.marks)} marks, not {ON_ONE}")
    return times


def run(config: Config) -> list[Row]:
    from PySide6.QtWidgets import QApplication

    from policylens.app.annotating.annotation_session import AnnotationSession
    from policylens.app.corpus.corpus_source import Corpus
    from policylens.app.shell.main import settings_for
    from policylens.app.shell.main_window import MainWindow
    from policylens.store.annotations import AnnotationStore

    work = config.work / "annotation-window"
    shutil.rmtree(work, ignore_errors=True)
    key = build(work / "data", config.store, EXISTING, ON_ONE, 0)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    session = AnnotationSession(AnnotationStore(work / "data"))
    window = MainWindow(Corpus(config.store), settings_for(Path(tempfile.mkdtemp())), annotations=session)
    window.resize(1400, 900)
    window.show()
    app.processEvents()
    window.load_corpus_views()
    while not window.corpus_ready:  # summaries are read in the background after the first paint
        app.processEvents()
        time.sleep(0.005)
    other = next(r["key"] for r in window.records if r["key"] != key)
    opens = open_times(app, window, key, other, config.repeat * 2)
    window.reader.scroll_to_offset(len(window.reader.current.text) // 3)
    app.processEvents()

    rng = random.Random(1)
    add_once(app, window, rng)  # warm-up: first use of the action, the editor's imports
    adds = [add_once(app, window, rng) * 1000 for _ in range(20 if config.quick else 60)]
    recounts = []
    for _ in range(10):  # what the code manager does after each add, when it is on screen
        started = time.perf_counter()
        window.code_manager.refresh()
        recounts.append((time.perf_counter() - started) * 1000)
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(PROFILED_ADDS):
        add_once(app, window, rng)
    profile.disable()

    total = len(session.project.annotations)
    rows = [Row(f"add a highlight in the window ({total:,} annotations, {len(window.reader.view.marks)} on the "
                f"open document, {len(window.corpus_source.store):,} documents): selection to painted, "
                "listed, counted and fsynced", adds, "ms", "< 20"),
            Row("  of which the code manager's recount (timed alone; on screen in the first-start layout, "
                "it runs in the event loop after each add)", recounts, "ms"),
            Row(f"open the document with its {ON_ONE} annotations (from the store, painted)",
                [t * 1000 for t in opens], "ms", "< 150")]
    rows += breakdown(profile, PROFILED_ADDS)
    window.close()
    session.close()
    return rows


if __name__ == "__main__":
    sys.exit(standalone(run, __doc__.split("\n")[0]))
