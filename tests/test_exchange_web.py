"""Web annotations in and out: W3C selectors refined, Hypothesis's own files, IRIs that last.

Hypothesis (the most common source of web annotations) exports {"annotations": [...]} and
its API answers {"rows": [...]}: annotations with uri, text, tags, user and target[].selector,
as built here in the shape its documentation gives.
"""
import json
import shutil

import pytest

from policylens.exchange import import_file
from policylens.store.annotations import AnnotationStore
from test_exchange_import import PHRASE, corpus  # noqa: F401 (corpus: the seeds imported, a fixture)
from test_exchange_roundtrip import ZHAOTONG, export, fill_project


def _import(corpus, tmp_path, data):
    path = tmp_path / "in.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with AnnotationStore(corpus.data_dir) as store:
        report = import_file(path, store, corpus)
        return report, sorted(store.project.annotations.values(), key=lambda a: a.anchor.start), store.project


def test_text_selectors_inside_refined_by_are_used(tmp_path, corpus):
    item = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "target": {"source": f"{ZHAOTONG}.txt", "selector": {
                "type": "FragmentSelector", "value": "page=2",
                "refinedBy": {"type": "TextQuoteSelector", "exact": PHRASE, "prefix": "", "suffix": ""}}}}
    report, [a], _ = _import(corpus, tmp_path, item)
    assert (a.anchor.start, a.anchor.end, a.anchor.exact, report.needs_review) == (1908, 1923, PHRASE, 0)


def test_a_position_refining_a_position_counts_from_its_start(tmp_path, corpus):
    item = {"type": "Annotation", "target": {"source": f"{ZHAOTONG}.txt", "selector": {
        "type": "TextPositionSelector", "start": 1900, "end": 1950,
        "refinedBy": {"type": "TextPositionSelector", "start": 8, "end": 23}}}}
    report, [a], _ = _import(corpus, tmp_path, item)
    assert (a.anchor.start, a.anchor.end, a.anchor.exact) == (1900, 1950, a.anchor.exact)  # the outer one wins
    only_inner = {"type": "Annotation", "target": {"source": f"{ZHAOTONG}.txt", "selector": {
        "type": "CssSelector", "value": "#main",
        "refinedBy": {"type": "TextPositionSelector", "start": 8, "end": 23}}}}
    report, _, _ = _import(corpus, tmp_path, only_inner)
    assert report.problems == ["annotation 1 (without id) left out: its target has neither a TextQuoteSelector "
                               "nor a TextPositionSelector"]  # a position inside an element is not one in the text


def _hypothesis_row(n, exact, tags, text, source=f"https://example.gov.cn/files/{ZHAOTONG}.txt"):
    return {"id": f"hyp{n}AbCdEf", "created": "2024-03-01T08:00:00.000000+00:00",
            "updated": "2024-03-02T08:00:00.000000+00:00", "user": "acct:zhang@hypothes.is",
            "uri": source, "text": text, "tags": tags, "group": "__world__",
            "user_info": {"display_name": "张三"} if n == 1 else None,
            "target": [{"source": source, "selector": [
                {"type": "RangeSelector", "startContainer": "/main[1]/p[3]", "startOffset": 0,
                 "endContainer": "/main[1]/p[3]", "endOffset": 15},
                {"type": "TextPositionSelector", "start": 5000, "end": 5015},  # the web page's own text
                {"type": "TextQuoteSelector", "exact": exact, "prefix": "", "suffix": ""}]}],
            "document": {"title": ["昭通"]}, "links": {"html": "https://hyp.is/x"}}


@pytest.mark.parametrize("shape", ["export", "api", "list"])
def test_hypothesis_export_and_api_rows_are_read(tmp_path, corpus, shape):
    rows = [_hypothesis_row(1, PHRASE, ["落户条件/建制镇", "昭通"], "**放开**限制"),
            _hypothesis_row(2, "这句话不在文件里", [], "找不到"),
            dict(_hypothesis_row(3, "", [], "页面笔记"), target=[{"source": "x"}])]
    data = {"export": {"export_date": "2024-03-03", "export_userid": "acct:zhang@hypothes.is", "annotations": rows},
            "api": {"total": 3, "rows": rows}, "list": rows}[shape]
    report, found, project = _import(corpus, tmp_path, data)
    assert report.format == "hypothesis" and (report.annotations, report.needs_review) == (2, 1)
    placed = next(a for a in found if not a.needs_review)
    assert (placed.document, placed.anchor.start, placed.anchor.exact) == (ZHAOTONG, 1908, PHRASE)
    assert (placed.note, placed.note_format, placed.coder) == ("**放开**限制", "markdown", "张三")
    assert sorted(project.code_path(c) for c in placed.codes) == ["昭通", "落户条件/建制镇"]
    assert next(a for a in found if a.needs_review).coder == "zhang"
    assert report.problems == ["annotation 3 (hyp3AbCdEf) left out: it has no target with a selector "
                               "(a whole document cannot be placed)"]


@pytest.fixture(scope="module")
def w3c_export(tmp_path_factory, seed_paths):
    folder = tmp_path_factory.mktemp("w3c")
    corpus = fill_project(folder / "data", seed_paths)
    report = export(folder / "data", corpus, "w3c", folder / "out.jsonld")
    return json.loads((folder / "out.jsonld").read_text(encoding="utf-8")), report


def _expands(key: str, context: dict) -> bool:
    """True when a JSON-LD processor keeps key: a term of the context, or a compact IRI of one of its prefixes."""
    prefix, colon, _ = key.partition(":")
    return key in context or (colon and prefix in context and isinstance(context[prefix], str))


def test_codebook_keys_are_iris_a_json_ld_processor_keeps(w3c_export):
    data, _ = w3c_export
    local = data["@context"][1]
    assert local["pl"] == "urn:policylens:" and local["pl:codebook"]["@container"] == "@list"
    entries = data["pl:codebook"]
    assert len(entries) == 6 and all(_expands(k, local) for entry in entries for k in entry)
    assert {"pl:path": "责任部门/说明码", "pl:color": "#123456", "pl:description": "一个 <描述> & 说明"} in entries


def test_target_source_is_a_stable_iri_and_memos_are_not_counted(w3c_export, seed_paths):
    data, report = w3c_export
    sources = {item["target"]["source"] for item in data["first"]["items"]}
    corpus_hashes = {f"urn:sha256:{item['target']['pl:contentHash']}" for item in data["first"]["items"]}
    assert sources == corpus_hashes and len(sources) == 3
    assert (report.annotations, report.memos) == (4, 0)
    assert report.problems == ["2 memos: W3C Web Annotations have no place for memos; "
                               "export json, qdpx, xlsx or md to keep them"]


def test_the_coder_is_the_creator_and_comes_back(tmp_path, seed_paths):
    from policylens.core.annotation_commands import EditAnnotation
    corpus = fill_project(tmp_path / "data", seed_paths)
    with AnnotationStore(tmp_path / "data") as store:
        first = min(store.project.annotations.values(), key=lambda a: (a.document, a.anchor.start))
        project = store.project
        from dataclasses import replace
        project.apply({("annotations", first.id): replace(first, coder="王五")})  # in memory only
        from policylens.exchange import export_annotations
        export_annotations(project, corpus, "w3c", tmp_path / "out.jsonld")
    data = json.loads((tmp_path / "out.jsonld").read_text(encoding="utf-8"))
    creators = [item.get("creator") for item in data["first"]["items"]]
    assert creators.count({"type": "Person", "name": "王五"}) == 1 and creators.count(None) == 3
    shutil.rmtree(tmp_path / "data" / "user")
    with AnnotationStore(tmp_path / "data") as store:
        import_file(tmp_path / "out.jsonld", store, corpus)
        assert sorted(a.coder for a in store.project.annotations.values()) == ["", "", "", "王五"]
