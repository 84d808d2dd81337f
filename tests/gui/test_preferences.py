"""Preferences as a user sets them: language (Qt translations), colours, font size, script."""
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import PySide6
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCursor
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialogButtonBox, QDockWidget, QLineEdit,
                               QTreeView)

from policylens.app.shell import i18n; from policylens.app.common import styles
from policylens.app.corpus.corpus_source import Corpus
from policylens.app.shell.main import settings_for
from policylens.app.shell.preferences import Preferences
from policylens.app.shell.preferences_dialog import PreferencesDialog
from policylens.app.shell.session import Session
from policylens.paths import CONFIG_DIR_ENV, chosen_data_dir, platform_data_dir

HAN = re.compile(r"[\u4e00-\u9fff]")
TS = Path(i18n.translations_dir()) / "policylens_en.ts"


@pytest.fixture
def session(qtbot, tmp_path):
    """make(language) -> a Session whose window is shown; Chinese is restored afterwards."""
    made = []

    def make(language="zh_CN"):
        settings = settings_for(tmp_path)
        Preferences(language=language).save(settings)
        s = Session(QApplication.instance(), Corpus(tmp_path), settings)
        made.append(s)
        s.window.show()  # not qtbot.addWidget: a language switch deletes the first window
        qtbot.waitUntil(lambda: s.window.corpus_ready, timeout=20000)
        return s

    yield make
    i18n.install(QApplication.instance(), "zh_CN")
    for s in made:
        s.close()
        s.window.close()


def interface_texts(window) -> list[str]:
    """What the application itself writes on screen (not document text): menus, actions,
    dock titles, column headers, buttons and placeholders."""
    texts = [action.text() for action in window.menuBar().actions()]
    texts += [a.text() for a in window.actions_by_name.values()]
    texts += [d.windowTitle() for d in window.findChildren(QDockWidget)]
    for view in window.findChildren(QTreeView):
        model = view.model()
        texts += [model.headerData(c, Qt.Orientation.Horizontal) or "" for c in range(model.columnCount())]
    texts += [b.text() for b in window.findChildren(QAbstractButton)]
    texts += [e.placeholderText() for e in window.findChildren(QLineEdit)]
    return [t for t in texts if t]


def test_english_interface_has_no_chinese_left(session):
    window = session("en").window
    assert [a.text() for a in window.menuBar().actions()] == \
        ["&File", "&Edit", "&View", "&Go", "&Annotate", "&Compare", "&Research", "Diff&usion", "&Help"]
    assert window.corpus.headerData(0, Qt.Orientation.Horizontal) == "Place"
    untranslated = [t for t in interface_texts(window) if HAN.search(t)]
    # The script switch shows 简/繁 as example characters only inside longer English tips.
    assert untranslated == []
    assert window.counts_label.text() == "Corpus: 5 documents, 184 clauses"  # beside a job's progress


def test_chinese_interface(session):
    window = session("zh_CN").window
    assert window.actions_by_name["import"].text() == "导入文件…"
    assert window.corpus.headerData(0, Qt.Orientation.Horizontal) == "地区"


def test_system_language_follows_the_locale():
    from PySide6.QtCore import QLocale
    assert i18n.resolve("system", QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)) == "zh_CN"
    assert i18n.resolve("system", QLocale(QLocale.Language.German)) == "en"
    assert i18n.resolve("en", QLocale(QLocale.Language.Chinese)) == "en"


def test_switching_language_rebuilds_the_window_where_the_user_was(session, qtbot):
    s = session("zh_CN")
    old = s.window
    key = old.records[2]["key"]
    old.open_document(key, 3000)
    offset = old.reader.current_offset()
    old.apply_preferences(replace(old.prefs, language="en"))
    assert s.window is not old and not old.isVisible()
    new = s.window
    qtbot.waitExposed(new)
    assert new.actions_by_name["import"].text() == "Import Documents…"
    qtbot.waitUntil(lambda: new.reader.current is not None and new.reader.current.key == key)
    assert abs(new.reader.current_offset() - offset) <= 40
    assert Preferences.load(new.settings).language == "en"


def test_preferences_dialog_with_mouse_and_keyboard(qtbot, tmp_path):
    dialog = PreferencesDialog(Preferences(), tmp_path, location=tmp_path / "config" / "location.json")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.theme.setFocus()
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Down)  # system -> light -> dark
    dialog.font_size.setFocus()
    dialog.font_size.lineEdit().selectAll()
    qtbot.keyClicks(dialog.font_size, "16")
    dialog.script.setCurrentIndex(dialog.script.findData("simplified"))
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.preferences() == Preferences(language="system", theme="dark", font_size=16, script="simplified")
    assert str(tmp_path) == dialog.data_label.text()
    assert not (tmp_path / "config").exists()  # the data folder was not changed: nothing written


def test_data_folder_chosen_in_preferences_is_opened_by_the_next_start(qtbot, tmp_path, monkeypatch):
    config = tmp_path / "config"
    monkeypatch.setenv(CONFIG_DIR_ENV, str(config))  # never the real user configuration
    current, chosen = tmp_path / "current", tmp_path / "chosen"
    chosen.mkdir()
    dialog = PreferencesDialog(Preferences(), current)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.tabs.setCurrentIndex(1)
    assert dialog.next_label.text() == str(platform_data_dir())  # nothing chosen yet
    monkeypatch.setattr(PreferencesDialog, "pick_folder", classmethod(lambda cls, parent, start: chosen))
    qtbot.mouseClick(dialog.change_button, Qt.MouseButton.LeftButton)
    assert dialog.next_label.text() == str(chosen)
    assert dialog.folder_note.text() == "空文件夹：下次启动时将在其中导入内置文件。"
    assert not (config / "location.json").exists()  # kept only once the dialog is accepted
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert chosen_data_dir() == chosen
    assert json.loads((config / "location.json").read_text("utf-8")) == {"data_dir": str(chosen)}

    # The next start, without --data-dir, opens the chosen folder and imports the seeds there.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **{CONFIG_DIR_ENV: str(config)})
    proc = subprocess.run([sys.executable, "-m", "policylens", "--exit-after-paint"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert len(Corpus(chosen).records()) == 5
    assert not current.exists()  # the old folder is left alone (here: never made)

    again = PreferencesDialog(Preferences(), chosen)
    qtbot.addWidget(again)
    assert again.next_label.text() == str(chosen) and again.folder_note.text() == ""
    qtbot.mouseClick(again.default_button, Qt.MouseButton.LeftButton)
    again.accept()
    assert chosen_data_dir() is None and len(Corpus(chosen).records()) == 5  # nothing moved or deleted


def test_a_folder_that_cannot_be_written_is_refused(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv(CONFIG_DIR_ENV, str(tmp_path / "config"))
    (tmp_path / "a-file").write_text("x", "utf-8")
    dialog = PreferencesDialog(Preferences(), tmp_path)
    qtbot.addWidget(dialog)
    dialog.set_next_data_dir(tmp_path / "a-file")
    assert dialog.folder_note.text() == "无法写入此文件夹，请另选一个。"
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_preferences_apply_at_once_and_persist(make_window, monkeypatch):
    window = make_window()
    chosen = Preferences(theme="dark", font_size=18, script="traditional")
    monkeypatch.setattr(PreferencesDialog, "ask", classmethod(lambda cls, prefs, data_dir, parent=None: chosen))
    window.actions_by_name["preferences"].trigger()
    try:
        assert styles.is_dark()
        assert window.reader.script == "traditional"
        assert window.actions_by_name["script_traditional"].isChecked()
        assert window.reader.view.font().pointSizeF() == 18
        window.close()
        second = make_window()
        assert second.prefs == chosen and second.reader.script == "traditional"
    finally:
        window.apply_preferences(Preferences())
    assert not styles.is_dark()


def test_dark_palette_recolours_the_marks(make_window, qtbot):
    window = make_window()
    view = window.reader.view
    ref = next(a for c in window.reader.current.clauses for a in c.agencies if a.role == "lead")

    def lead_background():
        cursor = QTextCursor(view.document())
        cursor.setPosition(view.position_of(ref.start) + 1)  # the format of the char before
        return cursor.charFormat().background().color().name()

    assert lead_background() == styles.LIGHT.roles["lead"][0]
    window.apply_preferences(replace(window.prefs, theme="dark"))
    try:
        qtbot.waitUntil(lambda: lead_background() == styles.DARK.roles["lead"][0])
        assert styles.DARK.roles["lead"][0] in window.reader.legend.role_keys["lead"].styleSheet()
        assert QApplication.palette().color(QApplication.palette().ColorRole.Base).lightness() < 128
    finally:
        window.apply_preferences(replace(window.prefs, theme="light"))
    qtbot.waitUntil(lambda: lead_background() == styles.LIGHT.roles["lead"][0])


def test_translation_is_complete_and_compiled(tmp_path):
    """Every source string has a finished English translation, and the .qm is built from the .ts."""
    tools = Path(PySide6.__file__).parent
    lupdate = shutil.which("pyside6-lupdate") or str(tools / "lupdate")
    lrelease = shutil.which("pyside6-lrelease") or str(tools / "lrelease")
    copy = tmp_path / TS.name
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (Path(styles.__file__).parent).glob("*.py"))
    out = subprocess.run([lupdate, "-no-obsolete", *sources, "-ts", str(copy)],
                         capture_output=True, text=True, check=True).stdout
    assert re.search(r"\(0 new and \d+ already existing\)", out), out
    assert 'type="unfinished"' not in copy.read_text("utf-8")
    assert 'type="vanished"' not in TS.read_text("utf-8")
    qm = tmp_path / "en.qm"
    subprocess.run([lrelease, str(TS), "-qm", str(qm)], capture_output=True, check=True)
    assert qm.read_bytes() == (TS.parent / "policylens_en.qm").read_bytes()


def test_dark_mode_shows_the_checked_script_button_and_dark_coverage_cells(make_window, qtbot):
    from policylens.app.matrices.coverage_view import CoverageView

    window = make_window()
    window.apply_preferences(replace(window.prefs, theme="dark"))
    try:
        qtbot.waitUntil(lambda: styles.is_dark())
        buttons = window.reader.script_buttons
        checked = next(b for b in buttons.values() if b.isChecked())
        other = next(b for b in buttons.values() if not b.isChecked())

        def face(button):  # the colour of most of the button's pixels, text aside
            image = button.grab().toImage()
            counts = {}
            for x in range(2, image.width() - 2, 2):
                for y in range(2, image.height() - 2, 2):
                    colour = image.pixelColor(x, y).name()
                    counts[colour] = counts.get(colour, 0) + 1
            return QColor(max(counts, key=counts.get))

        a, b = face(checked), face(other)
        assert abs(a.lightness() - b.lightness()) + abs(a.hue() - b.hue()) > 40, (a.name(), b.name())
        window.actions_by_name["coverage_matrix"].trigger()
        qtbot.waitUntil(lambda: any(isinstance(v, CoverageView) for v in window.tool_windows))
        view = next(v for v in window.tool_windows if isinstance(v, CoverageView))
        qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=60_000)
        cells = [view.model.index(r, c) for r in range(view.model.rowCount()) for c in range(view.model.columnCount())]
        fills = [i.data(Qt.ItemDataRole.BackgroundRole) for i in cells]
        fills = [f for f in fills if f is not None]
        assert fills and all(f.lightness() < 110 for f in fills), sorted({f.name() for f in fills})
        assert all(i.data(Qt.ItemDataRole.ForegroundRole).lightness() > 200 for i in cells
                   if i.data(Qt.ItemDataRole.BackgroundRole) is not None)
    finally:
        window.apply_preferences(replace(window.prefs, theme="light"))
