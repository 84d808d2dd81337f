"""The agency panel on the real seeds: filter, role boxes, the clause list, activation."""
import pytest
from PySide6.QtCore import Qt

from policylens.app.corpus.agency_panel import AgencyPanel, AgencyTableModel

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
            text = panel.agency_model.headerData(column, Qt.Orientation.Horizontal)
            assert metrics.horizontalAdvance(text) + 12 <= header.sectionSize(column), (language, text)
    finally:
        i18n.install(QApplication.instance(), "zh_CN")
