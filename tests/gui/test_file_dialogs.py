"""Save dialogs suggest a folder, a name and the format's extension."""
from pathlib import Path

from policylens.app.common import file_dialogs
from policylens.app.common.file_dialogs import extension_of, file_name, start_folder, with_extension


def test_a_typed_name_gets_the_chosen_formats_extension():
    assert with_extension("/tmp/对照", "Excel 工作簿 (*.xlsx)") == Path("/tmp/对照.xlsx")
    assert with_extension("/tmp/对照.XLSX", "Excel 工作簿 (*.xlsx)") == Path("/tmp/对照.XLSX")
    assert with_extension("/tmp/a.b", "Markdown 报告 (*.md)") == Path("/tmp/a.b.md")
    assert extension_of("批注文件 (*.json *.jsonld *.qdpx)") == "json"
    assert with_extension("/tmp/x", "所有文件 (*)") == Path("/tmp/x")


def test_a_title_becomes_a_file_name_any_system_accepts():
    assert file_name("条款对照 丹东市 · 三/(十四)\n推进居住证") == "条款对照 丹东市 · 三 (十四) 推进居住证"
    assert file_name('a:b*c?"d"<e>|f') == "a b c d e f"
    assert file_name("...") == "PolicyLens" and len(file_name("长" * 200)) == 80


def test_dialogs_start_in_the_folder_used_last_else_documents(qapp, tmp_path, monkeypatch):
    monkeypatch.setattr(file_dialogs, "_last_folder", None)
    assert start_folder() != Path.cwd() or start_folder() == Path.home()
    assert start_folder().is_dir()
    file_dialogs.remember(tmp_path / "报告.md")
    assert start_folder() == tmp_path
