"""The REFI-QDA export: valid against the REFI Project schema, offsets into the shipped texts."""
import zipfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import xmlschema

from policylens.core.anchoring import Anchor
from policylens.core.annotation_commands import AddAnnotation
from policylens.core.annotations import Annotation
from policylens.store.annotations import AnnotationStore
from test_exchange_roundtrip import DANDONG, NASTY, export, fill_project

SCHEMA = Path(__file__).parent / "data" / "refi-qda" / "Project.xsd"
Q = "{urn:QDA-XML:project:1.0}"


@pytest.fixture(scope="module")
def qdpx(tmp_path_factory, seed_paths):
    folder = tmp_path_factory.mktemp("qdpx")
    corpus = fill_project(folder / "data", seed_paths)
    report = export(folder / "data", corpus, "qdpx", folder / "p.qdpx")
    assert report.problems == []
    return folder / "p.qdpx", corpus


def _root(path: Path) -> ET.Element:
    with zipfile.ZipFile(path) as archive:
        return ET.fromstring(archive.read("project.qde"))


def test_project_qde_is_valid_against_the_refi_qda_schema(qdpx):
    path, _ = qdpx
    with zipfile.ZipFile(path) as archive:
        qde = archive.read("project.qde").decode("utf-8")
        names = archive.namelist()
    xmlschema.XMLSchema(SCHEMA).validate(qde)  # raises with the reason if not
    assert names[0] == "project.qde" and len(names) == 4  # and the three annotated documents
    assert all(n.startswith("sources/") and n.endswith(".txt") for n in names[1:])


def test_selections_count_code_points_into_the_shipped_clean_text(qdpx):
    path, corpus = qdpx
    root = _root(path)
    with zipfile.ZipFile(path) as archive:
        for source in root.iter(f"{Q}TextSource"):
            text = archive.read("sources/" + source.get("plainTextPath").removeprefix("internal://")).decode("utf-8")
            doc = corpus.open_document(Path(source.get("name")).stem)
            assert text == doc.text and source.find(f"{Q}Description").text == doc.meta.title
            for selection in source.iter(f"{Q}PlainTextSelection"):
                start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
                assert text[start:end] == selection.get("name")[:40]
    dandong = next(s for s in root.iter(f"{Q}TextSource") if s.get("name") == f"{DANDONG}.txt")
    first = dandong.find(f"{Q}PlainTextSelection")
    assert (first.get("startPosition"), first.get("endPosition")) == ("1112", "1120")


def test_codes_nest_with_colours_and_codings_point_at_them(qdpx):
    root = _root(qdpx[0])
    top = {c.get("name"): c for c in root.find(f"{Q}CodeBook/{Q}Codes")}
    assert sorted(top) == ["落户条件", "责任部门"] and top["责任部门"].get("color") == "#aa3300"
    assert [c.get("name") for c in top["责任部门"].findall(f"{Q}Code")] == ["公安", "说明码"]
    deep = top["落户条件"].find(f"{Q}Code/{Q}Code")
    assert (deep.get("name"), deep.get("color")) == ("细则", "#4dabf7")
    code_guids = {c.get("guid") for c in root.iter(f"{Q}Code")}
    refs = [r.get("targetGUID") for r in root.iter(f"{Q}CodeRef")]
    assert len(refs) == 5 and set(refs) <= code_guids


def test_notes_and_memos_are_notes_with_escaped_text_and_unique_guids(qdpx):
    path, _ = qdpx
    with zipfile.ZipFile(path) as archive:
        raw = archive.read("project.qde").decode("utf-8")
    assert "<script>" not in raw and "&lt;script&gt;" in raw
    root = ET.fromstring(raw)
    notes = {n.get("guid"): n.find(f"{Q}PlainTextContent").text for n in root.iter(f"{Q}Note")}
    assert NASTY in notes.values() and len(notes) == 5  # three annotation notes, two memos
    project_ref = root.find(f"{Q}NoteRef").get("targetGUID")
    assert notes[project_ref] == "全项目备忘\n- 第二条"
    guids = [e.get("guid") for e in root.iter() if e.get("guid")]
    assert len(guids) == len(set(guids))


def test_annotations_on_a_document_not_in_the_store_are_left_out_and_said(tmp_path, seed_paths):
    corpus = fill_project(tmp_path / "data", seed_paths)
    gone = Anchor("gone", "0" * 64, "一", 0, 4, "某某文件", "", "")
    with AnnotationStore(tmp_path / "data") as store:
        store.do(AddAnnotation(Annotation("a-gone", gone, "孤立")))
    report = export(tmp_path / "data", corpus, "qdpx", tmp_path / "p.qdpx")
    assert report.problems == ["gone: not in the store, so its text cannot be shipped; "
                               "its 1 annotations and memos are left out"]
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        xmlschema.XMLSchema(SCHEMA).validate(archive.read("project.qde").decode("utf-8"))
