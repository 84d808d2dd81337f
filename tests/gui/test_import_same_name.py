"""Same-name files through the import dialog: the question is asked and its answer imported."""
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from policylens.app.corpus.import_dialog import ImportDialog
from policylens.store import CorpusStore

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
TIMEOUT_MS = 120_000


@pytest.fixture
def dialog(qtbot):
    made = ImportDialog()
    qtbot.addWidget(made)
    yield made
    made.shutdown()


def put(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, "utf-8")
    return path


def first_half(text: str) -> str:
    return text[:text.index("\n", len(text) // 2) + 1]


def whole_and_parts(tmp_path: Path, folders: str) -> tuple[Path, list[Path]]:
    """丹东 in a/, and in each folder the first half of it with a line of its own: ambiguous."""
    text = SEEDS[2].read_text("utf-8")
    whole = put(tmp_path / "a" / "实施方案.txt", text)
    return whole, [put(tmp_path / f / "实施方案.txt", first_half(text) + f"\n（{f}）\n") for f in folders]


def rows(dialog):
    table = dialog.table
    return [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]


def ask(qtbot, dialog, data, paths):
    """Run an import up to its first question."""
    assert dialog.run(data, paths)
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=TIMEOUT_MS)
    return dialog.question


def test_same_names_in_two_city_folders_import_as_two_documents(qtbot, dialog, tmp_path):
    put(tmp_path / "丹东" / "实施方案.txt", SEEDS[2].read_text("utf-8"))
    put(tmp_path / "三门峡" / "实施方案.txt", SEEDS[0].read_text("utf-8"))
    changed = []
    dialog.imported.connect(changed.append)
    with qtbot.waitSignal(dialog.completed, timeout=TIMEOUT_MS):
        dialog.run(tmp_path / "data", [tmp_path / "丹东", tmp_path / "三门峡"])
    assert dialog.question is None
    assert dialog.summary_label.text() == "已导入 2 个"
    assert changed == [["实施方案", "实施方案~三门峡"]]
    store = CorpusStore(tmp_path / "data")
    assert [store.open_document(k).meta.place for k in ("实施方案", "实施方案~三门峡")] == ["丹东", "三门峡"]
    assert [r[2] for r in rows(dialog)][1].startswith("another document than 实施方案")


def test_the_question_makes_a_new_version_when_the_user_says_so(qtbot, dialog, tmp_path):
    data = tmp_path / "data"
    whole = put(tmp_path / "a" / "实施方案.txt", SEEDS[2].read_text("utf-8"))
    part = put(tmp_path / "b" / "实施方案.txt", first_half(SEEDS[2].read_text("utf-8")))
    question = ask(qtbot, dialog, data, [whole, part])
    assert question.result.path == str(part.resolve())
    assert [b.text() for b in question.version_buttons] == ["是 实施方案 的新版本"]
    assert not question.rest_box.isVisible()
    assert rows(dialog)[1][1] == "待定"  # the report already shows it, undecided
    with qtbot.waitSignal(dialog.completed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(question.version_buttons[0], Qt.MouseButton.LeftButton)
    assert [r[1] for r in rows(dialog)] == ["已导入", "新版本"]
    assert dialog.summary_label.text() == "已导入 1 个，新版本 1 个"
    record = CorpusStore(data).record("实施方案")
    assert len(CorpusStore(data)) == 1 and len(record["versions"]) == 2
    assert record["source_path"] == str(part.resolve())


def test_the_question_keeps_documents_apart_or_leaves_them_out(qtbot, dialog, tmp_path):
    data = tmp_path / "data"
    whole, parts = whole_and_parts(tmp_path, "bc")
    question = ask(qtbot, dialog, data, [whole, *parts])
    assert question.rest_box.isVisible() and question.rest_box.text() == "其余 1 个同名文件也这样处理"
    qtbot.mouseClick(question.separate_button, Qt.MouseButton.LeftButton)  # b: a document of its own
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question is not question, timeout=TIMEOUT_MS)
    assert dialog.question.result.path == str(parts[1].resolve())
    with qtbot.waitSignal(dialog.completed, timeout=TIMEOUT_MS):
        qtbot.keyClick(dialog.question, Qt.Key.Key_Escape)  # c: not now
    assert [r[1] for r in rows(dialog)] == ["已导入", "已导入", "待定"]
    assert dialog.summary_label.text() == "已导入 2 个，待定 1 个"
    assert [r["key"] for r in CorpusStore(data).documents()] == ["实施方案", "实施方案~b"]


def test_an_answer_for_the_rest_is_asked_once(qtbot, dialog, tmp_path):
    data = tmp_path / "data"
    whole, parts = whole_and_parts(tmp_path, "bcd")
    question = ask(qtbot, dialog, data, [whole, *parts])
    question.rest_box.click()
    with qtbot.waitSignal(dialog.completed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(question.separate_button, Qt.MouseButton.LeftButton)
    assert dialog.summary_label.text() == "已导入 4 个"
    assert [r["key"] for r in CorpusStore(data).documents()] == ["实施方案", "实施方案~b", "实施方案~c", "实施方案~d"]


def test_a_file_dropped_on_the_window_with_a_stored_name_is_asked_about(make_window, qtbot, tmp_path):
    from PySide6.QtCore import QMimeData, QPoint, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    window = make_window()
    stored = next(r for r in window.records if r["place"] == "丹东")
    dropped = put(tmp_path / "drop" / stored["name"], first_half(SEEDS[2].read_text("utf-8")))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(dropped))])
    how = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window, QDragEnterEvent(QPoint(10, 10), *how))
    QApplication.sendEvent(window, QDropEvent(QPoint(10, 10).toPointF(), *how))
    dialog = window.import_dialog
    qtbot.waitUntil(lambda: dialog.question is not None and dialog.question.isVisible(), timeout=20000)
    assert dialog.question.result.candidates == (stored["key"],)
    with qtbot.waitSignal(dialog.completed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(dialog.question.separate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.records) == 6, timeout=TIMEOUT_MS)
    assert f"{stored['key']}~drop" in [r["key"] for r in window.records]
    assert next(r for r in window.records if r["key"] == stored["key"])["content_hash"] == stored["content_hash"]
    dialog.close()
