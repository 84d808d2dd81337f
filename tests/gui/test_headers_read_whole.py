"""Every column header in the window reads whole, in both languages, on a laptop screen and a
small one, with each dock brought to the front in turn."""
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QHeaderView, QStyle

pytestmark = pytest.mark.gui


def cut_headers(window) -> list:
    cut = []
    for header in window.findChildren(QHeaderView):
        if header.orientation() != Qt.Orientation.Horizontal or not header.isVisible():
            continue
        model, metrics = header.model(), header.fontMetrics()
        pad = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        for section in range(header.count()):
            text = str(model.headerData(section, Qt.Orientation.Horizontal) or "")
            if not header.isSectionHidden(section) and metrics.horizontalAdvance(text) + pad > header.sectionSize(section):
                cut.append((text, header.sectionSize(section)))
    return cut


@pytest.mark.parametrize("screen", [(1366, 768), (1024, 700)])
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_every_header_in_the_window_reads_whole(make_window, qtbot, language, screen):
    from policylens.app.shell import i18n

    i18n.install(QApplication.instance(), language)
    try:
        window = make_window()
        window.resize(screen[0], screen[1] - 60)
        qtbot.waitUntil(lambda: window.width() == screen[0])
        window.agencies.select_agencies(("市公安局", "县公安局"), "公安局")  # the agency column shown
        for dock in window.findChildren(QDockWidget):
            dock.show()
            dock.raise_()
            qtbot.wait(20)
            assert cut_headers(window) == [], (dock.objectName(), screen)
    finally:
        i18n.install(QApplication.instance(), "zh_CN")
