"""`annotations list` and `export` while another process (the window) holds the store open: they
read the snapshot and the intact journal lines, write nothing, and writes stay refused."""
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation
from policylens.core.annotations import Annotation
from policylens.core.document import analyze_file
from policylens.store.annotations import AnnotationStore
from policylens.store.corpus import CorpusStore
from annotations_cli_run import cli

HOLDER = textwrap.dedent("""
    import sys
    from policylens.core.anchoring import make_anchor
    from policylens.core.annotation_commands import AddAnnotation, EditAnnotation
    from policylens.core.annotations import Annotation
    from policylens.core.document import analyze_file
    from policylens.store.annotations import AnnotationStore
    data_dir, seed = sys.argv[1], sys.argv[2]
    doc = analyze_file(seed)
    store = AnnotationStore(data_dir)
    for n in range(3):  # saved in the journal only: the snapshot is folded on close
        store.do(AddAnnotation(Annotation(f"open{n}", make_anchor(doc, 100 * n, 100 * n + 9), note=f"开{n}")))
    store.do(EditAnnotation("saved", note="已改"))
    print("ready", flush=True)
    sys.stdin.readline()
    store.close()
""")


@pytest.fixture
def held(tmp_path, seed):
    """A data folder whose annotations another process holds open, with unfolded changes."""
    CorpusStore(tmp_path).import_files([seed("002")])
    doc = analyze_file(seed("002"))
    with AnnotationStore(tmp_path) as store:
        store.do(AddAnnotation(Annotation("saved", make_anchor(doc, 500, 520), note="旧")))
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(tmp_path), str(seed("002"))],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline() == "ready\n"
    yield tmp_path
    holder.stdin.write("\n")
    holder.stdin.close()
    assert holder.wait(timeout=30) == 0


def user_files(data_dir: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in (data_dir / "user").rglob("*") if p.is_file() and p.suffix != ".lock"}


def test_list_and_export_read_a_store_another_process_holds(held, capsys):
    before = user_files(held)
    assert cli(held, "list", "--json") == 0
    out, err = capsys.readouterr()
    rows = {r["id"]: r["note"] for r in json.loads(out)["annotations"]}
    assert rows == {"saved": "已改", "open0": "开0", "open1": "开1", "open2": "开2"}
    assert "open in another PolicyLens process" in err and "reading what it has saved" in err
    out_file = held / "export.json"
    assert cli(held, "export", "--format", "json", str(out_file)) == 0
    exported = json.loads(out_file.read_text("utf-8"))
    assert sorted(a["id"] for a in exported["annotations"]) == ["open0", "open1", "open2", "saved"]
    assert user_files(held) == before  # nothing written, nothing folded


def test_writes_from_a_second_process_stay_refused(held, seed, capsys):
    doc = analyze_file(seed("002"))
    assert cli(held, "add", doc.key, "--start", "0", "--end", "4") == 2
    assert "open in another PolicyLens process" in capsys.readouterr().err
    assert cli(held, "restore") == 2
    assert "open in another PolicyLens process" in capsys.readouterr().err


def test_a_torn_last_line_is_ignored_by_a_reader_and_left_to_the_writer(held, capsys):
    journal = held / "user" / "annotations.journal"
    with open(journal, "ab") as fh:  # a change being written at this very moment
        fh.write(b"0123abcd {\"seq\":99,")
    assert cli(held, "list", "--json") == 0
    assert len(json.loads(capsys.readouterr().out)["annotations"]) == 4
    assert journal.read_bytes().endswith(b"{\"seq\":99,")
    journal.write_bytes(journal.read_bytes()[: -len(b"0123abcd {\"seq\":99,")])


WRITER = textwrap.dedent("""
    import os, sys
    from policylens.core.anchoring import make_anchor
    from policylens.core.annotation_commands import AddAnnotation
    from policylens.core.annotations import Annotation
    from policylens.core.document import analyze_file
    import policylens.store.annotations as annotations_store
    annotations_store.COMPACT_EVERY = 7  # folds all the time, so reads land in the middle of them
    doc = analyze_file(sys.argv[2])
    store = annotations_store.AnnotationStore(sys.argv[1])
    for n in range(int(sys.argv[3])):
        store.do(AddAnnotation(Annotation(f"w{n:04d}", make_anchor(doc, n % 500, n % 500 + 9))))
        os.write(1, b"%d\\n" % n)
    store.close()
""")


def test_reads_during_folds_always_see_every_acknowledged_change_in_order(tmp_path, seed):
    from policylens.store.saved_annotations import read_saved

    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), str(seed("002")), "400"],
                              stdout=subprocess.PIPE)
    seen, reads = 0, 0
    acknowledged = -1
    while True:
        line = writer.stdout.readline()
        if not line:
            break
        acknowledged = int(line)
        ids = sorted(read_saved(tmp_path).annotations)
        reads += 1
        assert ids == [f"w{n:04d}" for n in range(len(ids))]  # a state the writer was in
        assert len(ids) >= max(seen, acknowledged + 1)  # never behind what was acknowledged
        seen = len(ids)
    assert writer.wait(timeout=30) == 0
    assert acknowledged == 399 and reads > 100
