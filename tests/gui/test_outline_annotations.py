"""The outline counts the user's annotations per clause (sub-clauses included), live through
add, undo, redo and a change of document, and annotates a whole clause from its context menu."""
from PySide6.QtCore import Qt

from policylens.app.annotating.annotation_session import AnnotationValues
from policylens.app.common.outline_model import OutlineModel
from policylens.core.anchoring import make_anchor

from test_window_annotations import answer_dialog, pick_from_menu, right_click

COUNT = OutlineModel.ANNOTATIONS


def counts(window) -> dict[str, int]:
    """Clause id -> the count the outline shows, for the clauses that show one."""
    model, shown = window.outline, {}
    for i, clause in enumerate(window.reader.current.clauses):
        text = model.index_of(i, COUNT).data()
        if text:
            shown[clause.id] = int(text)
    return shown


def annotate(window, quote: str, note: str = ""):
    doc = window.reader.current
    start = doc.text.index(quote)
    return window.annotations.add(make_anchor(doc, start, start + len(quote)), AnnotationValues(note=note))


def test_counts_follow_add_undo_redo_and_the_document_shown(make_window, qtbot):
    window = make_window()
    sanmenxia = window.reader.current
    assert window.outline.headerData(COUNT, Qt.Orientation.Horizontal) == "批注"
    assert counts(window) == {}
    annotate(window, "全面放开放宽重点群体落户限制", "重点群体")
    annotate(window, "全面放开市域城镇落户限制", "城镇")
    annotate(window, "有合法稳定住所(含租赁)的人员", "合法稳定住所（含租赁）")
    assert counts(window) == {"二": 3, "二/(一)": 1, "二/(二)": 2}
    tip = window.outline.index_of(sanmenxia.clauses.index(next(c for c in sanmenxia.clauses if c.id == "二")),
                                  COUNT).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("本条款（含下级）有 3 条批注") and "重点群体" in tip and "合法稳定住所（含租赁）" in tip
    window.actions_by_name["undo"].trigger()
    assert counts(window) == {"二": 2, "二/(一)": 1, "二/(二)": 1}
    window.actions_by_name["redo"].trigger()
    assert counts(window) == {"二": 3, "二/(一)": 1, "二/(二)": 2}
    dandong = next(r["key"] for r in window.records if r["place"] == "丹东")
    window.open_document(dandong, 0)
    assert counts(window) == {}
    annotate(window, "市公安局牵头", "公安")  # its first place: 丹东 二/(四)
    assert counts(window) == {"二": 1, "二/(四)": 1}
    window.reading.go_back()
    assert window.reader.current is sanmenxia
    assert counts(window) == {"二": 3, "二/(一)": 1, "二/(二)": 2}


def test_outline_model_with_counts_passes_the_model_tester(make_window, qtmodeltester):
    window = make_window()
    annotate(window, "全面放开放宽重点群体落户限制")
    qtmodeltester.check(window.outline)


def test_context_menu_on_a_clause_annotates_the_whole_clause(make_window, qtbot):
    window = make_window()
    doc = window.reader.current
    clause = next(c for c in doc.clauses if c.id == "三/(五)")
    row = window.outline.index_of(doc.clauses.index(clause))
    view = window.outline_view
    view.scrollTo(row)
    seen = answer_dialog(qtbot, "三权维护", ["落户条件/三权"])
    picked = pick_from_menu(qtbot, "批注当前条款…")
    right_click(view.viewport(), view.visualRect(row).center())
    assert picked and "高亮当前条款" in picked[0] and "各地对照此条款…" in picked[0]
    assert seen and seen[0].startswith("(五)建立进城落户农民")
    (annotation,) = window.annotations.project.for_document(doc.key)
    assert (annotation.anchor.clause, annotation.anchor.start, annotation.anchor.end) == (
        "三/(五)", clause.start, annotation.anchor.end)
    assert annotation.note == "三权维护"
    assert counts(window) == {"三": 1, "三/(五)": 1}


def test_counts_kept_one_by_one_equal_a_recount_of_every_mark(make_window):
    window = make_window()
    for quote in ("全面放开放宽重点群体落户限制", "全面放开市域城镇落户限制", "有合法稳定住所(含租赁)的人员"):
        annotate(window, quote, quote[:4])
    window.actions_by_name["undo"].trigger()
    kept = {i: window.outline.annotation_count(i) for i in range(len(window.reader.current.clauses))}
    tips = [window.outline.index_of(i, COUNT).data(Qt.ItemDataRole.ToolTipRole) for i in kept]
    recount = OutlineModel()
    recount.set_clauses(window.reader.current.clauses)
    recount.set_marks(window.reader.view.marks)
    assert kept == {i: recount.annotation_count(i) for i in kept}
    assert tips == [recount.index_of(i, COUNT).data(Qt.ItemDataRole.ToolTipRole) for i in kept]
    assert sum(kept.values()) > 0
