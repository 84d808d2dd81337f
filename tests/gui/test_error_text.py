"""Errors in the window: every error class has a code, every code a translated text, and a real
bad file is reported in the UI language (Chinese, English after a switch)."""
import importlib
import pkgutil
import string
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

import policylens
from policylens.app.common.error_text import TEMPLATES, codes_needing_text, error_text, reason_text
from policylens.app.corpus.import_dialog import ImportDialog
from policylens.app.shell import i18n
from policylens.core.errors import DETAIL, DecodeError, PolicyLensError, SourceError
from policylens.core.formats import read_source

DATA = Path(__file__).resolve().parents[1] / "data" / "errors"
TIMEOUT_MS = 120_000


def our_error_classes() -> list[type]:
    for module in pkgutil.walk_packages(policylens.__path__, "policylens."):
        if not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    found, todo = set(), [BaseException]
    while todo:  # every exception class defined in the package, whatever its root
        for cls in todo.pop().__subclasses__():
            todo.append(cls)
            if cls.__module__.startswith("policylens."):
                found.add(cls)
    return sorted(found, key=lambda c: (c.__module__, c.__name__))


@pytest.fixture
def english(qapp):
    i18n.install(QApplication.instance(), "en")
    yield
    i18n.install(QApplication.instance(), "zh_CN")


def fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_error_class_derives_from_the_base_and_has_a_code():
    classes = our_error_classes()
    assert len(classes) >= 15
    for cls in classes:
        assert issubclass(cls, PolicyLensError), cls
        assert cls.code in cls.catalogue(), cls


def test_classes_that_were_value_errors_still_are():
    from policylens.core.annotations import AnnotationError
    from policylens.core.query import QueryError
    from policylens.exchange.context import ExchangeError
    for cls in (AnnotationError, QueryError, ExchangeError):
        assert issubclass(cls, ValueError) and issubclass(cls, PolicyLensError)


def test_every_code_has_a_chinese_text_with_the_same_fields():
    needed = codes_needing_text(our_error_classes())
    assert needed == set(TEMPLATES)
    english = {code: t for cls in our_error_classes() for code, t in cls.catalogue().items()}
    for code, chinese in TEMPLATES.items():
        assert fields(chinese) == fields(english[code]), code


def test_the_english_window_says_what_the_command_line_says(english):
    english_of = {code: t for cls in our_error_classes() for code, t in cls.catalogue().items()}
    for code, chinese in TEMPLATES.items():
        from PySide6.QtCore import QCoreApplication
        assert QCoreApplication.translate("Errors", chinese) == english_of[code], code


def test_a_file_in_no_encoding_is_said_in_chinese_and_in_english(english):
    with pytest.raises(DecodeError) as info:
        read_source(DATA / "no_encoding.txt")
    error = info.value
    assert error.code == "decode.no_dominant_encoding"
    assert error.message == ("cannot tell the text encoding; tried utf-8, gb18030, big5, cp950; "
                             "no encoding fits all but a few bytes")
    assert error_text(error) == str(error) == f"{error.name}: {error.message}"
    i18n.install(QApplication.instance(), "zh_CN")
    assert reason_text(error) == "无法判断文本编码；已尝试 utf-8, gb18030, big5, cp950；没有一种编码能读通几乎所有字节"
    assert error_text(error) == f"{error.name}：{reason_text(error)}"


def test_text_made_elsewhere_and_foreign_errors_are_shown_as_they_are():
    assert error_text(SourceError("a.txt", "something new")) == "a.txt：something new"
    assert error_text(KeyError("x")) == "'x'"
    assert SourceError("a.txt", "something new").code == "source"
    assert DETAIL not in TEMPLATES.values()


def import_reasons(qtbot, tmp_path, paths) -> list[str]:
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    try:
        with qtbot.waitSignal(dialog.completed, timeout=TIMEOUT_MS):
            assert dialog.run(tmp_path / "data", paths)
        return [dialog.table.item(row, dialog.REASON).text() for row in range(dialog.table.rowCount())]
    finally:
        dialog.shutdown()


def test_the_import_dialog_reports_bad_files_in_the_ui_language(qtbot, tmp_path, english):
    paths = [DATA / "no_encoding.txt", DATA / "fake.docx"]
    assert import_reasons(qtbot, tmp_path, paths) == [
        "cannot tell the text encoding; tried utf-8, gb18030, big5, cp950; no encoding fits all but a few bytes",
        "is not a valid .docx file: it is not a zip archive, nor a web page"]
    i18n.install(QApplication.instance(), "zh_CN")
    assert import_reasons(qtbot, tmp_path, paths) == [
        "无法判断文本编码；已尝试 utf-8, gb18030, big5, cp950；没有一种编码能读通几乎所有字节",
        "不是有效的 .docx 文件：它既不是 zip 归档，也不是网页"]


def test_annotations_open_elsewhere_are_said_in_chinese(tmp_path):
    from policylens.store.annotations import AnnotationStore
    from policylens.store.session_lock import StoreLocked
    first = AnnotationStore(tmp_path)
    try:
        with pytest.raises(StoreLocked) as info:
            AnnotationStore(tmp_path)
    finally:
        first.close()
    folder = tmp_path / "user"
    assert str(info.value).startswith(f"the annotations in {folder} are open in another PolicyLens process (pid ")
    assert error_text(info.value) == (f"{folder} 中的批注已在另一个 PolicyLens 进程（pid {info.value.params['pid']}）"
                                      "中打开；请先关闭它，或使用另一个 --data-dir")
