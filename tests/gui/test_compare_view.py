"""The side-by-side view on the real seeds: 三门峡 三/(十) (居住证) against the other four."""
from html.parser import HTMLParser
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat

from policylens.app.compare_view import DIFF_PROPERTY, CompareView, open_compare
from policylens.core import worddiff
from policylens.core.document import analyze_file

pytestmark = pytest.mark.gui

SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING = (
    "000_475fe52b6475e2b2", "001_cb987e057fa661f0", "002_0b082def2c4c3406", "003_75f870b2b59b37d0",
    "004_cfcbd90ad6d31fda")
SEED_DIR = Path(__file__).resolve().parents[2] / "seeds"


def by_key(docs, key):
    return next(d for d in docs if d.key == key)


def clause(doc, clause_id):
    return next(c for c in doc.clauses if c.id == clause_id)


def shown(qtbot, view):
    qtbot.addWidget(view)
    view.resize(1200, 420)
    view.show()
    qtbot.waitExposed(view)
    return view


@pytest.fixture
def view(qtbot, corpus):
    reference = by_key(corpus, SANMENXIA)
    widget = CompareView(corpus, reference, clause(reference, "三/(十)"))
    with qtbot.waitSignal(widget.computed, timeout=30_000):
        shown(qtbot, widget)
    return widget


def highlighted(pane) -> list[tuple[str, str]]:
    """(op, text) of every highlighted run in the column's text, read from its QTextDocument."""
    runs: list[tuple[str | None, str]] = []

    def add(op, text):
        if runs and runs[-1][0] == op:
            runs[-1] = (op, runs[-1][1] + text)
        else:
            runs.append((op, text))

    block = pane.text.document().begin()
    while block.isValid():
        if block != pane.text.document().begin():  # the paragraph break before it, in its format
            add(block.charFormat().property(DIFF_PROPERTY), "\n")
        it = block.begin()
        while not it.atEnd():
            add(it.fragment().charFormat().property(DIFF_PROPERTY), it.fragment().text())
            it += 1
        block = block.next()
    return [(op, text) for op, text in runs if op is not None]


def expected_runs(doc_a, clause_a, doc_b, clause_b, with_children=True) -> list[tuple[str, str]]:
    """The non-equal ops of worddiff's diff, in B's characters (deleted words in A's)."""
    diff = worddiff.diff_clauses(doc_a, clause_a, doc_b, clause_b, with_children=with_children)
    return [(op.op, doc_a.text[op.a_start:op.a_end] if op.op == "delete" else doc_b.text[op.b_start:op.b_end])
            for op in diff.ops if op.op != "equal"]


def test_columns_counterparts_and_absent_document(view):
    titles = {key: pane.header.text() for key, pane in view.panes.items()}
    assert titles[SANMENXIA] == "三门峡市 · 三/(十)\n推进居住证制度覆盖全部未落户城镇常住人口"
    assert titles[DANDONG] == "丹东市 · 三/(十四)\n推进居住证制度覆盖全部未落户城镇常住人口"
    assert titles[SHIXING] == "始兴县 · 三/(八)\n推进居住证制度覆盖全部未落户城镇常住人口"
    zhaotong = view.panes[ZHAOTONG]
    assert view.column(ZHAOTONG).clause is None
    assert zhaotong.absent.isVisible() and not zhaotong.text.isVisible()
    assert zhaotong.absent.text() == "本文件没有与之对应的条款"
    assert not zhaotong.header.isEnabled()  # an absent document cannot be the reference
    assert view.panes[SANMENXIA].note.text() == "参照"
    assert highlighted(view.panes[SANMENXIA]) == []


def test_highlighted_spans_are_the_word_diff(view, corpus):
    reference, shixing = by_key(corpus, SANMENXIA), by_key(corpus, SHIXING)
    expected = expected_runs(reference, clause(reference, "三/(十)"), shixing, clause(shixing, "三/(八)"))
    assert len(expected) == 3
    assert highlighted(view.panes[SHIXING]) == expected
    assert ("replace", "根据") in expected  # 鼓励各级政府根据本地 became 根据
    values = view.panes[SHIXING].values.text().split("\n")
    assert "牵头：市公安局 → 县公安局" in values
    assert "配合：— → 县财政局" in values


def test_traditional_document_keeps_its_characters(view):
    pane = view.panes[XINING]
    text = pane.text.toPlainText()
    assert text.startswith("推進居住證制度覆蓋全部未落戶城鎮常住人口")
    assert "24.全面推行居住證制度" in text  # its numbered item, shown with the heading
    assert "推进居住证" not in text
    assert pane.header.text().startswith("西宁市 · 三/(十八)")


def test_header_click_changes_the_reference(qtbot, view, corpus):
    dandong, reference = by_key(corpus, DANDONG), by_key(corpus, SANMENXIA)
    with qtbot.waitSignal(view.computed, timeout=30_000):
        qtbot.mouseClick(view.panes[DANDONG].header, Qt.MouseButton.LeftButton)
    assert view.reference_key == DANDONG
    assert view.column(DANDONG).is_reference and highlighted(view.panes[DANDONG]) == []
    assert view.panes[DANDONG].note.text() == "参照"
    assert view.reference_combo.currentData() == DANDONG
    expected = expected_runs(dandong, clause(dandong, "三/(十四)"), reference, clause(reference, "三/(十)"))
    assert highlighted(view.panes[SANMENXIA]) == expected
    assert ("replace", "\n加快推进《三门峡市居住证实施办法》实施,") in expected


def test_scrolling_one_column_scrolls_the_others(qtbot, view):
    bars = {key: pane.text.verticalScrollBar() for key, pane in view.panes.items() if key != ZHAOTONG}
    assert bars[SHIXING].maximum() > 0 and bars[XINING].maximum() > 0
    bars[SHIXING].setValue(bars[SHIXING].maximum())
    assert bars[XINING].value() == bars[XINING].maximum()
    bars[XINING].setValue(0)
    assert bars[SHIXING].value() == 0


def test_html_export_is_escaped_and_complete(qtbot, corpus, tmp_path):
    source = tmp_path / "005_escaped.txt"
    seed = (SEED_DIR / f"{SHIXING}.txt").read_text(encoding="utf-8")
    marked = seed.replace("根据实际不断", "根据实际不断<script>alert(1)</script><b>&amp;", 1)
    assert marked != seed
    source.write_text(marked, encoding="utf-8")
    odd = analyze_file(source)
    reference = by_key(corpus, SANMENXIA)
    view = CompareView([reference, odd], reference, clause(reference, "三/(十)"))
    with qtbot.waitSignal(view.computed, timeout=30_000):
        shown(qtbot, view)
    assert "<script>alert(1)</script><b>&amp;" in view.panes[odd.key].text.toPlainText()
    out = tmp_path / "compare.html"
    view.export_html(str(out))
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "<b>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;&lt;b&gt;&amp;amp;" in page
    assert _page_text(page).count("<script>alert(1)</script><b>&amp;") == 1  # nothing lost


def _page_text(page: str) -> str:
    parts: list[str] = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(page)
    return "".join(parts)


def test_open_compare_shows_a_window(qtbot, corpus):
    reference = by_key(corpus, SANMENXIA)
    view = open_compare(None, corpus, reference, clause(reference, "三/(十)"))
    qtbot.addWidget(view)
    assert view.isWindow() and view.isVisible()
    assert view.windowTitle() == "条款对照：三门峡市 · 三/(十) 推进居住证制度覆盖全部未落户城镇常住人口"
    qtbot.waitUntil(lambda: bool(view.columns()), timeout=30_000)
    assert [view.reference_combo.itemData(i) for i in range(view.reference_combo.count())] == \
        [SANMENXIA, DANDONG, XINING, SHIXING]


def test_sub_clauses_box_recomputes_without_them(qtbot, view, corpus):
    with qtbot.waitSignal(view.computed, timeout=30_000):
        qtbot.mouseClick(view.children_box, Qt.MouseButton.LeftButton)
    assert not view.children_box.isChecked()
    reference, xining = by_key(corpus, SANMENXIA), by_key(corpus, XINING)
    expected = expected_runs(reference, clause(reference, "三/(十)"), xining, clause(xining, "三/(十八)"),
                             with_children=False)
    assert highlighted(view.panes[XINING]) == expected
    assert expected[0][0] == "delete"  # the heading alone: all of 三门峡's body is missing from it
    text = view.panes[XINING].text.toPlainText()
    assert text.startswith("推進居住證制度覆蓋全部未落戶城鎮常住人口\n加快推进") and "24." not in text


def test_a_failing_alignment_is_reported(qtbot, corpus):
    def broken(reference_doc, reference_clause, other_docs):
        raise ValueError("对齐数据损坏")

    reference = by_key(corpus, SANMENXIA)
    view = CompareView(corpus, reference, clause(reference, "三/(十)"), broken)
    shown(qtbot, view)
    qtbot.waitUntil(lambda: view.status_label.text() == "比较失败：对齐数据损坏", timeout=30_000)
    assert view.columns() == [] and not view.export_button.isEnabled()
    with pytest.raises(RuntimeError):
        view.export_html("/nonexistent/compare.html")
