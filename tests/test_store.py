"""The corpus store on the real seeds: import, versions, reopening, damage and schema checks."""
import json
import os
import shutil
from pathlib import Path

import pytest

from policylens.core.document import analyze_file
from policylens.store import CorpusStore, StoreError
from policylens.store.lock import exclusive

SEEDS = sorted((Path(__file__).resolve().parent.parent / "seeds").glob("*.txt"))


@pytest.fixture
def store(tmp_path):
    store = CorpusStore(tmp_path)
    results = store.import_files(SEEDS)
    assert [r.status for r in results] == ["imported"] * 5
    return store


def test_reopened_store_lists_and_opens_documents(store, tmp_path):
    again = CorpusStore(tmp_path)
    assert [r["key"] for r in again.documents()] == [p.stem for p in SEEDS]
    assert [r["place"] for r in again.documents()] == ["三门峡", "昭通", "丹东", "西宁", "始兴"]
    for path in SEEDS:
        stored, fresh = again.open_document(path.stem), analyze_file(path)
        assert stored.text == fresh.text
        assert [(c.id, c.title, c.start, c.end, c.agencies) for c in stored.clauses] == \
               [(c.id, c.title, c.start, c.end, c.agencies) for c in fresh.clauses]
        assert stored.clean.offsets.runs == fresh.clean.offsets.runs
        assert stored.meta == fresh.meta


def test_same_file_twice_is_a_no_op(store, tmp_path):
    index = (tmp_path / "corpus" / "index.json").read_bytes()
    assert [r.status for r in store.import_files(SEEDS)] == ["unchanged"] * 5
    assert json.loads((tmp_path / "corpus" / "index.json").read_bytes()) == json.loads(index)


def test_changed_file_is_a_new_version_of_the_same_document(store, tmp_path):
    changed = tmp_path / SEEDS[0].name
    changed.write_text(SEEDS[0].read_text("utf-8").replace("37%", "38%"), "utf-8")
    [result] = store.import_files([changed])
    assert (result.status, result.key) == ("new-version", SEEDS[0].stem)
    record = CorpusStore(tmp_path).record(SEEDS[0].stem)
    assert len(record["versions"]) == 2
    old_hash = record["versions"][0]["content_hash"]
    assert "37%" in store.open_document(SEEDS[0].stem, old_hash).text
    assert "38%" in store.open_document(SEEDS[0].stem).text


def test_failed_file_does_not_stop_the_others(tmp_path):
    bad = tmp_path / "broken.txt"
    bad.write_bytes(b"\x00\x01\x02binary")
    results = CorpusStore(tmp_path / "data").import_files([bad, *SEEDS[:2]])
    assert [r.status for r in results] == ["failed", "imported", "imported"]
    assert "binary" in results[0].message
    assert len(CorpusStore(tmp_path / "data")) == 2


def test_half_written_index_is_set_aside_and_rebuilt(store, tmp_path):
    index = tmp_path / "corpus" / "index.json"
    index.write_bytes(index.read_bytes()[:100])
    again = CorpusStore(tmp_path)
    assert len(again) == 5
    assert "damaged" in again.rebuilt_because
    assert list((tmp_path / "corpus").glob("index.json.damaged-*"))
    assert again.open_document(SEEDS[1].stem).script == "traditional"


def test_damaged_document_file_gives_a_clear_error(store, tmp_path):
    file = tmp_path / "corpus" / store.record(SEEDS[2].stem)["file"]
    file.write_text('{"_meta": {"1": {"schema": 1}}, "docu', "utf-8")
    with pytest.raises(StoreError, match="damaged"):
        CorpusStore(tmp_path).open_document(SEEDS[2].stem)


def test_newer_schema_is_refused(store, tmp_path):
    index = tmp_path / "corpus" / "index.json"
    data = json.loads(index.read_text("utf-8"))
    data["_meta"]["1"]["schema"] = 99
    index.write_text(json.dumps(data), "utf-8")
    with pytest.raises(StoreError, match="newer PolicyLens"):
        CorpusStore(tmp_path)


def test_older_schema_is_migrated_from_stored_raw_text(store, tmp_path):
    index = tmp_path / "corpus" / "index.json"
    data = json.loads(index.read_text("utf-8"))
    data["_meta"]["1"]["schema"] = 0
    index.write_text(json.dumps(data), "utf-8")
    shutil.copytree(tmp_path / "corpus", tmp_path / "before")
    again = CorpusStore(tmp_path)
    assert json.loads(index.read_text("utf-8"))["_meta"]["1"]["schema"] == 1
    assert again.open_document(SEEDS[3].stem).text == analyze_file(SEEDS[3]).text


def test_a_second_writer_is_told_the_store_is_busy(store, tmp_path):
    with exclusive(tmp_path / "corpus"):
        with pytest.raises(StoreError, match="another PolicyLens process"):
            CorpusStore(tmp_path).import_files(SEEDS[:1])


def test_opening_one_document_reads_only_its_file(store, tmp_path, monkeypatch):
    opened = []
    real_open = open

    def spy(file, *args, **kwargs):
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    again = CorpusStore(tmp_path)
    monkeypatch.setattr("builtins.open", spy)
    again.open_document(SEEDS[4].stem)
    assert [Path(p).parent.name for p in opened if p.endswith(".json")] == [SEEDS[4].stem]


def test_reanalyze_applies_an_edited_alias_table(store, tmp_path):
    key = SEEDS[4].stem
    before = {a.canonical for c in store.open_document(key).clauses for a in c.agencies}
    assert "县政府督查室" in before
    (tmp_path / "agency_aliases.json").write_text(
        '{"agencies": [{"canonical": "督查室", "aliases": ["政府督查室", "督查室"], "local": true}]}', "utf-8")
    again = CorpusStore(tmp_path)
    assert again.reanalyze() == 5
    after = {a.canonical for c in CorpusStore(tmp_path).open_document(key).clauses for a in c.agencies}
    assert "县督查室" in after and "县政府督查室" not in after


def test_atomic_write_gives_new_files_the_usual_mode_and_keeps_an_old_files(tmp_path):
    from policylens.store.atomic import write_bytes_atomic

    umask = os.umask(0o022)
    os.umask(umask)
    fresh = tmp_path / "export.csv"
    write_bytes_atomic(fresh, b"a,b\n")
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600
    fresh.chmod(0o600)
    write_bytes_atomic(fresh, b"c,d\n")
    assert fresh.stat().st_mode & 0o777 == 0o600 and fresh.read_bytes() == b"c,d\n"
