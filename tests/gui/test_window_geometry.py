"""Windows fit the screen they open on, and tool windows close with Escape and Ctrl+W."""
import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from policylens.app.matrices.coverage_view import CoverageView
from policylens.app.matrices.parameter_view import ParameterView
from policylens.app.common.window_geometry import fitted
from test_matrices import open_matrix

pytestmark = pytest.mark.gui


def test_a_size_is_cut_to_a_laptop_screen_and_kept_on_a_large_one():
    laptop = QRect(0, 27, 1366, 741)  # 1366×768 less a top panel
    assert fitted(1340, 840, laptop) == QSize(1256, 681)
    assert fitted(1300, 820, QRect(0, 0, 1920, 1050)) == QSize(1300, 820)
    assert fitted(1340, 840, QRect(0, 0, 1024, 700)) == QSize(942, 644)


def test_the_first_window_fits_the_available_screen(make_window):
    window = make_window(fixed_size=False)
    available = QGuiApplication.primaryScreen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()


@pytest.mark.parametrize("kind, key, close", [
    (CoverageView, Qt.Key.Key_G, (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)),
    (ParameterView, Qt.Key.Key_P, (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)),
])
def test_escape_and_ctrl_w_close_a_tool_window(make_window, qtbot, kind, key, close):
    window = make_window()
    view = open_matrix(qtbot, window, key, kind)
    available = view.screen().availableGeometry()
    assert view.width() <= available.width() and view.height() <= available.height()
    view.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
    qtbot.keyClick(view, *close)
    qtbot.waitUntil(lambda: view not in window.tool_windows or not view.isVisible())


def test_on_a_small_screen_the_reader_keeps_the_largest_share(make_window, qtbot):
    window = make_window(fixed_size=False)  # the offscreen screen: 800×600
    qtbot.waitUntil(lambda: sum(window.splitter.sizes()) > 0)
    corpus, outline, reader = window.splitter.sizes()
    assert reader >= 0.45 * (corpus + outline + reader), window.splitter.sizes()
    assert reader > corpus and reader > outline
