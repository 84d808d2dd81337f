"""Merging a colleague's project into one's own, on a hand-built pair over a real seed: codes
matched by GUID and by path, an identical coding merged, a conflict reported and not
overwritten, the colleague's codings brought in with their coder, and one step to undo it all."""
import json
import uuid
import zipfile
from pathlib import Path

import pytest

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation, AddMemo, Batch
from policylens.core.annotations import Annotation, Code, Memo
from policylens.core.code_commands import AddCode
from policylens.exchange.annotations.merging import plan_merge
from policylens.store.annotation_records import to_record
from policylens.store.annotations import AnnotationStore
from policylens.store.corpus import CorpusStore

SEED = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))[2]  # 丹东
Q1 = "切实保障居住证持有人享有国家规定的各项基本公共服务和办事便利"
Q2 = "全面放开放宽重点群体落户限制"
Q3 = "租赁住房保障措施"
IDS = {name: uuid.uuid5(uuid.NAMESPACE_DNS, name).hex for name in
       ("落户条件", "居住证", "积分", "their 居住证", "a1", "a2", "t2", "t3", "t4", "m1")}


def anchor_of(doc, quote):
    start = doc.text.index(quote)
    return make_anchor(doc, start, start + len(quote))


@pytest.fixture
def ours(tmp_path):
    """A data folder with the seed and our own coding of it (coder 甲)."""
    data = tmp_path / "data"
    corpus = CorpusStore(data)
    corpus.import_files([SEED])
    doc = corpus.open_document(SEED.stem)
    with AnnotationStore(data) as store:
        store.do(Batch("add annotation", [
            AddCode(Code(IDS["落户条件"], "落户条件", color="#4dabf7")),
            AddCode(Code(IDS["居住证"], "居住证")),
            AddAnnotation(Annotation(IDS["a1"], anchor_of(doc, Q1), "放宽", codes=(IDS["落户条件"],), coder="甲")),
            AddAnnotation(Annotation(IDS["a2"], anchor_of(doc, Q2), "我的笔记", codes=(IDS["居住证"],), coder="甲"))]))
    return data, doc


def colleague_json(doc, path: Path) -> Path:
    """What the colleague (乙) exported: our a1 as it came to them, their own codings."""
    def ann(key, quote, note, codes, coder):
        return {"id": IDS[key], "anchor": to_record(Annotation("x", anchor_of(doc, quote)))["anchor"],
                "note": note, "codes": [], "code_paths": codes, "coder": coder}
    data = {"format": "policylens-annotations", "version": 1, "exported": "2026-11-30T10:00:00+00:00",
            "codes": [{"id": IDS["落户条件"], "path": "落户条件", "name": "落户条件", "color": "#ff0000"},
                      {"id": IDS["their 居住证"], "path": "居住证", "name": "居住证", "color": "#4dabf7"},
                      {"id": IDS["积分"], "path": "落户条件/积分", "name": "积分", "color": "#40c057"}],
            "annotations": [ann("a1", Q1, "放宽", ["落户条件"], "甲"),  # identical: merged
                            ann("t2", Q2, "另一条笔记", ["居住证"], "甲"),  # same passage and code: conflict
                            ann("t3", Q1, "", ["落户条件"], "乙"),  # the colleague's coding of a1's passage
                            ann("t4", Q3, "住所", ["落户条件/积分"], "乙")],
            "memos": [{"id": IDS["m1"], "text": "丹东的住所条件最宽", "title": "比较", "document": doc.key,
                       "coder": "乙"}]}
    path.write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return path


def state(store):
    p = store.project
    return dict(p.annotations), dict(p.codes), dict(p.memos)


def test_merge_matches_codes_merges_identical_and_reports_the_conflict(ours, tmp_path):
    data, doc = ours
    theirs = colleague_json(doc, tmp_path / "乙.json")
    with AnnotationStore(data) as store:
        before = state(store)
        report = plan_merge(theirs, store.project, CorpusStore(data))
        assert state(store) == before  # planning changes nothing
        store.do(report.command)
        project = store.project
        assert (report.codes_by_guid, report.codes_by_path, report.codes_added) == (1, 1, ["落户条件/积分"])
        assert (report.annotations_added, report.identical, report.memos_added) == (2, 1, 1)
        assert report.coders == ["乙", "甲"]
        assert [(c.kind, c.ours, c.theirs) for c in report.conflicts] == [
            ("code colour", "#4dabf7", "#ff0000"),
            ("note", "[居住证] 我的笔记", "[居住证] 另一条笔记")]
        # Ours stays as it was: colour, note, and no second copy of the conflicting passage.
        assert project.codes[IDS["落户条件"]].color == "#4dabf7"
        assert project.annotations[IDS["a2"]].note == "我的笔记" and IDS["t2"] not in project.annotations
        assert project.code_by_path("落户条件/积分").id == IDS["积分"]  # their GUID kept for the next merge
        t3, t4 = project.annotations[IDS["t3"]], project.annotations[IDS["t4"]]
        assert (t3.coder, t3.anchor.exact, t3.codes) == ("乙", Q1, (IDS["落户条件"],))
        assert (t4.coder, t4.anchor.exact, t4.needs_review) == ("乙", Q3, False)
        assert project.memos[IDS["m1"]].coder == "乙"
        assert len(project.annotations) == 4
        store.undo(report.command)  # one step takes the whole merge back
        assert state(store) == before
        store.do(report.command)
    with AnnotationStore(data) as store:  # merging the same file again brings nothing new
        again = plan_merge(theirs, store.project, CorpusStore(data))
        assert again.command is None and again.identical == 4 and again.annotations_added == 0


def test_merge_from_a_refi_qda_project_matches_codes_by_guid_and_reads_the_coder(ours, tmp_path):
    data, doc = ours
    start = doc.text.index(Q3)
    guid = str(uuid.UUID(IDS["落户条件"]))
    qde = f"""<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="乙的项目" origin="QualCoder">
 <Users><User guid="00000000-0000-4000-8000-000000000002" name="乙"/></Users>
 <CodeBook><Codes><Code guid="{guid}" name="落户门槛" isCodable="true" color="#4dabf7"/></Codes></CodeBook>
 <Sources><TextSource guid="11111111-1111-4111-8111-111111111111" name="{doc.key}.txt" plainTextPath="internal://s.txt">
  <PlainTextSelection guid="22222222-2222-4222-8222-222222222222" startPosition="{start}" endPosition="{start + len(Q3)}"
    creatingUser="00000000-0000-4000-8000-000000000002">
   <Coding guid="33333333-3333-4333-8333-333333333333"><CodeRef targetGUID="{guid}"/></Coding>
  </PlainTextSelection></TextSource></Sources></Project>"""
    path = tmp_path / "乙.qdpx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", qde)
        archive.writestr("sources/s.txt", doc.text)
    with AnnotationStore(data) as store:
        report = plan_merge(path, store.project, CorpusStore(data))
        store.do(report.command)
        (added,) = [a for a in store.project.annotations.values() if a.coder == "乙"]
    assert report.codes_by_guid == 1 and report.codes_added == []
    assert [(c.kind, c.ours, c.theirs) for c in report.conflicts] == [("code", "落户条件", "落户门槛")]
    assert added.anchor.exact == Q3 and added.codes == (IDS["落户条件"],)  # on our code, under our name


@pytest.mark.parametrize("fmt", ["qdpx", "json"])
def test_merging_our_own_export_back_finds_everything_identical(ours, tmp_path, fmt):
    from policylens.exchange import export_annotations

    data, _ = ours
    out = tmp_path / f"ours.{fmt}"
    with AnnotationStore(data) as store:
        export_annotations(store.project, CorpusStore(data), fmt, out)
        report = plan_merge(out, store.project, CorpusStore(data))
    assert report.command is None and report.conflicts == [] and report.problems == []
    assert (report.identical, report.codes_by_guid, report.codes_added) == (2, 2, [])
