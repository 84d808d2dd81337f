"""The annotation store on real seed anchors: files, saving, backups, damage, migration, lock, CLI."""
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tinydb import Query, TinyDB

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation, Batch, DeleteAnnotation, EditAnnotation
from policylens.core.annotations import Annotation, AnnotationError, Code
from policylens.core.code_commands import AddCode
from policylens.core.document import analyze_file
from policylens.store import StoreError
from policylens.store.annotations import AnnotationStore, AnnotationStoreDamaged, reanchor_document
from policylens.store.atomic import AtomicJSONStorage
from policylens.store.backups import KEEP_LAST, Backups
from policylens.store.corpus import CorpusStore
from policylens.store.journal import read_journal
from annotations_cli_run import cli

PHRASES = ["在我市城区就业居住和举家迁移的农业人口满2年以上可凭居住证落户",
           "(市公安局牵头)", "将进城落户农民完全纳入城镇住房保障体系", "健全落户统计体系"]


@pytest.fixture(scope="module")
def dandong(seed):
    return analyze_file(seed("002"))


def annotation(doc, phrase: str, nth: int = 0, **fields) -> Annotation:
    at = -1
    for _ in range(nth + 1):
        at = doc.text.index(phrase, at + 1)
    return Annotation(f"a{nth}-{phrase[:4]}", make_anchor(doc, at, at + len(phrase)), **fields)


def fill(data_dir: Path, doc, phrases=PHRASES) -> list[Annotation]:
    made = [annotation(doc, p, note=f"注{i}") for i, p in enumerate(phrases)]
    with AnnotationStore(data_dir) as store:
        for a in made:
            store.do(AddAnnotation(a))
    return made


def disk_copy(data_dir: Path, tmp_path: Path) -> Path:
    """What is on disk now, copied, so it can be opened while the store stays open."""
    copy = tmp_path / "copy"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(data_dir / "user", copy / "user", ignore=shutil.ignore_patterns("*.lock"))
    return copy


def test_annotations_are_a_tinydb_file_of_their_own_in_user(tmp_path, dandong):
    made = fill(tmp_path, dandong)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["user"]  # nothing in the corpus cache
    path = tmp_path / "user" / "annotations.json"
    db = TinyDB(path, storage=AtomicJSONStorage)
    assert db.table("_meta").get(doc_id=1)["schema"] == 2
    [row] = db.table("annotations").search(Query().id == made[1].id)
    assert row["anchor"]["exact"] == "(市公安局牵头)" and row["anchor"]["clause"] == "二/(四)"
    assert row["note"] == "注1"


def test_every_change_is_on_disk_when_do_returns(tmp_path, dandong):
    store = AnnotationStore(tmp_path)
    first = annotation(dandong, PHRASES[0])
    store.do(AddAnnotation(first))
    store.do(EditAnnotation(first.id, note="两年"))
    with AnnotationStore(disk_copy(tmp_path, tmp_path)) as copy:  # as if the process died here
        assert copy.project.annotations[first.id].note == "两年"
    store.close()


def test_undo_and_redo_are_saved_too(tmp_path, dandong):
    store = AnnotationStore(tmp_path)
    command = AddAnnotation(annotation(dandong, PHRASES[2]))
    store.do(command)
    store.undo(command)
    with AnnotationStore(disk_copy(tmp_path, tmp_path)) as copy:
        assert copy.project.annotations == {}
    store.do(command)
    with AnnotationStore(disk_copy(tmp_path, tmp_path)) as copy:
        assert list(copy.project.annotations) == [command.annotation.id]
    store.close()


def test_reopening_folds_the_journal_into_a_snapshot_and_a_backup(tmp_path, dandong):
    made = fill(tmp_path, dandong)
    user = tmp_path / "user"
    assert read_journal(user / "annotations.journal").entries == []
    snapshot = json.loads((user / "annotations.json").read_text("utf-8"))
    assert snapshot["_meta"]["1"] == {"schema": 2, "journal_seq": len(made)}
    [backup] = Backups(user / "backups", "annotations").all()
    assert json.loads(backup.read_text("utf-8")) == snapshot
    with AnnotationStore(tmp_path) as store:
        assert store.project.annotations == {a.id: store.project.annotations[a.id] for a in made}
        assert [a.anchor for a in store.project.for_document(dandong.key)] == sorted(
            (a.anchor for a in made), key=lambda x: x.start)


def test_backups_keep_the_last_ten_and_the_newest_of_each_day(tmp_path):
    backups = Backups(tmp_path, "annotations")
    names = [f"annotations-202501{day:02d}-{hour:02d}0000-{day * 100 + hour:08d}.json"
             for day in (1, 2, 3) for hour in (8, 12, 18)]
    names += [f"annotations-20250104-{minute:04d}00-{400 + minute:08d}.json" for minute in range(12)]
    for name in names:
        (tmp_path / name).write_text("{}", "utf-8")
    backups.prune()
    kept = [p.name for p in backups.all()]
    assert kept[:KEEP_LAST] == sorted(names[-12:], reverse=True)[:KEEP_LAST]
    assert kept[KEEP_LAST:] == [f"annotations-202501{d:02d}-180000-{d * 100 + 18:08d}.json" for d in (3, 2, 1)]


@pytest.mark.parametrize("damage", ["half-written", "not json", "no schema", "bad record"])
def test_damaged_file_is_refused_kept_and_restorable_from_the_newest_good_backup(tmp_path, dandong, damage):
    made = fill(tmp_path, dandong, PHRASES[:2])
    made += fill(tmp_path, dandong, PHRASES[2:])  # a second session: a second backup
    path = tmp_path / "user" / "annotations.json"
    good = path.read_bytes()
    bad = {"half-written": good[: len(good) // 2], "not json": b"\x00\x01garbage",
           "no schema": b'{"annotations": {}}',
           "bad record": good.replace(b'"start":', b'"begin":')}[damage]
    path.write_bytes(bad)
    newest = Backups(tmp_path / "user" / "backups", "annotations").all()[0]
    for _ in range(2):
        with pytest.raises(AnnotationStoreDamaged) as refused:
            AnnotationStore(tmp_path)
        assert refused.value.backup == newest
        assert str(newest) in str(refused.value) and "annotations restore" in str(refused.value)
        assert path.read_bytes() == bad  # never written over
        assert refused.value.kept.read_bytes() == bad
    assert len(list((tmp_path / "user" / "damaged").iterdir())) == 1  # one copy, not one per attempt
    assert AnnotationStore.restore_backup(tmp_path).backup == newest
    with AnnotationStore(tmp_path) as store:
        assert sorted(store.project.annotations) == sorted(a.id for a in made)


def test_journal_damaged_in_the_middle_is_refused_and_replayed_around_on_restore(tmp_path, dandong):
    fill(tmp_path, dandong, PHRASES[:1])
    store = AnnotationStore(tmp_path)
    for phrase in PHRASES[1:]:
        store.do(AddAnnotation(annotation(dandong, phrase)))
    journal = tmp_path / "user" / "annotations.journal"
    store._lock.release()  # the process "dies" without closing
    lines = journal.read_bytes().split(b"\n")
    lines[0] = lines[0][:20] + b"X" + lines[0][21:]
    journal.write_bytes(b"\n".join(lines))
    with pytest.raises(AnnotationStoreDamaged, match="journal .* is damaged at byte 0"):
        AnnotationStore(tmp_path)
    report = AnnotationStore.restore_backup(tmp_path)
    assert not journal.exists()  # kept in damaged/, its intact entries in the snapshot
    assert report.replayed == 2 and report.skipped == [
        "line 1 of annotations.journal (byte 0): it fails its checksum"]
    with AnnotationStore(tmp_path) as again:
        assert [a.anchor.exact for a in again.project.annotations.values()] == [
            PHRASES[0], PHRASES[2], PHRASES[3]]


def test_torn_last_journal_line_is_dropped_and_the_rest_kept(tmp_path, dandong):
    store = AnnotationStore(tmp_path)
    for phrase in PHRASES:
        store.do(AddAnnotation(annotation(dandong, phrase)))
    journal = tmp_path / "user" / "annotations.journal"
    store._lock.release()
    data = journal.read_bytes()
    journal.write_bytes(data[: data.rindex(b"\n", 0, len(data) - 1) + 40])  # the 4th line cut short
    with AnnotationStore(tmp_path) as again:
        assert [a.anchor.exact for a in again.project.for_document(dandong.key)] == [
            PHRASES[0], PHRASES[1], PHRASES[2]]
        again.do(AddAnnotation(annotation(dandong, PHRASES[3])))
    with AnnotationStore(tmp_path) as again:
        assert len(again.project.annotations) == 4


def test_missing_file_with_backups_is_refused(tmp_path, dandong):
    fill(tmp_path, dandong)
    (tmp_path / "user" / "annotations.json").unlink()
    with pytest.raises(AnnotationStoreDamaged, match="it is missing, but backups of it exist"):
        AnnotationStore(tmp_path)


def test_schema_1_file_is_migrated_and_the_original_kept(tmp_path, dandong):
    anchor = make_anchor(dandong, *(lambda at: (at, at + 8))(dandong.text.index("(市公安局牵头)")))
    old = {"_meta": {"1": {"schema": 1}},
           "annotations": {"1": {"id": "a1", "anchor": anchor.to_json(), "note": "旧",
                                 "codes": ["落户条件/租赁住所", "落户条件"], "created": "2024-05-01T08:00:00+00:00"}},
           "memos": {"1": {"id": "m1", "text": "旧备忘"}}}
    path = tmp_path / "user" / "annotations.json"
    path.parent.mkdir()
    path.write_text(json.dumps(old, ensure_ascii=False), "utf-8")
    original = path.read_bytes()
    with AnnotationStore(tmp_path) as store:
        a = store.project.annotations["a1"]
        assert [store.project.code_path(c) for c in a.codes] == ["落户条件/租赁住所", "落户条件"]
        assert (a.note, a.anchor, store.project.memos["m1"].text) == ("旧", anchor, "旧备忘")
    [kept] = (tmp_path / "user").glob("annotations.json.schema1-*")
    assert kept.read_bytes() == original
    assert json.loads(path.read_text("utf-8"))["_meta"]["1"]["schema"] == 2


def test_newer_schema_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "user" / "annotations.json"
    path.parent.mkdir()
    path.write_text('{"_meta": {"1": {"schema": 99}}, "annotations": {}}', "utf-8")
    with pytest.raises(StoreError, match="written by a newer PolicyLens .schema 99"):
        AnnotationStore(tmp_path)
    assert path.read_text("utf-8") == '{"_meta": {"1": {"schema": 99}}, "annotations": {}}'


def test_second_process_gets_a_clear_refusal(tmp_path):
    store = AnnotationStore(tmp_path)
    code = f"from policylens.store.annotations import AnnotationStore\nAnnotationStore({str(tmp_path)!r})"
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == 1
    assert "open in another PolicyLens process" in proc.stderr
    with pytest.raises(StoreError, match=r"open in another PolicyLens process \(pid \d+\)"):
        AnnotationStore(tmp_path)
    store.close()
    AnnotationStore(tmp_path).close()  # free again


def test_a_failed_save_takes_the_change_back(tmp_path, dandong):
    # A file size limit makes the journal write fail for real (EFBIG), as a full disk would.
    fill(tmp_path, dandong, PHRASES[:1])
    script = textwrap.dedent(f"""
        import resource, signal
        from policylens.core.anchoring import make_anchor
        from policylens.core.annotation_commands import AddAnnotation
        from policylens.core.annotations import Annotation
        from policylens.core.document import analyze_file
        from policylens.store import StoreError
        from policylens.store.annotations import AnnotationStore
        doc = analyze_file({str(dandong_path(dandong))!r})
        store = AnnotationStore({str(tmp_path)!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100, resource.RLIM_INFINITY))
        try:
            store.do(AddAnnotation(Annotation("big", make_anchor(doc, 0, 500))))
        except StoreError as exc:
            print("refused:", exc)
        print(sorted(a.id for a in store.project.annotations.values()))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert "refused: could not save to" in proc.stdout and "the change was not made" in proc.stdout
    assert proc.stdout.strip().endswith(f"{[annotation(dandong, PHRASES[0]).id]}")
    with AnnotationStore(tmp_path) as store:
        assert "big" not in store.project.annotations


def dandong_path(doc) -> Path:
    return Path(__file__).resolve().parent.parent / "seeds" / doc.source.name


def test_closed_store_refuses_changes(tmp_path, dandong):
    store = AnnotationStore(tmp_path)
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.do(AddAnnotation(annotation(dandong, PHRASES[0])))


def test_new_version_import_reanchors_and_flags_what_needs_review(tmp_path, seed, dandong):
    corpus = CorpusStore(tmp_path)
    corpus.import_files([seed("002")])
    made = fill(tmp_path, dandong)
    raw = seed("002").read_text("utf-8")
    start, end = raw.index("　　(十五)健全落户统计体系"), raw.index("　　(十六)")
    changed = tmp_path / seed("002").name
    changed.write_text("　　新增一段。\n" + raw[:start] + raw[end:], "utf-8")
    [result] = corpus.import_files([changed])
    assert result.status == "new-version"
    summary = reanchor_document(tmp_path, corpus.open_document(dandong.key), corpus)
    assert summary.counts() == {"exact": 0, "moved": 3, "fuzzy": 0, "orphaned": 1}
    assert summary.line() == (f"{dandong.key}: 4 annotations re-anchored: 0 exact, 3 moved, 0 fuzzy, "
                              "1 need review")
    with AnnotationStore(tmp_path) as store:
        [orphan] = store.project.needing_review()
        assert orphan.id == made[3].id and orphan.anchor == made[3].anchor
        new_hash = corpus.record(dandong.key)["content_hash"]
        placed = [store.project.annotations[a.id].anchor for a in made[:3]]
        assert [a.content_hash for a in placed] == [new_hash] * 3
        assert [a.start - b.anchor.start for a, b in zip(placed, made)] == [len("新增一段。\n")] * 3
    again = reanchor_document(tmp_path, corpus.open_document(dandong.key), corpus)
    assert again.counts()["orphaned"] == 1 and again.counts()["moved"] == 0


def test_reanchoring_without_annotations_creates_nothing(tmp_path, dandong):
    assert reanchor_document(tmp_path, dandong).line() == f"{dandong.key}: no annotations made on other versions"
    assert not (tmp_path / "user").exists()


# -- the command line ---------------------------------------------------------------------------

def test_cli_add_list_and_reanchor(tmp_path, seed, dandong, capsys):
    CorpusStore(tmp_path).import_files([seed("002")])
    at = dandong.text.index("(市公安局牵头)")
    assert cli(tmp_path, "add", dandong.key, "--start", str(at), "--end", str(at + 8),
               "--note", "牵头单位", "--code", "职责/公安", "--code", "落户条件") == 0
    added = capsys.readouterr().out.split("\t")
    assert added[1:] == [dandong.key, "二/(四)", f"{at}-{at + 8}", "(市公安局牵头)\n"]
    assert cli(tmp_path, "list", "--json", "--code", "职责") == 0
    [row] = json.loads(capsys.readouterr().out)["annotations"]
    assert (row["id"], row["code_paths"], row["note"]) == (added[0], ["职责/公安", "落户条件"], "牵头单位")
    assert cli(tmp_path, "reanchor") == 0
    assert capsys.readouterr().out == f"{dandong.key}: no annotations made on other versions\n"


def test_cli_errors_are_one_line_with_exit_code_2(tmp_path, seed, dandong, capsys):
    CorpusStore(tmp_path).import_files([seed("002")])
    assert cli(tmp_path, "add", dandong.key, "--start", "50", "--end", "40") == 2
    assert "span 50-40 is not a passage of 002_0b082def2c4c3406" in capsys.readouterr().err
    assert cli(tmp_path, "add", dandong.key, "--start", "0", "--end", "4", "--code", "a//b") == 2
    assert "must be non-empty" in capsys.readouterr().err
    assert cli(tmp_path, "reanchor", "no_such_doc") == 1
    assert "no document 'no_such_doc'" in capsys.readouterr().err
    assert cli(tmp_path, "add", "nope", "--start", "0", "--end", "4") == 2
    assert "no document 'nope'" in capsys.readouterr().err


def test_cli_restore_after_damage(tmp_path, dandong, capsys):
    fill(tmp_path, dandong)
    (tmp_path / "user" / "annotations.json").write_bytes(b"{")
    assert cli(tmp_path, "list") == 2
    assert "annotations" in capsys.readouterr().err
    assert cli(tmp_path, "restore") == 0
    assert capsys.readouterr().out.startswith("restored ")
    assert cli(tmp_path, "list") == 0
    assert len(capsys.readouterr().out.splitlines()) == len(PHRASES)


def test_batch_of_new_codes_and_annotation_is_one_saved_step(tmp_path, dandong):
    store = AnnotationStore(tmp_path)
    command = Batch("add annotation", [AddCode(Code("c1", "落户条件")),
                            AddAnnotation(annotation(dandong, PHRASES[0], codes=("c1",)))])
    store.do(command)
    assert len(read_journal(tmp_path / "user" / "annotations.journal").entries) == 1
    store.undo(command)
    with pytest.raises(AnnotationError, match="no annotation with id missing"):
        store.do(DeleteAnnotation("missing"))
    assert len(read_journal(tmp_path / "user" / "annotations.journal").entries) == 2  # nothing for it
    store.close()
    with AnnotationStore(tmp_path) as again:
        assert again.project.codes == {} and again.project.annotations == {}
