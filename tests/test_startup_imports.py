"""Start-up imports nothing before the first paint that the first paint does not draw.

The first paint is the window's frame; the corpus store, document parsing (core.document and
the readers of each format: lxml, pypdfium2), jieba (word cutting, about a second to load its
dictionary), numpy (clause alignment), OpenCC's package and the exchange formats (openpyxl
among them) are imported after it; the first paint hook (app/common/first_paint.py,
POLICYLENS_MODULES_AT_PAINT) lists the modules imported by then. Once the window is up, the work that needs them runs on worker
threads: the corpus summaries and the search tables, and the word diffs of the compare view.
Each check runs the real application in a fresh process, as a user starts it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from policylens.app.common.first_paint import MODULES_AT_PAINT

pytestmark = pytest.mark.gui

# Top-level module (or package prefix) -> what it is for, in the failure message.
LATER = {
    "jieba": "word cutting for diffs",
    "numpy": "clause alignment",
    "scipy": "clause alignment's sparse products",
    "opencc": "OpenCC's package (its character tables are read by path)",
    "openpyxl": "XLSX export",
    "policylens.exchange": "annotation export and import formats",
    "policylens.core.align": "clause alignment",
    "policylens.store.alignment": "clause alignment store",
    "lxml": "reading HTML and DOCX files",
    "pypdfium2": "reading PDF files",
    "tinydb": "the stores' files",
    "policylens.core.document": "document parsing (outline, metadata, agencies)",
    "policylens.store": "the corpus and annotation stores",
    "policylens.app.shell.preferences_dialog": "the Preferences dialog",
}


def policylens_command() -> list[str]:
    """The installed console script beside this interpreter, as a user runs it."""
    script = Path(sys.executable).with_name("policylens")
    return [str(script)] if script.exists() else [sys.executable, "-m", "policylens"]


@pytest.fixture(scope="module")
def modules_at_first_paint(tmp_path_factory) -> set[str]:
    folder = tmp_path_factory.mktemp("startup")
    listing = folder / "modules.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{MODULES_AT_PAINT: str(listing)})
    subprocess.run([*policylens_command(), "--data-dir", str(folder / "data"), "--exit-after-paint"],
                   env=env, check=True, capture_output=True, timeout=120, cwd=folder)
    return set(json.loads(listing.read_text("utf-8")))


def loaded(modules: set[str], name: str) -> list[str]:
    return sorted(m for m in modules if m == name or m.startswith(name + "."))


def test_first_paint_hook_lists_what_the_window_needs(modules_at_first_paint):
    # The listing is taken at the paint, with the window's own modules in it.
    for needed in ("policylens.app.shell.main", "policylens.app.shell.session", "policylens.app.shell.main_window"):
        assert needed in modules_at_first_paint


@pytest.mark.parametrize("name", [
    "jieba", "numpy", "openpyxl", "opencc", "lxml", "pypdfium2", "tinydb", "policylens.core.align",
    "policylens.core.document", "policylens.store", "policylens.store.alignment", "policylens.exchange",
    "policylens.app.shell.preferences_dialog",
])
def test_not_imported_before_the_first_paint(modules_at_first_paint, name):
    assert loaded(modules_at_first_paint, name) == [], f"{name} ({LATER[name]}) is imported before the first paint"


# Runs the real main() with a recorder of which thread first imports each watched library, then,
# once the window is up: waits for the corpus summaries and for jieba (loaded on a worker once
# the corpus is), opens the compare view on a clause
# (its word diffs need jieba) and prints the record.
DRIVER = r"""
import json, sys, threading
from importlib.abc import MetaPathFinder

WATCHED = {"jieba", "numpy"}
first = {}

class Recorder(MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        top = name.partition(".")[0]
        if top in WATCHED and top not in first:
            first[top] = threading.current_thread() is threading.main_thread()
        return None

sys.meta_path.insert(0, Recorder())

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from policylens.app.shell.main import main
from policylens.app.shell.main_window import MainWindow

app = QApplication([sys.argv[0]])
state = {"view": None, "diffed": False, "summaries_thread": None}

def step():
    window = next((w for w in app.topLevelWidgets() if isinstance(w, MainWindow)), None)
    if window is None or not window.corpus_ready:
        return
    if state["view"] is None:
        if "jieba" not in sys.modules:  # loaded on a worker once the corpus is: wait for it
            return
        doc = window.corpus_source.document(window.records[0]["key"])
        view = window.comparing.compare_clause_at(doc.key, doc.clauses[3].id)
        view.computed.connect(lambda: state.update(diffed=True))
        state["view"] = view
    elif state["diffed"]:
        timer.stop()
        print(json.dumps({"main_thread": first}))
        app.exit(0)

timer = QTimer(interval=20)
timer.timeout.connect(step)
timer.start()
QTimer.singleShot(60_000, lambda: app.exit(3))
sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def test_heavy_libraries_load_later_on_worker_threads(tmp_path):
    proc = subprocess.run([sys.executable, "-c", DRIVER, str(tmp_path / "data")],
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"), capture_output=True,
                          text=True, timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    # jieba is loaded on a worker once the corpus is loaded (so Ctrl+D fills at once), never on
    # the UI thread; before the first paint it is not loaded at all (test_not_imported_before…).
    assert report["main_thread"]["jieba"] is False
    assert report["main_thread"].get("numpy") in (None, False)
