"""The workspace: one import for the command line and the window, remove that keeps annotations,
and the one document cache. Real seeds, real stores in temporary folders."""
import json
import subprocess
import sys
from pathlib import Path

import pytest

from policylens.core.anchoring import make_anchor
from policylens.core.annotation_commands import AddAnnotation
from policylens.core.annotations import Annotation
from policylens.store import StoreError
from policylens.store.annotations import AnnotationStore
from policylens.store.layout import Layout
from policylens.workspace import Workspace

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))
QUOTES = ("切实保障居住证持有人享有国家规定的各项基本公共服务和办事便利", "居住证")


def cli(*args, data_dir):
    return subprocess.run([sys.executable, "-m", "policylens", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def lean(records):
    """Index records without the import time and source folder, which differ between two runs."""
    return [{k: v for k, v in r.items() if k not in ("imported_at", "versions", "source_path")} for r in records]


def families(folder: Path) -> dict:
    return json.loads(Layout(folder).alignment.joinpath("state.json").read_text("utf-8"))["families"]


def annotate(data_dir: Path, workspace: Workspace, key: str) -> list[str]:
    doc = workspace.document(key)
    ids = []
    with AnnotationStore(data_dir) as store:
        for n, quote in enumerate(QUOTES):
            start = doc.text.index(quote)
            ids.append(f"a{n}")
            store.do(AddAnnotation(Annotation(f"a{n}", make_anchor(doc, start, start + len(quote)), note=quote)))
    return ids


def test_the_workspace_import_is_the_command_line_import(tmp_path):
    by_cli, by_workspace = tmp_path / "cli", tmp_path / "ws"
    proc = cli("import", *map(str, SEEDS), "--json", data_dir=by_cli)
    assert proc.returncode == 0, proc.stderr
    printed = json.loads(proc.stdout)
    done = Workspace(by_workspace).import_files(SEEDS)
    assert [r.to_json() for r in done.results] == printed["results"]
    assert lean(Workspace(by_workspace).records()) == lean(Workspace(by_cli).records())
    assert sorted(done.families.added) == sorted(r["key"] for r in Workspace(by_cli).records())
    assert families(by_workspace) == families(by_cli)


def test_remove_keeps_the_documents_annotations_for_review(tmp_path):
    workspace = Workspace(tmp_path)
    workspace.import_files(SEEDS)
    key = workspace.records()[2]["key"]
    ids = annotate(tmp_path, workspace, key)
    removal = workspace.remove(key)
    assert removal.key == key and sorted(removal.kept_for_review) == ids
    assert key not in [r["key"] for r in workspace.records()]
    assert key not in [r["key"] for r in Workspace(tmp_path).records()]  # on disk too
    assert removal.families.removed == [key]
    with AnnotationStore(tmp_path) as store:
        assert sorted(a.id for a in store.project.needing_review()) == ids
        assert len(store.project.annotations) == 2
    with pytest.raises(StoreError, match=f"no document '{key}'"):
        workspace.remove(key)


def test_remove_then_import_again_restores_the_anchors(tmp_path):
    workspace = Workspace(tmp_path)
    workspace.import_files(SEEDS)
    key = workspace.records()[2]["key"]
    annotate(tmp_path, workspace, key)
    with AnnotationStore(tmp_path) as store:
        before = {a.id: a.anchor for a in store.project.annotations.values()}
    workspace.remove(key)
    again = workspace.import_files([SEEDS[2]])
    assert [(r.status, r.key) for r in again.results] == [("imported", key)]
    assert [s.counts()["exact"] for s in again.reanchored] == [2]
    with AnnotationStore(tmp_path) as store:
        assert store.project.needing_review() == []
        assert {a.id: a.anchor for a in store.project.annotations.values()} == before


def test_the_remove_command_names_the_document_by_file_name(tmp_path):
    assert cli("import", *map(str, SEEDS), data_dir=tmp_path).returncode == 0
    key = Workspace(tmp_path).records()[2]["key"]
    annotate(tmp_path, Workspace(tmp_path), key)
    proc = cli("remove", SEEDS[2].name, "--json", data_dir=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert sorted(json.loads(proc.stdout)["kept_for_review"]) == ["a0", "a1"]
    assert f"removed {key}" in proc.stderr and "2 annotations kept, listed for review" in proc.stderr
    listed = cli("list", data_dir=tmp_path)
    assert key not in listed.stdout and f"{len(SEEDS) - 1} documents" in listed.stderr
    missing = cli("remove", "no-such-document", data_dir=tmp_path)
    assert missing.returncode == 2 and "no document 'no-such-document'" in missing.stderr


def test_the_index_is_read_again_only_when_it_changed(tmp_path):
    workspace = Workspace(tmp_path)
    workspace.import_files(SEEDS[:2])
    reads = workspace.index_reads
    for _ in range(5):
        workspace.records()
        workspace.document(workspace.records()[0]["key"])
    assert workspace.index_reads == reads
    Workspace(tmp_path).import_files(SEEDS[2:3])  # another writer
    assert len(workspace.records()) == 3 and workspace.index_reads == reads + 1


def test_opening_a_workspace_does_not_import_numpy(tmp_path):
    Workspace(tmp_path).import_files(SEEDS[:1], families=False)
    code = ("import sys; from policylens.workspace import Workspace; "
            f"w = Workspace({str(tmp_path)!r}); w.document(w.records()[0]['key']); "
            "print('numpy' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True).stdout.strip() == "False"
