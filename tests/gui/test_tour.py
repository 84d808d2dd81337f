"""The first-run tour: shown once, beside the parts it explains, never in the way."""
import pytest
from PySide6.QtCore import QPoint, QRect, Qt

from policylens.app.help.feature import TOUR_DONE


def area_of(widget, window) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def started(window, qtbot):
    qtbot.waitUntil(lambda: window.help.tour is not None and window.help.tour.running())
    return window.help.tour


def test_tour_on_first_start_only_and_next_walks_the_parts(make_window, qtbot):
    window = make_window()
    assert window.help.offer_tour()  # as the application asks on an interactive start
    tour = started(window, qtbot)
    bubble = tour.bubble
    assert window.settings.value(TOUR_DONE) in (True, "true")
    assert bubble.counter.text() == "1/8" and bubble.text.text().startswith("语料库：")
    assert tour.ring.geometry() == area_of(window.corpus_view, window).adjusted(-3, -3, 3, 3)
    seen = []
    for _ in range(7):
        seen.append(bubble.text.text()[:4])
        assert window.rect().contains(bubble.geometry())
        text = bubble.text  # the whole hint is shown, none of its lines clipped
        assert text.height() >= text.heightForWidth(text.width()) and bubble.rect().contains(text.geometry())
        qtbot.mouseClick(bubble.next_button, Qt.MouseButton.LeftButton)
    assert seen == ["语料库：", "大纲：条", "正文中的", "单位面板", "语料库搜", "比较：C", "导入（C"]
    assert bubble.counter.text() == "8/8"
    reader = area_of(window.reader.view, window)  # the hint about it leaves its heading in view
    assert not bubble.geometry().intersects(reader.adjusted(0, 0, 0, -reader.height() * 3 // 4)) and bubble.next_button.text() == "完成"
    assert not bubble.skip_button.isVisible()
    assert "Ctrl+Shift+H" in bubble.text.text() and "Ctrl+Shift+M" in bubble.text.text()
    with qtbot.waitSignal(tour.finished):
        qtbot.mouseClick(bubble.next_button, Qt.MouseButton.LeftButton)
    assert not bubble.isVisible() and not tour.ring.isVisible()
    window.close()

    second = make_window()  # the same settings file: the tour was shown
    assert not second.help.offer_tour()
    qtbot.wait(50)
    assert second.help.tour is None


def test_tour_never_blocks_the_window_and_follows_its_size(make_window, qtbot):
    window = make_window()
    tour = window.help.show_tour()
    qtbot.mouseClick(tour.bubble.next_button, Qt.MouseButton.LeftButton)  # the outline
    qtbot.keyClicks(window.filter_edit, "xining")  # the window takes input meanwhile
    assert window.filter_edit.text() == "xining" and tour.running()
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.width() == 1000)
    assert tour.ring.geometry() == area_of(window.outline_view, window).adjusted(-3, -3, 3, 3)
    assert window.rect().contains(tour.bubble.geometry())


def test_skip_and_escape_end_the_tour(make_window, qtbot):
    window = make_window()
    window.actions_by_name["tour"].trigger()  # Help > 入门提示: again, whenever asked
    tour = started(window, qtbot)
    with qtbot.waitSignal(tour.finished):
        qtbot.mouseClick(tour.bubble.skip_button, Qt.MouseButton.LeftButton)
    assert not tour.running()
    window.actions_by_name["tour"].trigger()
    tour = started(window, qtbot)
    qtbot.mouseClick(tour.bubble.next_button, Qt.MouseButton.LeftButton)
    window.outline_view.setFocus()
    with qtbot.waitSignal(tour.finished):
        qtbot.keyClick(window.outline_view, Qt.Key.Key_Escape)
    assert not tour.bubble.isVisible()
    qtbot.keyClick(window.outline_view, Qt.Key.Key_Escape)  # Esc is the window's own again


def test_every_hint_shows_whole_in_english_too(make_window, qtbot):
    """English hints are longer than the Chinese ones: the bubble grows to the wrapped text."""
    from PySide6.QtWidgets import QApplication

    from policylens.app.shell import i18n

    i18n.install(QApplication.instance(), "en")
    try:
        window = make_window()
        window.help.show_tour()
        tour = started(window, qtbot)
        assert tour.bubble.text.text().startswith("Corpus:")
        for _ in range(8):
            bubble, text = tour.bubble, tour.bubble.text
            assert text.height() >= text.heightForWidth(text.width()), text.text()
            assert bubble.rect().contains(text.geometry()), (bubble.size(), text.geometry())
            assert window.rect().contains(tour.bubble.geometry())
            qtbot.mouseClick(tour.bubble.next_button, Qt.MouseButton.LeftButton)
        assert not tour.running()
    finally:
        i18n.install(QApplication.instance(), "zh_CN")



@pytest.mark.parametrize("screen", [(1366, 768), (1024, 700)])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
@pytest.mark.parametrize("crowded", [False, True])
def test_no_hint_covers_the_part_it_explains(make_window, qtbot, screen, language, crowded):
    """Each hint sits beside its part (the side with room), never over it, inside the window;
    crowded: the bottom docks closed and the corpus list dragged wide, which leaves no side of
    it wide enough for a hint of the usual width."""
    from PySide6.QtWidgets import QApplication, QDockWidget

    from policylens.app.shell import i18n

    i18n.install(QApplication.instance(), language)
    try:
        window = make_window()
        window.resize(screen[0], screen[1] - 60)  # less the panel and the title bar
        qtbot.waitUntil(lambda: window.width() == screen[0])
        if crowded:
            for dock in window.findChildren(QDockWidget):
                if window.dockWidgetArea(dock) == Qt.DockWidgetArea.BottomDockWidgetArea:
                    dock.close()
            window.splitter.setSizes([screen[0] - 250, 100, 150])
            qtbot.waitUntil(lambda: window.corpus_view.height() > window.height() * 2 // 3)
        tour = window.help.show_tour()
        shown = 0
        while tour.running():
            part = area_of(tour._anchor, window)
            bubble = tour.bubble.geometry()
            assert not bubble.intersects(part), (tour.index, bubble, part)
            assert window.rect().contains(bubble), (tour.index, bubble)
            text = tour.bubble.text
            assert text.height() >= text.heightForWidth(text.width()), text.text()
            shown += 1
            qtbot.mouseClick(tour.bubble.next_button, Qt.MouseButton.LeftButton)
            qtbot.wait(10)  # the part's dock shown and laid out
        assert shown == 8
    finally:
        i18n.install(QApplication.instance(), "zh_CN")
