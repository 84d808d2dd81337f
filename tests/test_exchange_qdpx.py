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


def test_each_note_is_also_the_selection_s_description_as_qualcoder_reads_it(qdpx):
    """QualCoder (and MAXQDA) take a coding memo from the Description inside the selection."""
    root = _root(qdpx[0])
    notes = {n.get("guid"): n.find(f"{Q}PlainTextContent").text for n in root.iter(f"{Q}Note")}
    described = [s for s in root.iter(f"{Q}PlainTextSelection") if s.find(f"{Q}Description") is not None]
    assert len(described) == 3 and NASTY in [s.find(f"{Q}Description").text for s in described]
    for selection in described:
        assert [c.tag for c in selection][0] == f"{Q}Description"  # first, as the schema orders it
        assert notes[selection.find(f"{Q}NoteRef").get("targetGUID")] == selection.find(f"{Q}Description").text


def _with(project, **changes):
    """A copy of project, in memory, whose first annotation (by quote) and memo have changes."""
    from dataclasses import replace
    from policylens.core.annotations import Project
    copy = Project()
    first = min(project.annotations.values(), key=lambda a: (a.document, a.anchor.start))
    memo = min(project.memos.values(), key=lambda m: m.title)
    copy.apply({("codes", c.id): c for c in project.codes.values()})
    copy.apply({("annotations", a.id): replace(a, **changes["annotation"]) if a is first else a
                for a in project.annotations.values()})
    copy.apply({("memos", m.id): replace(m, **changes["memo"]) if m is memo else m for m in project.memos.values()})
    return copy, first, memo


def test_characters_xml_cannot_hold_are_replaced_and_said_never_a_broken_project(tmp_path, seed_paths):
    from policylens.exchange import export_annotations
    corpus = fill_project(tmp_path / "data", seed_paths)
    with AnnotationStore(tmp_path / "data") as store:
        project, first, memo = _with(store.project, annotation={"note": "第一行\x0b第二行\x01"},
                                     memo={"title": "半个\ud83d表情"})
    report = export_annotations(project, corpus, "qdpx", tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        qde = archive.read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(SCHEMA).validate(qde)  # well-formed and valid, not "success" on a broken file
    root = ET.fromstring(qde)
    selection = next(s for s in root.iter(f"{Q}PlainTextSelection") if s.find(f"{Q}Description") is not None
                     and s.find(f"{Q}Description").text.startswith("第一行"))
    assert selection.find(f"{Q}Description").text == "第一行\ufffd第二行\ufffd"
    assert any(n.get("name") == "半个\ufffd表情" for n in root.iter(f"{Q}Note"))
    note_guid = selection.find(f"{Q}NoteRef").get("targetGUID")
    assert sorted(report.problems) == sorted([
        f"PlainTextSelection '{first.anchor.exact}' {selection.get('guid')}, its Description: "
        "2 characters (U+0001, U+000B) replaced by \ufffd (XML cannot hold them)",
        f"Note '{first.anchor.exact}' {note_guid}, its PlainTextContent: "
        "2 characters (U+0001, U+000B) replaced by \ufffd (XML cannot hold them)",
        f"Note '半个\ufffd表情' {next(n.get('guid') for n in root.iter(f'{Q}Note') if n.get('name') == '半个�表情')}: "
        "1 character (U+D83D) replaced by \ufffd (XML cannot hold them)"])


def test_coders_are_users_named_as_creating_user_and_read_back(tmp_path, seed_paths):
    from policylens.exchange import export_annotations, import_file
    corpus = fill_project(tmp_path / "data", seed_paths)
    with AnnotationStore(tmp_path / "data") as store:
        project, first, memo = _with(store.project, annotation={"coder": "王五"}, memo={"coder": "赵六"})
    export_annotations(project, corpus, "qdpx", tmp_path / "p.qdpx")
    with zipfile.ZipFile(tmp_path / "p.qdpx") as archive:
        qde = archive.read("project.qde").decode("utf-8")
    xmlschema.XMLSchema(SCHEMA).validate(qde)
    root = ET.fromstring(qde)
    users = {u.get("name"): u.get("guid") for u in root.iter(f"{Q}User")}
    assert sorted(users) == ["PolicyLens", "王五", "赵六"]
    coded = [s for s in root.iter(f"{Q}PlainTextSelection") if s.get("creatingUser") == users["王五"]]
    assert [s.get("name") for s in coded] == [first.anchor.exact]
    import shutil
    shutil.rmtree(tmp_path / "data" / "user")
    with AnnotationStore(tmp_path / "data") as store:
        import_file(tmp_path / "p.qdpx", store, corpus)
        coders = sorted((a.coder, a.anchor.exact) for a in store.project.annotations.values())
        memo_coders = sorted(m.coder for m in store.project.memos.values())
    assert coders[-1] == ("王五", first.anchor.exact) and [c for c, _ in coders[:-1]] == ["", "", ""]
    assert memo_coders == ["", "赵六"]
