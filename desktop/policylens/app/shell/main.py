"""Start the desktop reader: `policylens [--data-dir DIR]`.

Without --data-dir the data folder is the one chosen in Preferences (paths.chosen_data_dir),
else the platform's user data folder. The first-run tour is offered on an interactive start
only: never with --exit-after-paint or --screenshot, which tests and scripts use.
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
from ...store import StoreError
from ..corpus.corpus_source import Corpus
from ..common.first_paint import FirstPaint
from ..common.fonts import apply_cjk_font
from .main_window import MainWindow
from .session import Session

DESKTOP_ID = "io.github.policylens.PolicyLens"  # the .desktop file's name, in resources/
NO_PAINT_TIMEOUT_MS = 60_000  # --exit-after-paint must never hang a CI job


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="policylens", description="Offline reader for policy documents")
    parser.add_argument("--data-dir", type=Path, help="where the corpus and settings live")
    parser.add_argument("--exit-after-paint", action="store_true",
                        help="quit as soon as the reader has painted once (smoke test)")
    parser.add_argument("--screenshot", type=Path, help=argparse.SUPPRESS)  # implies exit after paint
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
        corpus = Corpus(data_dir, _first_run_progress())
    except OSError as exc:  # e.g. a chosen folder on a drive that is not mounted
        QMessageBox.critical(None, APP_NAME, f"Cannot use the data folder {data_dir}: {exc}")
        return 2
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    session = Session(app, corpus, settings_for(data_dir))
    window = session.window
    if not has_cjk_font:
        # English whatever the UI language: without a Chinese font, Chinese shows as boxes.
        window.statusBar().showMessage(
            "No Chinese font is installed: text will show as boxes. Install e.g. Noto Sans CJK.", 0)
    if args.exit_after_paint or args.screenshot:
        first_paint = _quit_after_first_paint(app, window, args.screenshot)  # noqa: F841 - kept alive
    else:
        window.help.offer_tour()
    window.show()
    if args.files:
        window.import_paths(args.files)
    code = app.exec()
    session.close()
    return code


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


def _quit_after_first_paint(app, window: MainWindow, screenshot: Path | None) -> FirstPaint:
    watchdog = QTimer(window, singleShot=True, interval=NO_PAINT_TIMEOUT_MS)
    watchdog.timeout.connect(lambda: app.exit(1))
    watchdog.start()

    def finish():
        watchdog.stop()
        if screenshot:
            window.grab().save(str(screenshot))
        app.exit(0)  # not quit(): that asks every window to close, and a busy import dialog refuses

    return FirstPaint(window.reader.view.viewport(), finish)


if __name__ == "__main__":
    sys.exit(main())
