"""Two-document comparison benchmark: pairing, word diffs, and the window from open to shown.

    python tests/benchmarks/bench_two_docs.py [--repeat 5] [--sections 30]

Two pairs of documents: 三门峡 against 西宁 (seeds), and two large synthetic documents, each the
bodies of --sections synthetic documents (tests/benchmarks/synth_corpus.py) in one, renumbered;
the right one leaves out every seventh and adds three more, so it has gaps on both sides.
For each, medians of --repeat runs after one warm-up (jieba loaded): pairing alone, pairing and
word diffs, and the window (QT_QPA_PLATFORM=offscreen) from construction until the table shows
the rows, with the longest the event loop went without running a 10 ms timer meanwhile (how
long the window could not repaint); then, the window open, the longest it went so while the
scroll bar jumps to ten places down the table and the window is made narrower and wider again
(rows coming into view are measured, the others estimated again). Prints a Markdown table.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
SEEDS = HERE.parents[1] / "seeds"


def large_document(indices, name: str):
    sys.path.insert(0, str(HERE))
    import synth_corpus as synth
    from policylens.core.document import analyze_bytes

    texts = [synth.make_text(0, i)[0].split("\n") for i in indices]
    first = next(k for k, line in enumerate(texts[0]) if synth._TOP.match(line))
    lines = texts[0][:first]
    for text in texts:
        lines += text[next(k for k, line in enumerate(text) if synth._TOP.match(line)):]
    return analyze_bytes("\n".join(synth._renumber(lines)).encode("utf-8"), name)


def median_ms(fn, repeat: int) -> float:
    fn()
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def window_ms(app, doc_a, doc_b, repeat: int) -> tuple[float, float, float]:
    """Median time to a shown comparison, the median longest stall of the event loop until then,
    and while scrolling and resizing."""
    from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer

    from policylens.app.comparing.two_doc_view import TwoDocView

    docs = {doc_a.key: doc_a, doc_b.key: doc_b}
    records = [{"key": d.key, "title": d.meta.title, "place": d.meta.place, "level": d.meta.level} for d in docs.values()]
    times, stalls, moving = [], [], []
    for run in range(repeat + 1):
        clock, ticks, last = QElapsedTimer(), QTimer(), [0]
        longest = [0]

        def tick():
            now = clock.elapsed()
            longest[0] = max(longest[0], now - last[0])
            last[0] = now
        ticks.timeout.connect(tick)
        clock.start()
        view = TwoDocView(records, docs.__getitem__, doc_a.key, doc_b.key)
        view.resize(1300, 800)
        loop = QEventLoop()
        view.computed.connect(loop.quit)
        view.show()
        ticks.start(10)
        loop.exec()
        app.processEvents()  # the first paint of the rows
        elapsed, filling = clock.elapsed(), longest[0]
        longest[0] = 0
        _scroll_and_resize(view)
        ticks.stop()
        view.shutdown()
        view.close()
        view.deleteLater()
        app.processEvents()
        if run:  # the first run loads jieba
            times.append(elapsed)
            stalls.append(filling)
            moving.append(longest[0])
    return statistics.median(times), statistics.median(stalls), statistics.median(moving)


def _scroll_and_resize(view) -> None:
    from PySide6.QtCore import QEventLoop, QTimer

    def settle(ms: int = 60) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    bar = view.table.verticalScrollBar()
    for step in range(1, 11):
        bar.setValue(bar.maximum() * step // 10)
        settle()
    for width in (900, 1300):
        view.resize(width, 800)
        settle()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sections", type=int, default=30)
    args = parser.parse_args(argv)
    from PySide6.QtWidgets import QApplication

    from policylens.core import worddiff
    from policylens.core.document import analyze_file
    from policylens.core.document_pairing import pair_documents

    app = QApplication.instance() or QApplication([])
    seeds = {p.name[:3]: analyze_file(p) for p in sorted(SEEDS.glob("*.txt"))}
    n = args.sections
    pairs = {"seeds 三门峡 / 西宁": (seeds["000"], seeds["003"]),
             f"synthetic, {n} documents' sections each": (
                 large_document(range(n), "large-a.txt"),
                 large_document([i for i in range(n + 3) if i % 7 != 3], "large-b.txt"))}
    worddiff.warm_up()
    print("| documents | clauses (A / B) | pairing | pairing + word diffs | window to rows shown | longest UI stall "
          "| longest stall scrolling, resizing |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for name, (a, b) in pairs.items():
        pairing = median_ms(lambda: pair_documents(a, b), args.repeat)
        whole = median_ms(lambda: worddiff.diff_documents(a, b, pair_documents(a, b).rows), args.repeat)
        shown, stall, moving = window_ms(app, a, b, args.repeat)
        print(f"| {name} | {len(a.clauses)} / {len(b.clauses)} | {pairing:.0f} ms | {whole:.0f} ms | "
              f"{shown:.0f} ms | {stall:.0f} ms | {moving:.0f} ms |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
