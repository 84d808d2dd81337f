"""Export, wipe the user store, import: every annotation, code and memo is back in place.

The project is made on the real seeds: a note full of characters that mean something in
Markdown, HTML and XML, nested codes three deep, a traditional-script document, a memo on
a document and one on the project. The helpers here are shared with the other exchange tests.
"""
import shutil
from pathlib import Path

import pytest

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation, AddMemo, Batch
from policylens.core.annotations import Annotation, Code, Memo, new_id
from policylens.core.code_commands import AddCode, code_ids_for_paths
from policylens.exchange import FORMATS, export_annotations, import_file
from policylens.store.annotations import AnnotationStore
from policylens.store.corpus import CorpusStore

SANMENXIA, ZHAOTONG, DANDONG = "000_475fe52b6475e2b2", "001_cb987e057fa661f0", "002_0b082def2c4c3406"
NASTY = "<script>alert('x')</script> & *bold* `code` a|b\n第二行"
# (document, phrase, which occurrence, note, code paths, colour, markdown note)
MADE = [
    (DANDONG, "(市公安局牵头)", 0, NASTY, ["落户条件/租赁住所", "责任部门/公安"], "#ff8800", True),
    (DANDONG, "(市公安局牵头)", 2, "第三处牵头", ["责任部门/公安"], "#ffe066", False),
    (ZHAOTONG, "全面放開建制鎮和小城市落戶限制", 0, "繁体文件", ["落户条件"], "#ffe066", False),
    (SANMENXIA, "全面放开市域城镇落户限制", 0, "", ["落户条件/租赁住所/细则"], "#88cc88", False),
]
DOC_MEMO = Memo(new_id(), "丹东的落户条件最宽 & <b>不</b>", "丹东 | 总结", DANDONG, text_format="markdown")
PROJECT_MEMO = Memo(new_id(), "全项目备忘\n- 第二条", "项目")


def fill_project(data_dir: Path, seed_paths) -> CorpusStore:
    """Import the seeds and annotate them as MADE says; returns the corpus store."""
    corpus = CorpusStore(data_dir)
    corpus.import_files(seed_paths)
    commands = []
    with AnnotationStore(data_dir) as store:
        ids, adds = code_ids_for_paths(store.project, ["责任部门"], color="#aa3300")
        commands += adds
        described = Code(new_id(), "说明码", ids[0], "#123456", "一个 <描述> & 说明")
        commands.append(AddCode(described))
        for key, phrase, nth, note, paths, color, markdown in MADE:
            doc = corpus.open_document(key)
            at = _nth(doc.text, phrase, nth)
            code_ids, adds = code_ids_for_paths(_after(store.project, commands), paths)
            commands += adds
            commands.append(AddAnnotation(Annotation(new_id(), make_anchor(doc, at, at + len(phrase)), note,
                                                     "markdown" if markdown else "plain", color, tuple(code_ids))))
        commands += [AddMemo(DOC_MEMO), AddMemo(PROJECT_MEMO)]
        store.do(Batch("add annotation", commands))
    return corpus


def _after(project, commands):
    """The project as it will be once commands are done (so new codes are found by path)."""
    scratch = type(project)()
    scratch.apply({("codes", c.id): c for c in project.codes.values()})
    for command in commands:
        command.do(scratch)
    return scratch


def _nth(text: str, phrase: str, nth: int) -> int:
    at = -1
    for _ in range(nth + 1):
        at = text.index(phrase, at + 1)
    return at


def snapshot(data_dir: Path, colours: bool = True) -> dict:
    """What a user sees of the project, without ids: quotes at offsets, notes, code paths, memos."""
    with AnnotationStore(data_dir) as store:
        p = store.project
        annotations = sorted(
            (a.document, a.anchor.start, a.anchor.end, a.anchor.exact, a.anchor.clause, a.note,
             tuple(sorted(p.code_path(c) for c in a.codes)), a.color if colours else None, a.needs_review)
            for a in p.annotations.values())
        codes = sorted((p.code_path(c.id), c.color, c.description) for c in p.codes.values())
        memos = sorted((m.document or "", m.title, m.text) for m in p.memos.values())
    return {"annotations": annotations, "codes": codes, "memos": memos}


@pytest.fixture
def filled(tmp_path, seed_paths):
    data_dir = tmp_path / "data"
    corpus = fill_project(data_dir, seed_paths)
    return data_dir, corpus


def export(data_dir: Path, corpus: CorpusStore, fmt: str, out: Path):
    with AnnotationStore(data_dir) as store:
        return export_annotations(store.project, corpus, fmt, out)


def reimport(data_dir: Path, corpus: CorpusStore, path: Path):
    with AnnotationStore(data_dir) as store:
        return import_file(path, store, corpus)


@pytest.mark.parametrize("fmt", ["json", "qdpx"])
def test_export_wipe_import_gives_back_every_annotation_code_and_memo(filled, tmp_path, fmt):
    data_dir, corpus = filled
    before = snapshot(data_dir, colours=fmt == "json")
    assert len(before["annotations"]) == 4 and len(before["memos"]) == 2
    out = tmp_path / f"project.{fmt}"
    report = export(data_dir, corpus, fmt, out)
    assert report.problems == []
    shutil.rmtree(data_dir / "user")
    imported = reimport(data_dir, corpus, out)
    assert (imported.annotations, imported.needs_review, imported.memos) == (4, 0, 2)
    assert imported.codes == len(before["codes"]) == 6
    assert snapshot(data_dir, colours=fmt == "json") == before


def test_the_json_round_trip_keeps_each_memo_s_text_format(filled, tmp_path):
    data_dir, corpus = filled
    export(data_dir, corpus, "json", tmp_path / "p.json")
    shutil.rmtree(data_dir / "user")
    reimport(data_dir, corpus, tmp_path / "p.json")
    with AnnotationStore(data_dir) as store:
        formats = {m.title: m.text_format for m in store.project.memos.values()}
    assert formats == {"丹东 | 总结": "markdown", "项目": "plain"}


def test_the_round_trip_keeps_the_values_read_from_the_seeds(filled, tmp_path):
    data_dir, corpus = filled
    export(data_dir, corpus, "qdpx", tmp_path / "p.qdpx")
    shutil.rmtree(data_dir / "user")
    reimport(data_dir, corpus, tmp_path / "p.qdpx")
    got = snapshot(data_dir, colours=False)
    dandong = [a for a in got["annotations"] if a[0] == DANDONG]
    assert [(a[1], a[2], a[3], a[4]) for a in dandong] == [
        (1112, 1120, "(市公安局牵头)", "二/(四)"), (dandong[1][1], dandong[1][1] + 8, "(市公安局牵头)", dandong[1][4])]
    assert dandong[1][4] != "二/(四)" and dandong[0][5] == NASTY
    assert (ZHAOTONG, 1908, 1923, "全面放開建制鎮和小城市落戶限制", "四/(二)/2") == got["annotations"][1][:5]
    assert ("责任部门/说明码", "#123456", "一个 <描述> & 说明") in got["codes"]
    assert (DANDONG, "丹东 | 总结", DOC_MEMO.text) in got["memos"] and ("", "项目", PROJECT_MEMO.text) in got["memos"]


def test_w3c_round_trip_keeps_annotations_codes_and_colours(filled, tmp_path):
    data_dir, corpus = filled
    before = snapshot(data_dir)
    export(data_dir, corpus, "w3c", tmp_path / "p.jsonld")
    shutil.rmtree(data_dir / "user")
    report = reimport(data_dir, corpus, tmp_path / "p.jsonld")
    assert (report.format, report.annotations, report.memos, report.problems) == ("w3c", 4, 0, [])
    after = snapshot(data_dir)
    assert after["annotations"] == before["annotations"] and after["codes"] == before["codes"]


def test_importing_the_same_export_twice_changes_nothing(filled, tmp_path):
    data_dir, corpus = filled
    export(data_dir, corpus, "json", tmp_path / "p.json")
    before = snapshot(data_dir)
    report = reimport(data_dir, corpus, tmp_path / "p.json")
    assert (report.annotations, report.codes, report.memos, report.already_there) == (0, 0, 0, 6)
    assert report.command is None and snapshot(data_dir) == before


def test_an_import_is_one_undoable_change(filled, tmp_path):
    data_dir, corpus = filled
    export(data_dir, corpus, "json", tmp_path / "p.json")
    shutil.rmtree(data_dir / "user")
    with AnnotationStore(data_dir) as store:
        report = import_file(tmp_path / "p.json", store, corpus)
        assert len(store.project.annotations) == 4
        store.undo(report.command)
        assert (len(store.project.annotations), len(store.project.codes), len(store.project.memos)) == (0, 0, 0)


def test_every_format_exports_from_the_command_line_and_imports_back(filled, tmp_path):
    import subprocess
    import sys
    data_dir, _ = filled

    def run(*args):
        return subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(data_dir), "annotations", *args],
                              capture_output=True, text=True, timeout=120)

    for fmt in FORMATS:
        proc = run("export", "--format", fmt, str(tmp_path / f"out.{fmt}"))
        assert proc.returncode == 0, proc.stderr
        memos = 0 if fmt in ("w3c", "csv") else 2  # neither holds memos: the report does not count them
        assert f"({fmt}): 4 annotations, 6 codes, {memos} memos" in proc.stdout
        assert ("2 memos: " in proc.stderr) == (memos == 0)
    shutil.rmtree(data_dir / "user")
    proc = run("import", str(tmp_path / "out.qdpx"))
    assert proc.returncode == 0 and "4 annotations added (0 need review), 6 codes, 2 memos" in proc.stdout
    bad = run("import", str(tmp_path / "out.csv"))
    assert bad.returncode == 2
    assert bad.stderr.strip().splitlines() == [
        f"policylens: {tmp_path / 'out.csv'} is neither a REFI-QDA project nor JSON "
        "(Expecting value: line 1 column 1 (char 0))"]
    missing = run("export", "--format", "md", str(tmp_path / "no" / "out.md"))
    assert missing.returncode == 2
    assert missing.stderr.strip() == f"policylens: cannot write {tmp_path / 'no' / 'out.md'}: " \
                                     f"the folder {tmp_path / 'no'} does not exist"
