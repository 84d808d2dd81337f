"""The agency panel on the real seeds: filter, role boxes, the clause list, activation."""
import pytest
from PySide6.QtCore import Qt

from policylens.app.corpus.agency_models import AgencyTableModel
from policylens.app.corpus.agency_panel import AgencyPanel

pytestmark = pytest.mark.gui



@pytest.fixture
def panel(qtbot, corpus):
    panel = AgencyPanel()
    qtbot.addWidget(panel)
    panel.set_documents(corpus)
    panel.resize(700, 800)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def agency_row(panel, canonical):
    proxy = panel.agency_filter
    for row in range(proxy.rowCount()):
        index = proxy.index(row, 0)
        if index.data(AgencyTableModel.NameRole) == canonical:
            return index
    raise AssertionError(f"{canonical} not in the table")


def click_row(qtbot, view, index):
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


def listed(panel):
    model = panel.clause_model
    return [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_models_are_valid(qtbot, panel, qtmodeltester):
    qtmodeltester.check(panel.agency_model)
    panel.select_agency("市公安局")
    assert panel.clause_model.rowCount() > 0
    qtmodeltester.check(panel.clause_model)


def test_default_roles_and_filter_box(qtbot, panel):
    assert panel.roles() == {"lead", "cooperate", "responsible"}
    assert [panel.role_boxes[r].isChecked() for r in ("lead", "cooperate", "responsible", "mention")] == \
        [True, True, True, False]
    qtbot.keyClicks(panel.filter_edit, "x")  # nothing is called x
    assert panel.agency_filter.rowCount() == 0
    panel.filter_edit.setText("公安")
    names = {panel.agency_filter.index(r, 0).data(AgencyTableModel.NameRole)
             for r in range(panel.agency_filter.rowCount())}
    assert names == {"市公安局", "县公安局", "省公安厅"}
    panel.filter_edit.setText("財政")  # traditional text finds the simplified canonical name
    assert panel.agency_filter.rowCount() >= 1


def test_city_police_as_lead_across_all_documents(qtbot, panel, city_police_leads):
    for role in ("cooperate", "responsible"):  # leave only "lead" ticked
        qtbot.mouseClick(panel.role_boxes[role], Qt.MouseButton.LeftButton)
    assert panel.roles() == {"lead"}
    panel.filter_edit.setText("公安")
    with qtbot.waitSignal(panel.agencySelected, timeout=1000) as blocker:
        click_row(qtbot, panel.agency_view, agency_row(panel, "市公安局"))
    assert blocker.args == ["市公安局", {"lead"}]
    assert listed(panel) == city_police_leads
    roles = {panel.clause_model.index(r, 3).data() for r in range(panel.clause_model.rowCount())}
    assert roles == {"牵头"}
    assert "22" in panel.summary_label.text()


def test_county_police_in_shixing(qtbot, panel):
    qtbot.mouseClick(panel.role_boxes["cooperate"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.role_boxes["responsible"], Qt.MouseButton.LeftButton)
    click_row(qtbot, panel.agency_view, agency_row(panel, "县公安局"))
    assert listed(panel) == [("始兴", "二"), ("始兴", "三/(八)"), ("始兴", "四/(三)")]


def test_role_boxes_refresh_the_list(qtbot, panel, city_police_leads):
    click_row(qtbot, panel.agency_view, agency_row(panel, "市公安局"))
    wider = len(listed(panel))
    assert wider > len(city_police_leads)
    with qtbot.waitSignal(panel.agencySelected, timeout=1000) as blocker:
        qtbot.mouseClick(panel.role_boxes["mention"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["市公安局", {"lead", "cooperate", "responsible", "mention"}]
    assert len(listed(panel)) >= wider


def test_double_click_activates_a_clause(qtbot, panel, corpus):
    click_row(qtbot, panel.agency_view, agency_row(panel, "市公安局"))
    view = panel.clause_view
    index = panel.clause_model.index(0, 2)
    centre = view.visualRect(index).center()
    with qtbot.waitSignal(panel.clauseActivated, timeout=1000) as blocker:
        # QTest's double click is the dblclick event alone; a real one starts with a click.
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    sanmenxia = next(d for d in corpus if d.meta.place == "三门峡")
    assert blocker.args == [sanmenxia.key, "二/(一)"]
    assert any(c.id == "二/(一)" for c in sanmenxia.clauses)


def test_sorting_by_a_count_column(qtbot, panel):
    panel.agency_view.sortByColumn(AgencyTableModel.LEAD, Qt.SortOrder.DescendingOrder)
    first = panel.agency_filter.index(0, 0).data(AgencyTableModel.NameRole)
    assert first == "市公安局"
    leads = [panel.agency_filter.index(r, AgencyTableModel.LEAD).data()
             for r in range(panel.agency_filter.rowCount())]
    assert leads == sorted(leads, reverse=True)


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_count_header_is_read_whole(qtbot, corpus, language):
    from PySide6.QtWidgets import QApplication

    from policylens.app.shell import i18n

    i18n.install(QApplication.instance(), language)
    try:
        panel = AgencyPanel()
        qtbot.addWidget(panel)
        panel.set_documents(corpus)
        panel.resize(900, 400)
        panel.show()
        header = panel.agency_view.horizontalHeader()
        metrics = header.fontMetrics()
        for column in range(1, header.count()):
            if header.isSectionHidden(column):  # the members of a department, shown when grouped
                continue
            text = panel.agency_model.headerData(column, Qt.Orientation.Horizontal)
            assert metrics.horizontalAdvance(text) + 12 <= header.sectionSize(column), (language, text)
    finally:
        i18n.install(QApplication.instance(), "zh_CN")


def test_ctrl_click_lists_two_agencies_with_counts_per_place(qtbot, panel, city_police_leads):
    for role in ("cooperate", "responsible"):
        qtbot.mouseClick(panel.role_boxes[role], Qt.MouseButton.LeftButton)
    panel.filter_edit.setText("公安")
    click_row(qtbot, panel.agency_view, agency_row(panel, "市公安局"))
    county = agency_row(panel, "县公安局")
    qtbot.mouseClick(panel.agency_view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     panel.agency_view.visualRect(county).center())
    assert panel.current_agencies() == ("市公安局", "县公安局")
    assert listed(panel) == city_police_leads + [("始兴", "二"), ("始兴", "三/(八)"), ("始兴", "四/(三)")]
    assert not panel.clause_view.isColumnHidden(4)  # which of the two acts in each clause
    assert panel.clause_model.index(len(city_police_leads), 4).data() == "县公安局"
    assert "25" in panel.summary_label.text() and "5" in panel.summary_label.text()
    assert panel.places_label.text() == "三门峡 5 · 昭通 10 · 丹东 4 · 西宁 3 · 始兴 3"


def test_one_department_across_levels_with_its_members(qtbot, panel):
    qtbot.mouseClick(panel.levels_box, Qt.MouseButton.LeftButton)
    assert not panel.agency_view.isColumnHidden(AgencyTableModel.MEMBERS)
    panel.filter_edit.setText("县公安局")  # a department is found by a member's name
    assert panel.agency_filter.rowCount() == 1
    police = panel.agency_filter.index(0, 0)
    assert police.data() == "公安局（各级）"
    members = panel.agency_filter.index(0, AgencyTableModel.MEMBERS).data()
    assert set(members.split("、")) == {"市公安局", "县公安局", "省公安厅"}
    with qtbot.waitSignal(panel.agencySelected, timeout=1000) as blocker:
        click_row(qtbot, panel.agency_view, police)
    assert blocker.args[0] == "公安局（各级）"
    assert set(panel.current_agencies()) == {"市公安局", "县公安局", "省公安厅"}
    assert {r.place for r in panel.clause_rows()} == {"三门峡", "昭通", "丹东", "西宁", "始兴"}
    assert panel.places_label.text().endswith("始兴 " + str(sum(r.place == "始兴" for r in panel.clause_rows())))
    qtbot.mouseClick(panel.levels_box, Qt.MouseButton.LeftButton)  # back to one row per agency
    assert panel.agency_view.isColumnHidden(AgencyTableModel.MEMBERS)
    assert panel.clause_model.rowCount() == 0


def test_the_clause_list_exports_as_csv_and_xlsx(qtbot, panel, tmp_path, city_police_leads):
    import csv
    import zipfile

    for role in ("cooperate", "responsible"):
        qtbot.mouseClick(panel.role_boxes[role], Qt.MouseButton.LeftButton)
    assert not panel.exports.buttons["csv"].isEnabled()  # nothing listed yet
    click_row(qtbot, panel.agency_view, agency_row(panel, "市公安局"))
    panel.exports.ask_path = lambda fmt: str(tmp_path / f"police.{fmt}")
    qtbot.mouseClick(panel.exports.buttons["csv"], Qt.MouseButton.LeftButton)
    with open(tmp_path / "police.csv", encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["地区", "条款", "标题", "角色", "单位", "文件"]
    assert [(r[0], r[1]) for r in table[1:]] == city_police_leads
    assert table[1][2] == "全面放开放宽重点群体落户限制" and table[1][4] == "市公安局"
    assert "police.csv" in panel.exports.message.text()
    qtbot.mouseClick(panel.exports.buttons["xlsx"], Qt.MouseButton.LeftButton)
    with zipfile.ZipFile(tmp_path / "police.xlsx") as book:
        sheet = book.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "全面放开放宽重点群体落户限制" in sheet and sheet.count("<row ") == len(city_police_leads) + 1


def test_the_window_says_the_agencies_are_loading_until_they_are(qtbot, tmp_path):
    """The index is built after the first paint: till then the table's place says so, rather
    than showing an empty table, and the rows come as soon as it is built."""
    from policylens.app.corpus.corpus_source import Corpus
    from policylens.app.shell.main import settings_for
    from policylens.app.shell.main_window import MainWindow

    window = MainWindow(Corpus(tmp_path), settings_for(tmp_path))
    qtbot.addWidget(window)
    panel = window.agencies
    assert panel.is_loading() and panel.table_stack.currentWidget() is panel.loading_page
    assert panel.agency_model.rowCount() == 0 and not panel.filter_edit.isEnabled()
    assert panel.loading_label.text() and "单位索引" in panel.summary_label.text()
    window.show()  # the first paint starts the summaries
    qtbot.waitUntil(lambda: not panel.is_loading(), timeout=20000)
    assert panel.table_stack.currentWidget() is panel.agency_view and panel.filter_edit.isEnabled()
    assert panel.agency_model.rowCount() > 10
    assert agency_row(panel, "市公安局").isValid()
    window.close()


def test_progress_shows_while_loading(qtbot):
    panel = AgencyPanel()
    qtbot.addWidget(panel)
    assert panel.is_loading() and panel.loading_bar.maximum() == 0  # busy until a count comes
    panel.show_loading(25, 100)
    assert (panel.loading_bar.value(), panel.loading_bar.maximum()) == (25, 100)
    assert "25/100" in panel.summary_label.text()
    panel.show_failed("磁盘已满")  # the summaries could not be read: said, not loading forever
    assert "磁盘已满" in panel.loading_label.text() and panel.loading_bar.isHidden()
    panel.set_documents([])  # an empty corpus: loaded, with no agency
    assert not panel.is_loading()
