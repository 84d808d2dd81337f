"""Research ▸ Document attributes, driven through the real window and table."""
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from test_cli import run


def _dialog(window, qtbot):
    window.actions_by_name["attributes"].trigger()
    dialog = window.research.attributes_dialog
    qtbot.waitExposed(dialog)
    return dialog


def _cell(dialog, key_prefix, name):
    model = dialog.model
    row = next(i for i, r in enumerate(model.records) if r["key"].startswith(key_prefix))
    return dialog.proxy.mapFromSource(model.index(row, model.names.index(name)))


def test_edit_many_documents_at_once_and_undo_in_one_step(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = _dialog(window, qtbot)
    dialog.name_edit.setText("试点")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("choice"))
    dialog.choices_edit.setText("是，否")
    qtbot.mouseClick(dialog.define_button, Qt.MouseButton.LeftButton)
    assert "试点" in dialog.model.names
    selection = dialog.table.selectionModel()
    first, second = _cell(dialog, "000", "试点"), _cell(dialog, "004", "试点")
    dialog.table.setCurrentIndex(first)
    selection.select(second, selection.SelectionFlag.Select)
    dialog.value_edit.setText("是")  # QTest types only Latin-1 keys
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert _cell(dialog, "000", "试点").data() == _cell(dialog, "004", "试点").data() == "是"
    assert _cell(dialog, "002", "试点").data() == ""
    saved = json.loads((tmp_path / "user" / "attributes.json").read_text("utf-8"))
    assert {k[:3]: v for k, v in saved["values"].items()} == {"000": {"试点": "是"}, "004": {"试点": "是"}}
    qtbot.keyClick(dialog.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _cell(dialog, "000", "试点").data() == _cell(dialog, "004", "试点").data() == ""
    assert json.loads((tmp_path / "user" / "attributes.json").read_text("utf-8"))["values"] == {}
    qtbot.mouseClick(dialog.redo_button, Qt.MouseButton.LeftButton)
    assert _cell(dialog, "004", "试点").data() == "是"
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # and the definition
    assert "试点" not in dialog.model.names


def test_a_wrong_value_is_refused_with_its_reason(make_window, qtbot):
    window = make_window()
    dialog = _dialog(window, qtbot)
    dialog.name_edit.setText("人口")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("number"))
    qtbot.mouseClick(dialog.define_button, Qt.MouseButton.LeftButton)
    dialog.table.setCurrentIndex(_cell(dialog, "002", "人口"))
    dialog.value_edit.setText("很多")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "属性“人口”：“很多”不是数字"
    assert _cell(dialog, "002", "人口").data() == ""


def test_a_correction_typed_in_the_table_wins_and_is_marked(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = _dialog(window, qtbot)
    index = _cell(dialog, "002", "date")
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.viewport().findChild(QLineEdit)  # the cell's editor
    editor.selectAll()
    qtbot.keyClicks(editor, "2016-12-30")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits at the next turn of the event loop
    qtbot.waitUntil(lambda: _cell(dialog, "002", "date").data() == "2016-12-30")
    assert _cell(dialog, "002", "year").data() == "2016"  # the year follows the corrected date
    assert _cell(dialog, "002", "date").data(Qt.ItemDataRole.FontRole).bold()
    proc = run("attributes", "list", "--json", data_dir=tmp_path)
    dandong = next(d for d in json.loads(proc.stdout)["documents"] if d["key"].startswith("002"))
    assert dandong["date"] == "2016-12-30"


def test_a_value_written_elsewhere_while_the_dialog_is_open_survives_its_edits(make_window, qtbot, tmp_path):
    from policylens.cli import main

    window = make_window()
    dialog = _dialog(window, qtbot)
    dandong = next(r["key"] for r in dialog.model.records if r["key"].startswith("002"))
    assert main(["--data-dir", str(tmp_path), "attributes", "set", dandong, "issuer", "丹东市人民政府"]) == 0
    dialog.table.setCurrentIndex(_cell(dialog, "000", "place"))  # before the dialog has seen the file change
    dialog.value_edit.setText("三门峡市区")
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    values = {k[:3]: v for k, v in json.loads((tmp_path / "user" / "attributes.json").read_text("utf-8"))["values"].items()}
    assert values == {"000": {"place": "三门峡市区"}, "002": {"issuer": "丹东市人民政府"}}
    assert _cell(dialog, "002", "issuer").data() == "丹东市人民政府"  # the edit read the file before writing
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # undoes the dialog's step only
    values = json.loads((tmp_path / "user" / "attributes.json").read_text("utf-8"))["values"]
    assert values == {dandong: {"issuer": "丹东市人民政府"}}
    assert _cell(dialog, "000", "place").data() == "三门峡"
    assert main(["--data-dir", str(tmp_path), "attributes", "set", dandong, "issuer", ""]) == 0
    qtbot.waitUntil(lambda: _cell(dialog, "002", "issuer").data() != "丹东市人民政府", timeout=5000)  # the watcher
    assert not _cell(dialog, "002", "issuer").data(Qt.ItemDataRole.FontRole)  # no longer a correction


def test_an_attribute_named_like_an_export_column_is_refused_in_the_dialog(make_window, qtbot, tmp_path):
    window = make_window()
    dialog = _dialog(window, qtbot)
    columns = list(dialog.model.names)
    dialog.name_edit.setText("标题")
    qtbot.mouseClick(dialog.define_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "“标题”已是导出文件中一列的名称（title）：请给属性另起一个名称"
    assert dialog.model.names == columns and dialog.name_edit.text() == "标题"  # kept, to be changed
    assert not (tmp_path / "user" / "attributes.json").exists() and not dialog.undo_stack.canUndo()


def test_an_xlsx_edited_in_a_spreadsheet_comes_back_as_one_undoable_step(make_window, qtbot, tmp_path):
    from openpyxl import load_workbook

    window = make_window()
    dialog = _dialog(window, qtbot)
    dialog.name_edit.setText("人口")
    dialog.kind_box.setCurrentIndex(dialog.kind_box.findData("number"))
    qtbot.mouseClick(dialog.define_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "attributes.xlsx"
    assert dialog.export_file(out) == out and dialog.status.text() == "已导出 5 个文档"
    book = load_workbook(out)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["key", "file", "title"] and header[-1] == "人口"
    doc_number = header.index("doc_number") + 1
    assert sheet.cell(2, doc_number).value == "三政办〔2019〕24号"  # text, as written
    sheet.cell(2, len(header)).value = 2274000  # numbers typed in the spreadsheet
    sheet.cell(3, header.index("place") + 1).value = "昭通市"  # and a correction
    book.save(out)
    assert dialog.import_file(out) == 2
    assert _cell(dialog, "000", "人口").data() == "2274000" and _cell(dialog, "001", "place").data() == "昭通市"
    assert dialog.import_file(out) == 0  # read back again: nothing differs
    qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)  # the import, as one step
    assert _cell(dialog, "000", "人口").data() == "" and _cell(dialog, "001", "place").data() == "昭通"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"not a workbook")
    assert dialog.import_file(broken) == 0
    assert dialog.status.text().startswith(f"{broken} 不是 XLSX 工作簿")
    assert _cell(dialog, "000", "人口").data() == ""  # nothing set
