"""A damaged journal on real seed anchors: only a torn tail is dropped; every other bad line is
kept in user/damaged/, named to the user, and restore replays every intact entry around it."""
import functools
from pathlib import Path

import pytest

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation
from policylens.core.annotations import Annotation
from policylens.core.document import analyze_file
from policylens.store.annotations import AnnotationStore, AnnotationStoreDamaged
from policylens.store.backups import Backups
from policylens.store.journal import _line
from annotations_cli_run import cli


SEED = next((Path(__file__).resolve().parent.parent / "seeds").glob("002*.txt"))


@functools.cache
def dandong():
    return analyze_file(SEED)


def note(n: int) -> Annotation:
    """Note n on the n-th of distinct real passages of the 丹东 seed, 12 characters each."""
    return Annotation(f"n{n:02d}", make_anchor(dandong(), 40 * n, 40 * n + 12), note=f"第{n}条")


def stored(data_dir: Path, saved: int, journaled: int) -> Path:
    """A store whose snapshot holds notes 1..saved and whose journal holds the next journaled,
    left as a process leaves it when it dies; the journal's path."""
    with AnnotationStore(data_dir) as store:
        for n in range(1, saved + 1):
            store.do(AddAnnotation(note(n)))
    store = AnnotationStore(data_dir)
    for n in range(saved + 1, saved + journaled + 1):
        store.do(AddAnnotation(note(n)))
    store._journal.close()
    store._lock.release()  # the process dies without closing
    return data_dir / "user" / "annotations.journal"


def flip(journal: Path, line: int, at: int = 30) -> bytes:
    """Flip one byte inside a journal line (counted from 0); the file's new bytes."""
    lines = journal.read_bytes().split(b"\n")
    lines[line] = lines[line][:at] + bytes([lines[line][at] ^ 0x01]) + lines[line][at + 1:]
    data = b"\n".join(lines)
    journal.write_bytes(data)
    return data


def ids(data_dir: Path) -> list[str]:
    with AnnotationStore(data_dir) as store:
        return sorted(store.project.annotations)


def expected(*numbers) -> list[str]:
    return sorted(note(n).id for n in numbers)


# -- opening ------------------------------------------------------------------------------------

def test_a_flipped_byte_in_the_last_complete_line_is_kept_and_reported(tmp_path):
    journal = stored(tmp_path, 2, 3)
    damaged = flip(journal, 2)
    assert damaged.endswith(b"\n")  # a complete line, not a torn one
    with pytest.raises(AnnotationStoreDamaged) as refused:
        AnnotationStore(tmp_path)
    message = str(refused.value)
    assert "line 3" in message and "fails its checksum" in message
    assert "annotations restore" in message and "replays every intact" in message
    assert journal.read_bytes() == damaged  # nothing destroyed
    assert refused.value.kept.parent == tmp_path / "user" / "damaged"
    assert refused.value.kept.read_bytes() == damaged


def test_a_journal_replaced_by_other_content_is_not_emptied(tmp_path):
    journal = stored(tmp_path, 2, 0)
    other = "编号,标题\n1,落户\n".encode("utf-8")
    journal.write_bytes(other)
    with pytest.raises(AnnotationStoreDamaged, match="line 1 .*fails its checksum"):
        AnnotationStore(tmp_path)
    assert journal.read_bytes() == other


def test_other_content_without_a_line_end_is_not_taken_for_a_torn_line(tmp_path):
    journal = stored(tmp_path, 2, 0)
    journal.write_bytes(b"hello, this is not a journal")
    with pytest.raises(AnnotationStoreDamaged, match="no line end and is not the start of a journal line"):
        AnnotationStore(tmp_path)
    assert journal.read_bytes() == b"hello, this is not a journal"


def test_a_torn_tail_is_still_dropped_quietly(tmp_path):
    journal = stored(tmp_path, 1, 3)
    data = journal.read_bytes()
    journal.write_bytes(data[: data.rindex(b"\n", 0, len(data) - 1) + 25])
    assert ids(tmp_path) == expected(1, 2, 3)
    assert not (tmp_path / "user" / "damaged").exists()


def test_a_torn_tail_of_zeros_is_dropped_as_a_power_cut_leaves_it(tmp_path):
    journal = stored(tmp_path, 1, 2)
    journal.write_bytes(journal.read_bytes() + b"\0" * 300)
    assert ids(tmp_path) == expected(1, 2, 3)


# -- restoring ----------------------------------------------------------------------------------

def test_restore_with_one_bad_middle_line_brings_back_34_of_35(tmp_path, capsys):
    journal = stored(tmp_path, 30, 5)
    flip(journal, 0)  # note 31
    with pytest.raises(AnnotationStoreDamaged):
        AnnotationStore(tmp_path)
    assert cli(tmp_path, "restore") == 1  # restored, but not everything
    out, err = capsys.readouterr()
    assert out.startswith("restored ") and "4 journal entries replayed" in out
    assert "line 1 of annotations.journal (byte 0): it fails its checksum" in err
    assert not journal.exists()  # folded into the new snapshot
    [kept] = (tmp_path / "user" / "damaged").glob("annotations.journal.*")
    assert len(kept.read_bytes().split(b"\n")) == 6  # the whole journal, bad line and all
    assert ids(tmp_path) == expected(*range(1, 31), 32, 33, 34, 35)


def test_restore_after_a_flipped_last_line_keeps_the_others(tmp_path):
    journal = stored(tmp_path, 2, 3)
    year = journal.read_bytes().split(b"\n")[2].index(b'"modified":"') + 14
    lines = flip(journal, 2, at=year).split(b"\n")  # one digit of a date: still JSON
    report = AnnotationStore.restore_backup(tmp_path)
    assert report.replayed == 2
    offset = len(lines[0]) + len(lines[1]) + 2
    assert report.skipped == [f"line 3 of annotations.journal (byte {offset}): it fails its checksum "
                              "(it seems to change annotation n05)"]
    assert ids(tmp_path) == expected(1, 2, 3, 4)


def wrong_shape(seq: int) -> bytes:
    return _line({"seq": seq, "puts": [["annotations", "x", {"note": "no anchor"}]]})


def test_a_wrong_shape_line_alone_is_named_by_restore_and_the_store_opens(tmp_path, capsys):
    journal = stored(tmp_path, 2, 0)
    journal.write_bytes(wrong_shape(3))
    with pytest.raises(AnnotationStoreDamaged, match="malformed"):
        AnnotationStore(tmp_path)
    assert cli(tmp_path, "restore") == 1
    err = capsys.readouterr().err
    assert "line 1 of annotations.journal (byte 0): its entry is malformed" in err
    assert ids(tmp_path) == expected(1, 2)


def test_a_wrong_shape_line_in_the_middle_is_skipped_and_the_rest_replayed(tmp_path):
    journal = stored(tmp_path, 1, 3)
    lines = journal.read_bytes().splitlines(keepends=True)
    journal.write_bytes(lines[0] + _line({"seq": 3, "puts": "nothing"}) + lines[2])
    report = AnnotationStore.restore_backup(tmp_path)
    assert report.replayed == 2 and len(report.skipped) == 1
    assert report.skipped[0].startswith(f"line 2 of annotations.journal (byte {len(lines[0])}): "
                                        "its entry is malformed")
    assert ids(tmp_path) == expected(1, 2, 4)


def test_restore_of_an_intact_store_replays_its_journal(tmp_path, capsys):
    stored(tmp_path, 3, 2)
    assert cli(tmp_path, "restore") == 0
    assert "2 journal entries replayed" in capsys.readouterr().out
    assert ids(tmp_path) == expected(1, 2, 3, 4, 5)


def test_restore_from_an_older_backup_names_the_changes_it_cannot_bring_back(tmp_path):
    with AnnotationStore(tmp_path) as store:
        store.do(AddAnnotation(note(1)))
    [older] = Backups(tmp_path / "user" / "backups", "annotations").all()
    with AnnotationStore(tmp_path) as store:
        store.do(AddAnnotation(note(2)))
    store = AnnotationStore(tmp_path)
    for n in (3, 4):
        store.do(AddAnnotation(note(n)))
    store._journal.close()
    store._lock.release()
    report = AnnotationStore.restore_backup(tmp_path, older)
    assert report.backup == older
    assert report.skipped == ["change 2 is in neither the backup nor the journal"]
    assert ids(tmp_path) == expected(1, 3, 4)


def test_a_first_session_that_never_closed_is_restored_from_its_journal_alone(tmp_path, capsys):
    store = AnnotationStore(tmp_path)
    for n in (1, 2, 3):
        store.do(AddAnnotation(note(n)))
    store._journal.close()
    store._lock.release()  # no snapshot and no backup were ever written
    flip(tmp_path / "user" / "annotations.journal", 1)
    with pytest.raises(AnnotationStoreDamaged, match="annotations restore` replays every intact"):
        AnnotationStore(tmp_path)
    assert cli(tmp_path, "restore") == 1
    assert capsys.readouterr().out.startswith("restored from an empty store")
    assert ids(tmp_path) == expected(1, 3)
