"""The annotation list and the search hits grouped by what the user chooses, in the window on
the seeds: the exact groups and counts, an annotation opened from its group, the choices kept."""
from PySide6.QtCore import Qt

from policylens.app.annotating.annotation_grouping import CODE, DOCUMENT
from policylens.app.annotating.annotation_session import AnnotationValues
from policylens.app.common.document_grouping import NOTHING, SETS
from policylens.app.corpus.agency_models import AgencyClauseModel
from policylens.app.corpus.search_model import SearchResultsModel
from policylens.core.anchoring import make_anchor
from policylens.store.user_collections import UserCollections

SANMENXIA, ZHAOTONG, DANDONG, XINING, SHIXING = ("000_475fe52b6475e2b2", "001_cb987e057fa661f0",
                                                 "002_0b082def2c4c3406", "003_75f870b2b59b37d0",
                                                 "004_cfcbd90ad6d31fda")
DANDONG_RENT = "取消租赁政府公共租赁住房、经济适用房需连续承租同一房屋1年以上时限要求"  # 丹东 二/(五)
DANDONG_HOUSING = "将进城落户农民完全纳入城镇住房保障体系"  # 丹东 三/(十)
SANMENXIA_TARGET = "户籍人口城镇化率年均提高2个百分点以上"  # 三门峡 一
XINING_RENT = "有合法穩定住所(含租賃)的允許本人、配偶及其未婚子女落戶"  # 西宁 二/(四)/1, traditional


def choose(box, qtbot, name: str) -> None:
    """Choose in a grouping box as a user does: open it, go to the entry with the keyboard, Return."""
    box.setFocus()
    box.showPopup()
    box.view().setCurrentIndex(box.model().index(box.findData(name), 0))
    qtbot.keyClick(box.view(), Qt.Key.Key_Return)
    assert box.currentData() == name


def annotate(window) -> dict[str, int]:
    """Four annotations on three cities' rules; 西宁's has two codes. -> quote: its start."""
    starts = {}
    for key, quote, codes in ((DANDONG, DANDONG_RENT, ("落户条件/租赁住所",)),
                              (DANDONG, DANDONG_HOUSING, ("配套政策/住房保障",)),
                              (SANMENXIA, SANMENXIA_TARGET, ("落户条件",)),
                              (XINING, XINING_RENT, ("落户条件/租赁住所", "配套政策/住房保障"))):
        doc = window.corpus_source.document(key)
        starts[quote] = doc.text.index(quote)
        window.annotations.add(make_anchor(doc, starts[quote], starts[quote] + len(quote)),
                               AnnotationValues(code_paths=codes))
    return starts


def tree_groups(model) -> list[tuple[str, list[str]]]:
    """(group as shown, its rows' first column) of each group of the annotation tree."""
    groups = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        groups.append((group.data(), [model.index(r, 0, group).data() for r in range(model.rowCount(group))]))
    return groups


def hit_groups(model) -> list[tuple[str, list[str], int]]:
    """(group as shown, its documents, the hit rows below it) of each group of the search results."""
    groups = []
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        documents = [model.index(r, 0, group) for r in range(model.rowCount(group))]
        hits = sum(model.rowCount(clause) for d in documents for clause in
                   (model.index(c, 0, d) for c in range(model.rowCount(d))))
        groups.append((group.data(), [d.data(SearchResultsModel.DocKeyRole) for d in documents], hits))
    return groups


def test_the_annotation_list_by_province_and_by_code_and_opening_one_from_its_group(make_window, qtbot):
    window = make_window()
    starts = annotate(window)
    panel = window.annotating.annotation_panel
    window.annotating.annotation_dock.show()
    window.annotating.annotation_dock.raise_()
    assert panel.grouping.box.currentData() == NOTHING and panel.list_stack.currentWidget() is panel.view
    choose(panel.grouping.box, qtbot, "province")  # in Chinese collation order
    assert panel.list_stack.currentWidget() is panel.tree
    assert tree_groups(panel.grouped) == [("河南  (1)", [SANMENXIA_TARGET]),
                                          ("辽宁  (2)", [DANDONG_RENT, DANDONG_HOUSING]),
                                          ("青海  (1)", [XINING_RENT])]
    choose(panel.grouping.box, qtbot, CODE)  # 西宁's passage is under both its codes
    assert tree_groups(panel.grouped) == [("落户条件  (1)", [SANMENXIA_TARGET]),
                                          ("落户条件/租赁住所  (2)", [DANDONG_RENT, XINING_RENT]),
                                          ("配套政策/住房保障  (2)", [DANDONG_HOUSING, XINING_RENT])]
    assert panel.summary_label.text() == "4 条批注"
    xining = panel.grouped.index(1, 0, panel.grouped.index(2, 0))
    row = panel.tree.visualRect(xining).center()
    qtbot.mouseClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert panel.selected().anchor.exact == XINING_RENT  # edit and delete act on it
    qtbot.mouseDClick(panel.tree.viewport(), Qt.MouseButton.LeftButton, pos=row)
    assert window.reader.current.key == XINING
    assert window.reader.selected_span() == (starts[XINING_RENT], starts[XINING_RENT] + len(XINING_RENT))
    assert window.outline.clause(window.outline_view.currentIndex()).id == "二/(四)/1"
    chosen = panel.selected()
    window.annotations.edit(chosen.id, AnnotationValues(note="稳定住所", code_paths=("落户条件/租赁住所",)))
    assert tree_groups(panel.grouped)[2] == ("配套政策/住房保障  (1)", [DANDONG_HOUSING])  # regrouped at once
    assert panel.selected().id == chosen.id and panel.selected().note == "稳定住所"  # still the one chosen
    panel.text_edit.setText("租赁")  # filtered, the groups hold what is left
    assert tree_groups(panel.grouped) == [("落户条件/租赁住所  (2)", [DANDONG_RENT, XINING_RENT])]
    panel.text_edit.clear()
    choose(panel.grouping.box, qtbot, "level")
    assert [g[0] for g in tree_groups(panel.grouped)] == ["市  (4)"]
    choose(panel.grouping.box, qtbot, DOCUMENT)  # by the documents' names in pinyin order
    assert [(g[0].split()[0], g[1]) for g in tree_groups(panel.grouped)] == [
        ("丹东市", [DANDONG_RENT, DANDONG_HOUSING]), ("三门峡市", [SANMENXIA_TARGET]), ("西宁市", [XINING_RENT])]


def test_the_sets_group_annotations_and_hits_and_the_choices_come_back(make_window, qtbot, tmp_path):
    collections = UserCollections(tmp_path)
    collections.add_to_set("西部", [XINING, ZHAOTONG])
    collections.add_to_set("辽豫", [DANDONG, SANMENXIA, XINING])
    collections.save()
    window = make_window()
    annotate(window)
    panel = window.annotating.annotation_panel
    choose(panel.grouping.box, qtbot, SETS)  # 西宁 is in both sets
    assert tree_groups(panel.grouped) == [("辽豫  (4)", [SANMENXIA_TARGET, DANDONG_RENT, DANDONG_HOUSING, XINING_RENT]),
                                          ("西部  (1)", [XINING_RENT])]
    search = window.search
    search.query_edit.setText("居住证")
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    choose(window.search_grouping.box, qtbot, SETS)  # 西宁's hits under both its sets
    assert hit_groups(search.model) == [("辽豫  (22 处)", [SANMENXIA, DANDONG, XINING], 22),
                                        ("西部  (17 处)", [ZHAOTONG, XINING], 17), ("（无）  (7 处)", [SHIXING], 7)]
    choose(window.search_grouping.box, qtbot, "year")
    choose(panel.grouping.box, qtbot, "province")
    window.close()
    again = make_window()
    assert again.annotating.annotation_panel.grouping.box.currentData() == "province"
    assert [g[0] for g in tree_groups(again.annotating.annotation_panel.grouped)] == ["河南  (1)", "辽宁  (2)", "青海  (1)"]
    assert again.search_grouping.box.currentData() == "year"


def test_search_hits_by_level_and_by_year_with_their_counts(make_window, qtbot):
    window = make_window()
    window.search_dock.show()
    window.search_dock.raise_()
    search = window.search
    search.query_edit.setText("居住證")  # traditional finds both scripts
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert len(search.hits()) == 37 and search.model.rowCount() == 5  # not grouped: a row per document
    choose(window.search_grouping.box, qtbot, "level")
    assert hit_groups(search.model) == [("市  (30 处)", [SANMENXIA, ZHAOTONG, DANDONG, XINING], 30),
                                        ("县  (7 处)", [SHIXING], 7)]
    assert search.view.isExpanded(search.model.index(0, 0))
    choose(window.search_grouping.box, qtbot, "year")  # 丹东's plan carries no date: last
    assert hit_groups(search.model) == [("2017  (17 处)", [ZHAOTONG, XINING], 17), ("2018  (7 处)", [SHIXING], 7),
                                        ("2019  (5 处)", [SANMENXIA], 5), ("（无）  (8 处)", [DANDONG], 8)]
    search.place_combo.setCurrentIndex(search.place_combo.findData("西宁"))  # a new search is grouped too
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    assert hit_groups(search.model) == [("2017  (9 处)", [XINING], 9)]
    hit = search.model.index(0, 0, search.model.index(0, 0, search.model.index(0, 0, search.model.index(0, 0))))
    found = hit.data(SearchResultsModel.HitRole)
    search.view.setCurrentIndex(hit)
    qtbot.keyClick(search.view, Qt.Key.Key_Return)
    assert window.reader.current.key == XINING and window.reader.selected_span() == (found.start, found.end)
    choose(window.search_grouping.box, qtbot, NOTHING)
    assert search.model.rowCount() == 1 and search.model.index(0, 0).data(SearchResultsModel.DocKeyRole) == XINING


def test_the_agency_view_groups_its_clauses_and_a_clause_opens_from_its_group(make_window, qtbot):
    window = make_window()
    panel, grouping = window.agencies, window.agency_grouping
    panel.select_agency("市公安局")
    assert panel.clause_stack.currentWidget() is panel.clause_view  # not grouped: the table
    choose(grouping.box, qtbot, "year")
    assert panel.clause_stack.currentWidget() is grouping.tree
    groups = grouping.grouped.groups()
    rows = panel.clause_rows()
    assert [(name, {rows[n].place for n in members}, len(members)) for name, members in groups] == [
        ("2017", {"昭通", "西宁"}, 24), ("2019", {"三门峡"}, 6), ("（无）", {"丹东"}, 6)]
    assert [grouping.grouped.index(r, 0).data() for r in range(3)] == ["2017  (24)", "2019  (6)", "（无）  (6)"]
    choose(grouping.box, qtbot, "province")
    assert [grouping.grouped.index(r, 0).data() for r in range(4)] == ["河南  (6)", "辽宁  (6)", "青海  (7)", "云南  (17)"]
    clause = grouping.grouped.index(0, 0, grouping.grouped.index(2, 0))  # 西宁's first
    first = next(r for r in rows if r.place == "西宁")
    assert clause.data(AgencyClauseModel.DocKeyRole) == XINING
    window.agency_dock.show()
    window.agency_dock.raise_()
    grouping.tree.setCurrentIndex(clause)
    qtbot.keyClick(grouping.tree, Qt.Key.Key_Return)
    assert window.reader.current.key == XINING
    assert window.outline.clause(window.outline_view.currentIndex()).id == first.clause_id
    panel.select_agency("各县区政府")  # new clauses are grouped as they come
    assert [grouping.grouped.index(r, 0).data() for r in range(grouping.grouped.rowCount())] == ["青海  (16)"]


def test_a_value_changed_elsewhere_regroups_the_annotations_the_hits_and_the_agency_clauses(make_window, qtbot,
                                                                                            tmp_path):
    from policylens.store.user_attributes import UserAttributes

    window = make_window()
    annotate(window)
    panel = window.annotating.annotation_panel
    choose(panel.grouping.box, qtbot, "province")
    search = window.search
    search.query_edit.setText("居住證")
    qtbot.keyClick(search.query_edit, Qt.Key.Key_Return)
    choose(window.search_grouping.box, qtbot, "province")
    window.agencies.select_agency("市公安局")
    choose(window.agency_grouping.box, qtbot, "province")
    attributes = UserAttributes(tmp_path)  # as the attributes table or the command line would
    attributes.set(DANDONG, "province", "吉林")
    attributes.save()
    qtbot.waitUntil(lambda: [g[0] for g in tree_groups(panel.grouped)] == ["河南  (1)", "吉林  (2)", "青海  (1)"],
                    timeout=5000)
    assert hit_groups(search.model) == [("广东  (7 处)", [SHIXING], 7), ("河南  (5 处)", [SANMENXIA], 5),
                                        ("吉林  (8 处)", [DANDONG], 8), ("青海  (9 处)", [XINING], 9),
                                        ("云南  (8 处)", [ZHAOTONG], 8)]
    agency_groups = [window.agency_grouping.grouped.index(r, 0).data()
                     for r in range(window.agency_grouping.grouped.rowCount())]
    assert "吉林  (6)" in agency_groups and not any(g.startswith("辽宁") for g in agency_groups)
