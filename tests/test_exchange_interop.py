"""Projects from NVivo, MAXQDA, ATLAS.ti and QualCoder land on the words they coded.

The projects are built by tests/qda_projects.py with each program's habits; the documents
are a seed and a text with characters beyond the Basic Multilingual Plane (𠮷, 😀), where
counting UTF-16 code units and counting code points part ways.
"""
import shutil
import subprocess
import sys

import pytest

from policylens.exchange import import_file
from policylens.store.annotations import AnnotationStore
from policylens.store.corpus import CorpusStore
from qda_projects import WIDE_TEXT, Sel, Src, qde, qdpx, utf16
from test_exchange_roundtrip import DANDONG

NVIVO = "NVivo 12.6.0.959 (Windows)"
PHRASES = ["由市公安局牵头", "由市人社局牵头", "由市政府办公室负责"]


@pytest.fixture
def corpus(tmp_path, seed_paths):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "wide.txt").write_text(WIDE_TEXT, encoding="utf-8")
    shutil.copy(seed_paths[2], tmp_path / "in" / "丹东 实施方案.txt")  # a name with a space, as users name files
    store = CorpusStore(tmp_path / "data")
    store.import_files([tmp_path / "in" / "wide.txt", tmp_path / "in" / "丹东 实施方案.txt"])
    return store


def _import(corpus, path):
    with AnnotationStore(corpus.data_dir) as store:
        report = import_file(path, store, corpus)
        found = sorted(store.project.annotations.values(), key=lambda a: a.anchor.start)
        return report, found, store.project


def _spans(text, units=False):
    """Positions of PHRASES in text, in code points or UTF-16 code units."""
    spans = []
    for phrase in PHRASES:
        at = text.index(phrase)
        end = at + len(phrase)
        spans.append((utf16(text, at), utf16(text, end)) if units else (at, end))
    return spans


def _windows(text):
    return text.replace("\n", "\r\n")


# -- NVivo: UTF-16 code units ------------------------------------------------------------------

def test_utf16_offsets_map_to_code_points_and_never_into_half_a_pair():
    from policylens.exchange.annotations.qdpx_positions import Units
    units = Units(WIDE_TEXT)
    assert [units.code_point(utf16(WIDE_TEXT, i)) for i in range(len(WIDE_TEXT) + 1)] == list(range(len(WIDE_TEXT) + 1))
    inside = [utf16(WIDE_TEXT, i) + 1 for i, c in enumerate(WIDE_TEXT) if ord(c) > 0xFFFF]
    assert len(inside) == 4 and all(units.code_point(u) is None for u in inside)
    assert units.code_point(utf16(WIDE_TEXT, len(WIDE_TEXT)) + 1) is None  # past the end
    assert not units.differs_before(0) and units.differs_before(1)  # 𠮷 is the first character


@pytest.mark.parametrize("named", [True, False], ids=["quotes", "origin-only"])
def test_nvivo_utf16_positions_land_on_the_coded_words(tmp_path, corpus, named):
    text = _windows(WIDE_TEXT)  # NVivo's own plain text, not our clean text
    spans = _spans(text, units=True)
    assert spans[1] != _spans(text)[1]  # the two countings part ways here
    sels = [Sel(s, e, PHRASES[n] if named else None, ["责任"]) for n, (s, e) in enumerate(spans)]
    path = qdpx(tmp_path / "nvivo.qdpx", [Src("wide.docx", text, sels)], NVIVO)
    report, found, _ = _import(corpus, path)
    doc = corpus.open_document("wide")
    assert [a.anchor.exact for a in found] == PHRASES
    assert [(a.anchor.start, a.anchor.end) for a in found] == _spans(doc.text)
    assert (report.annotations, report.needs_review, report.problems) == (3, 0, [])


def test_positions_no_quote_or_origin_can_settle_need_review_and_say_why(tmp_path, corpus):
    text = _windows(WIDE_TEXT)
    sels = [Sel(s, e) for s, e in _spans(text, units=True)]
    path = qdpx(tmp_path / "unknown.qdpx", [Src("wide.docx", text, sels)], origin=None)
    report, found, _ = _import(corpus, path)
    # read as code points, the first two fall on other words: kept there, but for review;
    # the last one's code point reading runs past the text, so only UTF-16 fits it
    assert [(a.anchor.exact, a.needs_review) for a in found] == [
        ("安局牵头，𡌶区", True), ("局牵头。\n二", True), (PHRASES[2], False)]
    assert (report.annotations, report.needs_review, len(report.notes)) == (3, 2, 2)
    assert "code points and as UTF-16 code units give two passages" in report.notes[0]
    assert "no quote tells, and its origin does not say how it counts" in report.notes[0]


def test_quotes_win_over_origin_and_a_code_point_project_stays_as_it_is(tmp_path, corpus):
    text = _windows(WIDE_TEXT)
    sels = [Sel(s, e, PHRASES[n]) for n, (s, e) in enumerate(_spans(text))]  # code points, as the standard
    path = qdpx(tmp_path / "nvivo-fixed.qdpx", [Src("wide.docx", text, sels)], NVIVO)
    report, found, _ = _import(corpus, path)
    assert [a.anchor.exact for a in found] == PHRASES and report.needs_review == 0


def test_nvivo_annotations_are_the_note_of_their_passage_not_detached_memos(tmp_path, corpus):
    text = _windows(WIDE_TEXT)
    (s, e), *_ = _spans(text, units=True)
    path = qdpx(tmp_path / "nvivo.qdpx", [Src("wide.docx", text, [Sel(s, e, PHRASES[0], linked="公安为主")])], NVIVO)
    report, [a], project = _import(corpus, path)
    assert (a.anchor.exact, a.note) == (PHRASES[0], "公安为主")
    assert report.memos == 0 and not project.memos


# -- MAXQDA: names without extension, memos in Description --------------------------------------

def test_maxqda_sources_named_without_extension_and_with_spaces_are_found(tmp_path, corpus):
    doc = corpus.open_document("丹东_实施方案")
    at = doc.text.index("(市公安局牵头)")
    text = _windows(doc.text)  # MAXQDA ships Windows line ends: every offset after a line shifts
    shipped = text.index("(市公安局牵头)")
    assert shipped != at
    sels = [Sel(shipped, shipped + 8, "(市公安局牵头)", ["责任"], description="编码备忘：牵头单位", user="u1")]
    path = qdpx(tmp_path / "maxqda.qdpx", [Src("丹东 实施方案", text, sels)], "MAXQDA 24",
                users={"u1": "李四"})
    report, [a], project = _import(corpus, path)
    assert (a.document, a.anchor.start, a.anchor.end, a.anchor.exact) == ("丹东_实施方案", at, at + 8, "(市公安局牵头)")
    assert (a.note, a.coder, a.needs_review) == ("编码备忘：牵头单位", "李四", False)
    assert [project.code_path(c) for c in a.codes] == ["责任"] and report.problems == []


def test_a_source_named_otherwise_is_found_by_its_text_with_line_ends_normalised(tmp_path, corpus):
    doc = corpus.open_document("wide")
    text = _windows(doc.text)
    at = text.index(PHRASES[2])
    path = qdpx(tmp_path / "m.qdpx", [Src("Interview 1", text, [Sel(at, at + 9, PHRASES[2])])], "MAXQDA 24")
    report, [a], _ = _import(corpus, path)
    assert (a.document, a.anchor.exact, report.problems) == ("wide", PHRASES[2], [])


# -- QualCoder: coding memos in Description, coders in Users -------------------------------------

def test_a_qualcoder_project_brings_its_coding_memos_and_coders(tmp_path, corpus):
    doc = corpus.open_document("wide")
    spans = _spans(doc.text)
    sels = [Sel(*spans[0], PHRASES[0], ["责任"], description="QualCoder 备忘", user="c1"),
            Sel(*spans[1], PHRASES[1], ["责任"], description="同一条", note="同一条", user="c2")]
    path = qdpx(tmp_path / "qc.qdpx", [Src("wide.txt", doc.text, sels)], "QualCoder 3.6",
                users={"c1": "colin", "c2": "王五"})
    report, found, _ = _import(corpus, path)
    assert [(a.anchor.exact, a.note, a.coder) for a in found] == [
        (PHRASES[0], "QualCoder 备忘", "colin"), (PHRASES[1], "同一条", "王五")]  # a memo given twice comes once
    assert (report.needs_review, report.memos, report.problems) == (0, 0, [])


# -- ATLAS.ti and others: project files as they come ---------------------------------------------

def test_a_qde_named_otherwise_and_a_path_without_internal_are_read_and_said(tmp_path, corpus):
    doc = corpus.open_document("wide")
    (s, e), *_ = _spans(doc.text)
    src = Src("wide.txt", doc.text, [Sel(s, e, PHRASES[0], note="ATLAS 注释")], path="abc.txt", member="Sources/abc.txt")
    path = qdpx(tmp_path / "atlas.qdpx", [src], "ATLAS.ti 23", qde_name="我的项目.qde")
    report, [a], _ = _import(corpus, path)
    assert (a.anchor.exact, a.note, report.problems) == (PHRASES[0], "ATLAS 注释", [])
    assert report.notes == ["source 'wide.txt': plainTextPath 'abc.txt' is not an internal:// path, as REFI-QDA "
                            "requires; its text was found in the project as Sources/abc.txt"]


def test_a_bare_qde_is_read_in_the_stored_documents(tmp_path, corpus):
    doc = corpus.open_document("wide")
    spans = _spans(doc.text)
    sels = [Sel(*spans[0], PHRASES[0]), Sel(*spans[1])]  # the second has no quote to confirm it
    project, _ = qde([Src("wide.txt", None, sels)], "QualCoder 3.6")
    path = tmp_path / "bare.qde"
    path.write_text(project, encoding="utf-8")
    report, found, _ = _import(corpus, path)
    assert [(a.anchor.exact, a.needs_review) for a in found] == [(PHRASES[0], False), (PHRASES[1], True)]
    assert report.format == "qdpx" and "the project does not hold its text" in report.notes[-1]


def test_our_own_export_read_as_a_bare_qde_gives_back_every_annotation(filled_export, tmp_path):
    data_dir, corpus, out = filled_export
    import zipfile
    with zipfile.ZipFile(out) as archive:
        (tmp_path / "alone.qde").write_bytes(archive.read("project.qde"))
    shutil.rmtree(data_dir / "user")
    with AnnotationStore(data_dir) as store:
        report = import_file(tmp_path / "alone.qde", store, corpus)
    assert (report.annotations, report.needs_review, report.memos, report.problems) == (4, 0, 2, [])


@pytest.fixture
def filled_export(tmp_path, seed_paths):
    from test_exchange_roundtrip import export, fill_project
    corpus = fill_project(tmp_path / "data", seed_paths)
    export(tmp_path / "data", corpus, "qdpx", tmp_path / "p.qdpx")
    return tmp_path / "data", corpus, tmp_path / "p.qdpx"


# -- the command line ---------------------------------------------------------------------------

def test_a_partial_import_exits_non_zero_with_the_count_left_out(tmp_path, corpus):
    doc = corpus.open_document("wide")
    (s, e), *_ = _spans(doc.text)
    path = qdpx(tmp_path / "part.qdpx", [Src("wide.txt", doc.text, [Sel(s, e, PHRASES[0])]),
                                          Src("nowhere.txt", "别的文本", [Sel(0, 2)])], "MAXQDA 24")
    proc = subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(corpus.data_dir), "annotations",
                           "import", str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stderr
    assert "1 annotations added (0 need review)" in proc.stdout and "1 left out" in proc.stdout
    assert proc.stderr.splitlines()[-1] == "policylens: partial import: 1 left out of part.qdpx"
