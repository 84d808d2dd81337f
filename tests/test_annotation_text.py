"""Text the journal cannot hold (a lone surrogate: half an emoji, as JavaScript writes it) is
refused on the way in with the field named; nothing stays in memory, and close() always lets go."""
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation, AddMemo, EditAnnotation
from policylens.core.annotations import Annotation, AnnotationError, Memo
from policylens.core.document import analyze_file
from policylens.store.annotations import AnnotationStore
from policylens.store.corpus import CorpusStore
from annotations_cli_run import cli

HALF_EMOJI = "好\ud83d"  # "好😀" with its second half lost
PHRASE = "(市公安局牵头)"


@pytest.fixture(scope="module")
def dandong(seed):
    return analyze_file(seed("002"))


def passage(doc, text=PHRASE):
    at = doc.text.index(text)
    return make_anchor(doc, at, at + len(text))


def test_do_refuses_a_lone_surrogate_naming_the_field_and_keeps_nothing(tmp_path, dandong):
    store = AnnotationStore(tmp_path)
    with pytest.raises(AnnotationError, match=r"the note of annotation bad .*U\+D83D.* at character 2"):
        store.do(AddAnnotation(Annotation("bad", passage(dandong), note=HALF_EMOJI)))
    assert store.project.annotations == {}
    store.do(AddAnnotation(Annotation("good", passage(dandong), note="好😀")))
    with pytest.raises(AnnotationError, match="the note of annotation good"):
        store.do(EditAnnotation("good", note=HALF_EMOJI))
    assert store.project.annotations["good"].note == "好😀"
    with pytest.raises(AnnotationError, match="the title of memo m1"):
        store.do(AddMemo(Memo("m1", "正文", title="\udc00标题")))
    assert store.project.memos == {}
    store.compact()  # compactions still work
    store.close()
    with AnnotationStore(tmp_path) as again:  # the lock is free again in this process
        assert {a.id: a.note for a in again.project.annotations.values()} == {"good": "好😀"}


def test_a_failed_close_still_releases_the_lock(tmp_path, dandong, seed):
    # A file size limit makes the snapshot write of close() fail for real (EFBIG).
    script = textwrap.dedent(f"""
        import resource, signal
        from policylens.core.anchoring import make_anchor
        from policylens.core.annotation_commands import AddAnnotation
        from policylens.core.annotations import Annotation
        from policylens.core.document import analyze_file
        from policylens.store.annotations import AnnotationStore
        doc = analyze_file({str(seed("002"))!r})
        store = AnnotationStore({str(tmp_path)!r})
        store.do(AddAnnotation(Annotation("kept", make_anchor(doc, 0, 30))))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (100, resource.RLIM_INFINITY))
        try:
            store.close()
        except OSError as exc:
            print("close failed:", exc.strerror)
        resource.setrlimit(resource.RLIMIT_FSIZE, (resource.RLIM_INFINITY, resource.RLIM_INFINITY))
        with AnnotationStore({str(tmp_path)!r}) as again:
            print("reopened:", sorted(again.project.annotations))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert "close failed: File too large" in proc.stdout, proc.stderr
    assert "reopened: ['kept']" in proc.stdout, proc.stderr


def test_cli_import_of_a_json_file_with_a_lone_surrogate_is_a_clear_error(tmp_path, seed, dandong, capsys):
    CorpusStore(tmp_path).import_files([seed("002")])
    at = dandong.text.index(PHRASE)
    assert cli(tmp_path, "add", dandong.key, "--start", str(at), "--end", str(at + len(PHRASE)),
               "--note", "原有") == 0
    exported = tmp_path / "out.json"
    assert cli(tmp_path, "export", "--format", "json", str(exported)) == 0
    data = json.loads(exported.read_text("utf-8"))
    row = data["annotations"][0]
    data["annotations"] = [dict(row, id="from-js", note="😀 " + HALF_EMOJI)]
    incoming = tmp_path / "from_javascript.json"
    incoming.write_text(json.dumps(data, ensure_ascii=True), "utf-8")  # "\ud83d" as JavaScript writes it
    assert "\\ud83d" in incoming.read_text("utf-8")
    capsys.readouterr()
    assert cli(tmp_path, "import", str(incoming)) == 2
    err = capsys.readouterr().err
    assert err.startswith("policylens: the note of annotation from-js") and "U+D83D" in err
    assert len(err.splitlines()) == 1
    with AnnotationStore(tmp_path) as store:
        assert [a.note for a in store.project.annotations.values()] == ["原有"]


def test_an_id_with_half_a_character_is_named_too(tmp_path, dandong, capsys):
    store = AnnotationStore(tmp_path)
    with pytest.raises(AnnotationError, match=r"the id of annotation x\\udc80 .*U\+DC80"):
        store.do(AddAnnotation(Annotation("x\udc80", passage(dandong))))
    assert store.project.annotations == {}
    store.close()
