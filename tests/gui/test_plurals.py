"""Counts read as English counts do in the English window: 1 document, 2 documents."""
import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from policylens.app.shell import i18n


@pytest.fixture
def english(qapp):
    i18n.install(QApplication.instance(), "en")
    yield
    i18n.install(QApplication.instance(), "zh_CN")


@pytest.mark.parametrize("context, source, counted", [
    ("CorpusModel", "{n} 份文件", ("{n} document", "{n} documents")),
    ("AnnotationPanel", "{n} 条批注", ("{n} annotation", "{n} annotations")),
    ("SearchPanel", "{hits} 处匹配，{docs} 份文件", ("{hits} matches in {docs} document", "{hits} matches in {docs} documents")),
])
def test_one_and_many_have_their_own_forms(english, context, source, counted):
    one, many = counted
    assert QCoreApplication.translate(context, source, None, 1) == one
    assert QCoreApplication.translate(context, source, None, 2) == many
    assert QCoreApplication.translate(context, source, None, 0) == many


def test_every_count_in_the_catalogue_has_a_singular_and_a_plural():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    root = ET.parse(Path(i18n.translations_dir()) / "policylens_en.ts").getroot()
    numerus = root.findall(".//message[@numerus='yes']")
    assert len(numerus) >= 11
    for message in numerus:
        forms = [f.text for f in message.find("translation").findall("numerusform")]
        assert len(forms) == 2 and forms[0] != forms[1] and all(forms), message.find("source").text


def test_parameter_headers_speak_english_in_the_english_window(english):
    from policylens.app.matrices.matrix_models import PARAMETER_LABELS
    from policylens.core.parameters import PARAMETERS

    assert set(PARAMETER_LABELS) == {p.label for p in PARAMETERS}  # every label is in the catalogue
    english = {p.id: QCoreApplication.translate("ParameterModel", p.label) for p in PARAMETERS}
    assert english["residence_years"] == "Years of residence"
    assert all(text.isascii() for text in english.values())
