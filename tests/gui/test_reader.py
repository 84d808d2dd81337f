"""The reader as a user meets it: real seeds, real widgets, real clicks."""
import os
import subprocess
import sys

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QInputMethodEvent, QTextCharFormat, QTextCursor, QWheelEvent
from PySide6.QtWidgets import QApplication

from policylens.app.common import styles
from policylens.app.corpus.corpus_model import CorpusFilter, CorpusModel
from textformats import formats_at
from policylens.app.common.offsets import Utf16Map, utf16_len
from policylens.app.common.outline_model import OutlineModel
from policylens.app.reading.reader import ReaderView
from policylens.core.document import analyze_bytes

SEED_IDS = ["000", "001", "002", "003", "004"]


def walk(model, parent=QModelIndex()):
    """Depth-first (pre-order) indexes of column 0."""
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from walk(model, index)


def doc_by_place(corpus, place):
    return next(d for d in corpus if d.meta.place == place)


@pytest.mark.parametrize("n", range(5), ids=SEED_IDS)
def test_outline_rows_equal_core_clauses(qtbot, corpus, n):
    doc = corpus[n]
    model = OutlineModel()
    model.set_clauses(doc.clauses)
    indexes = list(walk(model))
    assert [model.data(i, OutlineModel.ClauseIndexRole) for i in indexes] == list(range(len(doc.clauses)))
    labels = {"preamble": "前言", "closing": "结尾"}
    for index, clause in zip(indexes, doc.clauses):
        shown = model.data(index)
        assert shown == labels[clause.kind] if clause.kind in labels else shown.endswith(clause.title)
        up = model.parent(index)
        assert (model.clause(up) if up.isValid() else None) is (
            None if clause.parent is None else doc.clauses[clause.parent])
    top = [model.clause(model.index(r, 0)).kind for r in range(model.rowCount())]
    assert top.count("preamble") == (doc.clauses[0].kind == "preamble")


@pytest.mark.parametrize("n", range(5), ids=SEED_IDS)
def test_outline_model_passes_modeltester(qtmodeltester, corpus, n):
    model = OutlineModel()
    model.set_clauses(corpus[n].clauses)
    qtmodeltester.check(model)


def test_corpus_models_pass_modeltester(qtmodeltester, records):
    model = CorpusModel(records)
    qtmodeltester.check(model)
    proxy = CorpusFilter()
    proxy.setSourceModel(model)
    proxy.set_query("户籍")
    qtmodeltester.check(proxy)


def test_corpus_groups_documents_by_place_and_level(records):
    model = CorpusModel(records)
    groups = [model.index(g, 0) for g in range(model.rowCount())]
    assert [(g.data(), g.siblingAtColumn(CorpusModel.LEVEL).data()) for g in groups] == \
        [("三门峡", "市"), ("昭通", "市"), ("丹东", "市"), ("西宁", "市"), ("始兴", "县")]
    assert [model.rowCount(g) for g in groups] == [1] * 5
    assert groups[0].siblingAtColumn(CorpusModel.TITLE).data() == "1 份文件"
    xining = model.index_of(next(r["key"] for r in records if r["place"] == "西宁"))
    assert xining.parent() == groups[3]
    cells = [xining.siblingAtColumn(c).data() for c in range(model.columnCount())]
    assert cells[:3] == ["西宁", "市", "繁"] and cells[4] == "2017-11-02" and cells[5] == "寧政辦〔2017〕243號"
    assert model.key_at(xining) == records[3]["key"] and model.key_at(groups[3]) is None


def test_corpus_groups_gather_a_place_with_several_documents(records, qtmodeltester):
    extra = dict(records[0], key="zz_sanmenxia_2", title="三门峡市另一份方案")
    model = CorpusModel(records + [extra])
    qtmodeltester.check(model)
    sanmenxia = model.index(0, 0)
    assert model.rowCount() == 5 and model.rowCount(sanmenxia) == 2
    assert model.index_of("zz_sanmenxia_2").parent() == sanmenxia
    assert sanmenxia.siblingAtColumn(CorpusModel.TITLE).data() == "2 份文件"


def type_chinese(widget, text):
    """Chinese arrives as an input method's commit (QTest.keyClicks asserts on non-ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_filter_as_you_type_folds_scripts(make_window, qtbot):
    window = make_window()
    type_chinese(window.filter_edit, "户籍")  # simplified query, traditional titles too
    assert window.corpus_filter.rowCount() == 5
    window.filter_edit.clear()
    type_chinese(window.filter_edit, "西宁")  # the title is written 西寧
    assert window.corpus_filter.rowCount() == 1
    qtbot.keyClicks(window.filter_edit, "x")
    assert window.corpus_filter.rowCount() == 0


def test_clicking_outline_node_scrolls_reader(make_window, qtbot):
    window = make_window()
    doc = window.reader.view.current
    target = next(i for i, c in enumerate(doc.clauses) if c.id == "三/(五)")
    index = window.outline.index_of(target)
    window.outline_view.scrollTo(index)
    rect = window.outline_view.visualRect(index)
    qtbot.mouseClick(window.outline_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    view = window.reader.view
    assert view.textCursor().position() == view.position_of(doc.clauses[target].start)
    bar = view.verticalScrollBar()
    assert bar.value() > 0
    top = view.document().documentLayout().blockBoundingRect(view.textCursor().block()).top()
    assert bar.value() == min(int(top), bar.maximum())


def test_lead_agency_highlight_sanmenxia(make_window, corpus):
    window = make_window()
    view = window.reader.view
    doc = view.current
    assert doc.meta.place == "三门峡"
    clause = next(c for c in doc.clauses if c.id == "二/(一)")
    ref = next(a for a in clause.agencies if a.canonical == "市公安局" and a.role == "lead")
    assert doc.text[ref.start:ref.end] == "市公安局"
    for fmt in formats_at(view, ref.start, ref.end):
        assert fmt.property(styles.ROLE_PROPERTY) == "lead"
        assert fmt.property(styles.CANONICAL_PROPERTY) == "市公安局"
        assert fmt.background().color() == QColor(styles.LIGHT.roles["lead"][0])
        assert "市公安局" in fmt.toolTip() and "牵头" in fmt.toolTip()
    before, after = formats_at(view, ref.start - 1, ref.start)[0], formats_at(view, ref.end, ref.end + 1)[0]
    assert before.property(styles.ROLE_PROPERTY) is None and after.property(styles.ROLE_PROPERTY) is None


def test_every_role_gets_its_own_colour(corpus, qtbot):
    view = ReaderView()
    qtbot.addWidget(view)
    for doc in corpus:
        view.show_document(doc)
        for ref in (a for c in doc.clauses for a in c.agencies):
            fmt = formats_at(view, ref.start, ref.start + 1)[0]
            assert fmt.property(styles.ROLE_PROPERTY) == ref.role
    assert len({bg for bg, _ in styles.LIGHT.roles.values()}) == 4


def test_body_text_is_plain_after_switching_documents(corpus, qtbot):
    view = ReaderView()
    qtbot.addWidget(view)
    view.show_document(corpus[0])  # leaves the cursor on a bold, enlarged title
    view.show_document(corpus[3])
    long_clause = next(c for c in corpus[3].clauses if c.end - c.title_end > 100 and not c.agencies)
    body = long_clause.end - 3  # inside a body paragraph, far from its heading
    fmt = formats_at(view, body, body + 1)[0]
    assert fmt.fontWeight() == QFont.Weight.Normal and fmt.fontPointSize() == 0
    assert view.document().characterCount() == utf16_len(corpus[3].text) + 1


def test_damaged_spans_are_flagged(corpus, qtbot):
    view = ReaderView()
    qtbot.addWidget(view)
    doc = doc_by_place(corpus, "昭通")
    view.show_document(doc)
    start, end = doc.clean.damaged[0]
    for fmt in formats_at(view, start, end):
        assert fmt.property(styles.DAMAGED_PROPERTY) is True
        assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
        assert "丢失" in fmt.toolTip()


def test_settings_restore_on_second_window(make_window, qtbot):
    first = make_window()
    first.resize(720, 540)  # restoreGeometry clamps to the screen; offscreen's is 800x600
    first.splitter.setSizes([150, 230, 300])
    sizes = first.splitter.sizes()
    first.close()
    second = make_window(fixed_size=False)  # as restored, not as the tests size it
    assert (second.width(), second.height()) == (720, 540)
    assert second.splitter.sizes() == sizes


def test_status_bar_counts(make_window, corpus, qtbot):
    window = make_window()
    counts = f"语料库：{len(corpus)} 份文件，共 {sum(len(d.clauses) for d in corpus)} 个条款"
    assert window.counts_label.text() == counts and window.counts_label.isVisible()
    window.statusBar().showMessage("正在计算条款族 0/10…")  # a job's progress beside them, not over them
    assert window.counts_label.text() == counts and window.counts_label.isVisible()


def test_utf16_helper_with_astral_character():
    text = "𠮷a𠮷"
    utf16 = Utf16Map(text)
    assert [utf16.to_utf16(i) for i in range(4)] == [0, 2, 3, 5]
    assert [utf16.from_utf16(u) for u in (0, 2, 3, 5)] == [0, 1, 2, 3]
    assert utf16_len(text) == 5 == len(text.encode("utf-16-le")) // 2


def test_highlight_lands_after_astral_characters(qtbot):
    raw = "一、总体要求\n𠮷𠮷𠮷各地要落实政策。(市公安局牵头,市财政局配合)\n"
    doc = analyze_bytes(raw.encode("utf-8"), "astral.txt")
    ref = next(a for c in doc.clauses for a in c.agencies if a.role == "lead")
    view = ReaderView()
    qtbot.addWidget(view)
    view.show_document(doc)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(ref.start))
    cursor.setPosition(view.position_of(ref.end), QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "市公安局"
    assert formats_at(view, ref.start, ref.end)[-1].property(styles.ROLE_PROPERTY) == "lead"



def clause_by_id(doc, clause_id):
    return next(c for c in doc.clauses if c.id == clause_id)


def test_damaged_flags_stay_on_their_characters(pane, corpus):
    doc = doc_by_place(corpus, "昭通")
    pane.show_document(doc)
    pane.set_script("simplified")
    for start, end in doc.clean.damaged:
        assert all(f.property(styles.DAMAGED_PROPERTY) is True for f in formats_at(pane.view, start, end))
    with pytest.raises(ValueError):
        pane.set_script("pinyin")


def test_position_changed_only_when_user_scrolls(pane, corpus, qtbot):
    doc = doc_by_place(corpus, "三门峡")
    pane.show_document(doc)
    with qtbot.assertNotEmitted(pane.positionChanged, wait=400):
        pane.scroll_to_offset(clause_by_id(doc, "三").start)
    with qtbot.waitSignal(pane.positionChanged, timeout=2000) as blocker:
        pane.view.verticalScrollBar().setValue(400)  # as a drag of the scroll bar does
    assert blocker.args == [pane.current_offset()] and pane.current_offset() > 0


def test_zoom_steps_resize_text_and_headings(pane, corpus):
    doc = doc_by_place(corpus, "三门峡")
    pane.show_document(doc)
    clause = clause_by_id(doc, "二")
    pane.scroll_to_offset(clause.start)
    base = pane.view.font().pointSizeF()
    heading = formats_at(pane.view, clause.title_end - 1, clause.title_end)[0].fontPointSize()
    pane.zoom_in()
    pane.zoom_in()
    assert pane.zoom == 2 and pane.view.font().pointSizeF() == base + 2
    assert formats_at(pane.view, clause.title_end - 1, clause.title_end)[0].fontPointSize() > heading
    assert pane.current_offset() == clause.start
    pane.zoom_out()
    assert pane.view.font().pointSizeF() == base + 1
    pane.zoom_reset()
    assert pane.view.font().pointSizeF() == base and pane.zoom == 0
    for _ in range(30):
        pane.zoom_out()
    assert pane.zoom == -4 and pane.view.font().pointSizeF() == base - 4  # never unreadably small


def test_ctrl_wheel_zooms_through_the_pane(pane, corpus, qtbot):
    pane.show_document(doc_by_place(corpus, "三门峡"))
    base = pane.view.font().pointSizeF()
    center = pane.view.viewport().rect().center()
    event = QWheelEvent(QPointF(center), QPointF(pane.view.viewport().mapToGlobal(center)), QPoint(0, 120),
                        QPoint(0, 120), Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier,
                        Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(pane.view.viewport(), event)
    assert pane.zoom == 1 and pane.view.font().pointSizeF() == base + 1
    assert pane.raw_view.font().pointSizeF() == base + 1


@pytest.mark.parametrize("module", ["policylens.app.shell.main", "policylens"])
def test_app_exits_after_first_paint(tmp_path, module):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-m", module, "--data-dir", str(tmp_path), "--exit-after-paint"],
                          capture_output=True, text=True, timeout=120, env=env)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "policylens.ini").exists()
