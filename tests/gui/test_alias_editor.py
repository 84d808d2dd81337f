"""The agency alias table in Preferences: edited with mouse and keys, checked, saved in one step,
and applied to the corpus by a re-analysis the window shows at once."""
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QAbstractItemView, QDialogButtonBox, QLineEdit

from policylens.app.common import styles
from policylens.app.corpus.alias_editor import ALIASES, CANONICAL, LOCAL
from policylens.app.shell.preferences import Preferences
from policylens.app.shell.preferences_dialog import PreferencesDialog
from policylens.store.user_aliases import user_aliases_path

XINING_CLAUSE = "三/(十一)/12"  # 牵头单位:市国土局;配合单位:湟源县政府 (written 湟源縣政府)


@pytest.fixture
def preferences(qtbot, tmp_path):
    """open(window or data folder) -> a shown Preferences dialog on its alias tab."""
    def open_dialog(window=None, data_dir=None):
        dialog = PreferencesDialog(Preferences(), data_dir or window.data_dir, window,
                                   location=tmp_path / "config" / "location.json")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.tabs.setCurrentWidget(dialog.aliases)
        return dialog
    return open_dialog


def type_into(qtbot, table, row: int, column: int, text: str) -> None:
    """Edit a cell as a user does: F2, the text (committed as an input method commits Chinese:
    QTest types ASCII only), Return."""
    editing = table.state() == QAbstractItemView.State.EditingState
    if not (editing and (table.currentRow(), table.currentColumn()) == (row, column)):
        table.setFocus()
        table.setCurrentCell(row, column)
        qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1  # the cell's editor, open
    editor = editors[0]
    editor.selectAll()
    editor.insert(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def canonical_at(window, ref) -> str:
    cursor = QTextCursor(window.reader.view.document())
    cursor.setPosition(window.reader.view.position_of(ref.start) + 1)
    return cursor.charFormat().property(styles.CANONICAL_PROPERTY)


def xining_agencies(window):
    key = next(r["key"] for r in window.records if r["place"] == "西宁")
    window.open_clause(key, XINING_CLAUSE)
    doc = window.reader.current
    return next(c for c in doc.clauses if c.id == XINING_CLAUSE).agencies


def test_an_alias_added_in_preferences_reaches_the_reader_and_the_agency_index(make_window, preferences, qtbot):
    window = make_window()
    before = xining_agencies(window)
    assert [(a.name, a.canonical, a.role) for a in before] == \
        [("市國土局", "市国土资源局", "lead"), ("湟源縣政府", "湟源县政府", "cooperate")]
    assert canonical_at(window, before[1]) == "湟源县政府"

    dialog = preferences(window)
    editor = dialog.aliases
    click(qtbot, editor.add_button)  # a new row, its first cell being edited
    type_into(qtbot, editor.table, 0, CANONICAL, "湟源县人民政府")
    type_into(qtbot, editor.table, 0, ALIASES, "湟源县政府，湟源縣人民政府")
    editor.table.setCurrentCell(0, LOCAL)
    qtbot.keyClick(editor.table, Qt.Key.Key_Space)  # a county government, not a department
    assert editor.table.item(0, LOCAL).checkState() == Qt.CheckState.Unchecked
    assert dialog.isVisible()  # Return ended each cell's edit, not the dialog
    with qtbot.waitSignal(window.corpusImported, timeout=30000) as imported:
        click(qtbot, ok(dialog))
    assert not dialog.isVisible()
    assert sorted(imported.args[0]) == sorted(r["key"] for r in window.records)

    saved = json.loads(user_aliases_path(window.data_dir).read_text("utf-8"))
    assert saved["agencies"] == [{"canonical": "湟源县人民政府", "aliases": ["湟源县政府", "湟源縣人民政府"],
                                  "local": False}]
    assert sorted(p.name for p in window.data_dir.glob("*agency_aliases*")) == ["agency_aliases.json"]
    after = xining_agencies(window)
    assert [(a.name, a.canonical, a.role) for a in after] == \
        [("市國土局", "市国土资源局", "lead"), ("湟源縣政府", "湟源县人民政府", "cooperate")]
    assert canonical_at(window, after[1]) == "湟源县人民政府"
    qtbot.waitUntil(lambda: window.corpus_ready, timeout=20000)
    rows = window.agencies.index.clauses("湟源县人民政府", {"cooperate"})
    assert [(r.place, r.clause_id) for r in rows] == [("西宁", XINING_CLAUSE)]
    assert window.agencies.index.clauses("湟源县政府", {"cooperate"}) == []


def test_a_bundled_entry_copied_and_extended_replaces_it(make_window, preferences, qtbot):
    window = make_window()
    dialog = preferences(window)
    editor = dialog.aliases
    qtbot.keyClicks(editor.bundled_filter, "gong")  # pinyin is not a name: nothing matches
    assert all(editor.bundled.isRowHidden(r) for r in range(editor.bundled.rowCount()))
    editor.bundled_filter.clear()
    row = next(r for r in range(editor.bundled.rowCount()) if editor.bundled.item(r, CANONICAL).text() == "公安局")
    editor.bundled.selectRow(row)
    click(qtbot, editor.copy_button)
    assert editor.table.item(0, CANONICAL).text() == "公安局"
    type_into(qtbot, editor.table, 0, ALIASES, "公安局、公安机关")
    assert editor.bundled.item(row, CANONICAL).font().strikeOut()  # shown as replaced
    with qtbot.waitSignal(window.corpusImported, timeout=30000):
        click(qtbot, ok(dialog))
    assert window.corpus_source.store.aliases.identify("县公安机关").canonical == "县公安局"
    assert window.corpus_source.store.aliases.identify("市发改委").canonical == "市发展改革委"


@pytest.mark.parametrize("rows, message", [
    ([("", "某局")], "第 1 行：规范名称不能为空。"),
    ([("湟源县人民政府", ""), ("湟源縣人民政府", "")], "第 2 行：规范名称“湟源縣人民政府”与第 1 行重复。"),
    ([("治安局", "警察局"), ("公安局", "公安局、警察局")],
     "第 2 行：“警察局”已属于第 1 行的“治安局”，一个名称只能对应一个单位。"),
])
def test_an_invalid_table_is_refused_with_a_message_and_nothing_written(preferences, qtbot, seeds_data_dir,
                                                                        rows, message):
    dialog = preferences(data_dir=seeds_data_dir)
    editor = dialog.aliases
    for row, (canonical, aliases) in enumerate(rows):
        click(qtbot, editor.add_button)
        type_into(qtbot, editor.table, row, CANONICAL, canonical)
        type_into(qtbot, editor.table, row, ALIASES, aliases)
    click(qtbot, ok(dialog))
    assert dialog.isVisible() and dialog.tabs.currentWidget() is editor
    assert editor.message.text() == message
    assert not user_aliases_path(seeds_data_dir).exists()
    click(qtbot, editor.remove_button)  # the offending row is the current one
    assert editor.message.text() == ""


def test_a_damaged_table_is_shown_not_overwritten(preferences, tmp_path):
    path = user_aliases_path(tmp_path)
    path.write_text('{"agencies": [', "utf-8")
    dialog = preferences(data_dir=tmp_path)
    assert "无法读取你的单位别名表" in dialog.aliases.message.text()
    assert not dialog.aliases.table.isEnabled() and not dialog.aliases.add_button.isEnabled()
    dialog.accept()
    assert path.read_text("utf-8") == '{"agencies": ['
