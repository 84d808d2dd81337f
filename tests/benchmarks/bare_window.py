"""The floor for start-up: a bare PySide6 main window that exits after its first paint.

bench_app.py times it in the same run as PolicyLens's own cold start and reports the ratio,
so that a busy or slow machine moves both figures alike.
"""
import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class _QuitAfterPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, QApplication.quit)
        return False


if __name__ == "__main__":
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setCentralWidget(QLabel("户籍制度改革"))
    window.resize(1200, 800)
    watcher = _QuitAfterPaint()
    window.installEventFilter(watcher)
    window.show()
    sys.exit(app.exec())
