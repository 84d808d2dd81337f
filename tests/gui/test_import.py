"""Importing through the dialog: a real store in tmp_path, the worker in a real QThread."""
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QTreeView, QWidget

from policylens.app.corpus.import_dialog import ImportDialog, accept_file_drops
from policylens.app.corpus.import_worker import expand_paths
from policylens.store import CorpusStore
from policylens.store.lock import exclusive

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
TIMEOUT_MS = 120_000


@pytest.fixture
def make_dialog(qtbot):
    """make_dialog() -> an ImportDialog whose import thread is always stopped at teardown."""
    dialogs = []

    def make():
        dialog = ImportDialog()
        qtbot.addWidget(dialog)
        dialogs.append(dialog)
        return dialog

    yield make
    for dialog in dialogs:
        dialog.shutdown()  # a QThread destroyed while running would abort the test run


def run_to_end(qtbot, dialog, data_dir, paths):
    with qtbot.waitSignal(dialog.completed, timeout=TIMEOUT_MS):
        assert dialog.run(data_dir, paths)


def table_rows(dialog):
    table = dialog.table
    return [tuple(table.item(row, column).text() for column in range(3)) for row in range(table.rowCount())]


def test_good_and_corrupt_files_are_reported_one_by_one(qtbot, make_dialog, tmp_path):
    source = tmp_path / "in"
    source.mkdir()
    good = source / "gb_seed.txt"
    good.write_bytes(SEEDS[0].read_text("utf-8").encode("gb18030"))
    (source / "bad.txt").write_bytes(b"\x00\xff\x13\x88\x00\x00\xfe\x01" * 64)
    (source / "fake.docx").write_bytes(b"this is not a zip archive at all")
    dialog = make_dialog()
    changed = []
    dialog.imported.connect(changed.append)
    run_to_end(qtbot, dialog, tmp_path / "data", [good, source / "bad.txt", source / "fake.docx"])

    rows = {name: (status, reason) for name, status, reason in table_rows(dialog)}
    statuses = [status for status, _ in rows.values()]
    assert statuses.count(dialog.status_word("imported")) == 1
    assert rows["gb_seed.txt"] == (dialog.status_word("imported"), "")
    assert rows["bad.txt"][0] == dialog.status_word("failed")
    assert rows["bad.txt"][1] == "这是二进制文件，不是文本（含有 NUL 字节，且不是 UTF-16）"
    assert rows["fake.docx"][0] == dialog.status_word("failed")
    assert rows["fake.docx"][1] == "不是有效的 .docx 文件：它既不是 zip 归档，也不是网页"
    assert dialog.summary_label.text() == "已导入 1 个，失败 2 个"
    assert changed == [["gb_seed"]]
    store = CorpusStore(tmp_path / "data")
    assert [r["key"] for r in store.documents()] == ["gb_seed"]
    assert store.open_document("gb_seed").meta.title


def test_a_dropped_folder_imports_its_supported_files(qtbot, make_dialog, tmp_path):
    folder = tmp_path / "in" / "sub"
    folder.mkdir(parents=True)
    for seed in SEEDS[:2]:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "notes.xls").write_bytes(b"%PDF-1.4")
    (folder / "._junk.txt").write_bytes(b"\x00\x05\x16\x07")
    assert expand_paths([tmp_path / "in"]) == [folder / s.name for s in SEEDS[:2]]
    assert expand_paths([folder / "notes.xls"]) == [folder / "notes.xls"]  # kept: the report says why

    dialog = make_dialog()
    run_to_end(qtbot, dialog, tmp_path / "data", [tmp_path / "in"])
    assert dialog.summary_label.text() == "已导入 2 个"
    run_to_end(qtbot, dialog, tmp_path / "data", [tmp_path / "in", folder / "notes.xls"])
    assert dialog.summary_label.text() == "未变化 2 个，失败 1 个"
    assert table_rows(dialog)[-1][2].startswith("不支持的格式“.xls”；PolicyLens 读取 .txt, .html")


def distinct_copies(folder: Path, n: int) -> list[Path]:
    """n different documents: the seeds, each copy with its own small edit."""
    folder.mkdir()
    texts = [seed.read_text("utf-8") for seed in SEEDS]
    paths = []
    for i in range(n):
        path = folder / f"copy{i:03d}.txt"
        path.write_text(texts[i % len(texts)] + f"\n（第{i}号修订）\n", "utf-8")
        paths.append(path)
    return paths


def test_cancel_stops_early_and_keeps_what_was_imported(qtbot, make_dialog, tmp_path):
    paths = distinct_copies(tmp_path / "in", 200)
    dialog = make_dialog()

    def cancel_soon(value):  # on the UI thread, as a user's click would be
        if value >= 3 and dialog.cancel_button.isEnabled():
            dialog.cancel_button.click()

    dialog.progress_bar.valueChanged.connect(cancel_soon)
    run_to_end(qtbot, dialog, tmp_path / "data", paths)
    rows = table_rows(dialog)
    assert 3 <= len(rows) < 200
    assert {status for _, status, _ in rows} == {dialog.status_word("imported")}
    assert dialog.summary_label.text().startswith(f"已在第 {len(rows)}/200 个文件后取消")
    store = CorpusStore(tmp_path / "data")
    keys = [r["key"] for r in store.documents()]
    assert keys == [f"copy{i:03d}" for i in range(len(rows))]
    assert all(store.open_document(key).clauses for key in keys)


def test_a_held_lock_is_reported_not_raised(qtbot, make_dialog, tmp_path):
    data = tmp_path / "data"
    dialog = make_dialog()
    with exclusive(data / "corpus", "corpus store"):
        run_to_end(qtbot, dialog, data, SEEDS[:1])
    message = dialog.summary_label.text()
    assert message.startswith("导入失败：")
    assert message == f"导入失败：另一个 PolicyLens 进程正在写入 {data / 'corpus'} 中的文库；请等它完成后再试"
    assert dialog.table.rowCount() == 0 and not dialog.is_running()
    run_to_end(qtbot, dialog, data, SEEDS[:1])  # once the lock is free, importing works again
    assert dialog.summary_label.text() == "已导入 1 个"


def test_closing_while_importing_cancels(qtbot, make_dialog, tmp_path):
    dialog = make_dialog()
    with qtbot.waitSignal(dialog.completed, timeout=TIMEOUT_MS):
        dialog.run(tmp_path / "data", distinct_copies(tmp_path / "in", 100))
        dialog.reject()
    assert dialog.isVisible()  # stays open to show what was imported before the cancel
    assert dialog.table.rowCount() < 100


def mime_for(paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


@pytest.mark.parametrize("widget_class", [QWidget, QTreeView])
def test_dropping_files_calls_the_callback(qtbot, tmp_path, widget_class):
    widget = widget_class()
    qtbot.addWidget(widget)
    received = []
    accept_file_drops(widget, received.append)
    target = widget.viewport() if widget_class is QTreeView else widget
    paths = [tmp_path / "a.txt", tmp_path / "folder"]
    mime = mime_for(paths)
    copy, left, none = Qt.DropAction.CopyAction, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier

    enter = QDragEnterEvent(QPoint(5, 5), copy, mime, left, none)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDropEvent(QPointF(5, 5), copy, mime, left, none))
    assert received == [paths]


def test_drags_without_files_are_refused(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    received = []
    accept_file_drops(widget, received.append)
    mime = QMimeData()
    mime.setText("just text")
    enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    enter.ignore()
    QApplication.sendEvent(widget, enter)
    assert not enter.isAccepted()
    assert received == []


DATA = Path(__file__).resolve().parents[1] / "data"
LOOK_FILES = [DATA / "corpus" / "27_武汉武东医院住院须知.txt",  # no title, place or date
              DATA / "formats" / "2017深圳小升初入学攻略.html",  # no date
              DATA / "corpus" / "59_武汉市行政规范性文件管理规定.doc"]  # reads well


def test_the_report_lists_the_documents_that_need_a_look_with_their_reasons(qtbot, make_dialog, tmp_path):
    dialog = make_dialog()
    run_to_end(qtbot, dialog, tmp_path / "data", LOOK_FILES)
    looks = dialog.look_list
    assert looks.isVisible() and looks.table.viewport().height() > 2 * looks.table.rowHeight(0)
    assert looks.rows() == [("27_武汉武东医院住院须知.txt", "无标题、无地区、无日期"),
                            ("2017深圳小升初入学攻略.html", "无日期")]
    assert "2" in looks.heading.text()
    asked = []
    dialog.documentRequested.connect(asked.append)
    assert not looks.open_button.isEnabled()
    looks.table.selectRow(1)
    qtbot.mouseClick(looks.open_button, Qt.MouseButton.LeftButton)
    store = CorpusStore(tmp_path / "data")
    shenzhen = next(r["key"] for r in store.documents() if r["source_path"].endswith("攻略.html"))
    assert asked == [shenzhen]
    run_to_end(qtbot, dialog, tmp_path / "data", LOOK_FILES[2:])  # a file that reads well: no list
    assert not looks.isVisible() and looks.rows() == []


def test_a_document_to_look_at_opens_in_the_window(make_window, qtbot):
    window = make_window()
    dialog = window.import_dialog
    with qtbot.waitSignal(window.corpusImported, timeout=TIMEOUT_MS):
        window.import_paths(LOOK_FILES[:2])
    qtbot.waitUntil(lambda: dialog.look_list.table.rowCount() == 2, timeout=TIMEOUT_MS)
    table = dialog.look_list.table
    rect = table.visualRect(table.model().index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.current.key == table.item(0, 0).data(Qt.ItemDataRole.UserRole)
    assert window.reader.current.meta.title == "" and "须知" in window.reader.view.toPlainText()
    dialog.close()
    assert not dialog.isVisible()
    window.actions_by_name["import_report"].trigger()  # File ▸ the last import's report, again
    assert dialog.isVisible() and dialog.look_list.table.rowCount() == 2
    dialog.close()
