"""Start the desktop reader: `policylens [--data-dir DIR]`.

Without --data-dir the data folder is the one chosen in Preferences (paths.chosen_data_dir),
else the platform's user data folder. The first-run tour is offered on an interactive start
only: never with --exit-after-paint or --screenshot, which tests and scripts use.

Start-up paints the window's frame first and opens the corpus right after that first paint,
so nothing the frame does not draw is imported before it: document parsing, the stores and
the features load while the user already sees the window (tests/test_startup_imports.py).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from ...paths import APP_NAME, default_data_dir, resources_dir
from ...saved_settings import SETTINGS_FILE
from ..common.first_paint import FirstPaint
from ..common.fonts import apply_cjk_font
from .session import Session

DESKTOP_ID = "io.github.policylens.PolicyLens"  # the .desktop file's name, in resources/
NO_PAINT_TIMEOUT_MS = 60_000  # --exit-after-paint must never hang a CI job
OPEN_WITHOUT_PAINT_MS = 1_000  # a frame that is not painted (started minimized) still opens the corpus


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policylens", description="Offline reader for policy documents")
    parser.add_argument("--data-dir", type=Path, help="where the corpus and settings live")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="quit as soon as the reader has painted once (smoke test)")
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)  # implies exit after paint
    # Quit at the frame's first paint, before the corpus is opened: the start-up benchmark.
    parser.add_argument("--exit-after-frame", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("files", nargs="*", type=Path,
                        help="documents to import on start (as the desktop launcher passes them)")
    return parser


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((resources_dir() / "icons").glob("policylens-*.png")):
        icon.addFile(str(png))
    return icon


def settings_for(data_dir: Path) -> QSettings:
    """An INI file in the data dir, so tests and portable installs never touch a user profile."""
    return QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    data_dir = args.data_dir or default_data_dir()
    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setApplicationName(APP_NAME)
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(DESKTOP_ID)  # lets Wayland match the window to its launcher
    has_cjk_font = apply_cjk_font(app)
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # e.g. a chosen folder on a drive that is not mounted
        QMessageBox.critical(None, APP_NAME, f"Cannot use the data folder {data_dir}: {exc}")
        return 2
    session = Session(app, None, settings_for(data_dir))
    window = session.window
    if args.exit_after_frame:
        watcher = _quit_after_first_paint(app, window.centralWidget(), None)  # noqa: F841 - kept alive
    else:
        opening = _OpenAfterPaint(app, session, args, data_dir, has_cjk_font)
        watcher = FirstPaint(window.centralWidget(), opening.run)  # noqa: F841 - kept alive
        QTimer.singleShot(OPEN_WITHOUT_PAINT_MS, opening.run)
    window.show()
    code = app.exec()
    session.close()
    return code


class _OpenAfterPaint:
    """Opens the corpus in the painted frame, then does what the command line asked."""

    def __init__(self, app, session: Session, args, data_dir: Path, has_cjk_font: bool):
        self.app, self.session, self.args, self.data_dir = app, session, args, data_dir
        self.has_cjk_font = has_cjk_font
        self.started = False
        self.first_paint = None

    def run(self) -> None:
        if self.started:
            return
        self.started = True
        # Imported here, after the first paint: the store pulls in document parsing.
        from ...store import StoreError
        from ..corpus.corpus_source import Corpus

        try:
            corpus = Corpus(self.data_dir, _first_run_progress())
        except (OSError, StoreError) as exc:
            message = f"Cannot use the data folder {self.data_dir}: {exc}" if isinstance(exc, OSError) else str(exc)
            QMessageBox.critical(self.session.window, APP_NAME, message)
            self.app.exit(2)
            return
        self.session.open_corpus(corpus)
        window, args = self.session.window, self.args
        if not self.has_cjk_font:
            # English whatever the UI language: without a Chinese font, Chinese shows as boxes.
            window.statusBar().showMessage(
                "No Chinese font is installed: text will show as boxes. Install e.g. Noto Sans CJK.", 0)
        if args.exit_after_paint or args.screenshot:
            self.first_paint = _quit_after_first_paint(self.app, window.reader.view.viewport(), args.screenshot,
                                                       grab=window)
        else:
            window.help.offer_tour()
        if args.files:
            window.import_paths(args.files)


def _first_run_progress():
    """A progress dialog for the first-run import; shown only if it takes a noticeable time."""
    dialog = None

    def report(n: int, total: int, path: str) -> None:
        nonlocal dialog
        if dialog is None:
            dialog = QProgressDialog(QApplication.translate("main", "正在导入内置文件…"), "", 0, total)
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(300)
        dialog.setValue(n)
        dialog.setLabelText(Path(path).name)
        QApplication.processEvents()

    return report


def _quit_after_first_paint(app, widget, screenshot: Path | None, grab=None) -> FirstPaint:
    """Exit once widget has painted, saving a screenshot of grab (its window) if asked."""
    watchdog = QTimer(widget, singleShot=True, interval=NO_PAINT_TIMEOUT_MS)
    watchdog.timeout.connect(lambda: app.exit(1))
    watchdog.start()

    def finish():
        watchdog.stop()
        if screenshot:
            (grab or widget.window()).grab().save(str(screenshot))
        app.exit(0)  # not quit(): that asks every window to close, and a busy import dialog refuses

    return FirstPaint(widget, finish)


if __name__ == "__main__":
    sys.exit(main())
