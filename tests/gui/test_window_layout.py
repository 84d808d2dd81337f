"""The window's layout as a researcher lives in it: docks that stay docked, a layout that can be
reset, and corpus groups that survive a filter."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from test_window_annotations import type_text

pytestmark = pytest.mark.gui


def test_no_dock_can_float_over_the_reader(make_window):
    window = make_window()
    docks = window.findChildren(QDockWidget)
    assert len(docks) >= 7
    for dock in docks:
        assert not dock.features() & QDockWidget.DockWidgetFeature.DockWidgetFloatable, dock.objectName()
        assert dock.features() & QDockWidget.DockWidgetFeature.DockWidgetMovable


def test_reset_layout_brings_the_docks_back_where_a_first_run_has_them(make_window):
    window = make_window()
    assert window.agency_dock.isVisible() and not window.info_dock.isVisible()
    reader_width = window.reader.width()
    window.splitter.setSizes([600, 600, 140])
    window.agency_dock.close()
    window.info_dock.show()
    window.removeDockWidget(window.search_dock)
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.search_dock)
    window.search_dock.show()
    window.actions_by_name["reset_layout"].trigger()
    assert window.agency_dock.isVisible() and not window.info_dock.isVisible()
    assert window.dockWidgetArea(window.search_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert abs(window.reader.width() - reader_width) < 30  # the panes' widths too
    assert window.actions_by_name["reset_layout"] in window.view_menu.actions()


def test_clearing_the_corpus_filter_reopens_the_groups_that_were_open(make_window, qtbot):
    window = make_window()
    view, proxy = window.corpus_view, window.corpus_filter
    groups = {proxy.index(r, 0).data(): proxy.index(r, 0) for r in range(proxy.rowCount())}
    assert len(groups) == 5 and all(view.isExpanded(i) for i in groups.values())
    closed = next(name for name in groups if name.startswith("丹东"))
    view.setExpanded(groups[closed], False)
    window.filter_edit.setFocus()
    type_text(window.filter_edit, "丹东")  # typed: the matches show expanded
    assert proxy.rowCount() == 1 and view.isExpanded(proxy.index(0, 0))
    window.filter_edit.clear()
    expanded = {proxy.index(r, 0).data(): view.isExpanded(proxy.index(r, 0)) for r in range(proxy.rowCount())}
    assert expanded == {name: name != closed for name in groups}


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 700)])
def test_document_info_open_fits_a_laptop_screen(make_window, qtbot, screen):
    window = make_window()
    window.open_document(window.records[0]["key"], 0)
    window.info_dock.show()
    qtbot.waitUntil(lambda: window.info.fields["issuer"].text() != "")
    # What the screen leaves for the window: a panel or task bar and the title bar take some 60 px.
    width, height = screen[0], screen[1] - 60
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.size().height() == height)  # the 771 px minimum kept it at 713
    assert window.size().width() == width
    assert window.minimumSizeHint().height() <= height
    info = window.info_dock
    assert info.isVisible() and info.height() >= info.minimumSizeHint().height() > 0
    assert window.reader.isVisible() and window.reader.height() > height // 3


def test_a_narrow_outline_gives_the_clause_column_the_room(make_window, qtbot):
    window = make_window()
    view, header = window.outline_view, window.outline_view.header()
    window.resize(1024, 640)
    window.splitter.setSizes([240, 200, 584])
    qtbot.waitUntil(lambda: view.viewport().width() < 260)
    assert header.isSectionHidden(1)  # the lead agencies: their names stay in the tooltips
    assert header.sectionSize(0) >= view.viewport().width() - header.sectionSize(2) - 2
    window.splitter.setSizes([240, 420, 364])
    qtbot.waitUntil(lambda: view.viewport().width() >= 260)
    assert not header.isSectionHidden(1) and header.sectionSize(1) <= view.viewport().width() // 3


def rows_in_view(view) -> float:
    return view.viewport().height() / view.verticalHeader().defaultSectionSize()


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 700)])
def test_the_agency_clause_list_shows_rows_on_a_laptop_screen(make_window, qtbot, screen):
    window = make_window()
    window.resize(screen[0], screen[1] - 60)
    qtbot.waitUntil(lambda: window.height() == screen[1] - 60)
    window.actions_by_name["reset_layout"].trigger()  # the docks as a first run at this size has them
    panel = window.agencies
    panel.select_agencies(("市公安局", "县公安局"), "公安局")  # a summary and its places line shown
    qtbot.wait(20)
    assert panel.clause_model.rowCount() > 6 and panel.places_label.isVisible()
    assert rows_in_view(panel.clause_view) >= (6 if screen[1] >= 768 else 4.5), panel.clause_view.viewport().height()
    assert rows_in_view(panel.agency_view) >= 4
    assert window.reader.view.height() >= window.height() // 3  # the reader keeps its room


def leave_a_cramped_layout(window, qtbot):
    """As a user might once have: the bottom docks dragged up to the menus, the lists wide."""
    window.resizeDocks([window.agency_dock], [window.height() - 120], Qt.Orientation.Vertical)
    window.splitter.setSizes([600, 600, 60])
    qtbot.waitUntil(lambda: window.reader.width() < window.width() * 0.3)
    window.close()  # saves the layout


def test_a_saved_layout_that_leaves_the_reader_no_room_gives_way_to_the_default(make_window, qtbot):
    window = make_window()
    default_reader = window.reader.width()
    leave_a_cramped_layout(window, qtbot)
    again = make_window()  # the same settings file
    qtbot.waitUntil(lambda: not again._check_layout)
    reader = again.reader
    assert reader.width() >= again.width() * 0.35 and abs(reader.width() - default_reader) < 40
    assert reader.view.height() >= reader.view.fontMetrics().lineSpacing() * 8
    assert again.agency_dock.height() < again.height() // 2  # the docks low again, as at first


def test_a_layout_saved_on_another_screen_is_not_restored(make_window, qtbot):
    window = make_window()
    window.removeDockWidget(window.search_dock)  # a layout that would be kept on the same screen
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.search_dock)
    window.search_dock.show()
    window.close()
    same = make_window()
    assert same.dockWidgetArea(same.search_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    same.close()
    same.settings.setValue("window/screen", "2560x1400")  # as if saved on a large monitor
    same.settings.sync()
    other = make_window()
    assert other.dockWidgetArea(other.search_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    assert other.agency_dock.isVisible()


def test_a_sound_saved_layout_is_kept(make_window, qtbot):
    window = make_window()
    window.info_dock.show()
    window.splitter.setSizes([300, 260, 780])
    qtbot.waitUntil(lambda: window.info_dock.isVisible())
    sizes = window.splitter.sizes()
    window.close()
    again = make_window()
    qtbot.waitUntil(lambda: not again._check_layout)
    assert again.info_dock.isVisible() and abs(again.splitter.sizes()[2] - sizes[2]) < 30


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_narrow_corpus_list_keeps_title_and_date_in_view(make_window, qtbot, language):
    """At 1024 px the date ran off the pane behind a scroll bar: the number, the script and the
    level give way first, and come back when the pane is wide again."""
    from PySide6.QtWidgets import QApplication

    from policylens.app.corpus.corpus_model import CorpusModel
    from policylens.app.shell import i18n

    i18n.install(QApplication.instance(), language)
    try:
        window = make_window()
        view, header = window.corpus_view, window.corpus_view.header()
        window.resize(1024, 640)
        window.splitter.setSizes([258, 230, 536])
        qtbot.waitUntil(lambda: view.viewport().width() < 270)
        qtbot.wait(20)
        shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
        assert CorpusModel.DATE in shown and CorpusModel.TITLE in shown and CorpusModel.PLACE in shown
        assert header.isSectionHidden(CorpusModel.NUMBER)
        assert header.length() <= view.viewport().width() + 1  # nothing behind a scroll bar
        date = window.corpus_filter.index(0, CorpusModel.DATE, window.corpus_filter.index(0, 0))
        assert view.visualRect(date).right() <= view.viewport().width()
        assert header.isSectionHidden(CorpusModel.NOVELTY)  # the share of new text gives way first
        window.splitter.setSizes([700, 230, 536])
        qtbot.waitUntil(lambda: not header.isSectionHidden(CorpusModel.NUMBER))
        window.resize(1500, 640)
        window.splitter.setSizes([900, 230, 370])
        qtbot.waitUntil(lambda: not header.isSectionHidden(CorpusModel.NOVELTY))
        assert not any(header.isSectionHidden(c) for c in range(header.count()))
    finally:
        i18n.install(QApplication.instance(), "zh_CN")
