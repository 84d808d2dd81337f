"""Importing files made by other tools: W3C Web Annotations and a REFI-QDA project.

Their anchors are placed in the stored documents by the core's re-anchoring: a quote in
simplified characters finds its traditional passage, a text with an extra line still gives
the right offsets, and what finds no place is kept for review, never dropped or guessed.
"""
import json
import zipfile

import pytest

from policylens.exchange import ExchangeError, import_file
from policylens.store.annotations import AnnotationStore
from policylens.store.corpus import CorpusStore
from test_exchange_roundtrip import DANDONG, ZHAOTONG

PHRASE = "全面放開建制鎮和小城市落戶限制"  # 昭通 四/(二)/2, at 1908


@pytest.fixture
def corpus(tmp_path, seed_paths):
    store = CorpusStore(tmp_path / "data")
    store.import_files(seed_paths)
    return store


def _import(corpus, path):
    with AnnotationStore(corpus.data_dir) as store:
        report = import_file(path, store, corpus)
        return report, sorted(store.project.annotations.values(), key=lambda a: a.anchor.start), store.project


def _w3c(tmp_path, data) -> object:
    path = tmp_path / "foreign.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_a_quote_selector_by_file_name_is_placed_even_across_scripts(tmp_path, corpus):
    simplified = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
                  "body": "简体引文", "target": {"source": "file:///home/x/001_cb987e057fa661f0.txt",
                                                 "selector": {"type": "TextQuoteSelector",
                                                              "exact": "全面放开建制镇和小城市落户限制"}}}
    report, [a], _ = _import(corpus, _w3c(tmp_path, simplified))
    assert (report.format, report.annotations, report.needs_review) == ("w3c", 1, 0)
    assert (a.document, a.anchor.start, a.anchor.end, a.anchor.exact, a.anchor.clause) == (
        ZHAOTONG, 1908, 1923, PHRASE, "四/(二)/2")
    assert a.note == "简体引文" and a.anchor.content_hash == corpus.record(ZHAOTONG)["content_hash"]


def test_a_position_selector_on_a_content_hash_takes_its_quote_from_the_text(tmp_path, corpus):
    content_hash = corpus.record(DANDONG)["content_hash"]
    item = {"type": "Annotation", "id": "https://example.org/anno/7",
            "body": [{"type": "TextualBody", "value": "落户条件/居住证", "purpose": "tagging"},
                     {"type": "TextualBody", "value": "**要点**", "format": "text/markdown"}],
            "target": [{"source": f"urn:sha256:{content_hash}",
                        "selector": [{"type": "TextPositionSelector", "start": 1112, "end": 1120}]}]}
    report, [a], project = _import(corpus, _w3c(tmp_path, [item]))
    assert (a.anchor.exact, a.anchor.clause, a.note, a.note_format) == ("(市公安局牵头)", "二/(四)", "**要点**", "markdown")
    assert [project.code_path(c) for c in a.codes] == ["落户条件/居住证"] and report.codes == 2


def test_what_finds_no_place_is_kept_for_review_and_unknown_sources_are_reported(tmp_path, corpus):
    page = {"type": "AnnotationPage", "items": [
        {"type": "Annotation", "target": {"source": "002_0b082def2c4c3406.txt", "selector": {
            "type": "TextQuoteSelector", "exact": "这句话不在任何文件里出现过", "prefix": "", "suffix": ""}}},
        {"type": "Annotation", "id": "x-1", "target": {"source": "other.txt", "selector": {
            "type": "TextPositionSelector", "start": 3, "end": 9}}},
        {"type": "Annotation", "target": "002_0b082def2c4c3406.txt"},
    ]}
    report, [a], _ = _import(corpus, _w3c(tmp_path, page))
    assert (report.annotations, report.needs_review, a.needs_review, a.anchor.exact) == (
        1, 1, True, "这句话不在任何文件里出现过")
    assert report.problems == [
        "annotation 2 (x-1) left out: its source 'other.txt' is no document in the store "
        "(by file name, key or content hash)",
        "annotation 3 (without id) left out: it has no target with a selector (a whole document cannot be placed)"]


@pytest.mark.parametrize("content, message", [
    ({"type": "AnnotationCollection", "first": "https://example.org/page1"},
     "its collection links to its pages instead of embedding them"),
    ({"format": "policylens-annotations", "version": 99}, "it is version 99 of the PolicyLens export"),
    ({"hello": "world"}, "is JSON, but neither a PolicyLens export nor W3C or Hypothesis annotations"),
])
def test_files_that_cannot_be_read_say_why_and_change_nothing(tmp_path, corpus, content, message):
    path = _w3c(tmp_path, content)
    with AnnotationStore(corpus.data_dir) as store:
        with pytest.raises(ExchangeError, match=message.replace("(", r"\(")):
            import_file(path, store, corpus)
        assert not store.project.annotations


FOREIGN_QDE = """<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="from elsewhere">
 <CodeBook><Codes>
  <Code guid="11111111-1111-1111-1111-111111111111" name="责任" isCodable="true" color="#c00">
   <Code guid="22222222-2222-2222-2222-222222222222" name="公安/户籍" isCodable="true"/>
  </Code>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="33333333-3333-3333-3333-333333333333" name="002_0b082def2c4c3406.docx"
              plainTextPath="internal://a.txt">
   <PlainTextSelection guid="44444444-4444-4444-4444-444444444444" startPosition="{start}" endPosition="{end}">
    <Coding guid="55555555-5555-5555-5555-555555555555"><CodeRef targetGUID="22222222-2222-2222-2222-222222222222"/></Coding>
    <NoteRef targetGUID="66666666-6666-6666-6666-666666666666"/>
   </PlainTextSelection>
   <NoteRef targetGUID="77777777-7777-7777-7777-777777777777"/>
  </TextSource>
 </Sources>
 <Notes>
  <Note guid="66666666-6666-6666-6666-666666666666" name="n"><PlainTextContent>牵头单位 &amp; 配合</PlainTextContent></Note>
  <Note guid="77777777-7777-7777-7777-777777777777" name="关于丹东"><PlainTextContent>文件备忘</PlainTextContent></Note>
  <Note guid="88888888-8888-8888-8888-888888888888" name="松散"><PlainTextContent>无人引用</PlainTextContent></Note>
 </Notes>
</Project>"""


def test_a_refi_qda_project_from_another_program_is_placed_in_the_stored_text(tmp_path, corpus):
    doc = corpus.open_document(DANDONG)
    text = "另一程序加的一行\n" + doc.text  # another program's text: every offset shifted by 9
    path = tmp_path / "other.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", FOREIGN_QDE.format(start=1112 + 9, end=1120 + 9))
        archive.writestr("Sources/a.txt", text.encode("utf-8"))
    report, [a], project = _import(corpus, path)
    assert (report.format, report.annotations, report.needs_review, report.memos) == ("qdpx", 1, 0, 2)
    assert (a.document, a.anchor.start, a.anchor.end, a.anchor.exact) == (DANDONG, 1112, 1120, "(市公安局牵头)")
    assert a.note == "牵头单位 & 配合" and a.id == "44444444444444444444444444444444"
    assert [project.code_path(c) for c in a.codes] == ["责任/公安／户籍"]
    assert project.code_by_path("责任").color == "#cc0000"
    memos = sorted((m.document or "", m.title, m.text) for m in project.memos.values())
    assert memos == [("", "松散", "无人引用"), (DANDONG, "关于丹东", "文件备忘")]


def test_a_zip_that_is_no_refi_qda_project_is_refused(tmp_path, corpus):
    path = tmp_path / "x.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "hello")
    with AnnotationStore(corpus.data_dir) as store:
        with pytest.raises(ExchangeError, match="it has no project.qde, so it is not a REFI-QDA project"):
            import_file(path, store, corpus)


def test_an_id_given_twice_in_one_file_is_imported_once(tmp_path, corpus):
    item = {"type": "Annotation", "id": "urn:uuid:0e0b7f3c-5a8e-4a53-9d54-1e6f3a0c9b21",
            "target": {"source": "001_cb987e057fa661f0.txt",
                       "selector": {"type": "TextPositionSelector", "start": 1908, "end": 1923}}}
    report, [a], _ = _import(corpus, _w3c(tmp_path, [item, item]))
    assert (report.annotations, report.already_there, a.id) == (1, 1, "0e0b7f3c5a8e4a539d541e6f3a0c9b21")
    assert a.anchor.exact == PHRASE
